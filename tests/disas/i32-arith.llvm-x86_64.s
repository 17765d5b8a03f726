;; i32-arith.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 28 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x52
     7:  cmp    %rbp,(%rax)
     a:  ja     0x18
     c:  add    %edx,%ecx                            ; wasm 0x57
     e:  add    $0xfffffff9,%edx                     ; wasm 0x5c
    11:  imul   %ecx,%edx                            ; wasm 0x5d
    14:  mov    %edx,%eax                            ; wasm 0x5e
    16:  pop    %rbp
    17:  ret
    18:  ud1    (%eax),%eax                          ; wasm 0x52; trap StackOverflow

;; function 1 (export "bits"): 33 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x60
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1d
     c:  mov    %ecx,%eax                            ; wasm 0x69
     e:  or     $0xff00,%eax
    13:  and    %edx,%eax                            ; wasm 0x6a
    15:  rol    %cl,%edx                             ; wasm 0x6f
    17:  xor    %eax,%edx                            ; wasm 0x70
    19:  mov    %edx,%eax                            ; wasm 0x71
    1b:  pop    %rbp
    1c:  ret
    1d:  ud1    (%eax),%eax                          ; wasm 0x60; trap StackOverflow

;; function 2 (export "shifts"): 37 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x73
     7:  cmp    %rbp,(%rax)
     a:  ja     0x21
     c:  shlx   %ecx,%edx,%esi                       ; wasm 0x78
    11:  mov    %edx,%edi                            ; wasm 0x7d
    13:  sar    $0x3,%edi
    16:  shrx   %edx,%ecx,%eax                       ; wasm 0x82
    1b:  add    %edi,%eax                            ; wasm 0x83
    1d:  add    %esi,%eax                            ; wasm 0x84
    1f:  pop    %rbp                                 ; wasm 0x85
    20:  ret
    21:  ud1    (%eax),%eax                          ; wasm 0x73; trap StackOverflow

;; function 3 (export "counts"): 36 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x87
     7:  cmp    %rbp,(%rax)
     a:  ja     0x20
     c:  lzcnt  %edx,%ecx                            ; wasm 0x8a
    10:  tzcnt  %edx,%esi                            ; wasm 0x8d
    14:  xor    %eax,%eax                            ; wasm 0x90
    16:  popcnt %edx,%eax
    1a:  add    %esi,%eax                            ; wasm 0x91
    1c:  add    %ecx,%eax                            ; wasm 0x92
    1e:  pop    %rbp                                 ; wasm 0x93
    1f:  ret
    20:  ud1    (%eax),%eax                          ; wasm 0x87; trap StackOverflow

;; function 4 (export "compare"): 36 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x95
     7:  cmp    %rbp,(%rax)
     a:  ja     0x20
     c:  xor    %esi,%esi                            ; wasm 0x9a
     e:  xor    %eax,%eax                            ; wasm 0x9f
    10:  cmp    %ecx,%edx                            ; wasm 0x9a
    12:  setl   %sil
    16:  setae  %al                                  ; wasm 0x9f
    19:  cmp    $0x1,%edx                            ; wasm 0xa3
    1c:  adc    %esi,%eax
    1e:  pop    %rbp                                 ; wasm 0xa5
    1f:  ret
    20:  ud1    (%eax),%eax                          ; wasm 0x95; trap StackOverflow
