;; table-ops.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 61 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x10(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x3b
    24:  sub    $0x10,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rbp,%rsp                            ; wasm 0x7f
    39:  pop    %rbp
    3a:  ret
    3b:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "get_is_null"): 144 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x8c
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x82
    46:  mov    0xb0(%r15,%riz,1),%r11               ; wasm 0x84
    4e:  mov    0x8(%r11,%riz,1),%r10d
    56:  cmp    %r10d,%ebx
    59:  jae    0x8e
    5f:  mov    0x0(%r11,%riz,1),%r11
    67:  mov    %ebx,%r10d
    6a:  shl    $0x3,%r10
    6e:  mov    0x0(%r11,%r10,1),%rbx
    76:  cmp    $0x0,%rbx                            ; wasm 0x86
    7d:  sete   %al
    80:  rex movzbl %al,%ebx
    84:  mov    %rbx,%rax                            ; wasm 0x87
    87:  mov    %rbp,%rsp
    8a:  pop    %rbp
    8b:  ret
    8c:  ud2                                         ; no operator; trap StackOverflow
    8e:  ud2                                         ; wasm 0x84; trap TableOutOfBounds

;; function 2 (export "set_func"): 135 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x83
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x8a
    46:  lea    0x20(%r15,%riz,1),%rsi               ; wasm 0x8c
    4e:  mov    0xb0(%r15,%riz,1),%r11               ; wasm 0x8e
    56:  mov    0x8(%r11,%riz,1),%r10d
    5e:  cmp    %r10d,%ebx
    61:  jae    0x85
    67:  mov    0x0(%r11,%riz,1),%r11
    6f:  mov    %ebx,%r10d
    72:  shl    $0x3,%r10
    76:  mov    %rsi,0x0(%r11,%r10,1)
    7e:  mov    %rbp,%rsp                            ; wasm 0x90
    81:  pop    %rbp
    82:  ret
    83:  ud2                                         ; no operator; trap StackOverflow
    85:  ud2                                         ; wasm 0x8e; trap TableOutOfBounds

;; function 3 (export "set_extern"): 133 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x81
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x95
    46:  rex mov $0x0,%esi                           ; wasm 0x97
    4c:  mov    0xb8(%r15,%riz,1),%r11
    54:  mov    0x8(%r11,%riz,1),%r10d
    5c:  cmp    %r10d,%esi
    5f:  jae    0x83
    65:  mov    0x0(%r11,%riz,1),%r11
    6d:  mov    %esi,%r10d
    70:  shl    $0x3,%r10
    74:  mov    %rbx,0x0(%r11,%r10,1)
    7c:  mov    %rbp,%rsp                            ; wasm 0x99
    7f:  pop    %rbp
    80:  ret
    81:  ud2                                         ; no operator; trap StackOverflow
    83:  ud2                                         ; wasm 0x97; trap TableOutOfBounds

;; function 4 (export "size_grow"): 147 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x91
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    0xb0(%r15,%riz,1),%r11               ; wasm 0x9c
    3e:  mov    0x8(%r11,%riz,1),%ebx
    46:  mov    %rbx,-0x10(%rbp,%riz,1)              ; wasm 0xa3
    4e:  mov    %r15,%rdi
    51:  rex xor %esi,%esi
    54:  rex xor %edx,%edx
    57:  rex mov $0x1,%ecx
    5d:  rex mov %ecx,%ecx
    60:  mov    0x8(%r15,%riz,1),%r11
    68:  mov    0x28(%r11,%riz,1),%r11
    70:  call   *%r11
    73:  mov    -0x8(%rbp,%riz,1),%r15
    7b:  rex mov %eax,%ebx
    7e:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0xa6
    86:  rex add %ebx,%esi
    89:  mov    %rsi,%rax                            ; wasm 0xa7
    8c:  mov    %rbp,%rsp
    8f:  pop    %rbp
    90:  ret
    91:  ud2                                         ; no operator; trap StackOverflow

;; function 5 (export "fill"): 182 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xb2
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xaa
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0xae
    56:  mov    %rbx,-0x20(%rbp,%riz,1)              ; wasm 0xb0
    5e:  mov    %rsi,-0x30(%rbp,%riz,1)
    66:  mov    %r15,%rdi
    69:  rex xor %esi,%esi
    6c:  mov    -0x20(%rbp,%riz,1),%rdx
    74:  rex mov %edx,%edx
    77:  rex xor %ecx,%ecx
    7a:  mov    -0x30(%rbp,%riz,1),%r8
    82:  mov    %r8d,%r8d
    85:  mov    0x8(%r15,%riz,1),%r11
    8d:  mov    0x30(%r11,%riz,1),%r11
    95:  call   *%r11
    98:  mov    -0x8(%rbp,%riz,1),%r15
    a0:  rex cmp $0x0,%eax
    a7:  jne    0xb4
    ad:  mov    %rbp,%rsp                            ; wasm 0xb3
    b0:  pop    %rbp
    b1:  ret
    b2:  ud2                                         ; no operator; trap StackOverflow
    b4:  ud2                                         ; wasm 0xb0; trap TableOutOfBounds
