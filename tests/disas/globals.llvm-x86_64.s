;; globals.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "bump"): 36 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x71
     7:  cmp    %rbp,(%rax)
     a:  ja     0x20
     c:  mov    0x68(%rdi),%rax                      ; wasm 0x74
    10:  mov    (%rax),%eax
    12:  add    0x80(%rdi),%eax                      ; wasm 0x76
    18:  mov    %eax,0x80(%rdi)                      ; wasm 0x77
    1e:  pop    %rbp                                 ; wasm 0x7b
    1f:  ret
    20:  ud1    (%eax),%eax                          ; wasm 0x71; trap StackOverflow

;; function 1 (export "imported"): 25 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x7d
     7:  cmp    %rbp,(%rax)
     a:  ja     0x15
     c:  mov    0x70(%rdi),%rax                      ; wasm 0x7e
    10:  add    %rdx,(%rax)                          ; wasm 0x83
    13:  pop    %rbp                                 ; wasm 0x85
    14:  ret
    15:  ud1    (%eax),%eax                          ; wasm 0x7d; trap StackOverflow

;; function 2 (export "scaled"): 26 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x87
     7:  cmp    %rbp,(%rax)
     a:  ja     0x16
     c:  vmulsd 0x90(%rdi),%xmm0,%xmm0               ; wasm 0x8c
    14:  pop    %rbp                                 ; wasm 0x8d
    15:  ret
    16:  ud1    (%eax),%eax                          ; wasm 0x87; trap StackOverflow
