;; relaxed-native.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2,fma
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false, relaxed_simd native

;; function 0: 126 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x70(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x7c
    24:  sub    $0x70,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu %xmm1,-0x28(%rbp,%riz,1)
    4a:  vmovdqu %xmm2,-0x38(%rbp,%riz,1)
    54:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0x2d
    5e:  vmovdqu -0x28(%rbp,%riz,1),%xmm1            ; wasm 0x2f
    68:  vmovdqu -0x38(%rbp,%riz,1),%xmm2            ; wasm 0x31
    72:  vfmadd213ps %xmm2,%xmm1,%xmm0               ; wasm 0x33
    77:  mov    %rbp,%rsp                            ; wasm 0x36
    7a:  pop    %rbp
    7b:  ret
    7c:  ud2                                         ; no operator; trap StackOverflow

;; function 1: 126 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x70(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x7c
    24:  sub    $0x70,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu %xmm1,-0x28(%rbp,%riz,1)
    4a:  vmovdqu %xmm2,-0x38(%rbp,%riz,1)
    54:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0x39
    5e:  vmovdqu -0x28(%rbp,%riz,1),%xmm1            ; wasm 0x3b
    68:  vmovdqu -0x38(%rbp,%riz,1),%xmm2            ; wasm 0x3d
    72:  vfnmadd213pd %xmm2,%xmm1,%xmm0              ; wasm 0x3f
    77:  mov    %rbp,%rsp                            ; wasm 0x42
    7a:  pop    %rbp
    7b:  ret
    7c:  ud2                                         ; no operator; trap StackOverflow

;; function 2: 106 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x50(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x68
    24:  sub    $0x50,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu %xmm1,-0x28(%rbp,%riz,1)
    4a:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0x45
    54:  vmovdqu -0x28(%rbp,%riz,1),%xmm1            ; wasm 0x47
    5e:  vpshufb %xmm1,%xmm0,%xmm0                   ; wasm 0x49
    63:  mov    %rbp,%rsp                            ; wasm 0x4c
    66:  pop    %rbp
    67:  ret
    68:  ud2                                         ; no operator; trap StackOverflow

;; function 3: 86 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x54
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0x4f
    4a:  vcvttps2dq %xmm0,%xmm0                      ; wasm 0x51
    4f:  mov    %rbp,%rsp                            ; wasm 0x54
    52:  pop    %rbp
    53:  ret
    54:  ud2                                         ; no operator; trap StackOverflow

;; function 4: 127 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x70(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x7d
    24:  sub    $0x70,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu %xmm1,-0x28(%rbp,%riz,1)
    4a:  vmovdqu %xmm2,-0x38(%rbp,%riz,1)
    54:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0x57
    5e:  vmovdqu -0x28(%rbp,%riz,1),%xmm1            ; wasm 0x59
    68:  vmovdqu -0x38(%rbp,%riz,1),%xmm2            ; wasm 0x5b
    72:  vblendvps %xmm2,%xmm0,%xmm1,%xmm0           ; wasm 0x5d
    78:  mov    %rbp,%rsp                            ; wasm 0x60
    7b:  pop    %rbp
    7c:  ret
    7d:  ud2                                         ; no operator; trap StackOverflow

;; function 5: 106 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x50(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x68
    24:  sub    $0x50,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu %xmm1,-0x28(%rbp,%riz,1)
    4a:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0x63
    54:  vmovdqu -0x28(%rbp,%riz,1),%xmm1            ; wasm 0x65
    5e:  vminps %xmm1,%xmm0,%xmm0                    ; wasm 0x67
    63:  mov    %rbp,%rsp                            ; wasm 0x6a
    66:  pop    %rbp
    67:  ret
    68:  ud2                                         ; no operator; trap StackOverflow

;; function 6: 106 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x50(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x68
    24:  sub    $0x50,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu %xmm1,-0x28(%rbp,%riz,1)
    4a:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0x6d
    54:  vmovdqu -0x28(%rbp,%riz,1),%xmm1            ; wasm 0x6f
    5e:  vpmulhrsw %xmm1,%xmm0,%xmm0                 ; wasm 0x71
    63:  mov    %rbp,%rsp                            ; wasm 0x74
    66:  pop    %rbp
    67:  ret
    68:  ud2                                         ; no operator; trap StackOverflow

;; function 7: 160 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x70(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x8e
    24:  sub    $0x70,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovdqu %xmm0,-0x18(%rbp,%riz,1)
    40:  vmovdqu %xmm1,-0x28(%rbp,%riz,1)
    4a:  vmovdqu %xmm2,-0x38(%rbp,%riz,1)
    54:  vmovdqu -0x18(%rbp,%riz,1),%xmm0            ; wasm 0x77
    5e:  vmovdqu -0x28(%rbp,%riz,1),%xmm1            ; wasm 0x79
    68:  vmovdqu -0x38(%rbp,%riz,1),%xmm2            ; wasm 0x7b
    72:  vpmaddubsw %xmm0,%xmm1,%xmm1                ; wasm 0x7d
    77:  vpmaddwd 0x11(%rip),%xmm1,%xmm1        # 0x90
    7f:  vpaddd %xmm2,%xmm1,%xmm1
    84:  vmovaps %xmm1,%xmm0                         ; wasm 0x80
    89:  mov    %rbp,%rsp
    8c:  pop    %rbp
    8d:  ret
    8e:  ud2                                         ; no operator; trap StackOverflow
    90:  add    %eax,(%rax)
    92:  add    %eax,(%rax)
    94:  add    %eax,(%rax)
    96:  add    %eax,(%rax)
    98:  add    %eax,(%rax)
    9a:  add    %eax,(%rax)
    9c:  add    %eax,(%rax)
    9e:  add    %eax,(%rax)
