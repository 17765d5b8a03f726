;; epochs.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs true, nan_canonicalization false

;; function 0 (export "spin"): 57 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rcx                          ; wasm 0x22
     7:  cmp    %rbp,(%rcx)
     a:  ja     0x35
     c:  mov    0x20(%rcx),%rax
    10:  mov    (%rax),%rsi
    13:  mov    0x18(%rcx),%rcx
    17:  cmp    %rcx,%rsi
    1a:  jae    0x30
    1c:  nopl   0x0(%rax)                            ; no operator
    20:  mov    (%rax),%rsi                          ; wasm 0x23
    23:  cmp    %rcx,%rsi
    26:  jae    0x30
    28:  dec    %edx                                 ; wasm 0x2e
    2a:  jne    0x20
    2c:  xor    %eax,%eax                            ; wasm 0x33
    2e:  pop    %rbp
    2f:  ret
    30:  ud1    0x9(%eax),%eax                       ; wasm 0x22; trap Interrupted
    35:  ud1    (%eax),%eax                          ; trap StackOverflow
