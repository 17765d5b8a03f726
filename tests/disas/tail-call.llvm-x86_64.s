;; tail-call.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 147 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  sub    $0x10,%rsp
     8:  mov    (%rdi),%rax                          ; wasm 0x1f
     b:  mov    (%rax),%rax
     e:  cmp    %rbp,%rax
    11:  ja     0x61
    13:  cmp    %rbp,%rax                            ; wasm 0x29
    16:  ja     0x65
    18:  mov    %rdi,%rsi                            ; no operator
    1b:  mov    0x50(%rdi),%rax                      ; wasm 0x2e
    1f:  cmpl   $0x0,0x8(%rax)
    23:  je     0x69
    25:  mov    (%rax),%rax
    28:  mov    (%rax),%rcx
    2b:  test   %rcx,%rcx
    2e:  je     0x6e
    30:  mov    0x10(%rsi),%rax
    34:  mov    0x10(%rcx),%edi
    37:  cmp    (%rax),%edi
    39:  jne    0x73
    3b:  inc    %edx                                 ; no operator
    3d:  mov    (%rcx),%rax                          ; wasm 0x2e
    40:  mov    0x8(%rcx),%rdi
    44:  movslq 0x14(%rcx),%rcx
    48:  test   %rcx,%rcx
    4b:  je     0x57
    4d:  add    %rcx,%rax
    50:  add    $0x10,%rsp
    54:  pop    %rbp
    55:  jmp    *%rax
    57:  call   *%rax
    59:  add    $0x10,%rsp                           ; wasm 0x25
    5d:  pop    %rbp
    5e:  ret    $0x8
    61:  ud1    (%eax),%eax                          ; wasm 0x1f; trap StackOverflow
    65:  ud1    (%eax),%eax                          ; wasm 0x29; trap StackOverflow
    69:  ud1    0x2(%eax),%eax                       ; wasm 0x2e; trap TableOutOfBounds
    6e:  ud1    0x3(%eax),%eax                       ; trap IndirectCallToNull
    73:  ud1    0x4(%eax),%eax                       ; trap BadSignature
    78:  int3
    79:  int3
    7a:  int3
    7b:  int3
    7c:  int3
    7d:  int3
    7e:  int3
    7f:  int3
    80:  push   %rbp                                 ; no operator
    81:  mov    %rsp,%rbp
    84:  sub    $0x10,%rsp
    88:  call   0x8d                                 ; @0x89 reloc X86PcRel4 -> function 0, addend -4
    8d:  add    $0x8,%rsp
    91:  pop    %rbp
    92:  ret

;; function 1 $g: 131 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  sub    $0x10,%rsp
     8:  mov    (%rdi),%rax                          ; wasm 0x29
     b:  cmp    %rbp,(%rax)
     e:  ja     0x57
    10:  mov    %rdi,%rsi                            ; no operator
    13:  mov    0x50(%rdi),%rax                      ; wasm 0x2e
    17:  cmpl   $0x0,0x8(%rax)
    1b:  je     0x5b
    1d:  mov    (%rax),%rax
    20:  mov    (%rax),%rcx
    23:  test   %rcx,%rcx
    26:  je     0x60
    28:  mov    0x10(%rsi),%rax
    2c:  mov    0x10(%rcx),%edi
    2f:  cmp    (%rax),%edi
    31:  jne    0x65
    33:  mov    (%rcx),%rax
    36:  mov    0x8(%rcx),%rdi
    3a:  movslq 0x14(%rcx),%rcx
    3e:  test   %rcx,%rcx
    41:  je     0x4d
    43:  add    %rcx,%rax
    46:  add    $0x10,%rsp
    4a:  pop    %rbp
    4b:  jmp    *%rax
    4d:  call   *%rax
    4f:  add    $0x10,%rsp
    53:  pop    %rbp
    54:  ret    $0x8
    57:  ud1    (%eax),%eax                          ; wasm 0x29; trap StackOverflow
    5b:  ud1    0x2(%eax),%eax                       ; wasm 0x2e; trap TableOutOfBounds
    60:  ud1    0x3(%eax),%eax                       ; trap IndirectCallToNull
    65:  ud1    0x4(%eax),%eax                       ; trap BadSignature
    6a:  int3
    6b:  int3
    6c:  int3
    6d:  int3
    6e:  int3
    6f:  int3
    70:  push   %rbp                                 ; no operator
    71:  mov    %rsp,%rbp
    74:  sub    $0x10,%rsp
    78:  call   0x7d                                 ; @0x79 reloc X86PcRel4 -> function 1, addend -4
    7d:  add    $0x8,%rsp
    81:  pop    %rbp
    82:  ret
