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
    49:  mov    -0x10(%rbp,%riz,1),%rbx
    51:  rex cmp $0x0,%ebx
    58:  sete   %al
    5b:  rex movzbl %al,%ebx
    5f:  rex cmp $0x0,%ebx
    66:  jne    0xa3
    6c:  mov    -0x18(%rbp,%riz,1),%rbx
    74:  mov    -0x10(%rbp,%riz,1),%rsi
    7c:  rex add %esi,%ebx
    7f:  mov    %rbx,-0x18(%rbp,%riz,1)
    87:  mov    -0x10(%rbp,%riz,1),%rbx
    8f:  rex sub $0x1,%ebx
    96:  mov    %rbx,-0x10(%rbp,%riz,1)
    9e:  jmp    0x49
    a3:  mov    -0x18(%rbp,%riz,1),%rbx
    ab:  mov    %rbx,%rax
    ae:  mov    %rbp,%rsp
    b1:  pop    %rbp
    b2:  ret
    b3:  ud2                                         ; trap StackOverflow

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
    5c:  mov    -0x18(%rbp,%riz,1),%rbx
    64:  mov    %rbx,-0x28(%rbp,%riz,1)
    6c:  mov    -0x28(%rbp,%riz,1),%rbx
    74:  rex sub $0x1,%ebx
    7b:  mov    %rbx,-0x28(%rbp,%riz,1)
    83:  mov    -0x28(%rbp,%riz,1),%rbx
    8b:  rex cmp $0x0,%ebx
    92:  setg   %al
    95:  rex movzbl %al,%ebx
    99:  rex cmp $0x0,%ebx
    a0:  jne    0x6c
    a6:  mov    -0x20(%rbp,%riz,1),%rbx
    ae:  rex add $0x1,%ebx
    b5:  mov    %rbx,-0x20(%rbp,%riz,1)
    bd:  mov    -0x20(%rbp,%riz,1),%rbx
    c5:  mov    -0x10(%rbp,%riz,1),%rsi
    cd:  rex cmp %esi,%ebx
    d0:  setb   %al
    d3:  rex movzbl %al,%ebx
    d7:  rex cmp $0x0,%ebx
    de:  jne    0x5c
    e4:  mov    -0x20(%rbp,%riz,1),%rbx
    ec:  mov    %rbx,%rax
    ef:  mov    %rbp,%rsp
    f2:  pop    %rbp
    f3:  ret
    f4:  ud2                                         ; trap StackOverflow
