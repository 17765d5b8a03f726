;; i64-arith.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 113 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x6f
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x51
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x53
    56:  add    %rsi,%rbx                            ; wasm 0x55
    59:  movabs $0x123456789abcdef,%rsi              ; wasm 0x60
    63:  imul   %rsi,%rbx
    67:  mov    %rbx,%rax                            ; wasm 0x61
    6a:  mov    %rbp,%rsp
    6d:  pop    %rbp
    6e:  ret
    6f:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "shifts"): 117 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x73
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x64
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x66
    56:  rex mov %esi,%ecx                           ; wasm 0x68
    59:  shl    %cl,%rbx
    5c:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x69
    64:  ror    $0xd,%rsi                            ; wasm 0x6d
    68:  or     %rsi,%rbx                            ; wasm 0x6e
    6b:  mov    %rbx,%rax                            ; wasm 0x6f
    6e:  mov    %rbp,%rsp
    71:  pop    %rbp
    72:  ret
    73:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "counts"): 205 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xcb
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x72
    46:  bsr    %rbx,%rax                            ; wasm 0x74
    4a:  jne    0x55
    50:  mov    $0xffffffff,%eax
    55:  rex mov $0x3f,%ebx
    5b:  rex sub %eax,%ebx
    5e:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x75
    66:  mov    %rsi,%rax                            ; wasm 0x77
    69:  shr    $0x1,%rax
    6d:  movabs $0x5555555555555555,%rcx
    77:  and    %rcx,%rax
    7a:  sub    %rax,%rsi
    7d:  movabs $0x3333333333333333,%rcx
    87:  mov    %rsi,%rax
    8a:  shr    $0x2,%rsi
    8e:  and    %rcx,%rax
    91:  and    %rcx,%rsi
    94:  add    %rax,%rsi
    97:  mov    %rsi,%rax
    9a:  shr    $0x4,%rax
    9e:  add    %rax,%rsi
    a1:  movabs $0xf0f0f0f0f0f0f0f,%rcx
    ab:  and    %rcx,%rsi
    ae:  movabs $0x101010101010101,%rcx
    b8:  imul   %rcx,%rsi
    bc:  shr    $0x38,%rsi
    c0:  add    %rsi,%rbx                            ; wasm 0x78
    c3:  mov    %rbx,%rax                            ; wasm 0x79
    c6:  mov    %rbp,%rsp
    c9:  pop    %rbp
    ca:  ret
    cb:  ud2                                         ; no operator; trap StackOverflow

;; function 3 (export "compare"): 131 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x81
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x7c
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x7e
    56:  cmp    %rsi,%rbx                            ; wasm 0x80
    59:  setg   %al
    5c:  rex movzbl %al,%ebx
    60:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x81
    68:  cmp    $0xffffffffffffffff,%rsi             ; wasm 0x85
    6f:  setne  %al
    72:  rex movzbl %al,%esi
    76:  rex and %esi,%ebx                           ; wasm 0x86
    79:  mov    %rbx,%rax                            ; wasm 0x87
    7c:  mov    %rbp,%rsp
    7f:  pop    %rbp
    80:  ret
    81:  ud2                                         ; no operator; trap StackOverflow
