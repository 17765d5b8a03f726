;; globals.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "bump"): 36 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x20
     c:  mov    0x68(%rdi),%rax
    10:  mov    (%rax),%eax
    12:  add    0x80(%rdi),%eax
    18:  mov    %eax,0x80(%rdi)
    1e:  pop    %rbp
    1f:  ret
    20:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 1 (export "imported"): 25 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x15
     c:  mov    0x70(%rdi),%rax
    10:  add    %rdx,(%rax)
    13:  pop    %rbp
    14:  ret
    15:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 2 (export "scaled"): 26 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x16
     c:  vmulsd 0x90(%rdi),%xmm0,%xmm0
    14:  pop    %rbp
    15:  ret
    16:  ud1    (%eax),%eax                          ; trap StackOverflow
