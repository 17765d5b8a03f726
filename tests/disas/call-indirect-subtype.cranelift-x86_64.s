;; call-indirect-subtype.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0: 170 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x30,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0xa2
    17:  sub    $0x20,%rsp
    1b:  mov    %rbx,(%rsp)
    1f:  mov    %r12,0x8(%rsp)
    24:  mov    %r13,0x10(%rsp)
    29:  mov    %rdx,%r12
    2c:  mov    0x38(%rdi),%rax                      ; wasm 0x2d
    30:  mov    0x8(%rax),%ecx
    33:  test   %ecx,%ecx
    35:  je     0xa4
    3b:  mov    (%rax),%rax
    3e:  mov    (%rax),%rbx
    41:  test   %rbx,%rbx
    44:  je     0xa6
    4a:  mov    0x10(%rbx),%ecx
    4d:  mov    0x10(%rdi),%rdx
    51:  mov    (%rdx),%edx
    53:  cmp    %edx,%ecx
    55:  jne    0x84
    5b:  mov    %rdi,%r13
    5e:  mov    (%rbx),%rcx
    61:  mov    0x8(%rbx),%rdi
    65:  mov    %r12,%rdx
    68:  mov    %r13,%rsi
    6b:  call   *%rcx
    6d:  mov    (%rsp),%rbx                          ; wasm 0x30
    71:  mov    0x8(%rsp),%r12
    76:  mov    0x10(%rsp),%r13
    7b:  add    $0x20,%rsp
    7f:  mov    %rbp,%rsp
    82:  pop    %rbp
    83:  ret
    84:  mov    0x8(%rdi),%rcx                       ; wasm 0x2d
    88:  mov    %rdi,%r13
    8b:  mov    0x58(%rcx),%rcx
    8f:  mov    %rbx,%rsi
    92:  call   *%rcx
    94:  test   %rax,%rax
    97:  je     0xa8
    9d:  jmp    0x5e
    a2:  ud2                                         ; trap StackOverflow
    a4:  ud2                                         ; trap TableOutOfBounds
    a6:  ud2                                         ; trap IndirectCallToNull
    a8:  ud2                                         ; trap BadSignature
