;; memory-grow.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "size"): 100 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x10(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x62
    24:  sub    $0x10,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    0x68(%r15,%riz,1),%r14
    3e:  mov    0x0(%r14,%riz,1),%r14
    46:  mov    0x68(%r15,%riz,1),%r11               ; wasm 0x47
    4e:  mov    0x8(%r11,%riz,1),%rbx
    56:  shr    $0x10,%rbx
    5a:  mov    %rbx,%rax                            ; wasm 0x49
    5d:  mov    %rbp,%rsp
    60:  pop    %rbp
    61:  ret
    62:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "grow"): 167 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xa5
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    0x68(%r15,%riz,1),%r14
    46:  mov    0x0(%r14,%riz,1),%r14
    4e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x4c
    56:  mov    %rbx,-0x18(%rbp,%riz,1)              ; wasm 0x4e
    5e:  mov    %r15,%rdi
    61:  rex xor %esi,%esi
    64:  mov    -0x18(%rbp,%riz,1),%rdx
    6c:  rex mov %edx,%edx
    6f:  mov    0x8(%r15,%riz,1),%r11
    77:  mov    0x0(%r11,%riz,1),%r11
    7f:  call   *%r11
    82:  mov    -0x8(%rbp,%riz,1),%r15
    8a:  mov    0x68(%r15,%riz,1),%r14
    92:  mov    0x0(%r14,%riz,1),%r14
    9a:  rex mov %eax,%ebx
    9d:  mov    %rbx,%rax                            ; wasm 0x50
    a0:  mov    %rbp,%rsp
    a3:  pop    %rbp
    a4:  ret
    a5:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "grow_then_load"): 158 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x10(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x9c
    24:  sub    $0x10,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    0x68(%r15,%riz,1),%r14
    3e:  mov    0x0(%r14,%riz,1),%r14
    46:  mov    %r15,%rdi                            ; wasm 0x55
    49:  rex xor %esi,%esi
    4c:  rex mov $0x1,%edx
    52:  rex mov %edx,%edx
    55:  mov    0x8(%r15,%riz,1),%r11
    5d:  mov    0x0(%r11,%riz,1),%r11
    65:  call   *%r11
    68:  mov    -0x8(%rbp,%riz,1),%r15
    70:  mov    0x68(%r15,%riz,1),%r14
    78:  mov    0x0(%r14,%riz,1),%r14
    80:  rex mov %eax,%ebx
    83:  rex mov $0x10000,%ebx                       ; wasm 0x5c
    89:  mov    %ebx,%r10d
    8c:  mov    0x0(%r14,%r10,1),%ebx                ; trap HeapOutOfBounds
    94:  mov    %rbx,%rax                            ; wasm 0x5f
    97:  mov    %rbp,%rsp
    9a:  pop    %rbp
    9b:  ret
    9c:  ud2                                         ; no operator; trap StackOverflow
