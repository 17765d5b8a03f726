;; globals.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "bump"): 32 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x80(%rdi),%esi                      ; wasm 0x72
     a:  mov    0x68(%rdi),%r8                       ; wasm 0x74
     e:  mov    (%r8),%r8d
    11:  lea    (%rsi,%r8,1),%eax                    ; wasm 0x76
    15:  mov    %eax,0x80(%rdi)                      ; wasm 0x77
    1b:  mov    %rbp,%rsp                            ; wasm 0x7b
    1e:  pop    %rbp
    1f:  ret

;; function 1 (export "imported"): 16 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x70(%rdi),%rsi                      ; wasm 0x7e
     8:  add    %rdx,(%rsi)                          ; wasm 0x83
     b:  mov    %rbp,%rsp                            ; wasm 0x85
     e:  pop    %rbp
     f:  ret

;; function 2 (export "scaled"): 21 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vmovsd 0x90(%rdi),%xmm4                     ; wasm 0x8a
     c:  vmulsd %xmm4,%xmm0,%xmm0                    ; wasm 0x8c
    10:  mov    %rbp,%rsp                            ; wasm 0x8d
    13:  pop    %rbp
    14:  ret
