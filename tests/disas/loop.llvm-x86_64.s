;; loop.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "sum_to"): 48 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x34
     7:  cmp    %rbp,(%rax)
     a:  ja     0x2c
     c:  test   %edx,%edx                            ; wasm 0x3d
     e:  je     0x28                                 ; wasm 0x3e
    10:  lea    -0x1(%rdx),%ecx
    13:  mov    %ecx,%eax
    15:  imul   %ecx,%eax
    18:  add    %edx,%eax
    1a:  add    $0xfffffffe,%edx
    1d:  imul   %rcx,%rdx
    21:  shr    %rdx
    24:  sub    %edx,%eax
    26:  pop    %rbp                                 ; wasm 0x54
    27:  ret
    28:  xor    %eax,%eax                            ; no operator
    2a:  pop    %rbp                                 ; wasm 0x54
    2b:  ret
    2c:  ud1    (%eax),%eax                          ; wasm 0x34; trap StackOverflow

;; function 1 (export "nested"): 26 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x56
     7:  cmp    %rbp,(%rax)
     a:  ja     0x16
     c:  cmp    $0x1,%edx                            ; wasm 0x5f
     f:  adc    $0x0,%edx
    12:  mov    %edx,%eax                            ; wasm 0x81
    14:  pop    %rbp
    15:  ret
    16:  ud1    (%eax),%eax                          ; wasm 0x56; trap StackOverflow
