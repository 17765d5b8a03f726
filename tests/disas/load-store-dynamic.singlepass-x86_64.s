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
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xa6
    46:  mov    %ebx,%r10d                           ; wasm 0xa8
    49:  mov    0xf8(%r15,%riz,1),%r11
    51:  lea    0x4(%r10,%riz,1),%rax
    59:  cmp    0x8(%r11,%riz,1),%rax
    61:  ja     0x81
    67:  mov    0x0(%r11,%riz,1),%r11
    6f:  mov    0x0(%r11,%r10,1),%ebx                ; trap HeapOutOfBounds
    77:  mov    %rbx,%rax                            ; wasm 0xab
    7a:  mov    %rbp,%rsp
    7d:  pop    %rbp
    7e:  ret
    7f:  ud2                                         ; no operator; trap StackOverflow
    81:  ud2                                         ; wasm 0xa8; trap HeapOutOfBounds

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
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xae
    46:  mov    %ebx,%r10d                           ; wasm 0xb0
    49:  mov    0xf8(%r15,%riz,1),%r11
    51:  lea    0x18(%r10,%riz,1),%rax
    59:  cmp    0x8(%r11,%riz,1),%rax
    61:  ja     0x81
    67:  mov    0x0(%r11,%riz,1),%r11
    6f:  mov    0x10(%r11,%r10,1),%rbx               ; trap HeapOutOfBounds
    77:  mov    %rbx,%rax                            ; wasm 0xb3
    7a:  mov    %rbp,%rsp
    7d:  pop    %rbp
    7e:  ret
    7f:  ud2                                         ; no operator; trap StackOverflow
    81:  ud2                                         ; wasm 0xb0; trap HeapOutOfBounds

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
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xb6
    46:  mov    %ebx,%r10d                           ; wasm 0xb8
    49:  mov    0xf8(%r15,%riz,1),%r11
    51:  lea    0x4(%r10,%riz,1),%rax
    59:  cmp    0x8(%r11,%riz,1),%rax
    61:  ja     0x82
    67:  mov    0x0(%r11,%riz,1),%r11
    6f:  movsbl 0x3(%r11,%r10,1),%ebx                ; trap HeapOutOfBounds
    78:  mov    %rbx,%rax                            ; wasm 0xbb
    7b:  mov    %rbp,%rsp
    7e:  pop    %rbp
    7f:  ret
    80:  ud2                                         ; no operator; trap StackOverflow
    82:  ud2                                         ; wasm 0xb8; trap HeapOutOfBounds

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
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xbe
    46:  mov    %ebx,%r10d                           ; wasm 0xc0
    49:  mov    0xf8(%r15,%riz,1),%r11
    51:  lea    0x2(%r10,%riz,1),%rax
    59:  cmp    0x8(%r11,%riz,1),%rax
    61:  ja     0x82
    67:  mov    0x0(%r11,%riz,1),%r11
    6f:  movzwl 0x0(%r11,%r10,1),%ebx                ; trap HeapOutOfBounds
    78:  mov    %rbx,%rax                            ; wasm 0xc3
    7b:  mov    %rbp,%rsp
    7e:  pop    %rbp
    7f:  ret
    80:  ud2                                         ; no operator; trap StackOverflow
    82:  ud2                                         ; wasm 0xc0; trap HeapOutOfBounds

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
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xc6
    46:  mov    %ebx,%r10d                           ; wasm 0xc8
    49:  mov    0xf8(%r15,%riz,1),%r11
    51:  lea    0x10014(%r10,%riz,1),%rax
    59:  cmp    0x8(%r11,%riz,1),%rax
    61:  ja     0x81
    67:  mov    0x0(%r11,%riz,1),%r11
    6f:  mov    0x10010(%r11,%r10,1),%ebx            ; trap HeapOutOfBounds
    77:  mov    %rbx,%rax                            ; wasm 0xcd
    7a:  mov    %rbp,%rsp
    7d:  pop    %rbp
    7e:  ret
    7f:  ud2                                         ; no operator; trap StackOverflow
    81:  ud2                                         ; wasm 0xc8; trap HeapOutOfBounds

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
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xd0
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0xd2
    56:  mov    %ebx,%r10d                           ; wasm 0xd4
    59:  mov    0xf8(%r15,%riz,1),%r11
    61:  lea    0x4(%r10,%riz,1),%rax
    69:  cmp    0x8(%r11,%riz,1),%rax
    71:  ja     0x8e
    77:  mov    0x0(%r11,%riz,1),%r11
    7f:  mov    %esi,0x0(%r11,%r10,1)                ; trap HeapOutOfBounds
    87:  mov    %rbp,%rsp                            ; wasm 0xd7
    8a:  pop    %rbp
    8b:  ret
    8c:  ud2                                         ; no operator; trap StackOverflow
    8e:  ud2                                         ; wasm 0xd4; trap HeapOutOfBounds

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
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xda
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0xdc
    56:  mov    %ebx,%r10d                           ; wasm 0xde
    59:  mov    0xf8(%r15,%riz,1),%r11
    61:  lea    0x2(%r10,%riz,1),%rax
    69:  cmp    0x8(%r11,%riz,1),%rax
    71:  ja     0x8e
    77:  mov    0x0(%r11,%riz,1),%r11
    7f:  mov    %sil,0x1(%r11,%r10,1)                ; trap HeapOutOfBounds
    87:  mov    %rbp,%rsp                            ; wasm 0xe1
    8a:  pop    %rbp
    8b:  ret
    8c:  ud2                                         ; no operator; trap StackOverflow
    8e:  ud2                                         ; wasm 0xde; trap HeapOutOfBounds

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
    48:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xe4
    50:  vmovsd -0x18(%rbp,%riz,1),%xmm0             ; wasm 0xe6
    5a:  mov    %ebx,%r10d                           ; wasm 0xe8
    5d:  mov    0xf8(%r15,%riz,1),%r11
    65:  lea    0x10(%r10,%riz,1),%rax
    6d:  cmp    0x8(%r11,%riz,1),%rax
    75:  ja     0x94
    7b:  mov    0x0(%r11,%riz,1),%r11
    83:  vmovsd %xmm0,0x8(%r11,%r10,1)               ; trap HeapOutOfBounds
    8d:  mov    %rbp,%rsp                            ; wasm 0xeb
    90:  pop    %rbp
    91:  ret
    92:  ud2                                         ; no operator; trap StackOverflow
    94:  ud2                                         ; wasm 0xe8; trap HeapOutOfBounds

