;; f64-arith.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 48 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1e
     c:  vmulsd %xmm1,%xmm0,%xmm1
    10:  vdivsd 0x10(%rip),%xmm0,%xmm0        # 0x28
    18:  vsubsd %xmm0,%xmm1,%xmm0
    1c:  pop    %rbp
    1d:  ret
    1e:  ud1    (%eax),%eax                          ; trap StackOverflow
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
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x32
     c:  vroundsd $0x9,%xmm0,%xmm0,%xmm1
    12:  vroundsd $0xa,%xmm0,%xmm0,%xmm2
    18:  vaddsd %xmm2,%xmm1,%xmm1
    1c:  vroundsd $0xb,%xmm0,%xmm0,%xmm2
    22:  vroundsd $0x8,%xmm0,%xmm0,%xmm0
    28:  vaddsd %xmm0,%xmm2,%xmm0
    2c:  vaddsd %xmm0,%xmm1,%xmm0
    30:  pop    %rbp
    31:  ret
    32:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 2 (export "min"): 52 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x30
     c:  vminsd %xmm1,%xmm0,%xmm2
    10:  vorpd  %xmm0,%xmm1,%xmm3
    14:  vcmpeqsd %xmm1,%xmm0,%xmm4
    19:  vblendvpd %xmm4,%xmm3,%xmm2,%xmm2
    1f:  vaddsd %xmm1,%xmm0,%xmm3
    23:  vcmpunordsd %xmm1,%xmm0,%xmm0
    28:  vblendvpd %xmm0,%xmm3,%xmm2,%xmm0
    2e:  pop    %rbp
    2f:  ret
    30:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 3 (export "compare"): 27 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x17
     c:  xor    %eax,%eax
     e:  vucomisd %xmm1,%xmm0
    12:  setae  %al
    15:  pop    %rbp
    16:  ret
    17:  ud1    (%eax),%eax                          ; trap StackOverflow
