;; load-store-dynamic.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks dynamic, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 48 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xa5
     7:  cmp    %rbp,(%rax)
     a:  ja     0x27
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xa8
    13:  mov    %edx,%ecx
    15:  lea    0x4(%rcx),%rdx
    19:  cmp    0x8(%rax),%rdx
    1d:  ja     0x2b
    1f:  mov    (%rax),%rax
    22:  mov    (%rax,%rcx,1),%eax
    25:  pop    %rbp                                 ; wasm 0xab
    26:  ret
    27:  ud1    (%eax),%eax                          ; wasm 0xa5; trap StackOverflow
    2b:  ud1    0x1(%eax),%eax                       ; wasm 0xa8; trap HeapOutOfBounds

;; function 1 (export "load_i64_offset"): 50 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xad
     7:  cmp    %rbp,(%rax)
     a:  ja     0x29
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xb0
    13:  mov    %edx,%ecx
    15:  lea    0x18(%rcx),%rdx
    19:  cmp    0x8(%rax),%rdx
    1d:  ja     0x2d
    1f:  mov    (%rax),%rax
    22:  mov    0x10(%rax,%rcx,1),%rax
    27:  pop    %rbp                                 ; wasm 0xb3
    28:  ret
    29:  ud1    (%eax),%eax                          ; wasm 0xad; trap StackOverflow
    2d:  ud1    0x1(%eax),%eax                       ; wasm 0xb0; trap HeapOutOfBounds

;; function 2 (export "load8_s"): 50 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xb5
     7:  cmp    %rbp,(%rax)
     a:  ja     0x29
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xb8
    13:  mov    %edx,%ecx
    15:  lea    0x4(%rcx),%rdx
    19:  cmp    0x8(%rax),%rdx
    1d:  ja     0x2d
    1f:  mov    (%rax),%rax
    22:  movsbl 0x3(%rax,%rcx,1),%eax
    27:  pop    %rbp                                 ; wasm 0xbb
    28:  ret
    29:  ud1    (%eax),%eax                          ; wasm 0xb5; trap StackOverflow
    2d:  ud1    0x1(%eax),%eax                       ; wasm 0xb8; trap HeapOutOfBounds

;; function 3 (export "load16_u_i64"): 49 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xbd
     7:  cmp    %rbp,(%rax)
     a:  ja     0x28
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xc0
    13:  mov    %edx,%ecx
    15:  lea    0x2(%rcx),%rdx
    19:  cmp    0x8(%rax),%rdx
    1d:  ja     0x2c
    1f:  mov    (%rax),%rax
    22:  movzwl (%rax,%rcx,1),%eax
    26:  pop    %rbp                                 ; wasm 0xc3
    27:  ret
    28:  ud1    (%eax),%eax                          ; wasm 0xbd; trap StackOverflow
    2c:  ud1    0x1(%eax),%eax                       ; wasm 0xc0; trap HeapOutOfBounds

;; function 4 (export "load_far"): 55 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xc5
     7:  cmp    %rbp,(%rax)
     a:  ja     0x2e
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xc8
    13:  mov    %edx,%ecx
    15:  lea    0x10014(%rcx),%rdx
    1c:  cmp    0x8(%rax),%rdx
    20:  ja     0x32
    22:  mov    (%rax),%rax
    25:  mov    0x10010(%rax,%rcx,1),%eax
    2c:  pop    %rbp                                 ; wasm 0xcd
    2d:  ret
    2e:  ud1    (%eax),%eax                          ; wasm 0xc5; trap StackOverflow
    32:  ud1    0x1(%eax),%eax                       ; wasm 0xc8; trap HeapOutOfBounds

;; function 5 (export "store_i32"): 48 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xcf
     7:  cmp    %rbp,(%rax)
     a:  ja     0x27
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xd4
    13:  mov    %edx,%edx
    15:  lea    0x4(%rdx),%rsi
    19:  cmp    0x8(%rax),%rsi
    1d:  ja     0x2b
    1f:  mov    (%rax),%rax
    22:  mov    %ecx,(%rax,%rdx,1)
    25:  pop    %rbp                                 ; wasm 0xd7
    26:  ret
    27:  ud1    (%eax),%eax                          ; wasm 0xcf; trap StackOverflow
    2b:  ud1    0x1(%eax),%eax                       ; wasm 0xd4; trap HeapOutOfBounds

;; function 6 (export "store8"): 49 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xd9
     7:  cmp    %rbp,(%rax)
     a:  ja     0x28
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xde
    13:  mov    %edx,%edx
    15:  lea    0x2(%rdx),%rsi
    19:  cmp    0x8(%rax),%rsi
    1d:  ja     0x2c
    1f:  mov    (%rax),%rax
    22:  mov    %cl,0x1(%rax,%rdx,1)
    26:  pop    %rbp                                 ; wasm 0xe1
    27:  ret
    28:  ud1    (%eax),%eax                          ; wasm 0xd9; trap StackOverflow
    2c:  ud1    0x1(%eax),%eax                       ; wasm 0xde; trap HeapOutOfBounds

;; function 7 (export "store_f64"): 51 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xe3
     7:  cmp    %rbp,(%rax)
     a:  ja     0x2a
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xe8
    13:  mov    %edx,%ecx
    15:  lea    0x10(%rcx),%rdx
    19:  cmp    0x8(%rax),%rdx
    1d:  ja     0x2e
    1f:  mov    (%rax),%rax
    22:  vmovsd %xmm0,0x8(%rax,%rcx,1)
    28:  pop    %rbp                                 ; wasm 0xeb
    29:  ret
    2a:  ud1    (%eax),%eax                          ; wasm 0xe3; trap StackOverflow
    2e:  ud1    0x1(%eax),%eax                       ; wasm 0xe8; trap HeapOutOfBounds

;; function 8 (export "copy_word"): 67 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xed
     7:  cmp    %rbp,(%rax)
     a:  ja     0x3f
     c:  mov    0xf8(%rdi),%rax                      ; wasm 0xf2
    13:  mov    %edx,%edx
    15:  mov    0x8(%rax),%rsi
    19:  lea    0x8(%rdx),%rdi
    1d:  cmp    %rsi,%rdi
    20:  ja     0x3a
    22:  mov    %ecx,%ecx                            ; wasm 0xf5
    24:  lea    0x8(%rcx),%rdi
    28:  cmp    %rsi,%rdi
    2b:  ja     0x3a
    2d:  mov    (%rax),%rax                          ; wasm 0xf2
    30:  mov    (%rax,%rdx,1),%rdx
    34:  mov    %rdx,(%rax,%rcx,1)                   ; wasm 0xf5
    38:  pop    %rbp                                 ; wasm 0xf8
    39:  ret
    3a:  ud1    0x1(%eax),%eax                       ; wasm 0xf2; trap HeapOutOfBounds
    3f:  ud1    (%eax),%eax                          ; wasm 0xed; trap StackOverflow
