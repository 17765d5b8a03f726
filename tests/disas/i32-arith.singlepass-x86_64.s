;; i32-arith.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 118 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x74
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x53
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x55
    56:  rex add %esi,%ebx                           ; wasm 0x57
    59:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x58
    61:  rex sub $0x7,%esi                           ; wasm 0x5c
    68:  rex imul %esi,%ebx                          ; wasm 0x5d
    6c:  mov    %rbx,%rax                            ; wasm 0x5e
    6f:  mov    %rbp,%rsp
    72:  pop    %rbp
    73:  ret
    74:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "bits"): 131 bytes, alignment 16
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
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x61
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x63
    56:  rex or $0xff00,%esi                         ; wasm 0x69
    5d:  rex and %esi,%ebx                           ; wasm 0x6a
    60:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x6b
    68:  mov    -0x18(%rbp,%riz,1),%rdi              ; wasm 0x6d
    70:  rex mov %edi,%ecx                           ; wasm 0x6f
    73:  rex rol %cl,%esi
    76:  rex xor %esi,%ebx                           ; wasm 0x70
    79:  mov    %rbx,%rax                            ; wasm 0x71
    7c:  mov    %rbp,%rsp
    7f:  pop    %rbp
    80:  ret
    81:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "shifts"): 142 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x40(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x8c
    24:  sub    $0x40,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x74
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x76
    56:  rex mov %esi,%ecx                           ; wasm 0x78
    59:  rex shl %cl,%ebx
    5c:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x79
    64:  rex sar $0x3,%esi                           ; wasm 0x7d
    68:  mov    -0x18(%rbp,%riz,1),%rdi              ; wasm 0x7e
    70:  mov    -0x10(%rbp,%riz,1),%r8               ; wasm 0x80
    78:  mov    %r8d,%ecx                            ; wasm 0x82
    7b:  rex shr %cl,%edi
    7e:  rex add %edi,%esi                           ; wasm 0x83
    81:  rex add %esi,%ebx                           ; wasm 0x84
    84:  mov    %rbx,%rax                            ; wasm 0x85
    87:  mov    %rbp,%rsp
    8a:  pop    %rbp
    8b:  ret
    8c:  ud2                                         ; no operator; trap StackOverflow

;; function 3 (export "counts"): 207 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xcd
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x88
    46:  rex bsr %ebx,%eax                           ; wasm 0x8a
    4a:  jne    0x55
    50:  mov    $0xffffffff,%eax
    55:  rex mov $0x1f,%ebx
    5b:  rex sub %eax,%ebx
    5e:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x8b
    66:  rex bsf %esi,%eax                           ; wasm 0x8d
    6a:  jne    0x75
    70:  mov    $0x20,%eax
    75:  rex mov %eax,%esi
    78:  mov    -0x10(%rbp,%riz,1),%rdi              ; wasm 0x8e
    80:  rex mov %edi,%eax                           ; wasm 0x90
    83:  shr    $0x1,%eax
    86:  and    $0x55555555,%eax
    8b:  rex sub %eax,%edi
    8e:  rex mov %edi,%eax
    91:  rex shr $0x2,%edi
    95:  and    $0x33333333,%eax
    9a:  rex and $0x33333333,%edi
    a1:  rex add %eax,%edi
    a4:  rex mov %edi,%eax
    a7:  shr    $0x4,%eax
    aa:  rex add %eax,%edi
    ad:  rex and $0xf0f0f0f,%edi
    b4:  rex imul $0x1010101,%edi,%edi
    bb:  rex shr $0x18,%edi
    bf:  rex add %edi,%esi                           ; wasm 0x91
    c2:  rex add %esi,%ebx                           ; wasm 0x92
    c5:  mov    %rbx,%rax                            ; wasm 0x93
    c8:  mov    %rbp,%rsp
    cb:  pop    %rbp
    cc:  ret
    cd:  ud2                                         ; no operator; trap StackOverflow

;; function 4 (export "compare"): 160 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x9e
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x96
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x98
    56:  rex cmp %esi,%ebx                           ; wasm 0x9a
    59:  setl   %al
    5c:  rex movzbl %al,%ebx
    60:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x9b
    68:  mov    -0x18(%rbp,%riz,1),%rdi              ; wasm 0x9d
    70:  rex cmp %edi,%esi                           ; wasm 0x9f
    73:  setae  %al
    76:  rex movzbl %al,%esi
    7a:  mov    -0x10(%rbp,%riz,1),%rdi              ; wasm 0xa0
    82:  rex cmp $0x0,%edi                           ; wasm 0xa2
    89:  sete   %al
    8c:  rex movzbl %al,%edi
    90:  rex add %edi,%esi                           ; wasm 0xa3
    93:  rex add %esi,%ebx                           ; wasm 0xa4
    96:  mov    %rbx,%rax                            ; wasm 0xa5
    99:  mov    %rbp,%rsp
    9c:  pop    %rbp
    9d:  ret
    9e:  ud2                                         ; no operator; trap StackOverflow
