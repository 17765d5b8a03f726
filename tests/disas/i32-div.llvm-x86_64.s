;; i32-div.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "div_s"): 51 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x54
     7:  cmp    %rbp,(%rax)
     a:  ja     0x25
     c:  test   %ecx,%ecx                            ; wasm 0x59
     e:  je     0x29
    10:  mov    %ecx,%eax
    12:  not    %eax
    14:  lea    -0x80000000(%rdx),%esi
    1a:  or     %eax,%esi
    1c:  je     0x2e
    1e:  mov    %edx,%eax
    20:  cltd
    21:  idiv   %ecx
    23:  pop    %rbp                                 ; wasm 0x5a
    24:  ret
    25:  ud1    (%eax),%eax                          ; wasm 0x54; trap StackOverflow
    29:  ud1    0x6(%eax),%eax                       ; wasm 0x59; trap IntegerDivisionByZero
    2e:  ud1    0x5(%eax),%eax                       ; trap IntegerOverflow

;; function 1 (export "div_u"): 33 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x5c
     7:  cmp    %rbp,(%rax)
     a:  ja     0x18
     c:  test   %ecx,%ecx                            ; wasm 0x61
     e:  je     0x1c
    10:  mov    %edx,%eax
    12:  xor    %edx,%edx
    14:  div    %ecx
    16:  pop    %rbp                                 ; wasm 0x62
    17:  ret
    18:  ud1    (%eax),%eax                          ; wasm 0x5c; trap StackOverflow
    1c:  ud1    0x6(%eax),%eax                       ; wasm 0x61; trap IntegerDivisionByZero

;; function 2 (export "rem_s"): 45 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x64
     7:  cmp    %rbp,(%rax)
     a:  ja     0x24
     c:  test   %ecx,%ecx                            ; wasm 0x69
     e:  je     0x28
    10:  cmp    $0xffffffff,%ecx
    13:  mov    $0x1,%esi
    18:  cmovne %ecx,%esi
    1b:  mov    %edx,%eax
    1d:  cltd
    1e:  idiv   %esi
    20:  mov    %edx,%eax
    22:  pop    %rbp                                 ; wasm 0x6a
    23:  ret
    24:  ud1    (%eax),%eax                          ; wasm 0x64; trap StackOverflow
    28:  ud1    0x6(%eax),%eax                       ; wasm 0x69; trap IntegerDivisionByZero

;; function 3 (export "rem_u"): 35 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x6c
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1a
     c:  test   %ecx,%ecx                            ; wasm 0x71
     e:  je     0x1e
    10:  mov    %edx,%eax
    12:  xor    %edx,%edx
    14:  div    %ecx
    16:  mov    %edx,%eax
    18:  pop    %rbp                                 ; wasm 0x72
    19:  ret
    1a:  ud1    (%eax),%eax                          ; wasm 0x6c; trap StackOverflow
    1e:  ud1    0x6(%eax),%eax                       ; wasm 0x71; trap IntegerDivisionByZero

;; function 4 (export "div_by_const"): 41 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x74
     7:  cmp    %rbp,(%rax)
     a:  ja     0x25
     c:  movslq %edx,%rax                            ; wasm 0x79
     f:  imul   $0x66666667,%rax,%rax
    16:  mov    %rax,%rcx
    19:  shr    $0x3f,%rcx
    1d:  sar    $0x22,%rax
    21:  add    %ecx,%eax
    23:  pop    %rbp                                 ; wasm 0x7a
    24:  ret
    25:  ud1    (%eax),%eax                          ; wasm 0x74; trap StackOverflow
