;; i64-div.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "div_s"): 152 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x92
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x40
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x42
    56:  test   %rsi,%rsi                            ; wasm 0x44
    59:  je     0x94
    5f:  cmp    $0xffffffffffffffff,%rsi
    66:  jne    0x7f
    6c:  movabs $0x8000000000000000,%rax
    76:  cmp    %rax,%rbx
    79:  je     0x96
    7f:  mov    %rbx,%rax
    82:  cqto
    84:  idiv   %rsi
    87:  mov    %rax,%rbx
    8a:  mov    %rbx,%rax                            ; wasm 0x45
    8d:  mov    %rbp,%rsp
    90:  pop    %rbp
    91:  ret
    92:  ud2                                         ; no operator; trap StackOverflow
    94:  ud2                                         ; wasm 0x44; trap IntegerDivisionByZero
    96:  ud2                                         ; trap IntegerOverflow

;; function 1 (export "div_u"): 118 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x72
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x48
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x4a
    56:  test   %rsi,%rsi                            ; wasm 0x4c
    59:  je     0x74
    5f:  xor    %edx,%edx
    61:  mov    %rbx,%rax
    64:  div    %rsi
    67:  mov    %rax,%rbx
    6a:  mov    %rbx,%rax                            ; wasm 0x4d
    6d:  mov    %rbp,%rsp
    70:  pop    %rbp
    71:  ret
    72:  ud2                                         ; no operator; trap StackOverflow
    74:  ud2                                         ; wasm 0x4c; trap IntegerDivisionByZero

;; function 2 (export "rem_s"): 138 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x86
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x50
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x52
    56:  test   %rsi,%rsi                            ; wasm 0x54
    59:  je     0x88
    5f:  cmp    $0xffffffffffffffff,%rsi
    66:  jne    0x73
    6c:  xor    %edx,%edx
    6e:  jmp    0x7b
    73:  mov    %rbx,%rax
    76:  cqto
    78:  idiv   %rsi
    7b:  mov    %rdx,%rbx
    7e:  mov    %rbx,%rax                            ; wasm 0x55
    81:  mov    %rbp,%rsp
    84:  pop    %rbp
    85:  ret
    86:  ud2                                         ; no operator; trap StackOverflow
    88:  ud2                                         ; wasm 0x54; trap IntegerDivisionByZero

;; function 3 (export "rem_u"): 118 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x72
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x58
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x5a
    56:  test   %rsi,%rsi                            ; wasm 0x5c
    59:  je     0x74
    5f:  xor    %edx,%edx
    61:  mov    %rbx,%rax
    64:  div    %rsi
    67:  mov    %rdx,%rbx
    6a:  mov    %rbx,%rax                            ; wasm 0x5d
    6d:  mov    %rbp,%rsp
    70:  pop    %rbp
    71:  ret
    72:  ud2                                         ; no operator; trap StackOverflow
    74:  ud2                                         ; wasm 0x5c; trap IntegerDivisionByZero
