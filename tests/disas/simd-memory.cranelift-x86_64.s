;; simd-memory.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_store"): 38 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x80(%rdi),%r8                       ; wasm 0x65
     b:  mov    (%r8),%r8
     e:  mov    %edx,%r9d
    11:  vmovdqu (%r8,%r9,1),%xmm0                   ; trap HeapOutOfBounds
    17:  mov    %ecx,%r9d                            ; wasm 0x69
    1a:  vmovdqu %xmm0,0x10(%r8,%r9,1)               ; trap HeapOutOfBounds
    21:  mov    %rbp,%rsp                            ; wasm 0x6d
    24:  pop    %rbp
    25:  ret

;; function 1 (export "load_splat"): 36 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x80(%rdi),%r8                       ; wasm 0x72
     b:  mov    (%r8),%r8
     e:  mov    %edx,%r9d
    11:  mov    (%r8,%r9,1),%r8d                     ; trap HeapOutOfBounds
    15:  vmovd  %r8d,%xmm0
    1a:  vpbroadcastd %xmm0,%xmm0
    1f:  mov    %rbp,%rsp                            ; wasm 0x76
    22:  pop    %rbp
    23:  ret

;; function 2 (export "load_zero"): 32 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x80(%rdi),%rdi                      ; wasm 0x7b
     b:  mov    (%rdi),%rdi
     e:  mov    %edx,%r8d
    11:  mov    0x8(%rdi,%r8,1),%rdi                 ; trap HeapOutOfBounds
    16:  vmovq  %rdi,%xmm0
    1b:  mov    %rbp,%rsp                            ; wasm 0x7f
    1e:  pop    %rbp
    1f:  ret

;; function 3 (export "load_lane"): 33 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x80(%rdi),%r8                       ; wasm 0x86
     b:  mov    (%r8),%r8
     e:  mov    %edx,%r9d
    11:  movzwq (%r8,%r9,1),%r8                      ; trap HeapOutOfBounds
    16:  vpinsrw $0x5,%r8d,%xmm0,%xmm0
    1c:  mov    %rbp,%rsp                            ; wasm 0x8b
    1f:  pop    %rbp
    20:  ret
