;; i64-arith.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 35 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1f
     c:  add    %rdx,%rcx
     f:  movabs $0x123456789abcdef,%rax
    19:  imul   %rcx,%rax
    1d:  pop    %rbp
    1e:  ret
    1f:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 1 (export "shifts"): 32 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1c
     c:  shlx   %rcx,%rdx,%rcx
    11:  rorx   $0xd,%rdx,%rax
    17:  or     %rcx,%rax
    1a:  pop    %rbp
    1b:  ret
    1c:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 2 (export "counts"): 33 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1d
     c:  lzcnt  %rdx,%rcx
    11:  xor    %eax,%eax
    13:  popcnt %rdx,%rax
    18:  add    %rcx,%rax
    1b:  pop    %rbp
    1c:  ret
    1d:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 3 (export "compare"): 36 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x20
     c:  cmp    %rcx,%rdx
     f:  setg   %al
    12:  cmp    $0xffffffffffffffff,%rdx
    16:  setne  %cl
    19:  and    %al,%cl
    1b:  movzbl %cl,%eax
    1e:  pop    %rbp
    1f:  ret
    20:  ud1    (%eax),%eax                          ; trap StackOverflow
