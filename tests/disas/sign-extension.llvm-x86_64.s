;; sign-extension.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32"): 26 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x16
     c:  movsbl %dl,%ecx
     f:  movswl %dx,%eax
    12:  add    %ecx,%eax
    14:  pop    %rbp
    15:  ret
    16:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 1 (export "i64"): 28 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x18
     c:  movsbq %dl,%rcx
    10:  movslq %edx,%rax
    13:  add    %rcx,%rax
    16:  pop    %rbp
    17:  ret
    18:  ud1    (%eax),%eax                          ; trap StackOverflow
