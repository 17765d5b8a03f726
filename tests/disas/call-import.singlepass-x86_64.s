;; call-import.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 2 (export "run"): 195 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xc1
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x43
    46:  mov    %rbx,-0x18(%rbp,%riz,1)              ; wasm 0x45
    4e:  mov    -0x18(%rbp,%riz,1),%rdx
    56:  mov    0x20(%r15,%riz,1),%r11
    5e:  mov    0x28(%r15,%riz,1),%rdi
    66:  mov    %r15,%rsi
    69:  call   *%r11
    6c:  mov    -0x8(%rbp,%riz,1),%r15
    74:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x47
    7c:  rex mov %ebx,%ebx                           ; wasm 0x49
    7f:  mov    %rbx,-0x18(%rbp,%riz,1)              ; wasm 0x53
    87:  mov    -0x18(%rbp,%riz,1),%rdx
    8f:  movabs $0x3fe0000000000000,%rax
    99:  vmovq  %rax,%xmm0
    9e:  mov    0x38(%r15,%riz,1),%r11
    a6:  mov    0x40(%r15,%riz,1),%rdi
    ae:  mov    %r15,%rsi
    b1:  call   *%r11
    b4:  mov    -0x8(%rbp,%riz,1),%r15
    bc:  mov    %rbp,%rsp                            ; wasm 0x55
    bf:  pop    %rbp
    c0:  ret
    c1:  ud2                                         ; no operator; trap StackOverflow
