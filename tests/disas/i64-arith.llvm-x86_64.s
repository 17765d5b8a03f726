;; i64-arith.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 35 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x50
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1f
     c:  add    %rdx,%rcx                            ; wasm 0x55
     f:  movabs $0x123456789abcdef,%rax
    19:  imul   %rcx,%rax                            ; wasm 0x60
    1d:  pop    %rbp                                 ; wasm 0x61
    1e:  ret
    1f:  ud1    (%eax),%eax                          ; wasm 0x50; trap StackOverflow

;; function 1 (export "shifts"): 32 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x63
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1c
     c:  shlx   %rcx,%rdx,%rcx                       ; wasm 0x68
    11:  rorx   $0xd,%rdx,%rax                       ; wasm 0x6d
    17:  or     %rcx,%rax                            ; wasm 0x6e
    1a:  pop    %rbp                                 ; wasm 0x6f
    1b:  ret
    1c:  ud1    (%eax),%eax                          ; wasm 0x63; trap StackOverflow

;; function 2 (export "counts"): 33 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x71
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1d
     c:  lzcnt  %rdx,%rcx                            ; wasm 0x74
    11:  xor    %eax,%eax                            ; wasm 0x77
    13:  popcnt %rdx,%rax
    18:  add    %rcx,%rax                            ; wasm 0x78
    1b:  pop    %rbp                                 ; wasm 0x79
    1c:  ret
    1d:  ud1    (%eax),%eax                          ; wasm 0x71; trap StackOverflow

;; function 3 (export "compare"): 36 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x7b
     7:  cmp    %rbp,(%rax)
     a:  ja     0x20
     c:  cmp    %rcx,%rdx                            ; wasm 0x80
     f:  setg   %al
    12:  cmp    $0xffffffffffffffff,%rdx             ; wasm 0x85
    16:  setne  %cl
    19:  and    %al,%cl                              ; wasm 0x86
    1b:  movzbl %cl,%eax
    1e:  pop    %rbp                                 ; wasm 0x87
    1f:  ret
    20:  ud1    (%eax),%eax                          ; wasm 0x7b; trap StackOverflow
