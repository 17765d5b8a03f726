;; call-indirect.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $add: 99 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x61
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x41
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x43
    56:  rex add %esi,%ebx                           ; wasm 0x45
    59:  mov    %rbx,%rax                            ; wasm 0x46
    5c:  mov    %rbp,%rsp
    5f:  pop    %rbp
    60:  ret
    61:  ud2                                         ; no operator; trap StackOverflow

;; function 1 $sub: 99 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x61
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x49
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x4b
    56:  rex sub %esi,%ebx                           ; wasm 0x4d
    59:  mov    %rbx,%rax                            ; wasm 0x4e
    5c:  mov    %rbp,%rsp
    5f:  pop    %rbp
    60:  ret
    61:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "dispatch"): 277 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x40(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x10d
    24:  sub    $0x40,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    %r8,-0x20(%rbp,%riz,1)
    4e:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x51
    56:  mov    -0x20(%rbp,%riz,1),%rsi              ; wasm 0x53
    5e:  mov    -0x10(%rbp,%riz,1),%rdi              ; wasm 0x55
    66:  mov    %rbx,-0x28(%rbp,%riz,1)              ; wasm 0x57
    6e:  mov    %rsi,-0x30(%rbp,%riz,1)
    76:  mov    0x68(%r15,%riz,1),%r11
    7e:  mov    0x8(%r11,%riz,1),%r10d
    86:  cmp    %r10d,%edi
    89:  jae    0x10f
    8f:  mov    0x0(%r11,%riz,1),%r11
    97:  mov    %edi,%r10d
    9a:  shl    $0x3,%r10
    9e:  mov    0x0(%r11,%r10,1),%r10
    a6:  cmp    $0x0,%r10
    ad:  je     0x111
    b3:  mov    0x10(%r15,%riz,1),%r11
    bb:  mov    0x0(%r11,%riz,1),%r11d
    c3:  mov    0x10(%r10,%riz,1),%edi
    cb:  cmp    %r11d,%edi
    ce:  jne    0x113
    d4:  mov    0x0(%r10,%riz,1),%r11
    dc:  mov    -0x28(%rbp,%riz,1),%rdx
    e4:  mov    -0x30(%rbp,%riz,1),%rcx
    ec:  mov    0x8(%r10,%riz,1),%rdi
    f4:  mov    %r15,%rsi
    f7:  call   *%r11
    fa:  mov    -0x8(%rbp,%riz,1),%r15
   102:  mov    %rax,%rbx
   105:  mov    %rbx,%rax                            ; wasm 0x5a
   108:  mov    %rbp,%rsp
   10b:  pop    %rbp
   10c:  ret
   10d:  ud2                                         ; no operator; trap StackOverflow
   10f:  ud2                                         ; wasm 0x57; trap TableOutOfBounds
   111:  ud2                                         ; trap IndirectCallToNull
   113:  ud2                                         ; trap BadSignature
