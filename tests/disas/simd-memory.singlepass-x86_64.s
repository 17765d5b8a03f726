;; simd-memory.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_store"): 135 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x50(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x85
    24:  sub    $0x50,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x18(%rbp,%riz,1)
    3e:  mov    %rcx,-0x28(%rbp,%riz,1)
    46:  mov    0x80(%r15,%riz,1),%r14
    4e:  mov    0x0(%r14,%riz,1),%r14
    56:  mov    -0x28(%rbp,%riz,1),%rbx              ; wasm 0x61
    5e:  mov    -0x18(%rbp,%riz,1),%rsi              ; wasm 0x63
    66:  mov    %esi,%r10d                           ; wasm 0x65
    69:  vmovdqu 0x0(%r14,%r10,1),%xmm0              ; trap HeapOutOfBounds
    73:  mov    %ebx,%r10d                           ; wasm 0x69
    76:  vmovdqu %xmm0,0x10(%r14,%r10,1)             ; trap HeapOutOfBounds
    80:  mov    %rbp,%rsp                            ; wasm 0x6d
    83:  pop    %rbp
    84:  ret
    85:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "load_splat"): 106 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x68
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x18(%rbp,%riz,1)
    3e:  mov    0x80(%r15,%riz,1),%r14
    46:  mov    0x0(%r14,%riz,1),%r14
    4e:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x70
    56:  mov    %ebx,%r10d                           ; wasm 0x72
    59:  vbroadcastss 0x0(%r14,%r10,1),%xmm0         ; trap HeapOutOfBounds
    63:  mov    %rbp,%rsp                            ; wasm 0x76
    66:  pop    %rbp
    67:  ret
    68:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "load_zero"): 106 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x30(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x68
    24:  sub    $0x30,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x18(%rbp,%riz,1)
    3e:  mov    0x80(%r15,%riz,1),%r14
    46:  mov    0x0(%r14,%riz,1),%r14
    4e:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x79
    56:  mov    %ebx,%r10d                           ; wasm 0x7b
    59:  vmovsd 0x8(%r14,%r10,1),%xmm0               ; trap HeapOutOfBounds
    63:  mov    %rbp,%rsp                            ; wasm 0x7f
    66:  pop    %rbp
    67:  ret
    68:  ud2                                         ; no operator; trap StackOverflow

;; function 3 (export "load_lane"): 131 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x50(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x81
    24:  sub    $0x50,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x18(%rbp,%riz,1)
    3e:  vmovdqu %xmm0,-0x28(%rbp,%riz,1)
    48:  mov    0x80(%r15,%riz,1),%r14
    50:  mov    0x0(%r14,%riz,1),%r14
    58:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x82
    60:  vmovdqu -0x28(%rbp,%riz,1),%xmm0            ; wasm 0x84
    6a:  mov    %ebx,%r10d                           ; wasm 0x86
    6d:  movzwl 0x0(%r14,%r10,1),%ebx                ; trap HeapOutOfBounds
    76:  vpinsrw $0x5,%ebx,%xmm0,%xmm0
    7c:  mov    %rbp,%rsp                            ; wasm 0x8b
    7f:  pop    %rbp
    80:  ret
    81:  ud2                                         ; no operator; trap StackOverflow
