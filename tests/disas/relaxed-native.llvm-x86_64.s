;; relaxed-native.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false, relaxed_simd native

;; function 0: 27 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x2c
     7:  cmp    %rbp,(%rax)
     a:  ja     0x17
     c:  vfmadd213ps %xmm2,%xmm0,%xmm1               ; wasm 0x33
    11:  vmovaps %xmm1,%xmm0                         ; wasm 0x36
    15:  pop    %rbp
    16:  ret
    17:  ud1    (%eax),%eax                          ; wasm 0x2c; trap StackOverflow

;; function 1: 27 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x38
     7:  cmp    %rbp,(%rax)
     a:  ja     0x17
     c:  vfnmadd213pd %xmm2,%xmm0,%xmm1              ; wasm 0x3f
    11:  vmovapd %xmm1,%xmm0                         ; wasm 0x42
    15:  pop    %rbp
    16:  ret
    17:  ud1    (%eax),%eax                          ; wasm 0x38; trap StackOverflow

;; function 2: 23 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x44
     7:  cmp    %rbp,(%rax)
     a:  ja     0x13
     c:  vpshufb %xmm1,%xmm0,%xmm0                   ; wasm 0x49
    11:  pop    %rbp                                 ; wasm 0x4c
    12:  ret
    13:  ud1    (%eax),%eax                          ; wasm 0x44; trap StackOverflow

;; function 3: 22 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x4e
     7:  cmp    %rbp,(%rax)
     a:  ja     0x12
     c:  vcvttps2dq %xmm0,%xmm0                      ; wasm 0x51
    10:  pop    %rbp                                 ; wasm 0x54
    11:  ret
    12:  ud1    (%eax),%eax                          ; wasm 0x4e; trap StackOverflow

;; function 4: 24 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x56
     7:  cmp    %rbp,(%rax)
     a:  ja     0x14
     c:  vblendvps %xmm2,%xmm0,%xmm1,%xmm0           ; wasm 0x5d
    12:  pop    %rbp                                 ; wasm 0x60
    13:  ret
    14:  ud1    (%eax),%eax                          ; wasm 0x56; trap StackOverflow

;; function 5: 22 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x62
     7:  cmp    %rbp,(%rax)
     a:  ja     0x12
     c:  vminps %xmm1,%xmm0,%xmm0                    ; wasm 0x67
    10:  pop    %rbp                                 ; wasm 0x6a
    11:  ret
    12:  ud1    (%eax),%eax                          ; wasm 0x62; trap StackOverflow

;; function 6: 23 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x6c
     7:  cmp    %rbp,(%rax)
     a:  ja     0x13
     c:  vpmulhrsw %xmm1,%xmm0,%xmm0                 ; wasm 0x71
    11:  pop    %rbp                                 ; wasm 0x74
    12:  ret
    13:  ud1    (%eax),%eax                          ; wasm 0x6c; trap StackOverflow

;; function 7: 96 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x76
     7:  cmp    %rbp,(%rax)
     a:  ja     0x37
     c:  vpmaddubsw %xmm0,%xmm1,%xmm0                ; wasm 0x7d
    11:  vpshufb 0x26(%rip),%xmm0,%xmm1        # 0x40
    1a:  vpshufb 0x2d(%rip),%xmm0,%xmm0        # 0x50
    23:  vpmovsxwd %xmm1,%xmm1
    28:  vpmovsxwd %xmm0,%xmm0
    2d:  vpaddd %xmm2,%xmm0,%xmm0
    31:  vpaddd %xmm1,%xmm0,%xmm0
    35:  pop    %rbp                                 ; wasm 0x80
    36:  ret
    37:  ud1    (%eax),%eax                          ; wasm 0x76; trap StackOverflow
    3b:  int3
    3c:  int3
    3d:  int3
    3e:  int3
    3f:  int3
    40:  add    %al,(%rcx)
    42:  add    $0x5,%al
    44:  or     %cl,(%rcx)
    46:  or     $0xd,%al
    48:  add    %al,(%rax)
    4a:  add    %al,(%rax)
    4c:  add    %al,(%rax)
    4e:  add    %al,(%rax)
    50:  add    (%rbx),%al
    52:  (bad)
    53:  (bad)
    54:  or     (%rbx),%cl
    56:  (bad)
    57:  sldt   (%rax)
    5a:  add    %al,(%rax)
    5c:  add    %al,(%rax)
    5e:  add    %al,(%rax)
