;; unreachable.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "always"): 58 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x10(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x38
    24:  sub    $0x10,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  ud2                                         ; wasm 0x31; trap UnreachableCodeReached
    38:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "guard"): 145 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x8d
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x35
    46:  rex cmp $0x0,%ebx                           ; wasm 0x37
    4d:  sete   %al
    50:  rex movzbl %al,%ebx
    54:  rex cmp $0x0,%ebx                           ; wasm 0x38
    5b:  je     0x63
    61:  ud2                                         ; wasm 0x3a; trap UnreachableCodeReached
    63:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x3f
    6b:  rex mov $0x64,%esi                          ; wasm 0x41
    71:  rex test %ebx,%ebx
    74:  je     0x8f
    7a:  xor    %edx,%edx
    7c:  rex mov %esi,%eax
    7f:  rex div %ebx
    82:  rex mov %eax,%esi
    85:  mov    %rsi,%rax                            ; wasm 0x42
    88:  mov    %rbp,%rsp
    8b:  pop    %rbp
    8c:  ret
    8d:  ud2                                         ; no operator; trap StackOverflow
    8f:  ud2                                         ; wasm 0x41; trap IntegerDivisionByZero
