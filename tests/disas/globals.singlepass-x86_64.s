;; globals.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "bump"): 107 bytes, alignment 16
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
    36:  mov    0x80(%r15,%riz,1),%ebx               ; wasm 0x72
    3e:  mov    0x68(%r15,%riz,1),%r11               ; wasm 0x74
    46:  mov    0x0(%r11,%riz,1),%esi
    4e:  rex add %esi,%ebx                           ; wasm 0x76
    51:  mov    %ebx,0x80(%r15,%riz,1)               ; wasm 0x77
    59:  mov    0x80(%r15,%riz,1),%ebx               ; wasm 0x79
    61:  mov    %rbx,%rax                            ; wasm 0x7b
    64:  mov    %rbp,%rsp
    67:  pop    %rbp
    68:  ret
    69:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "imported"): 112 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x6e
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    0x70(%r15,%riz,1),%r11               ; wasm 0x7e
    46:  mov    0x0(%r11,%riz,1),%rbx
    4e:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x80
    56:  add    %rsi,%rbx                            ; wasm 0x82
    59:  mov    0x70(%r15,%riz,1),%r11               ; wasm 0x83
    61:  mov    %rbx,0x0(%r11,%riz,1)
    69:  mov    %rbp,%rsp                            ; wasm 0x85
    6c:  pop    %rbp
    6d:  ret
    6e:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "scaled"): 96 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x5e
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x88
    4a:  vmovsd 0x90(%r15,%riz,1),%xmm1              ; wasm 0x8a
    54:  vmulsd %xmm1,%xmm0,%xmm0                    ; wasm 0x8c
    59:  mov    %rbp,%rsp                            ; wasm 0x8d
    5c:  pop    %rbp
    5d:  ret
    5e:  ud2                                         ; no operator; trap StackOverflow
