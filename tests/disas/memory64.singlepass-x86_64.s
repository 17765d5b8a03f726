;; memory64.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load"): 142 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x8a
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x6d
    46:  mov    0xa0(%r15,%riz,1),%r11               ; wasm 0x6f
    4e:  movabs $0x4,%rax
    58:  add    %rbx,%rax
    5b:  jb     0x8c
    61:  cmp    0x8(%r11,%riz,1),%rax
    69:  ja     0x8c
    6f:  mov    0x0(%r11,%riz,1),%r11
    77:  mov    %rbx,%r10
    7a:  mov    0x0(%r11,%r10,1),%ebx                ; trap HeapOutOfBounds
    82:  mov    %rbx,%rax                            ; wasm 0x72
    85:  mov    %rbp,%rsp
    88:  pop    %rbp
    89:  ret
    8a:  ud2                                         ; no operator; trap StackOverflow
    8c:  ud2                                         ; wasm 0x6f; trap HeapOutOfBounds

;; function 1 (export "store_far"): 165 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xa1
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x75
    4e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x77
    56:  mov    0xa0(%r15,%riz,1),%r11               ; wasm 0x79
    5e:  movabs $0x100000018,%rax
    68:  add    %rbx,%rax
    6b:  jb     0xa3
    71:  cmp    0x8(%r11,%riz,1),%rax
    79:  ja     0xa3
    7f:  mov    0x0(%r11,%riz,1),%r11
    87:  movabs $0x100000010,%r10
    91:  add    %rbx,%r10
    94:  mov    %rsi,0x0(%r11,%r10,1)                ; trap HeapOutOfBounds
    9c:  mov    %rbp,%rsp                            ; wasm 0x80
    9f:  pop    %rbp
    a0:  ret
    a1:  ud2                                         ; no operator; trap StackOverflow
    a3:  ud2                                         ; wasm 0x79; trap HeapOutOfBounds

;; function 2 (export "size"): 84 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x10(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x52
    24:  sub    $0x10,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    0xa0(%r15,%riz,1),%r11               ; wasm 0x83
    3e:  mov    0x8(%r11,%riz,1),%rbx
    46:  shr    $0x10,%rbx
    4a:  mov    %rbx,%rax                            ; wasm 0x85
    4d:  mov    %rbp,%rsp
    50:  pop    %rbp
    51:  ret
    52:  ud2                                         ; no operator; trap StackOverflow

;; function 3 (export "table_get"): 130 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x7e
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x88
    46:  mov    0x98(%r15,%riz,1),%r11               ; wasm 0x8a
    4e:  mov    0x8(%r11,%riz,1),%r10d
    56:  cmp    %r10,%rbx
    59:  jae    0x80
    5f:  mov    0x0(%r11,%riz,1),%r11
    67:  mov    %rbx,%r10
    6a:  shl    $0x3,%r10
    6e:  mov    0x0(%r11,%r10,1),%rbx
    76:  mov    %rbx,%rax                            ; wasm 0x8c
    79:  mov    %rbp,%rsp
    7c:  pop    %rbp
    7d:  ret
    7e:  ud2                                         ; no operator; trap StackOverflow
    80:  ud2                                         ; wasm 0x8a; trap TableOutOfBounds

;; function 4 (export "table_size"): 80 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x10(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x4e
    24:  sub    $0x10,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    0x98(%r15,%riz,1),%r11               ; wasm 0x8f
    3e:  mov    0x8(%r11,%riz,1),%ebx
    46:  mov    %rbx,%rax                            ; wasm 0x92
    49:  mov    %rbp,%rsp
    4c:  pop    %rbp
    4d:  ret
    4e:  ud2                                         ; no operator; trap StackOverflow
