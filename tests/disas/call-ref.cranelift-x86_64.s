;; call-ref.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 76 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x10,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x48
    17:  mov    %rdi,%rsi
    1a:  test   %rdx,%rdx                            ; wasm 0x26
    1d:  je     0x3e
    23:  test   %rdx,%rdx                            ; wasm 0x28
    26:  je     0x4a
    2c:  mov    (%rdx),%r11
    2f:  mov    0x8(%rdx),%rdi
    33:  mov    %rcx,%rdx
    36:  call   *%r11
    39:  mov    %rbp,%rsp                            ; wasm 0x2a
    3c:  pop    %rbp
    3d:  ret
    3e:  mov    $0xffffffff,%eax                     ; wasm 0x2c
    43:  mov    %rbp,%rsp                            ; wasm 0x2e
    46:  pop    %rbp
    47:  ret
    48:  ud2                                         ; trap StackOverflow
    4a:  ud2                                         ; wasm 0x28; trap NullFunctionReference
