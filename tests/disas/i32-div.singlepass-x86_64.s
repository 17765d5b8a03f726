;; i32-div.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "div_s"): 145 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x8b
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x55
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x57
    56:  rex test %esi,%esi                          ; wasm 0x59
    59:  je     0x8d
    5f:  rex cmp $0xffffffff,%esi
    66:  jne    0x79
    6c:  rex cmp $0x80000000,%ebx
    73:  je     0x8f
    79:  rex mov %ebx,%eax
    7c:  cltd
    7d:  rex idiv %esi
    80:  rex mov %eax,%ebx
    83:  mov    %rbx,%rax                            ; wasm 0x5a
    86:  mov    %rbp,%rsp
    89:  pop    %rbp
    8a:  ret
    8b:  ud2                                         ; no operator; trap StackOverflow
    8d:  ud2                                         ; wasm 0x59; trap IntegerDivisionByZero
    8f:  ud2                                         ; trap IntegerOverflow

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
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x5d
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x5f
    56:  rex test %esi,%esi                          ; wasm 0x61
    59:  je     0x74
    5f:  xor    %edx,%edx
    61:  rex mov %ebx,%eax
    64:  rex div %esi
    67:  rex mov %eax,%ebx
    6a:  mov    %rbx,%rax                            ; wasm 0x62
    6d:  mov    %rbp,%rsp
    70:  pop    %rbp
    71:  ret
    72:  ud2                                         ; no operator; trap StackOverflow
    74:  ud2                                         ; wasm 0x61; trap IntegerDivisionByZero

;; function 2 (export "rem_s"): 137 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x85
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x65
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x67
    56:  rex test %esi,%esi                          ; wasm 0x69
    59:  je     0x87
    5f:  rex cmp $0xffffffff,%esi
    66:  jne    0x73
    6c:  xor    %edx,%edx
    6e:  jmp    0x7a
    73:  rex mov %ebx,%eax
    76:  cltd
    77:  rex idiv %esi
    7a:  rex mov %edx,%ebx
    7d:  mov    %rbx,%rax                            ; wasm 0x6a
    80:  mov    %rbp,%rsp
    83:  pop    %rbp
    84:  ret
    85:  ud2                                         ; no operator; trap StackOverflow
    87:  ud2                                         ; wasm 0x69; trap IntegerDivisionByZero

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
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x6d
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x6f
    56:  rex test %esi,%esi                          ; wasm 0x71
    59:  je     0x74
    5f:  xor    %edx,%edx
    61:  rex mov %ebx,%eax
    64:  rex div %esi
    67:  rex mov %edx,%ebx
    6a:  mov    %rbx,%rax                            ; wasm 0x72
    6d:  mov    %rbp,%rsp
    70:  pop    %rbp
    71:  ret
    72:  ud2                                         ; no operator; trap StackOverflow
    74:  ud2                                         ; wasm 0x71; trap IntegerDivisionByZero

;; function 4 (export "div_by_const"): 135 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x81
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x75
    46:  rex mov $0xa,%esi                           ; wasm 0x79
    4c:  rex test %esi,%esi
    4f:  je     0x83
    55:  rex cmp $0xffffffff,%esi
    5c:  jne    0x6f
    62:  rex cmp $0x80000000,%ebx
    69:  je     0x85
    6f:  rex mov %ebx,%eax
    72:  cltd
    73:  rex idiv %esi
    76:  rex mov %eax,%ebx
    79:  mov    %rbx,%rax                            ; wasm 0x7a
    7c:  mov    %rbp,%rsp
    7f:  pop    %rbp
    80:  ret
    81:  ud2                                         ; no operator; trap StackOverflow
    83:  ud2                                         ; wasm 0x79; trap IntegerDivisionByZero
    85:  ud2                                         ; trap IntegerOverflow
