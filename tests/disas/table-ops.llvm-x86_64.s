;; table-ops.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 18 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x7e
     7:  cmp    %rbp,(%rax)
     a:  ja     0xe
     c:  pop    %rbp                                 ; wasm 0x7f
     d:  ret
     e:  ud1    (%eax),%eax                          ; wasm 0x7e; trap StackOverflow

;; function 1 (export "get_is_null"): 50 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x81
     7:  cmp    %rbp,(%rax)
     a:  ja     0x29
     c:  mov    0xb0(%rdi),%rax                      ; wasm 0x84
    13:  cmp    0x8(%rax),%edx
    16:  jae    0x2d
    18:  mov    (%rax),%rcx
    1b:  mov    %edx,%edx
    1d:  xor    %eax,%eax                            ; wasm 0x86
    1f:  cmpq   $0x0,(%rcx,%rdx,8)
    24:  sete   %al
    27:  pop    %rbp                                 ; wasm 0x87
    28:  ret
    29:  ud1    (%eax),%eax                          ; wasm 0x81; trap StackOverflow
    2d:  ud1    0x2(%eax),%eax                       ; wasm 0x84; trap TableOutOfBounds

;; function 2 (export "set_func"): 48 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x89
     7:  cmp    %rbp,(%rax)
     a:  ja     0x27
     c:  mov    0xb0(%rdi),%rax                      ; wasm 0x8e
    13:  cmp    0x8(%rax),%edx
    16:  jae    0x2b
    18:  add    $0x20,%rdi                           ; wasm 0x8c
    1c:  mov    (%rax),%rax                          ; wasm 0x8e
    1f:  mov    %edx,%ecx
    21:  mov    %rdi,(%rax,%rcx,8)
    25:  pop    %rbp                                 ; wasm 0x90
    26:  ret
    27:  ud1    (%eax),%eax                          ; wasm 0x89; trap StackOverflow
    2b:  ud1    0x2(%eax),%eax                       ; wasm 0x8e; trap TableOutOfBounds

;; function 3 (export "set_extern"): 42 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x92
     7:  cmp    %rbp,(%rax)
     a:  ja     0x21
     c:  mov    0xb8(%rdi),%rax                      ; wasm 0x97
    13:  cmpl   $0x0,0x8(%rax)
    17:  je     0x25
    19:  mov    (%rax),%rax
    1c:  mov    %rdx,(%rax)
    1f:  pop    %rbp                                 ; wasm 0x99
    20:  ret
    21:  ud1    (%eax),%eax                          ; wasm 0x92; trap StackOverflow
    25:  ud1    0x2(%eax),%eax                       ; wasm 0x97; trap TableOutOfBounds

;; function 4 (export "size_grow"): 53 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  push   %rbx
     5:  push   %rax
     6:  mov    (%rdi),%rax                          ; wasm 0x9b
     9:  cmp    %rbp,(%rax)
     c:  ja     0x31
     e:  mov    0x8(%rdi),%rax                       ; wasm 0xa3
    12:  mov    0xb0(%rdi),%rcx                      ; wasm 0x9c
    19:  mov    0x8(%rcx),%ebx
    1c:  mov    $0x1,%ecx                            ; wasm 0xa3
    21:  xor    %esi,%esi
    23:  xor    %edx,%edx
    25:  call   *0x28(%rax)
    28:  add    %ebx,%eax                            ; wasm 0xa6
    2a:  add    $0x8,%rsp                            ; wasm 0xa7
    2e:  pop    %rbx
    2f:  pop    %rbp
    30:  ret
    31:  ud1    (%eax),%eax                          ; wasm 0x9b; trap StackOverflow

;; function 5 (export "fill"): 43 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xa9
     7:  cmp    %rbp,(%rax)
     a:  ja     0x22
     c:  mov    %edx,%edx                            ; wasm 0xb0
     e:  mov    %ecx,%r8d
    11:  mov    0x8(%rdi),%rax
    15:  xor    %esi,%esi
    17:  xor    %ecx,%ecx
    19:  call   *0x30(%rax)
    1c:  test   %eax,%eax
    1e:  jne    0x26
    20:  pop    %rbp                                 ; wasm 0xb3
    21:  ret
    22:  ud1    (%eax),%eax                          ; wasm 0xa9; trap StackOverflow
    26:  ud1    0x2(%eax),%eax                       ; wasm 0xb0; trap TableOutOfBounds
