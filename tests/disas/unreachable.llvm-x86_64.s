;; unreachable.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "always"): 21 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x30
     7:  cmp    %rbp,(%rax)
     a:  ja     0x11                                 ; wasm 0x30
     c:  ud1    0x8(%eax),%eax                       ; wasm 0x31; trap UnreachableCodeReached
    11:  ud1    (%eax),%eax                          ; wasm 0x30; trap StackOverflow

;; function 1 (export "guard"): 38 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x34
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1d
     c:  mov    %edx,%ecx                            ; no operator
     e:  test   %edx,%edx                            ; wasm 0x37
    10:  je     0x21                                 ; wasm 0x38
    12:  mov    $0x64,%eax                           ; wasm 0x41
    17:  xor    %edx,%edx
    19:  div    %ecx
    1b:  pop    %rbp                                 ; wasm 0x42
    1c:  ret
    1d:  ud1    (%eax),%eax                          ; wasm 0x34; trap StackOverflow
    21:  ud1    0x8(%eax),%eax                       ; wasm 0x3a; trap UnreachableCodeReached
