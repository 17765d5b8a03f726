;; select.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "max_i32"): 25 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x4d
     7:  cmp    %rbp,(%rax)
     a:  ja     0x15
     c:  cmp    %ecx,%edx                            ; wasm 0x57
     e:  cmovg  %edx,%ecx
    11:  mov    %ecx,%eax                            ; wasm 0x58
    13:  pop    %rbp
    14:  ret
    15:  ud1    (%eax),%eax                          ; wasm 0x4d; trap StackOverflow

;; function 1 (export "pick_f64"): 30 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x5a
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1a
     c:  test   %edx,%edx                            ; wasm 0x61
     e:  je     0x14
    10:  vmovaps %xmm0,%xmm1                         ; no operator
    14:  vmovaps %xmm1,%xmm0                         ; wasm 0x62
    18:  pop    %rbp
    19:  ret
    1a:  ud1    (%eax),%eax                          ; wasm 0x5a; trap StackOverflow

;; function 2 (export "typed_i64"): 28 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x64
     7:  cmp    %rbp,(%rax)
     a:  ja     0x18
     c:  test   %r8d,%r8d                            ; wasm 0x6b
     f:  cmove  %rcx,%rdx
    13:  mov    %rdx,%rax                            ; wasm 0x6e
    16:  pop    %rbp
    17:  ret
    18:  ud1    (%eax),%eax                          ; wasm 0x64; trap StackOverflow
