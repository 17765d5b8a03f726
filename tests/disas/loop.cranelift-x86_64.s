;; loop.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "sum_to"): 36 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  xor    %eax,%eax
     6:  test   %edx,%edx                            ; wasm 0x3e
     8:  je     0x1f
     e:  mov    %rdx,%r11
    11:  sub    $0x1,%r11d
    15:  add    %edx,%eax                            ; wasm 0x44
    17:  mov    %r11,%rdx
    1a:  jmp    0x6                                  ; wasm 0x4e
    1f:  mov    %rbp,%rsp                            ; wasm 0x54
    22:  pop    %rbp
    23:  ret

;; function 1 (export "nested"): 41 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  xor    %eax,%eax
     6:  mov    %rcx,%r10
     9:  sub    $0x1,%r10d
     d:  test   %r10d,%r10d                          ; wasm 0x6d
    10:  jg     0x9
    16:  add    $0x1,%eax
    1c:  cmp    %edx,%eax                            ; wasm 0x7c
    1e:  jb     0x6
    24:  mov    %rbp,%rsp                            ; wasm 0x81
    27:  pop    %rbp
    28:  ret
