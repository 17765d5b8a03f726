;; call-direct.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $leaf: 22 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x12
     c:  add    %edx,%ecx
     e:  mov    %ecx,%eax
    10:  pop    %rbp
    11:  ret
    12:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 1 $fac (export "fac"): 56 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  push   %rbx
     5:  push   %rax
     6:  mov    (%rdi),%rax
     9:  cmp    %rbp,(%rax)
     c:  ja     0x34
     e:  test   %rdx,%rdx
    11:  je     0x28
    13:  lea    -0x1(%rdx),%rax
    17:  mov    %rdx,%rbx
    1a:  mov    %rax,%rdx
    1d:  call   0x0
    22:  imul   %rbx,%rax
    26:  jmp    0x2d
    28:  mov    $0x1,%eax
    2d:  add    $0x8,%rsp
    31:  pop    %rbx
    32:  pop    %rbp
    33:  ret
    34:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 2 (export "twice"): 37 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  mov    (%rax),%rax
     a:  cmp    %rbp,%rax
     d:  ja     0x1d
     f:  cmp    %rbp,%rax
    12:  ja     0x21
    14:  lea    0x1(,%rdx,2),%eax
    1b:  pop    %rbp
    1c:  ret
    1d:  ud1    (%eax),%eax                          ; trap StackOverflow
    21:  ud1    (%eax),%eax                          ; trap StackOverflow
