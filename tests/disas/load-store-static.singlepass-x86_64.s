;; load-store-static.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 107 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x69
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    0xf8(%r15,%riz,1),%r14
    46:  mov    0x0(%r14,%riz,1),%r14
    4e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xa6
    56:  mov    %ebx,%r10d                           ; wasm 0xa8
    59:  mov    0x0(%r14,%r10,1),%ebx                ; trap HeapOutOfBounds
    61:  mov    %rbx,%rax                            ; wasm 0xab
    64:  mov    %rbp,%rsp
    67:  pop    %rbp
    68:  ret
    69:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "load_i64_offset"): 107 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x69
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    0xf8(%r15,%riz,1),%r14
    46:  mov    0x0(%r14,%riz,1),%r14
    4e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xae
    56:  mov    %ebx,%r10d                           ; wasm 0xb0
    59:  mov    0x10(%r14,%r10,1),%rbx               ; trap HeapOutOfBounds
    61:  mov    %rbx,%rax                            ; wasm 0xb3
    64:  mov    %rbp,%rsp
    67:  pop    %rbp
    68:  ret
    69:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "load8_s"): 108 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x6a
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    0xf8(%r15,%riz,1),%r14
    46:  mov    0x0(%r14,%riz,1),%r14
    4e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xb6
    56:  mov    %ebx,%r10d                           ; wasm 0xb8
    59:  movsbl 0x3(%r14,%r10,1),%ebx                ; trap HeapOutOfBounds
    62:  mov    %rbx,%rax                            ; wasm 0xbb
    65:  mov    %rbp,%rsp
    68:  pop    %rbp
    69:  ret
    6a:  ud2                                         ; no operator; trap StackOverflow

;; function 3 (export "load16_u_i64"): 108 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x6a
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    0xf8(%r15,%riz,1),%r14
    46:  mov    0x0(%r14,%riz,1),%r14
    4e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xbe
    56:  mov    %ebx,%r10d                           ; wasm 0xc0
    59:  movzwl 0x0(%r14,%r10,1),%ebx                ; trap HeapOutOfBounds
    62:  mov    %rbx,%rax                            ; wasm 0xc3
    65:  mov    %rbp,%rsp
    68:  pop    %rbp
    69:  ret
    6a:  ud2                                         ; no operator; trap StackOverflow

;; function 4 (export "load_far"): 107 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x69
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    0xf8(%r15,%riz,1),%r14
    46:  mov    0x0(%r14,%riz,1),%r14
    4e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xc6
    56:  mov    %ebx,%r10d                           ; wasm 0xc8
    59:  mov    0x10010(%r14,%r10,1),%ebx            ; trap HeapOutOfBounds
    61:  mov    %rbx,%rax                            ; wasm 0xcd
    64:  mov    %rbp,%rsp
    67:  pop    %rbp
    68:  ret
    69:  ud2                                         ; no operator; trap StackOverflow

;; function 5 (export "store_i32"): 120 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x76
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    0xf8(%r15,%riz,1),%r14
    4e:  mov    0x0(%r14,%riz,1),%r14
    56:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xd0
    5e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0xd2
    66:  mov    %ebx,%r10d                           ; wasm 0xd4
    69:  mov    %esi,0x0(%r14,%r10,1)                ; trap HeapOutOfBounds
    71:  mov    %rbp,%rsp                            ; wasm 0xd7
    74:  pop    %rbp
    75:  ret
    76:  ud2                                         ; no operator; trap StackOverflow

;; function 6 (export "store8"): 120 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x76
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    0xf8(%r15,%riz,1),%r14
    4e:  mov    0x0(%r14,%riz,1),%r14
    56:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xda
    5e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0xdc
    66:  mov    %ebx,%r10d                           ; wasm 0xde
    69:  mov    %sil,0x1(%r14,%r10,1)                ; trap HeapOutOfBounds
    71:  mov    %rbp,%rsp                            ; wasm 0xe1
    74:  pop    %rbp
    75:  ret
    76:  ud2                                         ; no operator; trap StackOverflow

;; function 7 (export "store_f64"): 126 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x7c
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  vmovsd %xmm0,-0x18(%rbp,%riz,1)
    48:  mov    0xf8(%r15,%riz,1),%r14
    50:  mov    0x0(%r14,%riz,1),%r14
    58:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xe4
    60:  vmovsd -0x18(%rbp,%riz,1),%xmm0             ; wasm 0xe6
    6a:  mov    %ebx,%r10d                           ; wasm 0xe8
    6d:  vmovsd %xmm0,0x8(%r14,%r10,1)               ; trap HeapOutOfBounds
    77:  mov    %rbp,%rsp                            ; wasm 0xeb
    7a:  pop    %rbp
    7b:  ret
    7c:  ud2                                         ; no operator; trap StackOverflow

;; function 8 (export "copy_word"): 131 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x81
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    0xf8(%r15,%riz,1),%r14
    4e:  mov    0x0(%r14,%riz,1),%r14
    56:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0xee
    5e:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0xf0
    66:  mov    %esi,%r10d                           ; wasm 0xf2
    69:  mov    0x0(%r14,%r10,1),%rsi                ; trap HeapOutOfBounds
    71:  mov    %ebx,%r10d                           ; wasm 0xf5
    74:  mov    %rsi,0x0(%r14,%r10,1)                ; trap HeapOutOfBounds
    7c:  mov    %rbp,%rsp                            ; wasm 0xf8
    7f:  pop    %rbp
    80:  ret
    81:  ud2                                         ; no operator; trap StackOverflow
