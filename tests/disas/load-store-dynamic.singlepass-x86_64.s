;; load-store-dynamic.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks dynamic, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 131 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x7f
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx
    46:  mov    %ebx,%r10d
    49:  mov    0xf8(%r15,%riz,1),%r11
    51:  lea    0x4(%r10,%riz,1),%rax
    59:  cmp    0x8(%r11,%riz,1),%rax
    61:  ja     0x81
    67:  mov    0x0(%r11,%riz,1),%r11
    6f:  mov    0x0(%r11,%r10,1),%ebx                ; trap HeapOutOfBounds
    77:  mov    %rbx,%rax
    7a:  mov    %rbp,%rsp
    7d:  pop    %rbp
    7e:  ret
    7f:  ud2                                         ; trap StackOverflow
    81:  ud2                                         ; trap HeapOutOfBounds

;; function 1 (export "load_i64_offset"): 131 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x7f
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx
    46:  mov    %ebx,%r10d
    49:  mov    0xf8(%r15,%riz,1),%r11
    51:  lea    0x18(%r10,%riz,1),%rax
    59:  cmp    0x8(%r11,%riz,1),%rax
    61:  ja     0x81
    67:  mov    0x0(%r11,%riz,1),%r11
    6f:  mov    0x10(%r11,%r10,1),%rbx               ; trap HeapOutOfBounds
    77:  mov    %rbx,%rax
    7a:  mov    %rbp,%rsp
    7d:  pop    %rbp
    7e:  ret
    7f:  ud2                                         ; trap StackOverflow
    81:  ud2                                         ; trap HeapOutOfBounds

;; function 2 (export "load8_s"): 132 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x80
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx
    46:  mov    %ebx,%r10d
    49:  mov    0xf8(%r15,%riz,1),%r11
    51:  lea    0x4(%r10,%riz,1),%rax
    59:  cmp    0x8(%r11,%riz,1),%rax
    61:  ja     0x82
    67:  mov    0x0(%r11,%riz,1),%r11
    6f:  movsbl 0x3(%r11,%r10,1),%ebx                ; trap HeapOutOfBounds
    78:  mov    %rbx,%rax
    7b:  mov    %rbp,%rsp
    7e:  pop    %rbp
    7f:  ret
    80:  ud2                                         ; trap StackOverflow
    82:  ud2                                         ; trap HeapOutOfBounds

;; function 3 (export "load16_u_i64"): 132 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x80
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx
    46:  mov    %ebx,%r10d
    49:  mov    0xf8(%r15,%riz,1),%r11
    51:  lea    0x2(%r10,%riz,1),%rax
    59:  cmp    0x8(%r11,%riz,1),%rax
    61:  ja     0x82
    67:  mov    0x0(%r11,%riz,1),%r11
    6f:  movzwl 0x0(%r11,%r10,1),%ebx                ; trap HeapOutOfBounds
    78:  mov    %rbx,%rax
    7b:  mov    %rbp,%rsp
    7e:  pop    %rbp
    7f:  ret
    80:  ud2                                         ; trap StackOverflow
    82:  ud2                                         ; trap HeapOutOfBounds

;; function 4 (export "load_far"): 131 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x7f
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx
    46:  mov    %ebx,%r10d
    49:  mov    0xf8(%r15,%riz,1),%r11
    51:  lea    0x10014(%r10,%riz,1),%rax
    59:  cmp    0x8(%r11,%riz,1),%rax
    61:  ja     0x81
    67:  mov    0x0(%r11,%riz,1),%r11
    6f:  mov    0x10010(%r11,%r10,1),%ebx            ; trap HeapOutOfBounds
    77:  mov    %rbx,%rax
    7a:  mov    %rbp,%rsp
    7d:  pop    %rbp
    7e:  ret
    7f:  ud2                                         ; trap StackOverflow
    81:  ud2                                         ; trap HeapOutOfBounds

;; function 5 (export "store_i32"): 144 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x8c
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx
    4e:  mov    -0x18(%rbp,%riz,1),%rsi
    56:  mov    %ebx,%r10d
    59:  mov    0xf8(%r15,%riz,1),%r11
    61:  lea    0x4(%r10,%riz,1),%rax
    69:  cmp    0x8(%r11,%riz,1),%rax
    71:  ja     0x8e
    77:  mov    0x0(%r11,%riz,1),%r11
    7f:  mov    %esi,0x0(%r11,%r10,1)                ; trap HeapOutOfBounds
    87:  mov    %rbp,%rsp
    8a:  pop    %rbp
    8b:  ret
    8c:  ud2                                         ; trap StackOverflow
    8e:  ud2                                         ; trap HeapOutOfBounds

;; function 6 (export "store8"): 144 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x8c
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx
    4e:  mov    -0x18(%rbp,%riz,1),%rsi
    56:  mov    %ebx,%r10d
    59:  mov    0xf8(%r15,%riz,1),%r11
    61:  lea    0x2(%r10,%riz,1),%rax
    69:  cmp    0x8(%r11,%riz,1),%rax
    71:  ja     0x8e
    77:  mov    0x0(%r11,%riz,1),%r11
    7f:  mov    %sil,0x1(%r11,%r10,1)                ; trap HeapOutOfBounds
    87:  mov    %rbp,%rsp
    8a:  pop    %rbp
    8b:  ret
    8c:  ud2                                         ; trap StackOverflow
    8e:  ud2                                         ; trap HeapOutOfBounds

;; function 7 (export "store_f64"): 150 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x92
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  vmovsd %xmm0,-0x18(%rbp,%riz,1)
    48:  mov    -0x10(%rbp,%riz,1),%rbx
    50:  vmovsd -0x18(%rbp,%riz,1),%xmm0
    5a:  mov    %ebx,%r10d
    5d:  mov    0xf8(%r15,%riz,1),%r11
    65:  lea    0x10(%r10,%riz,1),%rax
    6d:  cmp    0x8(%r11,%riz,1),%rax
    75:  ja     0x94
    7b:  mov    0x0(%r11,%riz,1),%r11
    83:  vmovsd %xmm0,0x8(%r11,%r10,1)               ; trap HeapOutOfBounds
    8d:  mov    %rbp,%rsp
    90:  pop    %rbp
    91:  ret
    92:  ud2                                         ; trap StackOverflow
    94:  ud2                                         ; trap HeapOutOfBounds

;; function 8 (export "copy_word"): 193 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xbd
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x18(%rbp,%riz,1),%rbx
    4e:  mov    -0x10(%rbp,%riz,1),%rsi
    56:  mov    %esi,%r10d
    59:  mov    0xf8(%r15,%riz,1),%r11
    61:  lea    0x8(%r10,%riz,1),%rax
    69:  cmp    0x8(%r11,%riz,1),%rax
    71:  ja     0xbf
    77:  mov    0x0(%r11,%riz,1),%r11
    7f:  mov    0x0(%r11,%r10,1),%rsi                ; trap HeapOutOfBounds
    87:  mov    %ebx,%r10d
    8a:  mov    0xf8(%r15,%riz,1),%r11
    92:  lea    0x8(%r10,%riz,1),%rax
    9a:  cmp    0x8(%r11,%riz,1),%rax
    a2:  ja     0xbf
    a8:  mov    0x0(%r11,%riz,1),%r11
    b0:  mov    %rsi,0x0(%r11,%r10,1)                ; trap HeapOutOfBounds
    b8:  mov    %rbp,%rsp
    bb:  pop    %rbp
    bc:  ret
    bd:  ud2                                         ; trap StackOverflow
    bf:  ud2                                         ; trap HeapOutOfBounds
