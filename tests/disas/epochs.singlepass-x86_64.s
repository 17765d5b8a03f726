;; epochs.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs true, nan_canonicalization false

;; function 0 (export "spin"): 338 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x14c
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    0x0(%r15,%riz,1),%r11
    46:  mov    0x20(%r11,%riz,1),%r10
    4e:  mov    0x0(%r10,%riz,1),%r10
    56:  mov    0x18(%r11,%riz,1),%r11
    5e:  cmp    %r11,%r10
    61:  jae    0xcc
    67:  mov    0x0(%r15,%riz,1),%r11                ; wasm 0x23
    6f:  mov    0x20(%r11,%riz,1),%r10
    77:  mov    0x0(%r10,%riz,1),%r10
    7f:  mov    0x18(%r11,%riz,1),%r11
    87:  cmp    %r11,%r10
    8a:  jae    0x10c
    90:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x25
    98:  rex sub $0x1,%ebx                           ; wasm 0x29
    9f:  mov    %rbx,-0x10(%rbp,%riz,1)              ; wasm 0x2a
    a7:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x2c
    af:  rex cmp $0x0,%ebx                           ; wasm 0x2e
    b6:  jne    0x67
    bc:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x31
    c4:  mov    %rbx,%rax                            ; wasm 0x33
    c7:  mov    %rbp,%rsp
    ca:  pop    %rbp
    cb:  ret
    cc:  mov    %r15,%rdi                            ; wasm 0x22
    cf:  mov    0x8(%r15,%riz,1),%r11
    d7:  mov    0x50(%r11,%riz,1),%r11
    df:  call   *%r11
    e2:  mov    -0x8(%rbp,%riz,1),%r15
    ea:  mov    0x0(%r15,%riz,1),%r11
    f2:  mov    0x18(%r11,%riz,1),%r11
    fa:  cmp    $0x0,%r11
   101:  je     0x14e
   107:  jmp    0x67
   10c:  mov    %r15,%rdi                            ; wasm 0x23
   10f:  mov    0x8(%r15,%riz,1),%r11
   117:  mov    0x50(%r11,%riz,1),%r11
   11f:  call   *%r11
   122:  mov    -0x8(%rbp,%riz,1),%r15
   12a:  mov    0x0(%r15,%riz,1),%r11
   132:  mov    0x18(%r11,%riz,1),%r11
   13a:  cmp    $0x0,%r11
   141:  je     0x150
   147:  jmp    0x90
   14c:  ud2                                         ; no operator; trap StackOverflow
   14e:  ud2                                         ; trap Interrupted
   150:  ud2                                         ; wasm 0x23; trap Interrupted
