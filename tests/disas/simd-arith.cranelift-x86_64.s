;; simd-arith.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32x4_add_mul"): 48 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vpaddd %xmm1,%xmm0,%xmm6                    ; wasm 0x76
     8:  vmovdqu 0x10(%rip),%xmm7        # 0x20      ; wasm 0x79
    10:  vpmulld %xmm7,%xmm6,%xmm0                   ; wasm 0x8b
    15:  mov    %rbp,%rsp                            ; wasm 0x8e
    18:  pop    %rbp
    19:  ret
    1a:  add    %al,(%rax)
    1c:  add    %al,(%rax)
    1e:  add    %al,(%rax)
    20:  add    %eax,(%rax)
    22:  add    %al,(%rax)
    24:  add    (%rax),%al
    26:  add    %al,(%rax)
    28:  add    (%rax),%eax
    2a:  add    %al,(%rax)
    2c:  add    $0x0,%al
    2e:  add    %al,(%rax)

;; function 1 (export "f32x4_fma_like"): 22 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vmulps %xmm1,%xmm0,%xmm7                    ; wasm 0x95
     8:  vbroadcastss %xmm2,%xmm0                    ; wasm 0x9a
     d:  vaddps %xmm0,%xmm7,%xmm0                    ; wasm 0x9c
    11:  mov    %rbp,%rsp                            ; wasm 0x9f
    14:  pop    %rbp
    15:  ret

;; function 2 (export "extract"): 29 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vpextrq $0x1,%xmm0,%rsi                     ; wasm 0xa4
     a:  vpextrb $0x3,%xmm0,%edi                     ; wasm 0xa9
    10:  movsbq %dil,%rdi
    14:  lea    (%rsi,%rdi,1),%rax                   ; wasm 0xad
    18:  mov    %rbp,%rsp                            ; wasm 0xae
    1b:  pop    %rbp
    1c:  ret

;; function 3 (export "shuffle"): 64 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vpshufb 0x13(%rip),%xmm0,%xmm4        # 0x20 ; wasm 0xb5
     d:  vpshufb 0x1a(%rip),%xmm1,%xmm6        # 0x30
    16:  vpor   %xmm6,%xmm4,%xmm0
    1a:  mov    %rbp,%rsp                            ; wasm 0xc7
    1d:  pop    %rbp
    1e:  ret
    1f:  add    %al,(%rax)
    21:  addb   $0x80,(%rdx)
    24:  add    $0x80,%al
    26:  (bad)
    27:  orb    $0x80,(%rax)
    2a:  or     -0x7ff17ff4(%rax),%al
    30:  addb   $0x80,(%rcx)
    33:  add    -0x7ff87ffb(%rax),%eax
    39:  or     %eax,-0x7ff27ff5(%rax)
    3f:  .byte 0xf

;; function 4 (export "bitmask"): 25 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vpcmpgtw %xmm0,%xmm1,%xmm7                  ; wasm 0xce
     8:  vpacksswb %xmm7,%xmm7,%xmm5                 ; wasm 0xd0
     c:  vpmovmskb %xmm5,%eax
    10:  shr    $0x8,%rax
    14:  mov    %rbp,%rsp                            ; wasm 0xd3
    17:  pop    %rbp
    18:  ret
