;; relaxed-native.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false, relaxed_simd native

;; function 0: 14 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vfmadd213ps %xmm2,%xmm1,%xmm0               ; wasm 0x33
     9:  mov    %rbp,%rsp                            ; wasm 0x36
     c:  pop    %rbp
     d:  ret

;; function 1: 14 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vfnmadd213pd %xmm2,%xmm1,%xmm0              ; wasm 0x3f
     9:  mov    %rbp,%rsp                            ; wasm 0x42
     c:  pop    %rbp
     d:  ret

;; function 2: 14 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vpshufb %xmm1,%xmm0,%xmm0                   ; wasm 0x49
     9:  mov    %rbp,%rsp                            ; wasm 0x4c
     c:  pop    %rbp
     d:  ret

;; function 3: 13 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vcvttps2dq %xmm0,%xmm0                      ; wasm 0x51
     8:  mov    %rbp,%rsp                            ; wasm 0x54
     b:  pop    %rbp
     c:  ret

;; function 4: 15 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vblendvps %xmm2,%xmm0,%xmm1,%xmm0           ; wasm 0x5d
     a:  mov    %rbp,%rsp                            ; wasm 0x60
     d:  pop    %rbp
     e:  ret

;; function 5: 13 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vminps %xmm1,%xmm0,%xmm0                    ; wasm 0x67
     8:  mov    %rbp,%rsp                            ; wasm 0x6a
     b:  pop    %rbp
     c:  ret

;; function 6: 14 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vpmulhrsw %xmm1,%xmm0,%xmm0                 ; wasm 0x71
     9:  mov    %rbp,%rsp                            ; wasm 0x74
     c:  pop    %rbp
     d:  ret

;; function 7: 48 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vpmaddubsw %xmm0,%xmm1,%xmm7                ; wasm 0x7d
     9:  vpmaddwd 0xf(%rip),%xmm7,%xmm7        # 0x20
    11:  vpaddd %xmm2,%xmm7,%xmm0
    15:  mov    %rbp,%rsp                            ; wasm 0x80
    18:  pop    %rbp
    19:  ret
    1a:  add    %al,(%rax)
    1c:  add    %al,(%rax)
    1e:  add    %al,(%rax)
    20:  add    %eax,(%rax)
    22:  add    %eax,(%rax)
    24:  add    %eax,(%rax)
    26:  add    %eax,(%rax)
    28:  add    %eax,(%rax)
    2a:  add    %eax,(%rax)
    2c:  add    %eax,(%rax)
    2e:  add    %eax,(%rax)
