;; memory-bulk.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "fill"): 53 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x10,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x31
    17:  mov    0x8(%rdi),%r9
    1b:  mov    0x8(%r9),%r9
    1f:  xor    %esi,%esi
    21:  call   *%r9
    24:  test   %eax,%eax
    26:  jne    0x33
    2c:  mov    %rbp,%rsp
    2f:  pop    %rbp
    30:  ret
    31:  ud2                                         ; trap StackOverflow
    33:  ud2                                         ; trap HeapOutOfBounds

;; function 1 (export "copy"): 68 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x10,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x40
    17:  mov    %rdx,%rax
    1a:  mov    0x8(%rdi),%r9
    1e:  mov    0x10(%r9),%r10
    22:  xor    %edx,%edx
    24:  mov    %r8,%r9
    27:  mov    %rcx,%r8
    2a:  mov    %rax,%rcx
    2d:  mov    %rdx,%rsi
    30:  call   *%r10
    33:  test   %eax,%eax
    35:  jne    0x42
    3b:  mov    %rbp,%rsp
    3e:  pop    %rbp
    3f:  ret
    40:  ud2                                         ; trap StackOverflow
    42:  ud2                                         ; trap HeapOutOfBounds

;; function 2 (export "init"): 116 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x20,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x70
    17:  sub    $0x10,%rsp
    1b:  mov    %rbx,(%rsp)
    1f:  mov    %r14,0x8(%rsp)
    24:  mov    0x8(%rdi),%r10
    28:  mov    0x18(%r10),%r10
    2c:  xor    %esi,%esi
    2e:  mov    %rsi,%r14
    31:  mov    $0x5,%r9d
    37:  mov    %rdx,%rcx
    3a:  mov    %rdi,%rbx
    3d:  mov    %r14,%rdx
    40:  mov    %r14,%r8
    43:  call   *%r10
    46:  test   %eax,%eax
    48:  jne    0x72
    4e:  mov    0x8(%rbx),%rax
    52:  mov    0x20(%rax),%rax
    56:  mov    %r14,%rsi
    59:  mov    %rbx,%rdi
    5c:  call   *%rax
    5e:  mov    (%rsp),%rbx
    62:  mov    0x8(%rsp),%r14
    67:  add    $0x10,%rsp
    6b:  mov    %rbp,%rsp
    6e:  pop    %rbp
    6f:  ret
    70:  ud2                                         ; trap StackOverflow
    72:  ud2                                         ; trap HeapOutOfBounds
