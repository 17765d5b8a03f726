;; br-table.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "switch"): 169 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xa7
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x3b
    46:  rex cmp $0x4,%ebx                           ; wasm 0x3d
    4d:  jae    0x9c
    53:  rex mov %ebx,%ebx
    56:  lea    0xa(%rip),%rax        # 0x67
    5d:  lea    0x0(%rbx,%rbx,4),%rcx
    62:  add    %rcx,%rax
    65:  jmp    *%rax
    67:  jmp    0x7b
    6c:  jmp    0x86
    71:  jmp    0x91
    76:  jmp    0x7b
    7b:  rex mov $0xa,%eax                           ; wasm 0x47
    81:  mov    %rbp,%rsp
    84:  pop    %rbp
    85:  ret
    86:  rex mov $0x14,%eax                          ; wasm 0x4b
    8c:  mov    %rbp,%rsp
    8f:  pop    %rbp
    90:  ret
    91:  rex mov $0x1e,%eax                          ; wasm 0x4f
    97:  mov    %rbp,%rsp
    9a:  pop    %rbp
    9b:  ret
    9c:  rex mov $0x28,%eax                          ; wasm 0x53
    a2:  mov    %rbp,%rsp
    a5:  pop    %rbp
    a6:  ret
    a7:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "with_value"): 185 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xb7
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x5c
    46:  rex cmp $0x2,%ebx                           ; wasm 0x5e
    4d:  jae    0x71
    53:  rex mov %ebx,%ebx
    56:  lea    0xa(%rip),%rax        # 0x67
    5d:  lea    0x0(%rbx,%rbx,4),%rcx
    62:  add    %rcx,%rax
    65:  jmp    *%rax
    67:  jmp    0x71
    6c:  jmp    0x82
    71:  movq   $0x7,-0x18(%rbp,%riz,1)
    7d:  jmp    0x93
    82:  movq   $0x7,-0x18(%rbp,%riz,1)
    8e:  jmp    0xaa
    93:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x66
    9b:  rex add $0x1,%ebx
    a2:  mov    %rbx,-0x18(%rbp,%riz,1)              ; wasm 0x67
    aa:  mov    -0x18(%rbp,%riz,1),%rax              ; wasm 0x68
    b2:  mov    %rbp,%rsp
    b5:  pop    %rbp
    b6:  ret
    b7:  ud2                                         ; no operator; trap StackOverflow
