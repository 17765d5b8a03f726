;; call-direct.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $leaf: 22 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x36
     7:  cmp    %rbp,(%rax)
     a:  ja     0x12
     c:  add    %edx,%ecx                            ; wasm 0x3b
     e:  mov    %ecx,%eax                            ; wasm 0x3c
    10:  pop    %rbp
    11:  ret
    12:  ud1    (%eax),%eax                          ; wasm 0x36; trap StackOverflow

;; function 1 $fac (export "fac"): 56 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  push   %rbx
     5:  push   %rax
     6:  mov    (%rdi),%rax                          ; wasm 0x3e
     9:  cmp    %rbp,(%rax)
     c:  ja     0x34
     e:  test   %rdx,%rdx                            ; wasm 0x41
    11:  je     0x28                                 ; wasm 0x42
    13:  lea    -0x1(%rdx),%rax                      ; wasm 0x4d
    17:  mov    %rdx,%rbx
    1a:  mov    %rax,%rdx                            ; wasm 0x4e
    1d:  call   0x0
    22:  imul   %rbx,%rax                            ; wasm 0x50
    26:  jmp    0x2d
    28:  mov    $0x1,%eax                            ; no operator
    2d:  add    $0x8,%rsp                            ; wasm 0x52
    31:  pop    %rbx
    32:  pop    %rbp
    33:  ret
    34:  ud1    (%eax),%eax                          ; wasm 0x3e; trap StackOverflow

;; function 2 (export "twice"): 37 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x54
     7:  mov    (%rax),%rax
     a:  cmp    %rbp,%rax
     d:  ja     0x1d
     f:  cmp    %rbp,%rax                            ; wasm 0x36
    12:  ja     0x21
    14:  lea    0x1(,%rdx,2),%eax                    ; wasm 0x3b
    1b:  pop    %rbp                                 ; wasm 0x5f
    1c:  ret
    1d:  ud1    (%eax),%eax                          ; wasm 0x54; trap StackOverflow
    21:  ud1    (%eax),%eax                          ; wasm 0x36; trap StackOverflow
