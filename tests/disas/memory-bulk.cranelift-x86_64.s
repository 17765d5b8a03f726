;; memory-bulk.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "fill"): 58 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x10,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x36
    17:  mov    0x8(%rdi),%r11                       ; wasm 0x46
    1b:  mov    0x8(%r11),%r11
    1f:  xor    %esi,%esi
    21:  mov    %edx,%edx
    23:  mov    %r8d,%r8d
    26:  call   *%r11
    29:  test   %eax,%eax
    2b:  jne    0x38
    31:  mov    %rbp,%rsp                            ; wasm 0x49
    34:  pop    %rbp
    35:  ret
    36:  ud2                                         ; trap StackOverflow
    38:  ud2                                         ; wasm 0x46; trap HeapOutOfBounds

;; function 1 (export "copy"): 75 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x10,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x47
    17:  mov    %r8,%r9
    1a:  mov    %rcx,%rsi
    1d:  mov    %rdx,%rcx
    20:  mov    0x8(%rdi),%rax                       ; wasm 0x52
    24:  mov    0x10(%rax),%rax
    28:  xor    %edx,%edx
    2a:  mov    %ecx,%ecx
    2c:  mov    %esi,%r8d
    2f:  mov    %r9,%rsi
    32:  mov    %esi,%r9d
    35:  mov    %rdx,%rsi
    38:  call   *%rax
    3a:  test   %eax,%eax
    3c:  jne    0x49
    42:  mov    %rbp,%rsp                            ; wasm 0x56
    45:  pop    %rbp
    46:  ret
    47:  ud2                                         ; trap StackOverflow
    49:  ud2                                         ; wasm 0x52; trap HeapOutOfBounds

;; function 2 (export "init"): 123 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x30,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x77
    17:  sub    $0x20,%rsp
    1b:  mov    %r12,(%rsp)
    1f:  mov    %r13,0x8(%rsp)
    24:  mov    %r14,0x10(%rsp)
    29:  mov    0x8(%rdi),%r12                       ; wasm 0x5f
    2d:  mov    %rdi,%r13
    30:  mov    0x18(%r12),%r10
    35:  xor    %esi,%esi                            ; wasm 0x5b
    37:  mov    %rsi,%r14
    3a:  mov    %edx,%ecx                            ; wasm 0x5f
    3c:  mov    $0x5,%r9d                            ; wasm 0x5d
    42:  mov    %r14,%rdx
    45:  mov    %r14,%r8
    48:  call   *%r10                                ; wasm 0x5f
    4b:  test   %eax,%eax
    4d:  jne    0x79
    53:  mov    0x20(%r12),%rax                      ; wasm 0x63
    58:  mov    %r14,%rsi
    5b:  mov    %r13,%rdi
    5e:  call   *%rax
    60:  mov    (%rsp),%r12                          ; wasm 0x66
    64:  mov    0x8(%rsp),%r13
    69:  mov    0x10(%rsp),%r14
    6e:  add    $0x20,%rsp
    72:  mov    %rbp,%rsp
    75:  pop    %rbp
    76:  ret
    77:  ud2                                         ; trap StackOverflow
    79:  ud2                                         ; wasm 0x5f; trap HeapOutOfBounds
