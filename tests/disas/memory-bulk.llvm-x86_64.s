;; memory-bulk.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "fill"): 41 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x3f
     7:  cmp    %rbp,(%rax)
     a:  ja     0x20
     c:  mov    %edx,%edx                            ; wasm 0x46
     e:  mov    %r8d,%r8d
    11:  mov    0x8(%rdi),%rax
    15:  xor    %esi,%esi
    17:  call   *0x8(%rax)
    1a:  test   %eax,%eax
    1c:  jne    0x24
    1e:  pop    %rbp                                 ; wasm 0x49
    1f:  ret
    20:  ud1    (%eax),%eax                          ; wasm 0x3f; trap StackOverflow
    24:  ud1    0x1(%eax),%eax                       ; wasm 0x46; trap HeapOutOfBounds

;; function 1 (export "copy"): 53 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x4b
     7:  cmp    %rbp,(%rax)
     a:  ja     0x2c
     c:  mov    %edx,%eax                            ; wasm 0x52
     e:  mov    %ecx,%r10d
    11:  mov    %r8d,%r9d
    14:  mov    0x8(%rdi),%r11
    18:  xor    %esi,%esi
    1a:  xor    %edx,%edx
    1c:  mov    %rax,%rcx
    1f:  mov    %r10,%r8
    22:  call   *0x10(%r11)
    26:  test   %eax,%eax
    28:  jne    0x30
    2a:  pop    %rbp                                 ; wasm 0x56
    2b:  ret
    2c:  ud1    (%eax),%eax                          ; wasm 0x4b; trap StackOverflow
    30:  ud1    0x1(%eax),%eax                       ; wasm 0x52; trap HeapOutOfBounds

;; function 2 (export "init"): 68 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  push   %r14
     6:  push   %rbx
     7:  mov    (%rdi),%rax                          ; wasm 0x58
     a:  cmp    %rbp,(%rax)
     d:  ja     0x3b
     f:  mov    %rdi,%rbx                            ; no operator
    12:  mov    %edx,%ecx                            ; wasm 0x5f
    14:  mov    0x8(%rdi),%r14
    18:  xor    %esi,%esi
    1a:  xor    %edx,%edx
    1c:  xor    %r8d,%r8d
    1f:  mov    $0x5,%r9d
    25:  call   *0x18(%r14)
    29:  test   %eax,%eax
    2b:  jne    0x3f
    2d:  mov    %rbx,%rdi                            ; wasm 0x63
    30:  xor    %esi,%esi
    32:  call   *0x20(%r14)
    36:  pop    %rbx                                 ; wasm 0x66
    37:  pop    %r14
    39:  pop    %rbp
    3a:  ret
    3b:  ud1    (%eax),%eax                          ; wasm 0x58; trap StackOverflow
    3f:  ud1    0x1(%eax),%eax                       ; wasm 0x5f; trap HeapOutOfBounds
