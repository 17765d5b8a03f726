;; epochs.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs true, nan_canonicalization false

;; function 0 (export "spin"): 64 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r9
     7:  mov    0x20(%r9),%r10
     b:  mov    (%r10),%r10
     e:  cmp    0x18(%r9),%r10
    12:  jae    0x3c
    18:  mov    %rdx,%rax
    1b:  mov    0x20(%r9),%rcx
    1f:  mov    (%rcx),%rcx
    22:  cmp    0x18(%r9),%rcx
    26:  jae    0x3e
    2c:  sub    $0x1,%eax
    2f:  test   %eax,%eax
    31:  jne    0x1b
    37:  mov    %rbp,%rsp
    3a:  pop    %rbp
    3b:  ret
    3c:  ud2                                         ; trap Interrupted
    3e:  ud2                                         ; trap Interrupted
