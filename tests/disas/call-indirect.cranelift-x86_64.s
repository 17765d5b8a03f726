;; call-indirect.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $add: 12 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  lea    (%rdx,%rcx,1),%eax
     7:  mov    %rbp,%rsp
     a:  pop    %rbp
     b:  ret

;; function 1 $sub: 14 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rdx,%rax
     7:  sub    %ecx,%eax
     9:  mov    %rbp,%rsp
     c:  pop    %rbp
     d:  ret

;; function 2 (export "dispatch"): 106 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x10,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x62
    17:  mov    0x68(%rdi),%rax
    1b:  cmp    0x8(%rax),%edx
    1e:  jae    0x64
    24:  mov    (%rax),%rax
    27:  mov    %edx,%edx
    29:  mov    (%rax,%rdx,8),%rax
    2d:  test   %rax,%rax
    30:  je     0x66
    36:  mov    0x10(%rdi),%rdx
    3a:  mov    %rdi,%r10
    3d:  mov    (%rdx),%edx
    3f:  mov    0x10(%rax),%esi
    42:  cmp    %edx,%esi
    44:  jne    0x68
    4a:  mov    (%rax),%r9
    4d:  mov    0x8(%rax),%rdi
    51:  mov    %r10,%rsi
    54:  mov    %rcx,%rdx
    57:  mov    %r8,%rcx
    5a:  call   *%r9
    5d:  mov    %rbp,%rsp
    60:  pop    %rbp
    61:  ret
    62:  ud2                                         ; trap StackOverflow
    64:  ud2                                         ; trap TableOutOfBounds
    66:  ud2                                         ; trap IndirectCallToNull
    68:  ud2                                         ; trap BadSignature
