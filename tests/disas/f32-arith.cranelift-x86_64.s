;; f32-arith.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 48 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vaddss %xmm1,%xmm0,%xmm7                    ; wasm 0x5b
     8:  vmulss 0x10(%rip),%xmm7,%xmm7        # 0x20 ; wasm 0x61
    10:  vsubss %xmm0,%xmm1,%xmm0                    ; wasm 0x66
    14:  vdivss %xmm0,%xmm7,%xmm0                    ; wasm 0x67
    18:  mov    %rbp,%rsp                            ; wasm 0x68
    1b:  pop    %rbp
    1c:  ret
    1d:  add    %al,(%rax)
    1f:  add    %al,(%rax)
    21:  add    %al,%al
    23:  (bad)
    24:  add    %al,(%rax)
    26:  add    %al,(%rax)
    28:  add    %al,(%rax)
    2a:  add    %al,(%rax)
    2c:  add    %al,(%rax)
    2e:  add    %al,(%rax)

;; function 1 (export "sqrt"): 17 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vxorps %xmm3,%xmm3,%xmm5                    ; wasm 0x6d
     8:  vsqrtss %xmm0,%xmm5,%xmm0
     c:  mov    %rbp,%rsp                            ; wasm 0x6e
     f:  pop    %rbp
    10:  ret

;; function 2 (export "min_max"): 91 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  movdqa %xmm1,%xmm6
     8:  ucomiss %xmm0,%xmm6                         ; wasm 0x75
     b:  jne    0x29
    11:  jp     0x1f
    17:  orps   %xmm0,%xmm6
    1a:  jmp    0x2d
    1f:  addss  %xmm0,%xmm6
    23:  jp     0x2d
    29:  minss  %xmm0,%xmm6
    2d:  ucomiss %xmm0,%xmm1                         ; wasm 0x7a
    30:  jne    0x4e
    36:  jp     0x44
    3c:  andps  %xmm0,%xmm1
    3f:  jmp    0x52
    44:  addss  %xmm0,%xmm1
    48:  jp     0x52
    4e:  maxss  %xmm0,%xmm1
    52:  vaddss %xmm1,%xmm6,%xmm0                    ; wasm 0x7b
    56:  mov    %rbp,%rsp                            ; wasm 0x7c
    59:  pop    %rbp
    5a:  ret

;; function 3 (export "signs"): 58 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    $0x7fffffff,%eax                     ; wasm 0x81
     9:  vmovd  %eax,%xmm2
     d:  vandps %xmm2,%xmm0,%xmm0
    11:  mov    $0x80000000,%eax                     ; wasm 0x84
    16:  vmovd  %eax,%xmm2
    1a:  vxorps %xmm2,%xmm1,%xmm1
    1e:  mov    $0x80000000,%r10d                    ; wasm 0x85
    24:  vmovd  %r10d,%xmm2
    29:  vandnps %xmm0,%xmm2,%xmm0
    2d:  vandps %xmm1,%xmm2,%xmm1
    31:  vorps  %xmm1,%xmm0,%xmm0
    35:  mov    %rbp,%rsp                            ; wasm 0x86
    38:  pop    %rbp
    39:  ret

;; function 4 (export "compare"): 38 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vucomiss %xmm0,%xmm1                        ; wasm 0x8d
     8:  seta   %sil
     c:  vucomiss %xmm0,%xmm0                        ; wasm 0x92
    10:  setp   %r11b
    14:  setne  %al
    17:  or     %eax,%r11d
    1a:  or     %r11d,%esi
    1d:  movzbl %sil,%eax
    21:  mov    %rbp,%rsp                            ; wasm 0x94
    24:  pop    %rbp
    25:  ret
