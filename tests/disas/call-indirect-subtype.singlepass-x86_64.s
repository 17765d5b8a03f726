;; call-indirect-subtype.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0: 287 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x117
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x29
    46:  rex mov $0x0,%esi                           ; wasm 0x2d
    4c:  mov    %rbx,-0x18(%rbp,%riz,1)
    54:  mov    0x38(%r15,%riz,1),%r11
    5c:  mov    0x8(%r11,%riz,1),%r10d
    64:  cmp    %r10d,%esi
    67:  jae    0x119
    6d:  mov    0x0(%r11,%riz,1),%r11
    75:  mov    %esi,%r10d
    78:  shl    $0x3,%r10
    7c:  mov    0x0(%r11,%r10,1),%r10
    84:  cmp    $0x0,%r10
    8b:  je     0x11b
    91:  mov    0x10(%r15,%riz,1),%r11
    99:  mov    0x0(%r11,%riz,1),%r11d
    a1:  mov    0x10(%r10,%riz,1),%esi
    a9:  cmp    %r11d,%esi
    ac:  je     0xe6
    b2:  mov    %r11,%rdx
    b5:  mov    %r10,%rsi
    b8:  mov    %r15,%rdi
    bb:  mov    0x8(%r15,%riz,1),%r11
    c3:  mov    0x58(%r11,%riz,1),%r11
    cb:  call   *%r11
    ce:  mov    -0x8(%rbp,%riz,1),%r15
    d6:  mov    %rax,%r10
    d9:  cmp    $0x0,%r10
    e0:  je     0x11d
    e6:  mov    0x0(%r10,%riz,1),%r11
    ee:  mov    -0x18(%rbp,%riz,1),%rdx
    f6:  mov    0x8(%r10,%riz,1),%rdi
    fe:  mov    %r15,%rsi
   101:  call   *%r11
   104:  mov    -0x8(%rbp,%riz,1),%r15
   10c:  mov    %rax,%rbx
   10f:  mov    %rbx,%rax                            ; wasm 0x30
   112:  mov    %rbp,%rsp
   115:  pop    %rbp
   116:  ret
   117:  ud2                                         ; no operator; trap StackOverflow
   119:  ud2                                         ; wasm 0x2d; trap TableOutOfBounds
   11b:  ud2                                         ; trap IndirectCallToNull
   11d:  ud2                                         ; trap BadSignature
