;; unreachable.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "always"): 6 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  ud2                                         ; wasm 0x31; trap UnreachableCodeReached

;; function 1 (export "guard"): 32 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  test   %edx,%edx                            ; wasm 0x38
     6:  mov    %rdx,%rcx
     9:  je     0x1e
     f:  mov    $0x64,%eax                           ; wasm 0x3c
    14:  xor    %rdx,%rdx                            ; wasm 0x41
    17:  div    %ecx                                 ; trap IntegerDivisionByZero
    19:  mov    %rbp,%rsp                            ; wasm 0x42
    1c:  pop    %rbp
    1d:  ret
    1e:  ud2                                         ; wasm 0x38; trap UnreachableCodeReached
