;; call-ref.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 44 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x1f
     7:  cmp    %rbp,(%rax)
     a:  ja     0x28
     c:  test   %rdx,%rdx                            ; wasm 0x26
     f:  je     0x21
    11:  mov    %rdi,%rsi                            ; no operator
    14:  mov    0x8(%rdx),%rdi                       ; wasm 0x28
    18:  mov    %rdx,%rax
    1b:  mov    %ecx,%edx
    1d:  call   *(%rax)
    1f:  pop    %rbp                                 ; wasm 0x2e
    20:  ret
    21:  mov    $0xffffffff,%eax                     ; no operator
    26:  pop    %rbp                                 ; wasm 0x2e
    27:  ret
    28:  ud1    (%eax),%eax                          ; wasm 0x1f; trap StackOverflow
