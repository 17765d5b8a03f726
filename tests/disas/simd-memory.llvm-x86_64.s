;; simd-memory.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_store"): 45 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x60
     7:  cmp    %rbp,(%rax)
     a:  ja     0x29
     c:  mov    0x80(%rdi),%rax                      ; wasm 0x65
    13:  mov    %edx,%edx
    15:  mov    (%rax),%rax
    18:  ss vmovups (%rax,%rdx,1),%xmm0              ; trap HeapOutOfBounds
    1e:  mov    %ecx,%ecx                            ; wasm 0x69
    20:  ss vmovups %xmm0,0x10(%rax,%rcx,1)          ; trap HeapOutOfBounds
    27:  pop    %rbp                                 ; wasm 0x6d
    28:  ret
    29:  ud1    (%eax),%eax                          ; wasm 0x60; trap StackOverflow

;; function 1 (export "load_splat"): 37 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x6f
     7:  cmp    %rbp,(%rax)
     a:  ja     0x21
     c:  mov    0x80(%rdi),%rax                      ; wasm 0x72
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss vbroadcastss (%rax,%rcx,1),%xmm0         ; trap HeapOutOfBounds
    1f:  pop    %rbp                                 ; wasm 0x76
    20:  ret
    21:  ud1    (%eax),%eax                          ; wasm 0x6f; trap StackOverflow

;; function 2 (export "load_zero"): 41 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x78
     7:  cmp    %rbp,(%rax)
     a:  ja     0x25
     c:  mov    0x80(%rdi),%rax                      ; wasm 0x7b
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss mov 0x8(%rax,%rcx,1),%rax                ; trap HeapOutOfBounds
    1e:  vmovq  %rax,%xmm0
    23:  pop    %rbp                                 ; wasm 0x7f
    24:  ret
    25:  ud1    (%eax),%eax                          ; wasm 0x78; trap StackOverflow

;; function 3 (export "load_lane"): 37 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x81
     7:  cmp    %rbp,(%rax)
     a:  ja     0x21
     c:  mov    0x80(%rdi),%rax                      ; wasm 0x86
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss vpinsrw $0x5,(%rax,%rcx,1),%xmm0,%xmm0   ; trap HeapOutOfBounds
    1f:  pop    %rbp                                 ; wasm 0x8b
    20:  ret
    21:  ud1    (%eax),%eax                          ; wasm 0x81; trap StackOverflow
