;; load-store-static.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 34 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xa5
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1e
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xa8
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss mov (%rax,%rcx,1),%eax                   ; trap HeapOutOfBounds
    1c:  pop    %rbp                                 ; wasm 0xab
    1d:  ret
    1e:  ud1    (%eax),%eax                          ; wasm 0xa5; trap StackOverflow

;; function 1 (export "load_i64_offset"): 36 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xad
     7:  cmp    %rbp,(%rax)
     a:  ja     0x20
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xb0
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss mov 0x10(%rax,%rcx,1),%rax               ; trap HeapOutOfBounds
    1e:  pop    %rbp                                 ; wasm 0xb3
    1f:  ret
    20:  ud1    (%eax),%eax                          ; wasm 0xad; trap StackOverflow

;; function 2 (export "load8_s"): 36 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xb5
     7:  cmp    %rbp,(%rax)
     a:  ja     0x20
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xb8
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss movsbl 0x3(%rax,%rcx,1),%eax             ; trap HeapOutOfBounds
    1e:  pop    %rbp                                 ; wasm 0xbb
    1f:  ret
    20:  ud1    (%eax),%eax                          ; wasm 0xb5; trap StackOverflow

;; function 3 (export "load16_u_i64"): 35 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xbd
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1f
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xc0
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss movzwl (%rax,%rcx,1),%eax                ; trap HeapOutOfBounds
    1d:  pop    %rbp                                 ; wasm 0xc3
    1e:  ret
    1f:  ud1    (%eax),%eax                          ; wasm 0xbd; trap StackOverflow

;; function 4 (export "load_far"): 38 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xc5
     7:  cmp    %rbp,(%rax)
     a:  ja     0x22
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xc8
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss mov 0x10010(%rax,%rcx,1),%eax            ; trap HeapOutOfBounds
    20:  pop    %rbp                                 ; wasm 0xcd
    21:  ret
    22:  ud1    (%eax),%eax                          ; wasm 0xc5; trap StackOverflow

;; function 5 (export "store_i32"): 34 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xcf
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1e
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xd4
    13:  mov    %edx,%edx
    15:  mov    (%rax),%rax
    18:  ss mov %ecx,(%rax,%rdx,1)                   ; trap HeapOutOfBounds
    1c:  pop    %rbp                                 ; wasm 0xd7
    1d:  ret
    1e:  ud1    (%eax),%eax                          ; wasm 0xcf; trap StackOverflow

;; function 6 (export "store8"): 35 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xd9
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1f
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xde
    13:  mov    %edx,%edx
    15:  mov    (%rax),%rax
    18:  ss mov %cl,0x1(%rax,%rdx,1)                 ; trap HeapOutOfBounds
    1d:  pop    %rbp                                 ; wasm 0xe1
    1e:  ret
    1f:  ud1    (%eax),%eax                          ; wasm 0xd9; trap StackOverflow

;; function 7 (export "store_f64"): 37 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xe3
     7:  cmp    %rbp,(%rax)
     a:  ja     0x21
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xe8
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss vmovsd %xmm0,0x8(%rax,%rcx,1)            ; trap HeapOutOfBounds
    1f:  pop    %rbp                                 ; wasm 0xeb
    20:  ret
    21:  ud1    (%eax),%eax                          ; wasm 0xe3; trap StackOverflow

;; function 8 (export "copy_word"): 42 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xed
     7:  cmp    %rbp,(%rax)
     a:  ja     0x26
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xf2
    13:  mov    %edx,%edx
    15:  mov    (%rax),%rax
    18:  ss mov (%rax,%rdx,1),%rdx                   ; trap HeapOutOfBounds
    1d:  mov    %ecx,%ecx                            ; wasm 0xf5
    1f:  ss mov %rdx,(%rax,%rcx,1)                   ; trap HeapOutOfBounds
    24:  pop    %rbp                                 ; wasm 0xf8
    25:  ret
    26:  ud1    (%eax),%eax                          ; wasm 0xed; trap StackOverflow
