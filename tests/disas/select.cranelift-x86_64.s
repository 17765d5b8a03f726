;; select.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "max_i32"): 17 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  cmp    %edx,%ecx
     6:  mov    %rdx,%rax
     9:  cmovge %ecx,%eax
     c:  mov    %rbp,%rsp                            ; wasm 0x58
     f:  pop    %rbp
    10:  ret

;; function 1 (export "pick_f64"): 28 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  test   %edx,%edx                            ; wasm 0x61
     6:  movdqa %xmm0,%xmm7
     a:  movdqa %xmm1,%xmm0
     e:  je     0x17
    14:  movaps %xmm7,%xmm0
    17:  mov    %rbp,%rsp                            ; wasm 0x62
    1a:  pop    %rbp
    1b:  ret

;; function 2 (export "typed_i64"): 19 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  test   %r8d,%r8d                            ; wasm 0x6b
     7:  mov    %rcx,%rax
     a:  cmovne %rdx,%rax
     e:  mov    %rbp,%rsp                            ; wasm 0x6e
    11:  pop    %rbp
    12:  ret
