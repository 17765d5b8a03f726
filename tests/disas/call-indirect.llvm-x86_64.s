;; call-indirect.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $add: 22 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x40
     7:  cmp    %rbp,(%rax)
     a:  ja     0x12
     c:  add    %edx,%ecx                            ; wasm 0x45
     e:  mov    %ecx,%eax                            ; wasm 0x46
    10:  pop    %rbp
    11:  ret
    12:  ud1    (%eax),%eax                          ; wasm 0x40; trap StackOverflow

;; function 1 $sub: 22 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x48
     7:  cmp    %rbp,(%rax)
     a:  ja     0x12
     c:  sub    %ecx,%edx                            ; wasm 0x4d
     e:  mov    %edx,%eax                            ; wasm 0x4e
    10:  pop    %rbp
    11:  ret
    12:  ud1    (%eax),%eax                          ; wasm 0x48; trap StackOverflow

;; function 2 (export "dispatch"): 81 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x50
     7:  cmp    %rbp,(%rax)
     a:  ja     0x3e
     c:  mov    %rdi,%rsi                            ; no operator
     f:  mov    0x68(%rdi),%rax                      ; wasm 0x57
    13:  cmp    0x8(%rax),%edx
    16:  jae    0x42
    18:  mov    (%rax),%rax
    1b:  mov    %edx,%edx
    1d:  mov    (%rax,%rdx,8),%rax
    21:  test   %rax,%rax
    24:  je     0x47
    26:  mov    0x10(%rsi),%rdx
    2a:  mov    0x10(%rax),%edi
    2d:  cmp    (%rdx),%edi
    2f:  jne    0x4c
    31:  mov    0x8(%rax),%rdi
    35:  mov    %ecx,%edx
    37:  mov    %r8d,%ecx
    3a:  call   *(%rax)
    3c:  pop    %rbp                                 ; wasm 0x5a
    3d:  ret
    3e:  ud1    (%eax),%eax                          ; wasm 0x50; trap StackOverflow
    42:  ud1    0x2(%eax),%eax                       ; wasm 0x57; trap TableOutOfBounds
    47:  ud1    0x3(%eax),%eax                       ; trap IndirectCallToNull
    4c:  ud1    0x4(%eax),%eax                       ; trap BadSignature
