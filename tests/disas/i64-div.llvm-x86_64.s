;; i64-div.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "div_s"): 85 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x3f
     7:  cmp    %rbp,(%rax)
     a:  ja     0x47
     c:  test   %rcx,%rcx                            ; wasm 0x44
     f:  je     0x4b
    11:  mov    %rcx,%rax
    14:  not    %rax
    17:  movabs $0x8000000000000000,%rsi
    21:  xor    %rdx,%rsi
    24:  or     %rax,%rsi
    27:  je     0x50
    29:  mov    %rdx,%rax
    2c:  or     %rcx,%rax
    2f:  shr    $0x20,%rax
    33:  je     0x3f
    35:  mov    %rdx,%rax
    38:  cqto
    3a:  idiv   %rcx
    3d:  pop    %rbp                                 ; wasm 0x45
    3e:  ret
    3f:  mov    %edx,%eax                            ; wasm 0x44
    41:  xor    %edx,%edx
    43:  div    %ecx
    45:  pop    %rbp                                 ; wasm 0x45
    46:  ret
    47:  ud1    (%eax),%eax                          ; wasm 0x3f; trap StackOverflow
    4b:  ud1    0x6(%eax),%eax                       ; wasm 0x44; trap IntegerDivisionByZero
    50:  ud1    0x5(%eax),%eax                       ; trap IntegerOverflow

;; function 1 (export "div_u"): 56 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x47
     7:  cmp    %rbp,(%rax)
     a:  ja     0x2f
     c:  test   %rcx,%rcx                            ; wasm 0x4c
     f:  je     0x33
    11:  mov    %rdx,%rax
    14:  or     %rcx,%rax
    17:  shr    $0x20,%rax
    1b:  je     0x27
    1d:  mov    %rdx,%rax
    20:  xor    %edx,%edx
    22:  div    %rcx
    25:  pop    %rbp                                 ; wasm 0x4d
    26:  ret
    27:  mov    %edx,%eax                            ; wasm 0x4c
    29:  xor    %edx,%edx
    2b:  div    %ecx
    2d:  pop    %rbp                                 ; wasm 0x4d
    2e:  ret
    2f:  ud1    (%eax),%eax                          ; wasm 0x47; trap StackOverflow
    33:  ud1    0x6(%eax),%eax                       ; wasm 0x4c; trap IntegerDivisionByZero

;; function 2 (export "rem_s"): 74 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x4f
     7:  cmp    %rbp,(%rax)
     a:  ja     0x41
     c:  test   %rcx,%rcx                            ; wasm 0x54
     f:  je     0x45
    11:  cmp    $0xffffffffffffffff,%rcx
    15:  mov    $0x1,%esi
    1a:  cmovne %rcx,%rsi
    1e:  mov    %rdx,%rax
    21:  or     %rsi,%rax
    24:  shr    $0x20,%rax
    28:  je     0x37
    2a:  mov    %rdx,%rax
    2d:  cqto
    2f:  idiv   %rsi
    32:  mov    %rdx,%rax
    35:  pop    %rbp                                 ; wasm 0x55
    36:  ret
    37:  mov    %edx,%eax                            ; wasm 0x54
    39:  xor    %edx,%edx
    3b:  div    %esi
    3d:  mov    %edx,%eax
    3f:  pop    %rbp                                 ; wasm 0x55
    40:  ret
    41:  ud1    (%eax),%eax                          ; wasm 0x4f; trap StackOverflow
    45:  ud1    0x6(%eax),%eax                       ; wasm 0x54; trap IntegerDivisionByZero

;; function 3 (export "rem_u"): 61 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x57
     7:  cmp    %rbp,(%rax)
     a:  ja     0x34
     c:  test   %rcx,%rcx                            ; wasm 0x5c
     f:  je     0x38
    11:  mov    %rdx,%rax
    14:  or     %rcx,%rax
    17:  shr    $0x20,%rax
    1b:  je     0x2a
    1d:  mov    %rdx,%rax
    20:  xor    %edx,%edx
    22:  div    %rcx
    25:  mov    %rdx,%rax
    28:  pop    %rbp                                 ; wasm 0x5d
    29:  ret
    2a:  mov    %edx,%eax                            ; wasm 0x5c
    2c:  xor    %edx,%edx
    2e:  div    %ecx
    30:  mov    %edx,%eax
    32:  pop    %rbp                                 ; wasm 0x5d
    33:  ret
    34:  ud1    (%eax),%eax                          ; wasm 0x57; trap StackOverflow
    38:  ud1    0x6(%eax),%eax                       ; wasm 0x5c; trap IntegerDivisionByZero
