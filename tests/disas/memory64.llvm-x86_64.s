;; memory64.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load"): 53 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x6c
     7:  cmp    %rbp,(%rax)
     a:  ja     0x2c
     c:  cmp    $0xfffffffffffffffb,%rdx             ; wasm 0x6f
    10:  ja     0x30
    12:  mov    0xa0(%rdi),%rax
    19:  lea    0x4(%rdx),%rcx
    1d:  cmp    0x8(%rax),%rcx
    21:  ja     0x30
    23:  mov    (%rax),%rax
    26:  ss mov (%rax,%rdx,1),%eax                   ; trap HeapOutOfBounds
    2a:  pop    %rbp                                 ; wasm 0x72
    2b:  ret
    2c:  ud1    (%eax),%eax                          ; wasm 0x6c; trap StackOverflow
    30:  ud1    0x1(%eax),%eax                       ; wasm 0x6f; trap HeapOutOfBounds

;; function 1 (export "store_far"): 82 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x74
     7:  cmp    %rbp,(%rax)
     a:  ja     0x49
     c:  movabs $0xfffffffeffffffe7,%rax             ; no operator
    16:  cmp    %rax,%rdx                            ; wasm 0x79
    19:  ja     0x4d
    1b:  mov    0xa0(%rdi),%rax                      ; no operator
    22:  movabs $0x100000018,%rsi
    2c:  add    %rdx,%rsi                            ; wasm 0x79
    2f:  cmp    0x8(%rax),%rsi
    33:  ja     0x4d
    35:  add    (%rax),%rdx
    38:  movabs $0x100000010,%rax
    42:  ss mov %rcx,(%rax,%rdx,1)                   ; trap HeapOutOfBounds
    47:  pop    %rbp                                 ; wasm 0x80
    48:  ret
    49:  ud1    (%eax),%eax                          ; wasm 0x74; trap StackOverflow
    4d:  ud1    0x1(%eax),%eax                       ; wasm 0x79; trap HeapOutOfBounds

;; function 2 (export "size"): 33 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x82
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1d
     c:  mov    0xa0(%rdi),%rax                      ; wasm 0x83
    13:  mov    0x8(%rax),%rax
    17:  shr    $0x10,%rax
    1b:  pop    %rbp                                 ; wasm 0x85
    1c:  ret
    1d:  ud1    (%eax),%eax                          ; wasm 0x82; trap StackOverflow

;; function 3 (export "table_get"): 45 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x87
     7:  cmp    %rbp,(%rax)
     a:  ja     0x24
     c:  mov    0x98(%rdi),%rax                      ; wasm 0x8a
    13:  mov    0x8(%rax),%ecx
    16:  cmp    %rcx,%rdx
    19:  jae    0x28
    1b:  mov    (%rax),%rax
    1e:  mov    (%rax,%rdx,8),%rax
    22:  pop    %rbp                                 ; wasm 0x8c
    23:  ret
    24:  ud1    (%eax),%eax                          ; wasm 0x87; trap StackOverflow
    28:  ud1    0x2(%eax),%eax                       ; wasm 0x8a; trap TableOutOfBounds

;; function 4 (export "table_size"): 28 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x8e
     7:  cmp    %rbp,(%rax)
     a:  ja     0x18
     c:  mov    0x98(%rdi),%rax                      ; wasm 0x8f
    13:  mov    0x8(%rax),%eax
    16:  pop    %rbp                                 ; wasm 0x92
    17:  ret
    18:  ud1    (%eax),%eax                          ; wasm 0x8e; trap StackOverflow