;; function 8 (export "copy_word"): 195 bytes, alignment 16
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
    46:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0xee
    4e:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0xf0
    56:  mov    %esi,%r10d                           ; wasm 0xf2
    59:  mov    0xf8(%r15,%riz,1),%r11
    61:  lea    0x8(%r10,%riz,1),%rax
    69:  cmp    0x8(%r11,%riz,1),%rax
    71:  ja     0xbf
    77:  mov    0x0(%r11,%riz,1),%r11
    7f:  mov    0x0(%r11,%r10,1),%rsi                ; trap HeapOutOfBounds
    87:  mov    %ebx,%r10d                           ; wasm 0xf5
    8a:  mov    0xf8(%r15,%riz,1),%r11
    92:  lea    0x8(%r10,%riz,1),%rax
    9a:  cmp    0x8(%r11,%riz,1),%rax
    a2:  ja     0xc1
    a8:  mov    0x0(%r11,%riz,1),%r11
    b0:  mov    %rsi,0x0(%r11,%r10,1)                ; trap HeapOutOfBounds
    b8:  mov    %rbp,%rsp                            ; wasm 0xf8
    bb:  pop    %rbp
    bc:  ret
    bd:  ud2                                         ; no operator; trap StackOverflow
    bf:  ud2                                         ; wasm 0xf2; trap HeapOutOfBounds
    c1:  ud2                                         ; wasm 0xf5; trap HeapOutOfBounds
