;; nan-canonicalization.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization true

;; function 0 (export "add_f32"): 48 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x55
     7:  cmp    %rbp,(%rax)
     a:  ja     0x26
     c:  vaddss %xmm1,%xmm0,%xmm0                    ; wasm 0x5a
    10:  vcmpunordss %xmm0,%xmm0,%xmm1
    15:  vbroadcastss 0xe(%rip),%xmm2        # 0x2c
    1e:  vblendvps %xmm1,%xmm2,%xmm0,%xmm0
    24:  pop    %rbp                                 ; wasm 0x5b
    25:  ret
    26:  ud1    (%eax),%eax                          ; wasm 0x55; trap StackOverflow
    2a:  int3
    2b:  int3
    2c:  add    %al,(%rax)
    2e:  .byte 0xc0
    2f:  .byte 0x7f

;; function 1 (export "sqrt_f64"): 64 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x5d
     7:  cmp    %rbp,(%rax)
     a:  ja     0x21
     c:  vsqrtsd %xmm0,%xmm0,%xmm0                   ; wasm 0x60
    10:  vcmpunordsd %xmm0,%xmm0,%xmm1
    15:  vblendvpd %xmm1,0x11(%rip),%xmm0,%xmm0        # 0x30
    1f:  pop    %rbp                                 ; wasm 0x61
    20:  ret
    21:  ud1    (%eax),%eax                          ; wasm 0x5d; trap StackOverflow
    25:  int3
    26:  int3
    27:  int3
    28:  int3
    29:  int3
    2a:  int3
    2b:  int3
    2c:  int3
    2d:  int3
    2e:  int3
    2f:  int3
    30:  add    %al,(%rax)
    32:  add    %al,(%rax)
    34:  add    %al,(%rax)
    36:  clc
    37:  jg     0x39
    39:  add    %al,(%rax)
    3b:  add    %al,(%rax)
    3d:  add    %bh,%al
    3f:  .byte 0x7f

;; function 2 (export "neg_f64"): 48 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x63
     7:  cmp    %rbp,(%rax)
     a:  ja     0x16
     c:  vxorps 0xc(%rip),%xmm0,%xmm0        # 0x20  ; wasm 0x66
    14:  pop    %rbp                                 ; wasm 0x67
    15:  ret
    16:  ud1    (%eax),%eax                          ; wasm 0x63; trap StackOverflow
    1a:  int3
    1b:  int3
    1c:  int3
    1d:  int3
    1e:  int3
    1f:  int3
    20:  add    %al,(%rax)
    22:  add    %al,(%rax)
    24:  add    %al,(%rax)
    26:  add    %al,0x0(%rax)
    2c:  add    %al,(%rax)
    2e:  .byte 0x0
    2f:  .byte 0x80

;; function 3 (export "mul_f32x4"): 52 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x69
     7:  cmp    %rbp,(%rax)
     a:  ja     0x2a
     c:  vmulps %xmm1,%xmm0,%xmm0                    ; wasm 0x6e
    10:  vxorps %xmm1,%xmm1,%xmm1
    14:  vcmpunordps %xmm1,%xmm0,%xmm1
    19:  vbroadcastss 0xe(%rip),%xmm2        # 0x30
    22:  vblendvps %xmm1,%xmm2,%xmm0,%xmm0
    28:  pop    %rbp                                 ; wasm 0x71
    29:  ret
    2a:  ud1    (%eax),%eax                          ; wasm 0x69; trap StackOverflow
    2e:  int3
    2f:  int3
    30:  add    %al,(%rax)
    32:  .byte 0xc0
    33:  .byte 0x7f
