;; multi-value.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $swap: 109 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x6b
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x59
    4e:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x5b
    56:  mov    %rbx,0x10(%rbp,%riz,1)               ; wasm 0x5d
    5e:  mov    %rsi,0x18(%rbp,%riz,1)
    66:  mov    %rbp,%rsp
    69:  pop    %rbp
    6a:  ret
    6b:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "divmod"): 169 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xa3
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x60
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x62
    56:  rex test %esi,%esi                          ; wasm 0x64
    59:  je     0xa5
    5f:  xor    %edx,%edx
    61:  rex mov %ebx,%eax
    64:  rex div %esi
    67:  rex mov %eax,%ebx
    6a:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x65
    72:  mov    -0x18(%rbp,%riz,1),%rdi              ; wasm 0x67
    7a:  rex test %edi,%edi                          ; wasm 0x69
    7d:  je     0xa7
    83:  xor    %edx,%edx
    85:  rex mov %esi,%eax
    88:  rex div %edi
    8b:  rex mov %edx,%esi
    8e:  mov    %rbx,0x10(%rbp,%riz,1)               ; wasm 0x6a
    96:  mov    %rsi,0x18(%rbp,%riz,1)
    9e:  mov    %rbp,%rsp
    a1:  pop    %rbp
    a2:  ret
    a3:  ud2                                         ; no operator; trap StackOverflow
    a5:  ud2                                         ; wasm 0x64; trap IntegerDivisionByZero
    a7:  ud2                                         ; wasm 0x69; trap IntegerDivisionByZero

;; function 2 (export "via_call"): 201 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x40(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xc7
    24:  sub    $0x40,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x6d
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x6f
    56:  mov    %rbx,-0x20(%rbp,%riz,1)              ; wasm 0x71
    5e:  mov    %rsi,-0x28(%rbp,%riz,1)
    66:  mov    -0x20(%rbp,%riz,1),%rdx
    6e:  mov    -0x28(%rbp,%riz,1),%rcx
    76:  mov    %r15,%rdi
    79:  mov    %r15,%rsi
    7c:  call   0x81                                 ; @0x7d reloc X86PcRel4 -> function 0, addend -4
    81:  mov    -0x8(%rbp,%riz,1),%r15
    89:  mov    0x0(%rsp),%rax
    91:  mov    %rax,-0x20(%rbp,%riz,1)
    99:  mov    0x8(%rsp),%rax
    a1:  mov    %rax,-0x28(%rbp,%riz,1)
    a9:  mov    -0x28(%rbp,%riz,1),%rbx              ; wasm 0x73
    b1:  rex mov %ebx,%ebx
    b4:  mov    -0x20(%rbp,%riz,1),%rsi              ; wasm 0x74
    bc:  add    %rbx,%rsi
    bf:  mov    %rsi,%rax                            ; wasm 0x75
    c2:  mov    %rbp,%rsp
    c5:  pop    %rbp
    c6:  ret
    c7:  ud2                                         ; no operator; trap StackOverflow

;; function 3 (export "block_pair"): 87 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x55
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x7a
    46:  rex imul $0x5,%ebx,%ebx                     ; wasm 0x7f
    4d:  mov    %rbx,%rax                            ; wasm 0x80
    50:  mov    %rbp,%rsp
    53:  pop    %rbp
    54:  ret
    55:  ud2                                         ; no operator; trap StackOverflow
