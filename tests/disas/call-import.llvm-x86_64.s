;; call-import.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 2 (export "run"): 72 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  push   %r14
     6:  push   %rbx
     7:  mov    (%rdi),%rax                          ; wasm 0x42
     a:  cmp    %rbp,(%rax)
     d:  ja     0x39
     f:  mov    %edx,%r14d                           ; no operator
    12:  mov    %rdi,%rbx
    15:  mov    0x28(%rdi),%rdi                      ; wasm 0x45
    19:  mov    %rbx,%rsi
    1c:  call   *0x20(%rbx)
    1f:  mov    %r14d,%edx                           ; wasm 0x49
    22:  mov    0x40(%rbx),%rdi                      ; wasm 0x53
    26:  vmovsd 0x12(%rip),%xmm0        # 0x40
    2e:  mov    %rbx,%rsi
    31:  call   *0x38(%rbx)
    34:  pop    %rbx                                 ; wasm 0x55
    35:  pop    %r14
    37:  pop    %rbp
    38:  ret
    39:  ud1    (%eax),%eax                          ; wasm 0x42; trap StackOverflow
    3d:  int3
    3e:  int3
    3f:  int3
    40:  add    %al,(%rax)
    42:  add    %al,(%rax)
    44:  add    %al,(%rax)
    46:  loopne 0x87
