;; return-void.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "empty"): 61 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x10(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x3b
    24:  sub    $0x10,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rbp,%rsp                            ; wasm 0x3b
    39:  pop    %rbp
    3a:  ret
    3b:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "const"): 68 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x10(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x42
    24:  sub    $0x10,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    $0xffffffffffffffff,%rax             ; wasm 0x40
    3d:  mov    %rbp,%rsp
    40:  pop    %rbp
    41:  ret
    42:  ud2                                         ; no operator; trap StackOverflow

;; function 2 (export "drop"): 81 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x4f
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x43
    4a:  mov    %rbp,%rsp                            ; wasm 0x47
    4d:  pop    %rbp
    4e:  ret
    4f:  ud2                                         ; no operator; trap StackOverflow
