;; epochs.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs true, nan_canonicalization false

;; function 0 (export "spin"): 60 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r8
     7:  mov    0x20(%r8),%r9
     b:  mov    (%r9),%r10
     e:  cmp    0x18(%r8),%r10
    12:  jae    0x38
    18:  mov    %rdx,%rax
    1b:  mov    (%r9),%r11                           ; wasm 0x23
    1e:  cmp    0x18(%r8),%r11
    22:  jae    0x3a
    28:  sub    $0x1,%eax
    2b:  test   %eax,%eax                            ; wasm 0x2e
    2d:  jne    0x1b
    33:  mov    %rbp,%rsp                            ; wasm 0x33
    36:  pop    %rbp
    37:  ret
    38:  ud2                                         ; trap Interrupted
    3a:  ud2                                         ; wasm 0x23; trap Interrupted
