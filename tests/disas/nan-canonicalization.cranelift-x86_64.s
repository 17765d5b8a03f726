;; nan-canonicalization.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization true

;; function 0 (export "add_f32"): 35 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vaddss %xmm1,%xmm0,%xmm0                    ; wasm 0x5a
     8:  mov    $0x7fc00000,%esi
     d:  vmovd  %esi,%xmm1
    11:  vucomiss %xmm0,%xmm0
    15:  jnp    0x1e
    1b:  movaps %xmm1,%xmm0
    1e:  mov    %rbp,%rsp                            ; wasm 0x5b
    21:  pop    %rbp
    22:  ret

;; function 1 (export "sqrt_f64"): 45 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vxorpd %xmm6,%xmm6,%xmm1                    ; wasm 0x60
     8:  vsqrtsd %xmm0,%xmm1,%xmm0
     c:  movabs $0x7ff8000000000000,%rdi
    16:  vmovq  %rdi,%xmm1
    1b:  vucomisd %xmm0,%xmm0
    1f:  jnp    0x28
    25:  movaps %xmm1,%xmm0
    28:  mov    %rbp,%rsp                            ; wasm 0x61
    2b:  pop    %rbp
    2c:  ret

;; function 2 (export "neg_f64"): 28 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  movabs $0x8000000000000000,%rsi             ; wasm 0x66
     e:  vmovq  %rsi,%xmm5
    13:  vxorpd %xmm5,%xmm0,%xmm0
    17:  mov    %rbp,%rsp                            ; wasm 0x67
    1a:  pop    %rbp
    1b:  ret

;; function 3 (export "mul_f32x4"): 48 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vmulps %xmm1,%xmm0,%xmm7                    ; wasm 0x6e
     8:  vcmpunordps %xmm7,%xmm7,%xmm0
     d:  vmovups 0xb(%rip),%xmm1        # 0x20
    15:  vpblendvb %xmm0,%xmm1,%xmm7,%xmm0
    1b:  mov    %rbp,%rsp                            ; wasm 0x71
    1e:  pop    %rbp
    1f:  ret
    20:  add    %al,(%rax)
    22:  sarb   $0x0,0x0(%rdi)
    26:  sarb   $0x0,0x0(%rdi)
    2a:  sarb   $0x0,0x0(%rdi)
    2e:  .byte 0xc0
    2f:  .byte 0x7f
