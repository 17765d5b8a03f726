;; load-store-static.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 24 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%rsi                      ; wasm 0xa8
     b:  mov    (%rsi),%rsi
     e:  mov    %edx,%edi
    10:  mov    (%rsi,%rdi,1),%eax                   ; trap HeapOutOfBounds
    13:  mov    %rbp,%rsp                            ; wasm 0xab
    16:  pop    %rbp
    17:  ret

;; function 1 (export "load_i64_offset"): 26 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%rsi                      ; wasm 0xb0
     b:  mov    (%rsi),%rsi
     e:  mov    %edx,%edi
    10:  mov    0x10(%rsi,%rdi,1),%rax               ; trap HeapOutOfBounds
    15:  mov    %rbp,%rsp                            ; wasm 0xb3
    18:  pop    %rbp
    19:  ret

;; function 2 (export "load8_s"): 27 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%rsi                      ; wasm 0xb8
     b:  mov    (%rsi),%rsi
     e:  mov    %edx,%edi
    10:  movsbq 0x3(%rsi,%rdi,1),%rax                ; trap HeapOutOfBounds
    16:  mov    %rbp,%rsp                            ; wasm 0xbb
    19:  pop    %rbp
    1a:  ret

;; function 3 (export "load16_u_i64"): 26 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%rsi                      ; wasm 0xc0
     b:  mov    (%rsi),%rsi
     e:  mov    %edx,%edi
    10:  movzwq (%rsi,%rdi,1),%rax                   ; trap HeapOutOfBounds
    15:  mov    %rbp,%rsp                            ; wasm 0xc3
    18:  pop    %rbp
    19:  ret

;; function 4 (export "load_far"): 28 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%rsi                      ; wasm 0xc8
     b:  mov    (%rsi),%rsi
     e:  mov    %edx,%edi
    10:  mov    0x10010(%rsi,%rdi,1),%eax            ; trap HeapOutOfBounds
    17:  mov    %rbp,%rsp                            ; wasm 0xcd
    1a:  pop    %rbp
    1b:  ret

;; function 5 (export "store_i32"): 24 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%rsi                      ; wasm 0xd4
     b:  mov    (%rsi),%rsi
     e:  mov    %edx,%edi
    10:  mov    %ecx,(%rsi,%rdi,1)                   ; trap HeapOutOfBounds
    13:  mov    %rbp,%rsp                            ; wasm 0xd7
    16:  pop    %rbp
    17:  ret

;; function 6 (export "store8"): 25 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%rsi                      ; wasm 0xde
     b:  mov    (%rsi),%rsi
     e:  mov    %edx,%edi
    10:  mov    %cl,0x1(%rsi,%rdi,1)                 ; trap HeapOutOfBounds
    14:  mov    %rbp,%rsp                            ; wasm 0xe1
    17:  pop    %rbp
    18:  ret

;; function 7 (export "store_f64"): 27 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%rsi                      ; wasm 0xe8
     b:  mov    (%rsi),%rsi
     e:  mov    %edx,%edi
    10:  vmovsd %xmm0,0x8(%rsi,%rdi,1)               ; trap HeapOutOfBounds
    16:  mov    %rbp,%rsp                            ; wasm 0xeb
    19:  pop    %rbp
    1a:  ret

;; function 8 (export "copy_word"): 33 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xf8(%rdi),%r8                       ; wasm 0xf2
     b:  mov    (%r8),%r8
     e:  mov    %edx,%r9d
    11:  mov    (%r8,%r9,1),%r9                      ; trap HeapOutOfBounds
    15:  mov    %ecx,%r10d                           ; wasm 0xf5
    18:  mov    %r9,(%r8,%r10,1)                     ; trap HeapOutOfBounds
    1c:  mov    %rbp,%rsp                            ; wasm 0xf8
    1f:  pop    %rbp
    20:  ret
