;; fuel.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel true, epochs false, nan_canonicalization false

;; function 0 $callee: 44 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x24
     7:  cmp    %rbp,(%rax)
     a:  ja     0x23
     c:  mov    0x10(%rax),%rcx
    10:  test   %rcx,%rcx
    13:  jg     0x27
    15:  inc    %edx                                 ; wasm 0x29
    17:  add    $0x3,%rcx                            ; wasm 0x2a
    1b:  mov    %rcx,0x10(%rax)
    1f:  mov    %edx,%eax
    21:  pop    %rbp
    22:  ret
    23:  ud1    (%eax),%eax                          ; wasm 0x24; trap StackOverflow
    27:  ud1    0xa(%eax),%eax                       ; trap OutOfFuel

;; function 1 (export "count"): 105 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x2c
     7:  mov    (%rax),%rsi
     a:  cmp    %rbp,%rsi
     d:  ja     0x65
     f:  mov    0x10(%rax),%rcx
    13:  test   %rcx,%rcx
    16:  jg     0x54
    18:  cmp    $0x1,%edx                            ; wasm 0x2f
    1b:  adc    $0x0,%edx
    1e:  mov    %edx,%edi
    20:  test   %rcx,%rcx                            ; wasm 0x2f
    23:  jg     0x50
    25:  cmp    %rbp,%rsi                            ; wasm 0x24
    28:  ja     0x59
    2a:  cmp    $0xfffffffffffffffe,%rcx
    2e:  jge    0x43
    30:  add    $0xb,%rcx                            ; wasm 0x3c
    34:  dec    %edi                                 ; wasm 0x3b
    36:  jne    0x20                                 ; wasm 0x3c
    38:  inc    %rcx                                 ; wasm 0x41
    3b:  mov    %rcx,0x10(%rax)
    3f:  mov    %edx,%eax
    41:  pop    %rbp
    42:  ret
    43:  add    $0x3,%rcx                            ; no operator
    47:  mov    %rcx,0x10(%rax)
    4b:  ud1    0xa(%eax),%eax                       ; wasm 0x24; trap OutOfFuel
    50:  mov    %rcx,0x10(%rax)                      ; no operator
    54:  ud1    0xa(%eax),%eax                       ; wasm 0x2c; trap OutOfFuel
    59:  add    $0x3,%rcx                            ; no operator
    5d:  mov    %rcx,0x10(%rax)
    61:  ud1    (%eax),%eax                          ; wasm 0x24; trap StackOverflow
    65:  ud1    (%eax),%eax                          ; wasm 0x2c; trap StackOverflow
