;; memory-grow.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "size"): 25 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x15
     c:  mov    0x68(%rdi),%rax
    10:  mov    0xa(%rax),%eax
    13:  pop    %rbp
    14:  ret
    15:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 1 (export "grow"): 28 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x18
     c:  mov    %edx,%edx
     e:  mov    0x8(%rdi),%rax
    12:  xor    %esi,%esi
    14:  call   *(%rax)
    16:  pop    %rbp
    17:  ret
    18:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 2 (export "grow_then_load"): 55 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  push   %rbx
     5:  push   %rax
     6:  mov    (%rdi),%rax
     9:  cmp    %rbp,(%rax)
     c:  ja     0x33
     e:  mov    %rdi,%rbx
    11:  mov    0x8(%rdi),%rax
    15:  mov    $0x1,%edx
    1a:  xor    %esi,%esi
    1c:  call   *(%rax)
    1e:  mov    0x68(%rbx),%rax
    22:  mov    (%rax),%rax
    25:  ss mov 0x10000(%rax),%eax                   ; trap HeapOutOfBounds
    2c:  add    $0x8,%rsp
    30:  pop    %rbx
    31:  pop    %rbp
    32:  ret
    33:  ud1    (%eax),%eax                          ; trap StackOverflow
