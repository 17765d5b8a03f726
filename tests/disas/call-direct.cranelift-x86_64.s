;; call-direct.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $leaf: 12 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  lea    (%rdx,%rcx,1),%eax                   ; wasm 0x3b
     7:  mov    %rbp,%rsp                            ; wasm 0x3c
     a:  pop    %rbp
     b:  ret

;; function 1 $fac (export "fac"): 96 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x20,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x5e
    17:  sub    $0x10,%rsp
    1b:  mov    %r12,(%rsp)
    1f:  test   %rdx,%rdx                            ; wasm 0x42
    22:  mov    %rdx,%r12
    25:  je     0x4c
    2b:  mov    %r12,%rax
    2e:  mov    %rax,%rdx
    31:  sub    $0x1,%rdx                            ; wasm 0x4d
    35:  mov    %rdi,%rsi
    38:  call   0x3d                                 ; wasm 0x4e; @0x39 reloc X86PcRel4 -> function 1, addend -4
    3d:  mov    %r12,%rdx
    40:  imul   %rax,%rdx                            ; wasm 0x50
    44:  mov    %rdx,%rax
    47:  jmp    0x51                                 ; wasm 0x51
    4c:  mov    $0x1,%eax
    51:  mov    (%rsp),%r12                          ; wasm 0x52
    55:  add    $0x10,%rsp
    59:  mov    %rbp,%rsp
    5c:  pop    %rbp
    5d:  ret
    5e:  ud2                                         ; trap StackOverflow

;; function 2 (export "twice"): 92 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x20,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x5a
    17:  sub    $0x10,%rsp
    1b:  mov    %r12,(%rsp)
    1f:  mov    %r13,0x8(%rsp)
    24:  mov    %rdx,%r12
    27:  mov    %rdi,%r13
    2a:  mov    $0x1,%ecx                            ; wasm 0x57
    2f:  mov    %r13,%rsi
    32:  call   0x37                                 ; wasm 0x59; @0x33 reloc X86PcRel4 -> function 0, addend -4
    37:  mov    %r12,%rcx
    3a:  mov    %rax,%rdx
    3d:  mov    %r13,%rsi
    40:  mov    %rsi,%rdi
    43:  call   0x48                                 ; wasm 0x5d; @0x44 reloc X86PcRel4 -> function 0, addend -4
    48:  mov    (%rsp),%r12                          ; wasm 0x5f
    4c:  mov    0x8(%rsp),%r13
    51:  add    $0x10,%rsp
    55:  mov    %rbp,%rsp
    58:  pop    %rbp
    59:  ret
    5a:  ud2                                         ; trap StackOverflow
