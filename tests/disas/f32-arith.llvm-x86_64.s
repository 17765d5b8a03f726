;; f32-arith.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 44 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x56
     7:  cmp    %rbp,(%rax)
     a:  ja     0x22
     c:  vaddss %xmm1,%xmm0,%xmm2                    ; wasm 0x5b
    10:  vmulss 0x10(%rip),%xmm2,%xmm2        # 0x28 ; wasm 0x61
    18:  vsubss %xmm0,%xmm1,%xmm0                    ; wasm 0x66
    1c:  vdivss %xmm0,%xmm2,%xmm0                    ; wasm 0x67
    20:  pop    %rbp                                 ; wasm 0x68
    21:  ret
    22:  ud1    (%eax),%eax                          ; wasm 0x56; trap StackOverflow
    26:  int3
    27:  int3
    28:  add    %al,(%rax)
    2a:  .byte 0xc0
    2b:  (bad)

;; function 1 (export "sqrt"): 22 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x6a
     7:  cmp    %rbp,(%rax)
     a:  ja     0x12
     c:  vsqrtss %xmm0,%xmm0,%xmm0                   ; wasm 0x6d
    10:  pop    %rbp                                 ; wasm 0x6e
    11:  ret
    12:  ud1    (%eax),%eax                          ; wasm 0x6a; trap StackOverflow

;; function 2 (export "min_max"): 75 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x70
     7:  cmp    %rbp,(%rax)
     a:  ja     0x47
     c:  vminss %xmm1,%xmm0,%xmm4                    ; wasm 0x75
    10:  vucomiss %xmm1,%xmm0
    14:  jne    0x1c
    16:  jp     0x1c
    18:  vorps  %xmm0,%xmm1,%xmm4                    ; no operator
    1c:  vaddss %xmm1,%xmm0,%xmm2                    ; wasm 0x75
    20:  vmovaps %xmm2,%xmm3
    24:  jp     0x2a
    26:  vmovaps %xmm4,%xmm3                         ; no operator
    2a:  vmaxss %xmm1,%xmm0,%xmm4                    ; wasm 0x7a
    2e:  jne    0x36
    30:  jp     0x36
    32:  vandps %xmm0,%xmm1,%xmm4                    ; no operator
    36:  vcmpunordss %xmm1,%xmm0,%xmm0               ; wasm 0x7a
    3b:  vblendvps %xmm0,%xmm2,%xmm4,%xmm0
    41:  vaddss %xmm0,%xmm3,%xmm0                    ; wasm 0x7b
    45:  pop    %rbp                                 ; wasm 0x7c
    46:  ret
    47:  ud1    (%eax),%eax                          ; wasm 0x70; trap StackOverflow

;; function 3 (export "signs"): 60 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x7e
     7:  cmp    %rbp,(%rax)
     a:  ja     0x30
     c:  vbroadcastss 0x1f(%rip),%xmm2        # 0x34 ; wasm 0x84
    15:  vxorps %xmm2,%xmm1,%xmm1
    19:  vbroadcastss 0x16(%rip),%xmm2        # 0x38 ; wasm 0x85
    22:  vandps %xmm2,%xmm0,%xmm0
    26:  vandnps %xmm1,%xmm2,%xmm1
    2a:  vorps  %xmm1,%xmm0,%xmm0
    2e:  pop    %rbp                                 ; wasm 0x86
    2f:  ret
    30:  ud1    (%eax),%eax                          ; wasm 0x7e; trap StackOverflow
    34:  add    %al,(%rax)
    36:  add    %al,0x7fffffff(%rax)

;; function 4 (export "compare"): 43 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x88
     7:  cmp    %rbp,(%rax)
     a:  ja     0x27
     c:  vcmpltss %xmm1,%xmm0,%xmm1                  ; wasm 0x93
    11:  vxorps %xmm2,%xmm2,%xmm2
    15:  vcmpunordss %xmm2,%xmm0,%xmm0
    1a:  vorps  %xmm1,%xmm0,%xmm0
    1e:  vmovd  %xmm0,%eax
    22:  and    $0x1,%eax
    25:  pop    %rbp                                 ; wasm 0x94
    26:  ret
    27:  ud1    (%eax),%eax                          ; wasm 0x88; trap StackOverflow
