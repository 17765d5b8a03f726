;; call-indirect.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $add: 12 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  lea    (%rdx,%rcx,1),%eax                   ; wasm 0x45
     7:  mov    %rbp,%rsp                            ; wasm 0x46
     a:  pop    %rbp
     b:  ret

;; function 1 $sub: 14 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rdx,%rax
     7:  sub    %ecx,%eax                            ; wasm 0x4d
     9:  mov    %rbp,%rsp                            ; wasm 0x4e
     c:  pop    %rbp
     d:  ret

;; function 2 (export "dispatch"): 104 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x10,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x60
    17:  mov    0x68(%rdi),%rax                      ; wasm 0x57
    1b:  cmp    0x8(%rax),%edx
    1e:  jae    0x62
    24:  mov    (%rax),%rax
    27:  mov    %edx,%edx
    29:  mov    (%rax,%rdx,8),%rax
    2d:  test   %rax,%rax
    30:  je     0x64
    36:  mov    0x10(%rax),%edx
    39:  mov    0x10(%rdi),%rsi
    3d:  mov    %rdi,%r10
    40:  cmp    (%rsi),%edx
    42:  jne    0x66
    48:  mov    (%rax),%r9
    4b:  mov    0x8(%rax),%rdi
    4f:  mov    %r10,%rsi
    52:  mov    %rcx,%rdx
    55:  mov    %r8,%rcx
    58:  call   *%r9
    5b:  mov    %rbp,%rsp                            ; wasm 0x5a
    5e:  pop    %rbp
    5f:  ret
    60:  ud2                                         ; trap StackOverflow
    62:  ud2                                         ; wasm 0x57; trap TableOutOfBounds
    64:  ud2                                         ; trap IndirectCallToNull
    66:  ud2                                         ; trap BadSignature
