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

;; function 2 (export "init"): 125 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x30,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x79
    17:  sub    $0x20,%rsp
    1b:  mov    %r12,(%rsp)
    1f:  mov    %r13,0x8(%rsp)
    24:  mov    %r14,0x10(%rsp)
    29:  mov    0x8(%rdi),%r12
    2d:  mov    %rdi,%r13
    30:  mov    0x18(%r12),%r10
    35:  xor    %esi,%esi
    37:  mov    %rsi,%r14
    3a:  mov    $0x5,%r9d
    40:  mov    %rdx,%rcx
    43:  mov    %r14,%rdx
    46:  mov    %r14,%r8
    49:  call   *%r10
    4c:  test   %eax,%eax
    4e:  jne    0x7b
    54:  mov    0x20(%r12),%r11
    59:  mov    %r14,%rsi
    5c:  mov    %r13,%rdi
    5f:  call   *%r11
    62:  mov    (%rsp),%r12
    66:  mov    0x8(%rsp),%r13
    6b:  mov    0x10(%rsp),%r14
    70:  add    $0x20,%rsp
    74:  mov    %rbp,%rsp
    77:  pop    %rbp
    78:  ret
    79:  ud2                                         ; trap StackOverflow
    7b:  ud2                                         ; trap HeapOutOfBounds
