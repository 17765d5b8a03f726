;; f32-arith.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 152 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x96
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd %xmm1,-0x18(%rbp,%riz,1)
    4a:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x57
    54:  vmovsd -0x18(%rbp,%riz,1),%xmm1             ; wasm 0x59
    5e:  vaddss %xmm1,%xmm0,%xmm0                    ; wasm 0x5b
    63:  rex mov $0x3fc00000,%eax                    ; wasm 0x61
    69:  vmovd  %eax,%xmm1
    6e:  vmulss %xmm1,%xmm0,%xmm0
    73:  vmovsd -0x18(%rbp,%riz,1),%xmm1             ; wasm 0x62
    7d:  vmovsd -0x10(%rbp,%riz,1),%xmm2             ; wasm 0x64
    87:  vsubss %xmm2,%xmm1,%xmm1                    ; wasm 0x66
    8c:  vdivss %xmm1,%xmm0,%xmm0                    ; wasm 0x67
    91:  mov    %rbp,%rsp                            ; wasm 0x68
    94:  pop    %rbp
    95:  ret
    96:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "sqrt"): 86 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x54
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x6b
    4a:  vsqrtss %xmm0,%xmm0,%xmm0                   ; wasm 0x6d
    4f:  mov    %rbp,%rsp                            ; wasm 0x6e
    52:  pop    %rbp
    53:  ret
    54:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "min_max"): 210 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xd0
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd %xmm1,-0x18(%rbp,%riz,1)
    4a:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x71
    54:  vmovsd -0x18(%rbp,%riz,1),%xmm1             ; wasm 0x73
    5e:  vucomiss %xmm1,%xmm0                        ; wasm 0x75
    63:  jp     0x79
    69:  jne    0x83
    6f:  vorps  %xmm1,%xmm0,%xmm0
    74:  jmp    0x88
    79:  vaddss %xmm1,%xmm0,%xmm0
    7e:  jmp    0x88
    83:  vminss %xmm1,%xmm0,%xmm0
    88:  vmovsd -0x10(%rbp,%riz,1),%xmm1             ; wasm 0x76
    92:  vmovsd -0x18(%rbp,%riz,1),%xmm2             ; wasm 0x78
    9c:  vucomiss %xmm2,%xmm1                        ; wasm 0x7a
    a1:  jp     0xb7
    a7:  jne    0xc1
    ad:  vandps %xmm2,%xmm1,%xmm1
    b2:  jmp    0xc6
    b7:  vaddss %xmm2,%xmm1,%xmm1
    bc:  jmp    0xc6
    c1:  vmaxss %xmm2,%xmm1,%xmm1
    c6:  vaddss %xmm1,%xmm0,%xmm0                    ; wasm 0x7b
    cb:  mov    %rbp,%rsp                            ; wasm 0x7c
    ce:  pop    %rbp
    cf:  ret
    d0:  ud2                                         ; no operator; trap StackOverflow

;; function 3 (export "signs"): 161 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x9f
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd %xmm1,-0x18(%rbp,%riz,1)
    4a:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x7f
    54:  rex mov $0x7fffffff,%eax                    ; wasm 0x81
    5a:  vmovd  %eax,%xmm15
    5f:  vandps %xmm15,%xmm0,%xmm0
    64:  vmovsd -0x18(%rbp,%riz,1),%xmm1             ; wasm 0x82
    6e:  rex mov $0x80000000,%eax                    ; wasm 0x84
    74:  vmovd  %eax,%xmm15
    79:  vxorps %xmm15,%xmm1,%xmm1
    7e:  vmovd  %xmm0,%eax                           ; wasm 0x85
    83:  vmovd  %xmm1,%ecx
    88:  and    $0x7fffffff,%eax
    8d:  and    $0x80000000,%ecx
    93:  or     %ecx,%eax
    95:  vmovd  %eax,%xmm0
    9a:  mov    %rbp,%rsp                            ; wasm 0x86
    9d:  pop    %rbp
    9e:  ret
    9f:  ud2                                         ; no operator; trap StackOverflow

;; function 4 (export "compare"): 156 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x9a
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd %xmm1,-0x18(%rbp,%riz,1)
    4a:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x89
    54:  vmovsd -0x18(%rbp,%riz,1),%xmm1             ; wasm 0x8b
    5e:  vucomiss %xmm0,%xmm1                        ; wasm 0x8d
    63:  seta   %al
    66:  rex movzbl %al,%ebx
    6a:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x8e
    74:  vmovsd -0x10(%rbp,%riz,1),%xmm1             ; wasm 0x90
    7e:  vucomiss %xmm1,%xmm0                        ; wasm 0x92
    83:  setne  %al
    86:  setp   %cl
    89:  or     %cl,%al
    8b:  rex movzbl %al,%esi
    8f:  rex or %esi,%ebx                            ; wasm 0x93
    92:  mov    %rbx,%rax                            ; wasm 0x94
    95:  mov    %rbp,%rsp
    98:  pop    %rbp
    99:  ret
    9a:  ud2                                         ; no operator; trap StackOverflow
