;; memory-bulk.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "fill"): 243 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x40(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xef
    24:  sub    $0x40,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    %r8,-0x20(%rbp,%riz,1)
    4e:  mov    0x68(%r15,%riz,1),%r14
    56:  mov    0x0(%r14,%riz,1),%r14
    5e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x40
    66:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x42
    6e:  mov    -0x20(%rbp,%riz,1),%rdi              ; wasm 0x44
    76:  mov    %rbx,-0x28(%rbp,%riz,1)              ; wasm 0x46
    7e:  mov    %rsi,-0x30(%rbp,%riz,1)
    86:  mov    %rdi,-0x38(%rbp,%riz,1)
    8e:  mov    %r15,%rdi
    91:  rex xor %esi,%esi
    94:  mov    -0x28(%rbp,%riz,1),%rdx
    9c:  rex mov %edx,%edx
    9f:  mov    -0x30(%rbp,%riz,1),%rcx
    a7:  mov    -0x38(%rbp,%riz,1),%r8
    af:  mov    %r8d,%r8d
    b2:  mov    0x8(%r15,%riz,1),%r11
    ba:  mov    0x8(%r11,%riz,1),%r11
    c2:  call   *%r11
    c5:  mov    -0x8(%rbp,%riz,1),%r15
    cd:  mov    0x68(%r15,%riz,1),%r14
    d5:  mov    0x0(%r14,%riz,1),%r14
    dd:  rex cmp $0x0,%eax
    e4:  jne    0xf1
    ea:  mov    %rbp,%rsp                            ; wasm 0x49
    ed:  pop    %rbp
    ee:  ret
    ef:  ud2                                         ; no operator; trap StackOverflow
    f1:  ud2                                         ; wasm 0x46; trap HeapOutOfBounds

;; function 1 (export "copy"): 249 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x40(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xf5
    24:  sub    $0x40,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    %r8,-0x20(%rbp,%riz,1)
    4e:  mov    0x68(%r15,%riz,1),%r14
    56:  mov    0x0(%r14,%riz,1),%r14
    5e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x4c
    66:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x4e
    6e:  mov    -0x20(%rbp,%riz,1),%rdi              ; wasm 0x50
    76:  mov    %rbx,-0x28(%rbp,%riz,1)              ; wasm 0x52
    7e:  mov    %rsi,-0x30(%rbp,%riz,1)
    86:  mov    %rdi,-0x38(%rbp,%riz,1)
    8e:  mov    %r15,%rdi
    91:  rex xor %esi,%esi
    94:  rex xor %edx,%edx
    97:  mov    -0x28(%rbp,%riz,1),%rcx
    9f:  rex mov %ecx,%ecx
    a2:  mov    -0x30(%rbp,%riz,1),%r8
    aa:  mov    %r8d,%r8d
    ad:  mov    -0x38(%rbp,%riz,1),%r9
    b5:  mov    %r9d,%r9d
    b8:  mov    0x8(%r15,%riz,1),%r11
    c0:  mov    0x10(%r11,%riz,1),%r11
    c8:  call   *%r11
    cb:  mov    -0x8(%rbp,%riz,1),%r15
    d3:  mov    0x68(%r15,%riz,1),%r14
    db:  mov    0x0(%r14,%riz,1),%r14
    e3:  rex cmp $0x0,%eax
    ea:  jne    0xf7
    f0:  mov    %rbp,%rsp                            ; wasm 0x56
    f3:  pop    %rbp
    f4:  ret
    f5:  ud2                                         ; no operator; trap StackOverflow
    f7:  ud2                                         ; wasm 0x52; trap HeapOutOfBounds

;; function 2 (export "init"): 240 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xec
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    0x68(%r15,%riz,1),%r14
    46:  mov    0x0(%r14,%riz,1),%r14
    4e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x59
    56:  mov    %rbx,-0x18(%rbp,%riz,1)              ; wasm 0x5f
    5e:  mov    %r15,%rdi
    61:  rex xor %esi,%esi
    64:  rex xor %edx,%edx
    67:  mov    -0x18(%rbp,%riz,1),%rcx
    6f:  rex mov %ecx,%ecx
    72:  mov    $0x0,%r8d
    78:  mov    $0x5,%r9d
    7e:  mov    0x8(%r15,%riz,1),%r11
    86:  mov    0x18(%r11,%riz,1),%r11
    8e:  call   *%r11
    91:  mov    -0x8(%rbp,%riz,1),%r15
    99:  mov    0x68(%r15,%riz,1),%r14
    a1:  mov    0x0(%r14,%riz,1),%r14
    a9:  rex cmp $0x0,%eax
    b0:  jne    0xee
    b6:  mov    %r15,%rdi                            ; wasm 0x63
    b9:  rex xor %esi,%esi
    bc:  mov    0x8(%r15,%riz,1),%r11
    c4:  mov    0x20(%r11,%riz,1),%r11
    cc:  call   *%r11
    cf:  mov    -0x8(%rbp,%riz,1),%r15
    d7:  mov    0x68(%r15,%riz,1),%r14
    df:  mov    0x0(%r14,%riz,1),%r14
    e7:  mov    %rbp,%rsp                            ; wasm 0x66
    ea:  pop    %rbp
    eb:  ret
    ec:  ud2                                         ; no operator; trap StackOverflow
    ee:  ud2                                         ; wasm 0x5f; trap HeapOutOfBounds
