;; load-store-dynamic.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks dynamic, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 42 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%r8                       ; wasm 0xa8
     b:  mov    (%r8),%rdi
     e:  mov    %edx,%r9d
    11:  lea    0x4(%r9),%r10
    15:  cmp    0x8(%r8),%r10
    19:  ja     0x28
    1f:  mov    (%rdi,%r9,1),%eax                    ; trap HeapOutOfBounds
    23:  mov    %rbp,%rsp                            ; wasm 0xab
    26:  pop    %rbp
    27:  ret
    28:  ud2                                         ; wasm 0xa8; trap HeapOutOfBounds

;; function 1 (export "load_i64_offset"): 43 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%r8                       ; wasm 0xb0
     b:  mov    (%r8),%rdi
     e:  mov    %edx,%r9d
    11:  lea    0x18(%r9),%r10
    15:  cmp    0x8(%r8),%r10
    19:  ja     0x29
    1f:  mov    0x10(%rdi,%r9,1),%rax                ; trap HeapOutOfBounds
    24:  mov    %rbp,%rsp                            ; wasm 0xb3
    27:  pop    %rbp
    28:  ret
    29:  ud2                                         ; wasm 0xb0; trap HeapOutOfBounds

;; function 2 (export "load8_s"): 44 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%r8                       ; wasm 0xb8
     b:  mov    (%r8),%rdi
     e:  mov    %edx,%r9d
    11:  lea    0x4(%r9),%r10
    15:  cmp    0x8(%r8),%r10
    19:  ja     0x2a
    1f:  movsbq 0x3(%rdi,%r9,1),%rax                 ; trap HeapOutOfBounds
    25:  mov    %rbp,%rsp                            ; wasm 0xbb
    28:  pop    %rbp
    29:  ret
    2a:  ud2                                         ; wasm 0xb8; trap HeapOutOfBounds

;; function 3 (export "load16_u_i64"): 43 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%r8                       ; wasm 0xc0
     b:  mov    (%r8),%rdi
     e:  mov    %edx,%r9d
    11:  lea    0x2(%r9),%r10
    15:  cmp    0x8(%r8),%r10
    19:  ja     0x29
    1f:  movzwq (%rdi,%r9,1),%rax                    ; trap HeapOutOfBounds
    24:  mov    %rbp,%rsp                            ; wasm 0xc3
    27:  pop    %rbp
    28:  ret
    29:  ud2                                         ; wasm 0xc0; trap HeapOutOfBounds

;; function 4 (export "load_far"): 49 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%r8                       ; wasm 0xc8
     b:  mov    (%r8),%rdi
     e:  mov    %edx,%r9d
    11:  lea    0x10014(%r9),%r10
    18:  cmp    0x8(%r8),%r10
    1c:  ja     0x2f
    22:  mov    0x10010(%rdi,%r9,1),%eax             ; trap HeapOutOfBounds
    2a:  mov    %rbp,%rsp                            ; wasm 0xcd
    2d:  pop    %rbp
    2e:  ret
    2f:  ud2                                         ; wasm 0xc8; trap HeapOutOfBounds

;; function 5 (export "store_i32"): 42 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%r8                       ; wasm 0xd4
     b:  mov    (%r8),%rdi
     e:  mov    %edx,%r9d
    11:  lea    0x4(%r9),%r10
    15:  cmp    0x8(%r8),%r10
    19:  ja     0x28
    1f:  mov    %ecx,(%rdi,%r9,1)                    ; trap HeapOutOfBounds
    23:  mov    %rbp,%rsp                            ; wasm 0xd7
    26:  pop    %rbp
    27:  ret
    28:  ud2                                         ; wasm 0xd4; trap HeapOutOfBounds

;; function 6 (export "store8"): 43 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%r8                       ; wasm 0xde
     b:  mov    (%r8),%rdi
     e:  mov    %edx,%r9d
    11:  lea    0x2(%r9),%r10
    15:  cmp    0x8(%r8),%r10
    19:  ja     0x29
    1f:  mov    %cl,0x1(%rdi,%r9,1)                  ; trap HeapOutOfBounds
    24:  mov    %rbp,%rsp                            ; wasm 0xe1
    27:  pop    %rbp
    28:  ret
    29:  ud2                                         ; wasm 0xde; trap HeapOutOfBounds

;; function 7 (export "store_f64"): 45 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%r8                       ; wasm 0xe8
     b:  mov    (%r8),%rdi
     e:  mov    %edx,%r9d
    11:  lea    0x10(%r9),%r10
    15:  cmp    0x8(%r8),%r10
    19:  ja     0x2b
    1f:  vmovsd %xmm0,0x8(%rdi,%r9,1)                ; trap HeapOutOfBounds
    26:  mov    %rbp,%rsp                            ; wasm 0xeb
    29:  pop    %rbp
    2a:  ret
    2b:  ud2                                         ; wasm 0xe8; trap HeapOutOfBounds

;; function 8 (export "copy_word"): 65 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%rax                      ; wasm 0xf2
     b:  mov    (%rax),%r11
     e:  mov    0x8(%rax),%rax
    12:  mov    %edx,%edx
    14:  lea    0x8(%rdx),%rsi
    18:  cmp    %rax,%rsi
    1b:  ja     0x3d
    21:  mov    (%r11,%rdx,1),%rdx                   ; trap HeapOutOfBounds
    25:  mov    %ecx,%ecx                            ; wasm 0xf5
    27:  lea    0x8(%rcx),%rsi
    2b:  cmp    %rax,%rsi
    2e:  ja     0x3f
    34:  mov    %rdx,(%r11,%rcx,1)                   ; trap HeapOutOfBounds
    38:  mov    %rbp,%rsp                            ; wasm 0xf8
    3b:  pop    %rbp
    3c:  ret
    3d:  ud2                                         ; wasm 0xf2; trap HeapOutOfBounds
    3f:  ud2                                         ; wasm 0xf5; trap HeapOutOfBounds
