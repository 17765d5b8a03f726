;; tail-call.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 110 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x6c
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x20
    46:  rex add $0x1,%ebx                           ; wasm 0x24
    4d:  mov    %rbx,-0x18(%rbp,%riz,1)              ; wasm 0x25
    55:  mov    -0x18(%rbp,%riz,1),%rdx
    5d:  mov    %r15,%rdi
    60:  mov    %r15,%rsi
    63:  mov    %rbp,%rsp
    66:  pop    %rbp
    67:  jmp    0x6c                                 ; @0x68 reloc X86PcRel4 -> function 1, addend -4
    6c:  ud2                                         ; no operator; trap StackOverflow

;; function 1 $g: 220 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xd4
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x2a
    46:  rex mov $0x0,%esi                           ; wasm 0x2e
    4c:  mov    %rbx,-0x18(%rbp,%riz,1)
    54:  mov    0x50(%r15,%riz,1),%r11
    5c:  mov    0x8(%r11,%riz,1),%r10d
    64:  cmp    %r10d,%esi
    67:  jae    0xd6
    6d:  mov    0x0(%r11,%riz,1),%r11
    75:  mov    %esi,%r10d
    78:  shl    $0x3,%r10
    7c:  mov    0x0(%r11,%r10,1),%r10
    84:  cmp    $0x0,%r10
    8b:  je     0xd8
    91:  mov    0x10(%r15,%riz,1),%r11
    99:  mov    0x0(%r11,%riz,1),%r11d
    a1:  mov    0x10(%r10,%riz,1),%esi
    a9:  cmp    %r11d,%esi
    ac:  jne    0xda
    b2:  mov    0x0(%r10,%riz,1),%r11
    ba:  mov    -0x18(%rbp,%riz,1),%rdx
    c2:  mov    0x8(%r10,%riz,1),%rdi
    ca:  mov    %r15,%rsi
    cd:  mov    %rbp,%rsp
    d0:  pop    %rbp
    d1:  jmp    *%r11
    d4:  ud2                                         ; no operator; trap StackOverflow
    d6:  ud2                                         ; wasm 0x2e; trap TableOutOfBounds
    d8:  ud2                                         ; trap IndirectCallToNull
    da:  ud2                                         ; trap BadSignature
