;; stack-args.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $many: 25 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x3d
     7:  cmp    %rbp,(%rax)
     a:  ja     0x15
     c:  mov    0x30(%rbp),%eax                      ; wasm 0x42
     f:  add    0x38(%rbp),%rax                      ; wasm 0x43
    13:  pop    %rbp                                 ; wasm 0x44
    14:  ret
    15:  ud1    (%eax),%eax                          ; wasm 0x3d; trap StackOverflow

;; function 1 (export "caller"): 37 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x46
     7:  mov    (%rax),%rax
     a:  cmp    %rbp,%rax
     d:  ja     0x1d
     f:  cmp    %rbp,%rax                            ; wasm 0x3d
    12:  ja     0x21
    14:  add    $0x9,%rdx                            ; wasm 0x43
    18:  mov    %rdx,%rax                            ; wasm 0xa3
    1b:  pop    %rbp
    1c:  ret
    1d:  ud1    (%eax),%eax                          ; wasm 0x46; trap StackOverflow
    21:  ud1    (%eax),%eax                          ; wasm 0x3d; trap StackOverflow
