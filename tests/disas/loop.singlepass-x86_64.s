;; loop.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "sum_to"): 181 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xb3
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  movq   $0x0,-0x18(%rbp)
    49:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x3b
    51:  rex cmp $0x0,%ebx                           ; wasm 0x3d
    58:  sete   %al
    5b:  rex movzbl %al,%ebx
    5f:  rex cmp $0x0,%ebx                           ; wasm 0x3e
    66:  jne    0xa3
    6c:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x40
    74:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x42
    7c:  rex add %esi,%ebx                           ; wasm 0x44
    7f:  mov    %rbx,-0x18(%rbp,%riz,1)              ; wasm 0x45
    87:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x47
    8f:  rex sub $0x1,%ebx                           ; wasm 0x4b
    96:  mov    %rbx,-0x10(%rbp,%riz,1)              ; wasm 0x4c
    9e:  jmp    0x49                                 ; wasm 0x4e
    a3:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x52
    ab:  mov    %rbx,%rax                            ; wasm 0x54
    ae:  mov    %rbp,%rsp
    b1:  pop    %rbp
    b2:  ret
    b3:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "nested"): 246 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x40(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xf4
    24:  sub    $0x40,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  movq   $0x0,-0x28(%rbp)
    51:  movq   $0x0,-0x20(%rbp)
    5c:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x5b
    64:  mov    %rbx,-0x28(%rbp,%riz,1)              ; wasm 0x5d
    6c:  mov    -0x28(%rbp,%riz,1),%rbx              ; wasm 0x61
    74:  rex sub $0x1,%ebx                           ; wasm 0x65
    7b:  mov    %rbx,-0x28(%rbp,%riz,1)              ; wasm 0x66
    83:  mov    -0x28(%rbp,%riz,1),%rbx              ; wasm 0x68
    8b:  rex cmp $0x0,%ebx                           ; wasm 0x6c
    92:  setg   %al
    95:  rex movzbl %al,%ebx
    99:  rex cmp $0x0,%ebx                           ; wasm 0x6d
    a0:  jne    0x6c
    a6:  mov    -0x20(%rbp,%riz,1),%rbx              ; wasm 0x70
    ae:  rex add $0x1,%ebx                           ; wasm 0x74
    b5:  mov    %rbx,-0x20(%rbp,%riz,1)              ; wasm 0x75
    bd:  mov    -0x20(%rbp,%riz,1),%rbx              ; wasm 0x77
    c5:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x79
    cd:  rex cmp %esi,%ebx                           ; wasm 0x7b
    d0:  setb   %al
    d3:  rex movzbl %al,%ebx
    d7:  rex cmp $0x0,%ebx                           ; wasm 0x7c
    de:  jne    0x5c
    e4:  mov    -0x20(%rbp,%riz,1),%rbx              ; wasm 0x7f
    ec:  mov    %rbx,%rax                            ; wasm 0x81
    ef:  mov    %rbp,%rsp
    f2:  pop    %rbp
    f3:  ret
    f4:  ud2                                         ; no operator; trap StackOverflow
