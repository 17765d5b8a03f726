;; memory-bulk.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "fill"): 36 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1b
     c:  mov    0x8(%rdi),%rax
    10:  xor    %esi,%esi
    12:  call   *0x8(%rax)
    15:  test   %eax,%eax
    17:  jne    0x1f
    19:  pop    %rbp
    1a:  ret
    1b:  ud1    (%eax),%eax                          ; trap StackOverflow
    1f:  ud1    0x1(%eax),%eax                       ; trap HeapOutOfBounds

;; function 1 (export "copy"): 46 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x25
     c:  mov    %r8d,%r9d
     f:  mov    %ecx,%r8d
    12:  mov    %edx,%ecx
    14:  mov    0x8(%rdi),%rax
    18:  xor    %esi,%esi
    1a:  xor    %edx,%edx
    1c:  call   *0x10(%rax)
    1f:  test   %eax,%eax
    21:  jne    0x29
    23:  pop    %rbp
    24:  ret
    25:  ud1    (%eax),%eax                          ; trap StackOverflow
    29:  ud1    0x1(%eax),%eax                       ; trap HeapOutOfBounds

;; function 2 (export "init"): 68 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  push   %r14
     6:  push   %rbx
     7:  mov    (%rdi),%rax
     a:  cmp    %rbp,(%rax)
     d:  ja     0x3b
     f:  mov    %edx,%ecx
    11:  mov    %rdi,%rbx
    14:  mov    0x8(%rdi),%r14
    18:  xor    %esi,%esi
    1a:  xor    %edx,%edx
    1c:  xor    %r8d,%r8d
    1f:  mov    $0x5,%r9d
    25:  call   *0x18(%r14)
    29:  test   %eax,%eax
    2b:  jne    0x3f
    2d:  mov    %rbx,%rdi
    30:  xor    %esi,%esi
    32:  call   *0x20(%r14)
    36:  pop    %rbx
    37:  pop    %r14
    39:  pop    %rbp
    3a:  ret
    3b:  ud1    (%eax),%eax                          ; trap StackOverflow
    3f:  ud1    0x1(%eax),%eax                       ; trap HeapOutOfBounds
