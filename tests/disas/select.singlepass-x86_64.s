;; select.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "max_i32"): 129 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x40(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x7f
    24:  sub    $0x40,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x4e
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x50
    56:  mov    -0x10(%rbp,%riz,1),%rdi              ; wasm 0x52
    5e:  mov    -0x18(%rbp,%riz,1),%r8               ; wasm 0x54
    66:  cmp    %r8d,%edi                            ; wasm 0x56
    69:  setg   %al
    6c:  rex movzbl %al,%edi
    70:  rex test %edi,%edi                          ; wasm 0x57
    73:  cmove  %rsi,%rbx
    77:  mov    %rbx,%rax                            ; wasm 0x58
    7a:  mov    %rbp,%rsp
    7d:  pop    %rbp
    7e:  ret
    7f:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "pick_f64"): 131 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x40(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x81
    24:  sub    $0x40,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd %xmm1,-0x18(%rbp,%riz,1)
    4a:  mov    %rdx,-0x20(%rbp,%riz,1)
    52:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x5b
    5c:  vmovsd -0x18(%rbp,%riz,1),%xmm1             ; wasm 0x5d
    66:  mov    -0x20(%rbp,%riz,1),%rbx              ; wasm 0x5f
    6e:  rex test %ebx,%ebx                          ; wasm 0x61
    71:  jne    0x7c
    77:  vmovaps %xmm1,%xmm0
    7c:  mov    %rbp,%rsp                            ; wasm 0x62
    7f:  pop    %rbp
    80:  ret
    81:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "typed_i64"): 119 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x40(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x75
    24:  sub    $0x40,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    %r8,-0x20(%rbp,%riz,1)
    4e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x65
    56:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x67
    5e:  mov    -0x20(%rbp,%riz,1),%rdi              ; wasm 0x69
    66:  rex test %edi,%edi                          ; wasm 0x6b
    69:  cmove  %rsi,%rbx
    6d:  mov    %rbx,%rax                            ; wasm 0x6e
    70:  mov    %rbp,%rsp
    73:  pop    %rbp
    74:  ret
    75:  ud2                                         ; no operator; trap StackOverflow
