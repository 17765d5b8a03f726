;; fuel.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel true, epochs false, nan_canonicalization false

;; function 0 $callee: 138 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x86
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    0x0(%r15,%riz,1),%r11
    46:  mov    0x10(%r11,%riz,1),%r10
    4e:  cmp    $0x0,%r10
    55:  jg     0x88
    5b:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x25
    63:  rex add $0x1,%ebx                           ; wasm 0x29
    6a:  mov    0x0(%r15,%riz,1),%r11                ; wasm 0x2a
    72:  addq   $0x3,0x10(%r11,%riz,1)
    7e:  mov    %rbx,%rax
    81:  mov    %rbp,%rsp
    84:  pop    %rbp
    85:  ret
    86:  ud2                                         ; no operator; trap StackOverflow
    88:  ud2                                         ; trap OutOfFuel

;; function 1 (export "count"): 306 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x12c
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  movq   $0x0,-0x18(%rbp)
    49:  mov    0x0(%r15,%riz,1),%r11
    51:  mov    0x10(%r11,%riz,1),%r10
    59:  cmp    $0x0,%r10
    60:  jg     0x12e
    66:  mov    0x0(%r15,%riz,1),%r11                ; wasm 0x2f
    6e:  mov    0x10(%r11,%riz,1),%r10
    76:  cmp    $0x0,%r10
    7d:  jg     0x130
    83:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x31
    8b:  mov    0x0(%r15,%riz,1),%r11                ; wasm 0x33
    93:  addq   $0x3,0x10(%r11,%riz,1)
    9f:  mov    %rbx,-0x20(%rbp,%riz,1)
    a7:  mov    -0x20(%rbp,%riz,1),%rdx
    af:  mov    %r15,%rdi
    b2:  mov    %r15,%rsi
    b5:  call   0xba                                 ; @0xb6 reloc X86PcRel4 -> function 0, addend -4
    ba:  mov    -0x8(%rbp,%riz,1),%r15
    c2:  mov    %rax,%rbx
    c5:  mov    %rbx,-0x18(%rbp,%riz,1)              ; wasm 0x35
    cd:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x37
    d5:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x39
    dd:  rex cmp %esi,%ebx                           ; wasm 0x3b
    e0:  setb   %al
    e3:  rex movzbl %al,%ebx
    e7:  mov    0x0(%r15,%riz,1),%r11                ; wasm 0x3c
    ef:  addq   $0x5,0x10(%r11,%riz,1)
    fb:  rex cmp $0x0,%ebx
   102:  jne    0x66
   108:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x3f
   110:  mov    0x0(%r15,%riz,1),%r11                ; wasm 0x41
   118:  addq   $0x1,0x10(%r11,%riz,1)
   124:  mov    %rbx,%rax
   127:  mov    %rbp,%rsp
   12a:  pop    %rbp
   12b:  ret
   12c:  ud2                                         ; no operator; trap StackOverflow
   12e:  ud2                                         ; trap OutOfFuel
   130:  ud2                                         ; wasm 0x2f; trap OutOfFuel
