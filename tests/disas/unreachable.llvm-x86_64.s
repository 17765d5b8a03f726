;; unreachable.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "always"): 21 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x11
     c:  ud1    0x8(%eax),%eax                       ; trap UnreachableCodeReached
    11:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 1 (export "guard"): 38 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1d
     c:  mov    %edx,%ecx
     e:  test   %edx,%edx
    10:  je     0x21
    12:  mov    $0x64,%eax
    17:  xor    %edx,%edx
    19:  div    %ecx
    1b:  pop    %rbp
    1c:  ret
    1d:  ud1    (%eax),%eax                          ; trap StackOverflow
    21:  ud1    0x8(%eax),%eax                       ; trap UnreachableCodeReached
