;; epochs.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs true, nan_canonicalization false

;; function 0 (export "spin"): 140 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  push   %r15
     6:  push   %r14
     8:  push   %r12
     a:  push   %rbx
     b:  mov    (%rdi),%r14                          ; wasm 0x22
     e:  cmp    %rbp,(%r14)
    11:  ja     0x6a
    13:  mov    0x20(%r14),%r15
    17:  mov    (%r15),%rcx
    1a:  mov    0x18(%r14),%rax
    1e:  cmp    %rax,%rcx
    21:  jae    0x6e
    23:  data16 data16 data16 cs nopw 0x0(%rax,%rax,1) ; no operator
    30:  mov    (%r15),%rcx                          ; wasm 0x23
    33:  cmp    %rax,%rcx
    36:  jae    0x3e
    38:  dec    %edx                                 ; wasm 0x2e
    3a:  jne    0x30
    3c:  jmp    0x5f
    3e:  mov    0x8(%rdi),%rax                       ; wasm 0x23
    42:  mov    %rdi,%rbx
    45:  mov    %edx,%r12d
    48:  call   *0x50(%rax)
    4b:  mov    %rbx,%rdi
    4e:  mov    %r12d,%edx
    51:  mov    0x18(%r14),%rax
    55:  test   %rax,%rax
    58:  jne    0x38
    5a:  ud1    0x9(%eax),%eax                       ; wasm 0x22; trap Interrupted
    5f:  xor    %eax,%eax                            ; wasm 0x33
    61:  pop    %rbx
    62:  pop    %r12
    64:  pop    %r14
    66:  pop    %r15
    68:  pop    %rbp
    69:  ret
    6a:  ud1    (%eax),%eax                          ; wasm 0x22; trap StackOverflow
    6e:  mov    0x8(%rdi),%rax
    72:  mov    %rdi,%rbx
    75:  mov    %edx,%r12d
    78:  call   *0x50(%rax)
    7b:  mov    %rbx,%rdi
    7e:  mov    %r12d,%edx
    81:  mov    0x18(%r14),%rax
    85:  test   %rax,%rax
    88:  jne    0x30
    8a:  jmp    0x5a
