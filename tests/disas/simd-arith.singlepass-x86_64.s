;; simd-arith.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32x4_add_mul"): 144 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x50(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x75
    24:  sub    $0x50,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu %xmm1,-0x28(%rbp,%riz,1)
    4a:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0x72
    54:  vmovdqu -0x28(%rbp,%riz,1),%xmm1            ; wasm 0x74
    5e:  vpaddd %xmm1,%xmm0,%xmm0                    ; wasm 0x76
    63:  vmovdqa 0x15(%rip),%xmm1        # 0x80      ; wasm 0x79
    6b:  vpmulld %xmm1,%xmm0,%xmm0                   ; wasm 0x8b
    70:  mov    %rbp,%rsp                            ; wasm 0x8e
    73:  pop    %rbp
    74:  ret
    75:  ud2                                         ; no operator; trap StackOverflow
    77:  nop
    78:  nop
    79:  nop
    7a:  nop
    7b:  nop
    7c:  nop
    7d:  nop
    7e:  nop
    7f:  nop
    80:  add    %eax,(%rax)
    82:  add    %al,(%rax)
    84:  add    (%rax),%al
    86:  add    %al,(%rax)
    88:  add    (%rax),%eax
    8a:  add    %al,(%rax)
    8c:  add    $0x0,%al
    8e:  add    %al,(%rax)

;; function 1 (export "f32x4_fma_like"): 137 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x60(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x87
    24:  sub    $0x60,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu %xmm1,-0x28(%rbp,%riz,1)
    4a:  vmovsd %xmm2,-0x38(%rbp,%riz,1)
    54:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0x91
    5e:  vmovdqu -0x28(%rbp,%riz,1),%xmm1            ; wasm 0x93
    68:  vmulps %xmm1,%xmm0,%xmm0                    ; wasm 0x95
    6d:  vmovsd -0x38(%rbp,%riz,1),%xmm1             ; wasm 0x98
    77:  vshufps $0x0,%xmm1,%xmm1,%xmm1              ; wasm 0x9a
    7d:  vaddps %xmm1,%xmm0,%xmm0                    ; wasm 0x9c
    82:  mov    %rbp,%rsp                            ; wasm 0x9f
    85:  pop    %rbp
    86:  ret
    87:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "extract"): 116 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x40(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x72
    24:  sub    $0x40,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0xa2
    4a:  vpextrq $0x1,%xmm0,%rbx                     ; wasm 0xa4
    50:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0xa7
    5a:  vpextrb $0x3,%xmm0,%esi                     ; wasm 0xa9
    60:  movsbl %sil,%esi
    64:  movslq %esi,%rsi                            ; wasm 0xac
    67:  add    %rsi,%rbx                            ; wasm 0xad
    6a:  mov    %rbx,%rax                            ; wasm 0xae
    6d:  mov    %rbp,%rsp
    70:  pop    %rbp
    71:  ret
    72:  ud2                                         ; no operator; trap StackOverflow

;; function 3 (export "shuffle"): 160 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x50(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x7a
    24:  sub    $0x50,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu %xmm1,-0x28(%rbp,%riz,1)
    4a:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0xb1
    54:  vmovdqu -0x28(%rbp,%riz,1),%xmm1            ; wasm 0xb3
    5e:  vpshufb 0x19(%rip),%xmm1,%xmm15        # 0x80 ; wasm 0xb5
    67:  vpshufb 0x20(%rip),%xmm0,%xmm0        # 0x90
    70:  vpor   %xmm15,%xmm0,%xmm0
    75:  mov    %rbp,%rsp                            ; wasm 0xc7
    78:  pop    %rbp
    79:  ret
    7a:  ud2                                         ; no operator; trap StackOverflow
    7c:  nop
    7d:  nop
    7e:  nop
    7f:  nop
    80:  addb   $0x80,(%rcx)
    83:  add    -0x7ff87ffb(%rax),%eax
    89:  or     %eax,-0x7ff27ff5(%rax)
    8f:  sldt   -0x7ffb7ffe(%rax)
    96:  (bad)
    97:  orb    $0x80,(%rax)
    9a:  or     -0x7ff17ff4(%rax),%al

;; function 4 (export "bitmask"): 126 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x50(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x7c
    24:  sub    $0x50,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu %xmm1,-0x28(%rbp,%riz,1)
    4a:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0xca
    54:  vmovdqu -0x28(%rbp,%riz,1),%xmm1            ; wasm 0xcc
    5e:  vpcmpgtw %xmm0,%xmm1,%xmm0                  ; wasm 0xce
    63:  vpacksswb %xmm0,%xmm0,%xmm15                ; wasm 0xd0
    68:  vpmovmskb %xmm15,%ebx
    6d:  rex and $0xff,%ebx
    74:  mov    %rbx,%rax                            ; wasm 0xd3
    77:  mov    %rbp,%rsp
    7a:  pop    %rbp
    7b:  ret
    7c:  ud2                                         ; no operator; trap StackOverflow
