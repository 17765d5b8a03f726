;; f64-arith.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 48 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vmulsd %xmm1,%xmm0,%xmm6                    ; wasm 0x52
     8:  vdivsd 0x10(%rip),%xmm0,%xmm7        # 0x20 ; wasm 0x5e
    10:  vsubsd %xmm7,%xmm6,%xmm0                    ; wasm 0x5f
    14:  mov    %rbp,%rsp                            ; wasm 0x60
    17:  pop    %rbp
    18:  ret
    19:  add    %al,(%rax)
    1b:  add    %al,(%rax)
    1d:  add    %al,(%rax)
    1f:  add    %al,(%rax)
    21:  add    %al,(%rax)
    23:  add    %al,(%rax)
    25:  add    %cl,(%rax)
    27:  rex add %al,(%rax)
    2a:  add    %al,(%rax)
    2c:  add    %al,(%rax)
    2e:  add    %al,(%rax)

;; function 1 (export "rounding"): 61 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vxorpd %xmm1,%xmm1,%xmm1                    ; wasm 0x65
     8:  vroundsd $0x1,%xmm0,%xmm1,%xmm1
     e:  vxorpd %xmm2,%xmm2,%xmm2                    ; wasm 0x68
    12:  vroundsd $0x2,%xmm0,%xmm2,%xmm2
    18:  vaddsd %xmm2,%xmm1,%xmm1                    ; wasm 0x69
    1c:  vxorpd %xmm2,%xmm2,%xmm2                    ; wasm 0x6c
    20:  vroundsd $0x3,%xmm0,%xmm2,%xmm2
    26:  vxorpd %xmm3,%xmm3,%xmm3                    ; wasm 0x6f
    2a:  vroundsd $0x0,%xmm0,%xmm3,%xmm0
    30:  vaddsd %xmm0,%xmm2,%xmm0                    ; wasm 0x70
    34:  vaddsd %xmm0,%xmm1,%xmm0                    ; wasm 0x71
    38:  mov    %rbp,%rsp                            ; wasm 0x72
    3b:  pop    %rbp
    3c:  ret

;; function 2 (export "min"): 56 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  movdqa %xmm0,%xmm5
     8:  movdqa %xmm1,%xmm0
     c:  ucomisd %xmm5,%xmm0                         ; wasm 0x79
    10:  jne    0x2f
    16:  jp     0x25
    1c:  orpd   %xmm5,%xmm0
    20:  jmp    0x33
    25:  addsd  %xmm5,%xmm0
    29:  jp     0x33
    2f:  minsd  %xmm5,%xmm0
    33:  mov    %rbp,%rsp                            ; wasm 0x7a
    36:  pop    %rbp
    37:  ret

;; function 3 (export "compare"): 21 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vucomisd %xmm1,%xmm0                        ; wasm 0x81
     8:  setae  %sil
     c:  movzbl %sil,%eax
    10:  mov    %rbp,%rsp                            ; wasm 0x82
    13:  pop    %rbp
    14:  ret
