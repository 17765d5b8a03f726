;; nan-canonicalization.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization true

;; function 0 (export "add_f32"): 128 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x50(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x7e
    24:  sub    $0x50,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovsd %xmm1,-0x28(%rbp,%riz,1)
    4a:  vmovsd -0x18(%rbp,%riz,1),%xmm0             ; wasm 0x56
    54:  vmovsd -0x28(%rbp,%riz,1),%xmm1             ; wasm 0x58
    5e:  vaddss %xmm1,%xmm0,%xmm0                    ; wasm 0x5a
    63:  vucomiss %xmm0,%xmm0
    68:  jnp    0x79
    6e:  rex mov $0x7fc00000,%eax
    74:  vmovd  %eax,%xmm0
    79:  mov    %rbp,%rsp                            ; wasm 0x5b
    7c:  pop    %rbp
    7d:  ret
    7e:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "sqrt_f64"): 112 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x6e
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovsd -0x18(%rbp,%riz,1),%xmm0             ; wasm 0x5e
    4a:  vsqrtsd %xmm0,%xmm0,%xmm0                   ; wasm 0x60
    4f:  vucomisd %xmm0,%xmm0
    54:  jnp    0x69
    5a:  movabs $0x7ff8000000000000,%rax
    64:  vmovq  %rax,%xmm0
    69:  mov    %rbp,%rsp                            ; wasm 0x61
    6c:  pop    %rbp
    6d:  ret
    6e:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "neg_f64"): 101 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x63
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovsd -0x18(%rbp,%riz,1),%xmm0             ; wasm 0x64
    4a:  movabs $0x8000000000000000,%rax             ; wasm 0x66
    54:  vmovq  %rax,%xmm15
    59:  vxorps %xmm15,%xmm0,%xmm0
    5e:  mov    %rbp,%rsp                            ; wasm 0x67
    61:  pop    %rbp
    62:  ret
    63:  ud2                                         ; no operator; trap StackOverflow

;; function 3 (export "mul_f32x4"): 160 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x50(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x8a
    24:  sub    $0x50,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu %xmm1,-0x28(%rbp,%riz,1)
    4a:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0x6a
    54:  vmovdqu -0x28(%rbp,%riz,1),%xmm1            ; wasm 0x6c
    5e:  vmulps %xmm1,%xmm0,%xmm0                    ; wasm 0x6e
    63:  vcmpunordps %xmm0,%xmm0,%xmm15
    69:  vmovaps %xmm15,%xmm14
    6e:  vandps 0x1a(%rip),%xmm15,%xmm15        # 0x90
    76:  vandnps %xmm0,%xmm14,%xmm14
    7b:  vorps  %xmm15,%xmm14,%xmm14
    80:  vmovaps %xmm14,%xmm0
    85:  mov    %rbp,%rsp                            ; wasm 0x71
    88:  pop    %rbp
    89:  ret
    8a:  ud2                                         ; no operator; trap StackOverflow
    8c:  nop
    8d:  nop
    8e:  nop
    8f:  nop
    90:  add    %al,(%rax)
    92:  sarb   $0x0,0x0(%rdi)
    96:  sarb   $0x0,0x0(%rdi)
    9a:  sarb   $0x0,0x0(%rdi)
    9e:  .byte 0xc0
    9f:  .byte 0x7f
