;; memory-bulk.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "fill"): 237 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x40(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xe9
    24:  sub    $0x40,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    %r8,-0x20(%rbp,%riz,1)
    4e:  mov    0x68(%r15,%riz,1),%r14
    56:  mov    0x0(%r14,%riz,1),%r14
    5e:  mov    -0x10(%rbp,%riz,1),%rbx
    66:  mov    -0x18(%rbp,%riz,1),%rsi
    6e:  mov    -0x20(%rbp,%riz,1),%rdi
    76:  mov    %rbx,-0x28(%rbp,%riz,1)
    7e:  mov    %rsi,-0x30(%rbp,%riz,1)
    86:  mov    %rdi,-0x38(%rbp,%riz,1)
    8e:  mov    %r15,%rdi
    91:  rex xor %esi,%esi
    94:  mov    -0x28(%rbp,%riz,1),%rdx
    9c:  mov    -0x30(%rbp,%riz,1),%rcx
    a4:  mov    -0x38(%rbp,%riz,1),%r8
    ac:  mov    0x8(%r15,%riz,1),%r11
    b4:  mov    0x8(%r11,%riz,1),%r11
    bc:  call   *%r11
    bf:  mov    -0x8(%rbp,%riz,1),%r15
    c7:  mov    0x68(%r15,%riz,1),%r14
    cf:  mov    0x0(%r14,%riz,1),%r14
    d7:  rex cmp $0x0,%eax
    de:  jne    0xeb
    e4:  mov    %rbp,%rsp
    e7:  pop    %rbp
    e8:  ret
    e9:  ud2                                         ; trap StackOverflow
    eb:  ud2                                         ; trap HeapOutOfBounds

;; function 1 (export "copy"): 240 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x40(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xec
    24:  sub    $0x40,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    %r8,-0x20(%rbp,%riz,1)
    4e:  mov    0x68(%r15,%riz,1),%r14
    56:  mov    0x0(%r14,%riz,1),%r14
    5e:  mov    -0x10(%rbp,%riz,1),%rbx
    66:  mov    -0x18(%rbp,%riz,1),%rsi
    6e:  mov    -0x20(%rbp,%riz,1),%rdi
    76:  mov    %rbx,-0x28(%rbp,%riz,1)
    7e:  mov    %rsi,-0x30(%rbp,%riz,1)
    86:  mov    %rdi,-0x38(%rbp,%riz,1)
    8e:  mov    %r15,%rdi
    91:  rex xor %esi,%esi
    94:  rex xor %edx,%edx
    97:  mov    -0x28(%rbp,%riz,1),%rcx
    9f:  mov    -0x30(%rbp,%riz,1),%r8
    a7:  mov    -0x38(%rbp,%riz,1),%r9
    af:  mov    0x8(%r15,%riz,1),%r11
    b7:  mov    0x10(%r11,%riz,1),%r11
    bf:  call   *%r11
    c2:  mov    -0x8(%rbp,%riz,1),%r15
    ca:  mov    0x68(%r15,%riz,1),%r14
    d2:  mov    0x0(%r14,%riz,1),%r14
    da:  rex cmp $0x0,%eax
    e1:  jne    0xee
    e7:  mov    %rbp,%rsp
    ea:  pop    %rbp
    eb:  ret
    ec:  ud2                                         ; trap StackOverflow
    ee:  ud2                                         ; trap HeapOutOfBounds

;; function 2 (export "init"): 237 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xe9
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    0x68(%r15,%riz,1),%r14
    46:  mov    0x0(%r14,%riz,1),%r14
    4e:  mov    -0x10(%rbp,%riz,1),%rbx
    56:  mov    %rbx,-0x18(%rbp,%riz,1)
    5e:  mov    %r15,%rdi
    61:  rex xor %esi,%esi
    64:  rex xor %edx,%edx
    67:  mov    -0x18(%rbp,%riz,1),%rcx
    6f:  mov    $0x0,%r8d
    75:  mov    $0x5,%r9d
    7b:  mov    0x8(%r15,%riz,1),%r11
    83:  mov    0x18(%r11,%riz,1),%r11
    8b:  call   *%r11
    8e:  mov    -0x8(%rbp,%riz,1),%r15
    96:  mov    0x68(%r15,%riz,1),%r14
    9e:  mov    0x0(%r14,%riz,1),%r14
    a6:  rex cmp $0x0,%eax
    ad:  jne    0xeb
    b3:  mov    %r15,%rdi
    b6:  rex xor %esi,%esi
    b9:  mov    0x8(%r15,%riz,1),%r11
    c1:  mov    0x20(%r11,%riz,1),%r11
    c9:  call   *%r11
    cc:  mov    -0x8(%rbp,%riz,1),%r15
    d4:  mov    0x68(%r15,%riz,1),%r14
    dc:  mov    0x0(%r14,%riz,1),%r14
    e4:  mov    %rbp,%rsp
    e7:  pop    %rbp
    e8:  ret
    e9:  ud2                                         ; trap StackOverflow
    eb:  ud2                                         ; trap HeapOutOfBounds
