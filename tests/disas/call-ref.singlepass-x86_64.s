;; call-ref.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 192 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xbc
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x22
    4e:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x24
    56:  cmp    $0x0,%rsi                            ; wasm 0x26
    5d:  jne    0x68
    63:  jmp    0xb1
    68:  mov    %rbx,-0x20(%rbp,%riz,1)              ; wasm 0x28
    70:  mov    %rsi,%r10
    73:  cmp    $0x0,%r10
    7a:  je     0xbe
    80:  mov    0x0(%r10,%riz,1),%r11
    88:  mov    -0x20(%rbp,%riz,1),%rdx
    90:  mov    0x8(%r10,%riz,1),%rdi
    98:  mov    %r15,%rsi
    9b:  call   *%r11
    9e:  mov    -0x8(%rbp,%riz,1),%r15
    a6:  mov    %rax,%rbx
    a9:  mov    %rbx,%rax                            ; wasm 0x2a
    ac:  mov    %rbp,%rsp
    af:  pop    %rbp
    b0:  ret
    b1:  rex mov $0xffffffff,%eax                    ; wasm 0x2e
    b7:  mov    %rbp,%rsp
    ba:  pop    %rbp
    bb:  ret
    bc:  ud2                                         ; no operator; trap StackOverflow
    be:  ud2                                         ; wasm 0x28; trap NullFunctionReference
