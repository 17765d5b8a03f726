;; f64-arith.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 141 bytes, alignment 16
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
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd %xmm1,-0x18(%rbp,%riz,1)
    4a:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x4e
    54:  vmovsd -0x18(%rbp,%riz,1),%xmm1             ; wasm 0x50
    5e:  vmulsd %xmm1,%xmm0,%xmm0                    ; wasm 0x52
    63:  vmovsd -0x10(%rbp,%riz,1),%xmm1             ; wasm 0x53
    6d:  movabs $0x4008000000000000,%rax             ; wasm 0x5e
    77:  vmovq  %rax,%xmm2
    7c:  vdivsd %xmm2,%xmm1,%xmm1
    81:  vsubsd %xmm1,%xmm0,%xmm0                    ; wasm 0x5f
    86:  mov    %rbp,%rsp                            ; wasm 0x60
    89:  pop    %rbp
    8a:  ret
    8b:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "rounding"): 150 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x94
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x63
    4a:  vroundsd $0x9,%xmm0,%xmm0,%xmm0             ; wasm 0x65
    50:  vmovsd -0x10(%rbp,%riz,1),%xmm1             ; wasm 0x66
    5a:  vroundsd $0xa,%xmm1,%xmm1,%xmm1             ; wasm 0x68
    60:  vaddsd %xmm1,%xmm0,%xmm0                    ; wasm 0x69
    65:  vmovsd -0x10(%rbp,%riz,1),%xmm1             ; wasm 0x6a
    6f:  vroundsd $0xb,%xmm1,%xmm1,%xmm1             ; wasm 0x6c
    75:  vmovsd -0x10(%rbp,%riz,1),%xmm2             ; wasm 0x6d
    7f:  vroundsd $0x8,%xmm2,%xmm2,%xmm2             ; wasm 0x6f
    85:  vaddsd %xmm2,%xmm1,%xmm1                    ; wasm 0x70
    8a:  vaddsd %xmm1,%xmm0,%xmm0                    ; wasm 0x71
    8f:  mov    %rbp,%rsp                            ; wasm 0x72
    92:  pop    %rbp
    93:  ret
    94:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "min"): 143 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x8d
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd %xmm1,-0x18(%rbp,%riz,1)
    4a:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x75
    54:  vmovsd -0x18(%rbp,%riz,1),%xmm1             ; wasm 0x77
    5e:  vucomisd %xmm1,%xmm0                        ; wasm 0x79
    63:  jp     0x79
    69:  jne    0x83
    6f:  vorps  %xmm1,%xmm0,%xmm0
    74:  jmp    0x88
    79:  vaddsd %xmm1,%xmm0,%xmm0
    7e:  jmp    0x88
    83:  vminsd %xmm1,%xmm0,%xmm0
    88:  mov    %rbp,%rsp                            ; wasm 0x7a
    8b:  pop    %rbp
    8c:  ret
    8d:  ud2                                         ; no operator; trap StackOverflow

;; function 3 (export "compare"): 116 bytes, alignment 16
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
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd %xmm1,-0x18(%rbp,%riz,1)
    4a:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x7d
    54:  vmovsd -0x18(%rbp,%riz,1),%xmm1             ; wasm 0x7f
    5e:  vucomisd %xmm1,%xmm0                        ; wasm 0x81
    63:  setae  %al
    66:  rex movzbl %al,%ebx
    6a:  mov    %rbx,%rax                            ; wasm 0x82
    6d:  mov    %rbp,%rsp
    70:  pop    %rbp
    71:  ret
    72:  ud2                                         ; no operator; trap StackOverflow
