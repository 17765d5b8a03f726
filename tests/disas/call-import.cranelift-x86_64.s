;; call-import.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 2 (export "run"): 111 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x20,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x6d
    17:  sub    $0x10,%rsp
    1b:  mov    %r14,(%rsp)
    1f:  mov    %r15,0x8(%rsp)
    24:  mov    %rdi,%r14
    27:  mov    0x20(%rdi),%r10                      ; wasm 0x45
    2b:  mov    0x28(%rdi),%rdi
    2f:  mov    %rdx,%r15
    32:  mov    %r14,%rsi
    35:  call   *%r10
    38:  mov    %r14,%rax
    3b:  mov    0x38(%rax),%r11                      ; wasm 0x53
    3f:  mov    0x40(%rax),%rdi
    43:  mov    %r15d,%edx                           ; wasm 0x49
    46:  movabs $0x3fe0000000000000,%r10             ; wasm 0x4a
    50:  vmovq  %r10,%xmm0
    55:  mov    %rax,%rsi
    58:  call   *%r11                                ; wasm 0x53
    5b:  mov    (%rsp),%r14                          ; wasm 0x55
    5f:  mov    0x8(%rsp),%r15
    64:  add    $0x10,%rsp
    68:  mov    %rbp,%rsp
    6b:  pop    %rbp
    6c:  ret
    6d:  ud2                                         ; trap StackOverflow
