;; call-indirect-subtype.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0: 120 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  push   %r15
     6:  push   %r14
     8:  push   %rbx
     9:  push   %rax
     a:  mov    (%rdi),%rax                          ; wasm 0x28
     d:  cmp    %rbp,(%rax)
    10:  ja     0x4b
    12:  mov    %rdi,%rbx                            ; no operator
    15:  mov    0x38(%rdi),%rax                      ; wasm 0x2d
    19:  cmpl   $0x0,0x8(%rax)
    1d:  je     0x4f
    1f:  mov    (%rax),%rax
    22:  mov    (%rax),%r14
    25:  test   %r14,%r14
    28:  je     0x54
    2a:  mov    0x10(%rbx),%rax
    2e:  mov    (%rax),%eax
    30:  cmp    %eax,0x10(%r14)
    34:  jne    0x59
    36:  mov    0x8(%r14),%rdi
    3a:  mov    %rbx,%rsi
    3d:  call   *(%r14)
    40:  add    $0x8,%rsp                            ; wasm 0x30
    44:  pop    %rbx
    45:  pop    %r14
    47:  pop    %r15
    49:  pop    %rbp
    4a:  ret
    4b:  ud1    (%eax),%eax                          ; wasm 0x28; trap StackOverflow
    4f:  ud1    0x2(%eax),%eax                       ; wasm 0x2d; trap TableOutOfBounds
    54:  ud1    0x3(%eax),%eax                       ; trap IndirectCallToNull
    59:  mov    0x8(%rbx),%rcx
    5d:  mov    %rbx,%rdi
    60:  mov    %r14,%rsi
    63:  mov    %edx,%r15d
    66:  mov    %eax,%edx
    68:  call   *0x58(%rcx)
    6b:  mov    %r15d,%edx
    6e:  test   %rax,%rax
    71:  jne    0x36
    73:  ud1    0x4(%eax),%eax                       ; trap BadSignature
