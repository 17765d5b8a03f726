;; multi-value.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $swap: 21 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x58
     7:  cmp    %rbp,(%rax)
     a:  ja     0x11
     c:  mov    %rcx,%rax                            ; wasm 0x5d
     f:  pop    %rbp
    10:  ret
    11:  ud1    (%eax),%eax                          ; wasm 0x58; trap StackOverflow

;; function 1 (export "divmod"): 33 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x5f
     7:  cmp    %rbp,(%rax)
     a:  ja     0x18
     c:  test   %ecx,%ecx                            ; wasm 0x64
     e:  je     0x1c
    10:  mov    %edx,%eax                            ; wasm 0x69
    12:  xor    %edx,%edx
    14:  div    %ecx
    16:  pop    %rbp                                 ; wasm 0x6a
    17:  ret
    18:  ud1    (%eax),%eax                          ; wasm 0x5f; trap StackOverflow
    1c:  ud1    0x6(%eax),%eax                       ; wasm 0x64; trap IntegerDivisionByZero

;; function 2 (export "via_call"): 38 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x6c
     7:  mov    (%rax),%rax
     a:  cmp    %rbp,%rax
     d:  ja     0x1e
     f:  cmp    %rbp,%rax                            ; wasm 0x58
    12:  ja     0x22
    14:  mov    %edx,%eax                            ; wasm 0x73
    16:  add    %rax,%rcx                            ; wasm 0x74
    19:  mov    %rcx,%rax                            ; wasm 0x75
    1c:  pop    %rbp
    1d:  ret
    1e:  ud1    (%eax),%eax                          ; wasm 0x6c; trap StackOverflow
    22:  ud1    (%eax),%eax                          ; wasm 0x58; trap StackOverflow

;; function 3 (export "block_pair"): 21 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x77
     7:  cmp    %rbp,(%rax)
     a:  ja     0x11
     c:  lea    (%rdx,%rdx,4),%eax                   ; wasm 0x7f
     f:  pop    %rbp                                 ; wasm 0x80
    10:  ret
    11:  ud1    (%eax),%eax                          ; wasm 0x77; trap StackOverflow
