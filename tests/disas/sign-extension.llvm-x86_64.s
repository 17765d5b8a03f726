;; sign-extension.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32"): 26 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x2d
     7:  cmp    %rbp,(%rax)
     a:  ja     0x16
     c:  movsbl %dl,%ecx                             ; wasm 0x30
     f:  movswl %dx,%eax                             ; wasm 0x33
    12:  add    %ecx,%eax                            ; wasm 0x34
    14:  pop    %rbp                                 ; wasm 0x35
    15:  ret
    16:  ud1    (%eax),%eax                          ; wasm 0x2d; trap StackOverflow

;; function 1 (export "i64"): 28 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x37
     7:  cmp    %rbp,(%rax)
     a:  ja     0x18
     c:  movsbq %dl,%rcx                             ; wasm 0x3a
    10:  movslq %edx,%rax                            ; wasm 0x3d
    13:  add    %rcx,%rax                            ; wasm 0x3e
    16:  pop    %rbp                                 ; wasm 0x3f
    17:  ret
    18:  ud1    (%eax),%eax                          ; wasm 0x37; trap StackOverflow
