;; simd-arith.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32x4_add_mul"): 48 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x71
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1b
     c:  vpaddd %xmm0,%xmm1,%xmm0                    ; wasm 0x76
    10:  vpmulld 0x7(%rip),%xmm0,%xmm0        # 0x20 ; wasm 0x8b
    19:  pop    %rbp                                 ; wasm 0x8e
    1a:  ret
    1b:  ud1    (%eax),%eax                          ; wasm 0x71; trap StackOverflow
    1f:  int3
    20:  add    %eax,(%rax)
    22:  add    %al,(%rax)
    24:  add    (%rax),%al
    26:  add    %al,(%rax)
    28:  add    (%rax),%eax
    2a:  add    %al,(%rax)
    2c:  add    $0x0,%al
    2e:  add    %al,(%rax)

;; function 1 (export "f32x4_fma_like"): 31 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x90
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1b
     c:  vmulps %xmm1,%xmm0,%xmm0                    ; wasm 0x95
    10:  vbroadcastss %xmm2,%xmm1                    ; wasm 0x9a
    15:  vaddps %xmm1,%xmm0,%xmm0                    ; wasm 0x9c
    19:  pop    %rbp                                 ; wasm 0x9f
    1a:  ret
    1b:  ud1    (%eax),%eax                          ; wasm 0x90; trap StackOverflow

;; function 2 (export "extract"): 37 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xa1
     7:  cmp    %rbp,(%rax)
     a:  ja     0x21
     c:  vpextrq $0x1,%xmm0,%rcx                     ; wasm 0xa4
    12:  vpextrb $0x3,%xmm0,%eax                     ; wasm 0xa9
    18:  movsbq %al,%rax                             ; wasm 0xac
    1c:  add    %rcx,%rax                            ; wasm 0xad
    1f:  pop    %rbp                                 ; wasm 0xae
    20:  ret
    21:  ud1    (%eax),%eax                          ; wasm 0xa1; trap StackOverflow

;; function 3 (export "shuffle"): 40 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xb0
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1d
     c:  vpbroadcastd 0xf(%rip),%xmm2        # 0x24  ; wasm 0xb5
    15:  vpblendvb %xmm2,%xmm0,%xmm1,%xmm0
    1b:  pop    %rbp                                 ; wasm 0xc7
    1c:  ret
    1d:  ud1    (%eax),%eax                          ; wasm 0xb0; trap StackOverflow
    21:  int3
    22:  int3
    23:  int3
    24:  incl   (%rax)
    26:  incl   (%rax)

;; function 4 (export "bitmask"): 33 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xc9
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1d
     c:  vpcmpgtw %xmm0,%xmm1,%xmm0                  ; wasm 0xd0
    10:  vpacksswb %xmm0,%xmm0,%xmm0
    14:  vpmovmskb %xmm0,%eax
    18:  movzbl %al,%eax
    1b:  pop    %rbp                                 ; wasm 0xd3
    1c:  ret
    1d:  ud1    (%eax),%eax                          ; wasm 0xc9; trap StackOverflow
