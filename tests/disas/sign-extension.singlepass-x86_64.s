;; sign-extension.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32"): 99 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x61
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x2e
    46:  rex movsbl %bl,%ebx                         ; wasm 0x30
    4a:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x31
    52:  rex movswl %si,%esi                         ; wasm 0x33
    56:  rex add %esi,%ebx                           ; wasm 0x34
    59:  mov    %rbx,%rax                            ; wasm 0x35
    5c:  mov    %rbp,%rsp
    5f:  pop    %rbp
    60:  ret
    61:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "i64"): 98 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x60
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x38
    46:  movsbq %bl,%rbx                             ; wasm 0x3a
    4a:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x3b
    52:  movslq %esi,%rsi                            ; wasm 0x3d
    55:  add    %rsi,%rbx                            ; wasm 0x3e
    58:  mov    %rbx,%rax                            ; wasm 0x3f
    5b:  mov    %rbp,%rsp
    5e:  pop    %rbp
    5f:  ret
    60:  ud2                                         ; no operator; trap StackOverflow
