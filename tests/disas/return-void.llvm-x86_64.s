;; return-void.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "empty"): 18 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x3a
     7:  cmp    %rbp,(%rax)
     a:  ja     0xe
     c:  pop    %rbp                                 ; wasm 0x3b
     d:  ret
     e:  ud1    (%eax),%eax                          ; wasm 0x3a; trap StackOverflow

;; function 1 (export "const"): 25 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x3d
     7:  cmp    %rbp,(%rax)
     a:  ja     0x15
     c:  mov    $0xffffffffffffffff,%rax             ; wasm 0x40
    13:  pop    %rbp
    14:  ret
    15:  ud1    (%eax),%eax                          ; wasm 0x3d; trap StackOverflow

;; function 2 (export "drop"): 18 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x42
     7:  cmp    %rbp,(%rax)
     a:  ja     0xe
     c:  pop    %rbp                                 ; wasm 0x47
     d:  ret
     e:  ud1    (%eax),%eax                          ; wasm 0x42; trap StackOverflow
