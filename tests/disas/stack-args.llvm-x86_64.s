;; stack-args.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $many: 25 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x15
     c:  mov    0x30(%rbp),%eax
     f:  add    0x38(%rbp),%rax
    13:  pop    %rbp
    14:  ret
    15:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 1 (export "caller"): 37 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  mov    (%rax),%rax
     a:  cmp    %rbp,%rax
     d:  ja     0x1d
     f:  cmp    %rbp,%rax
    12:  ja     0x21
    14:  add    $0x9,%rdx
    18:  mov    %rdx,%rax
    1b:  pop    %rbp
    1c:  ret
    1d:  ud1    (%eax),%eax                          ; trap StackOverflow
    21:  ud1    (%eax),%eax                          ; trap StackOverflow
