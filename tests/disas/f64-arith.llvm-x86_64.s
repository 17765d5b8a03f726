;; f64-arith.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 48 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x4d
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1e
     c:  vmulsd %xmm1,%xmm0,%xmm1                    ; wasm 0x52
    10:  vdivsd 0x10(%rip),%xmm0,%xmm0        # 0x28 ; wasm 0x5e
    18:  vsubsd %xmm0,%xmm1,%xmm0                    ; wasm 0x5f
    1c:  pop    %rbp                                 ; wasm 0x60
    1d:  ret
    1e:  ud1    (%eax),%eax                          ; wasm 0x4d; trap StackOverflow
    22:  int3
    23:  int3
    24:  int3
    25:  int3
    26:  int3
    27:  int3
    28:  add    %al,(%rax)
    2a:  add    %al,(%rax)
    2c:  add    %al,(%rax)
    2e:  .byte 0x8
    2f:  rex

;; function 1 (export "rounding"): 54 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x62
     7:  cmp    %rbp,(%rax)
     a:  ja     0x32
     c:  vroundsd $0x9,%xmm0,%xmm0,%xmm1             ; wasm 0x65
    12:  vroundsd $0xa,%xmm0,%xmm0,%xmm2             ; wasm 0x68
    18:  vaddsd %xmm2,%xmm1,%xmm1                    ; wasm 0x69
    1c:  vroundsd $0xb,%xmm0,%xmm0,%xmm2             ; wasm 0x6c
    22:  vroundsd $0x8,%xmm0,%xmm0,%xmm0             ; wasm 0x6f
    28:  vaddsd %xmm0,%xmm2,%xmm0                    ; wasm 0x70
    2c:  vaddsd %xmm0,%xmm1,%xmm0                    ; wasm 0x71
    30:  pop    %rbp                                 ; wasm 0x72
    31:  ret
    32:  ud1    (%eax),%eax                          ; wasm 0x62; trap StackOverflow

;; function 2 (export "min"): 52 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x74
     7:  cmp    %rbp,(%rax)
     a:  ja     0x30
     c:  vminsd %xmm1,%xmm0,%xmm2                    ; wasm 0x79
    10:  vorpd  %xmm0,%xmm1,%xmm3
    14:  vcmpeqsd %xmm1,%xmm0,%xmm4
    19:  vblendvpd %xmm4,%xmm3,%xmm2,%xmm2
    1f:  vaddsd %xmm1,%xmm0,%xmm3
    23:  vcmpunordsd %xmm1,%xmm0,%xmm0
    28:  vblendvpd %xmm0,%xmm3,%xmm2,%xmm0
    2e:  pop    %rbp                                 ; wasm 0x7a
    2f:  ret
    30:  ud1    (%eax),%eax                          ; wasm 0x74; trap StackOverflow

;; function 3 (export "compare"): 27 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x7c
     7:  cmp    %rbp,(%rax)
     a:  ja     0x17
     c:  xor    %eax,%eax                            ; wasm 0x81
     e:  vucomisd %xmm1,%xmm0
    12:  setae  %al
    15:  pop    %rbp                                 ; wasm 0x82
    16:  ret
    17:  ud1    (%eax),%eax                          ; wasm 0x7c; trap StackOverflow
