;; if-else.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "abs_or_default"): 195 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xc1
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x3b
    46:  rex cmp $0x0,%ebx                           ; wasm 0x3f
    4d:  setl   %al
    50:  rex movzbl %al,%ebx
    54:  rex cmp $0x0,%ebx                           ; wasm 0x40
    5b:  je     0x7f
    61:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x44
    69:  rex mov $0x0,%esi                           ; wasm 0x46
    6f:  rex sub %ebx,%esi
    72:  mov    %rsi,-0x18(%rbp,%riz,1)              ; wasm 0x47
    7a:  jmp    0xb4
    7f:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x48
    87:  rex cmp $0x0,%ebx                           ; wasm 0x4a
    8e:  je     0xa9
    94:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x4c
    9c:  mov    %rbx,-0x18(%rbp,%riz,1)              ; wasm 0x4e
    a4:  jmp    0xb4
    a9:  rex mov $0x63,%eax                          ; wasm 0x52
    af:  mov    %rbp,%rsp
    b2:  pop    %rbp
    b3:  ret
    b4:  mov    -0x18(%rbp,%riz,1),%rax              ; wasm 0x55
    bc:  mov    %rbp,%rsp
    bf:  pop    %rbp
    c0:  ret
    c1:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "clamp"): 201 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xc7
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x58
    4a:  movabs $0x3ff0000000000000,%rax             ; wasm 0x63
    54:  vmovq  %rax,%xmm1
    59:  vucomisd %xmm1,%xmm0
    5e:  seta   %al
    61:  rex movzbl %al,%ebx
    65:  rex cmp $0x0,%ebx                           ; wasm 0x64
    6c:  je     0x86
    72:  movabs $0x3ff0000000000000,%rax             ; wasm 0x6f
    7c:  vmovq  %rax,%xmm0
    81:  mov    %rbp,%rsp
    84:  pop    %rbp
    85:  ret
    86:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x71
    90:  vxorps %xmm1,%xmm1,%xmm1                    ; wasm 0x7c
    95:  vucomisd %xmm0,%xmm1
    9a:  seta   %al
    9d:  rex movzbl %al,%ebx
    a1:  rex cmp $0x0,%ebx                           ; wasm 0x7d
    a8:  je     0xb8
    ae:  vxorps %xmm0,%xmm0,%xmm0                    ; wasm 0x88
    b3:  mov    %rbp,%rsp
    b6:  pop    %rbp
    b7:  ret
    b8:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x8a
    c2:  mov    %rbp,%rsp                            ; wasm 0x8c
    c5:  pop    %rbp
    c6:  ret
    c7:  ud2                                         ; no operator; trap StackOverflow
