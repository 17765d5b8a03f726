;; call-direct.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $leaf: 99 bytes, alignment 16
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
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x37
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x39
    56:  rex add %esi,%ebx                           ; wasm 0x3b
    59:  mov    %rbx,%rax                            ; wasm 0x3c
    5c:  mov    %rbp,%rsp
    5f:  pop    %rbp
    60:  ret
    61:  ud2                                         ; no operator; trap StackOverflow

;; function 1 $fac (export "fac"): 218 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xd8
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x3f
    46:  cmp    $0x0,%rbx                            ; wasm 0x41
    4d:  sete   %al
    50:  rex movzbl %al,%ebx
    54:  rex cmp $0x0,%ebx                           ; wasm 0x42
    5b:  je     0x72
    61:  movq   $0x1,-0x18(%rbp,%riz,1)              ; wasm 0x46
    6d:  jmp    0xcb
    72:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x47
    7a:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x49
    82:  sub    $0x1,%rsi                            ; wasm 0x4d
    89:  mov    %rbx,-0x18(%rbp,%riz,1)              ; wasm 0x4e
    91:  mov    %rsi,-0x20(%rbp,%riz,1)
    99:  mov    -0x20(%rbp,%riz,1),%rdx
    a1:  mov    %r15,%rdi
    a4:  mov    %r15,%rsi
    a7:  call   0xac                                 ; @0xa8 reloc X86PcRel4 -> function 1, addend -4
    ac:  mov    -0x8(%rbp,%riz,1),%r15
    b4:  mov    %rax,%rbx
    b7:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x50
    bf:  imul   %rbx,%rsi
    c3:  mov    %rsi,-0x18(%rbp,%riz,1)              ; wasm 0x51
    cb:  mov    -0x18(%rbp,%riz,1),%rax              ; wasm 0x52
    d3:  mov    %rbp,%rsp
    d6:  pop    %rbp
    d7:  ret
    d8:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "twice"): 186 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xb8
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x55
    46:  mov    %rbx,-0x18(%rbp,%riz,1)              ; wasm 0x59
    4e:  mov    -0x18(%rbp,%riz,1),%rdx
    56:  rex mov $0x1,%ecx
    5c:  mov    %r15,%rdi
    5f:  mov    %r15,%rsi
    62:  call   0x67                                 ; @0x63 reloc X86PcRel4 -> function 0, addend -4
    67:  mov    -0x8(%rbp,%riz,1),%r15
    6f:  mov    %rax,%rbx
    72:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x5b
    7a:  mov    %rbx,-0x18(%rbp,%riz,1)              ; wasm 0x5d
    82:  mov    %rsi,-0x20(%rbp,%riz,1)
    8a:  mov    -0x18(%rbp,%riz,1),%rdx
    92:  mov    -0x20(%rbp,%riz,1),%rcx
    9a:  mov    %r15,%rdi
    9d:  mov    %r15,%rsi
    a0:  call   0xa5                                 ; @0xa1 reloc X86PcRel4 -> function 0, addend -4
    a5:  mov    -0x8(%rbp,%riz,1),%r15
    ad:  mov    %rax,%rbx
    b0:  mov    %rbx,%rax                            ; wasm 0x5f
    b3:  mov    %rbp,%rsp
    b6:  pop    %rbp
    b7:  ret
    b8:  ud2                                         ; no operator; trap StackOverflow
