;; stack-args.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $many: 25 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x30(%rbp),%rax
     8:  mov    0x38(%rbp),%rdx
     c:  mov    %eax,%esi                            ; wasm 0x42
     e:  lea    (%rdx,%rsi,1),%rax                   ; wasm 0x43
    12:  mov    %rbp,%rsp                            ; wasm 0x44
    15:  pop    %rbp
    16:  ret    $0x40

;; function 1 (export "caller"): 284 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x60,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x11a
    17:  sub    $0x50,%rsp
    1b:  mov    %rbx,0x40(%rsp)
    20:  mov    %r12,0x48(%rsp)
    25:  mov    %rdx,%r12
    28:  mov    $0x1,%edx                            ; wasm 0x47
    2d:  mov    $0x3,%r8d                            ; wasm 0x4b
    33:  mov    $0x4,%r9d                            ; wasm 0x4d
    39:  mov    $0x5,%eax                            ; wasm 0x4f
    3e:  mov    $0x6,%ecx                            ; wasm 0x51
    43:  mov    $0x7,%esi                            ; wasm 0x53
    48:  mov    $0x8,%r10d                           ; wasm 0x55
    4e:  mov    $0x9,%r11d                           ; wasm 0x57
    54:  mov    $0x3f800000,%ebx                     ; wasm 0x5b
    59:  vmovd  %ebx,%xmm0
    5d:  movabs $0x4000000000000000,%rbx             ; wasm 0x60
    67:  vmovq  %rbx,%xmm1
    6c:  mov    $0x40400000,%ebx                     ; wasm 0x69
    71:  vmovd  %ebx,%xmm2
    75:  movabs $0x4010000000000000,%rbx             ; wasm 0x6e
    7f:  vmovq  %rbx,%xmm3
    84:  mov    $0x40a00000,%ebx                     ; wasm 0x77
    89:  vmovd  %ebx,%xmm4
    8d:  movabs $0x4018000000000000,%rbx             ; wasm 0x7c
    97:  vmovq  %rbx,%xmm5
    9c:  mov    $0x40e00000,%ebx                     ; wasm 0x85
    a1:  vmovd  %ebx,%xmm6
    a5:  movabs $0x4020000000000000,%rbx             ; wasm 0x8a
    af:  vmovq  %rbx,%xmm7
    b4:  mov    $0x41100000,%ebx                     ; wasm 0x93
    b9:  vmovd  %ebx,%xmm8
    bd:  movabs $0x4024000000000000,%rbx             ; wasm 0x98
    c7:  vmovq  %rbx,%xmm9
    cc:  mov    %eax,(%rsp)                          ; wasm 0xa1
    cf:  mov    %rcx,0x8(%rsp)
    d4:  mov    %esi,0x10(%rsp)
    d8:  mov    %r10,0x18(%rsp)
    dd:  mov    %r11d,0x20(%rsp)
    e2:  mov    %r12,%rsi
    e5:  mov    %rsi,0x28(%rsp)
    ea:  movss  %xmm8,0x30(%rsp)
    f1:  movsd  %xmm9,0x38(%rsp)
    f8:  mov    %rsi,%rcx
    fb:  mov    %rdi,%rsi
    fe:  call   0x103                                ; @0xff reloc X86PcRel4 -> function 0, addend -4
   103:  sub    $0x40,%rsp
   107:  mov    0x40(%rsp),%rbx                      ; wasm 0xa3
   10c:  mov    0x48(%rsp),%r12
   111:  add    $0x50,%rsp
   115:  mov    %rbp,%rsp
   118:  pop    %rbp
   119:  ret
   11a:  ud2                                         ; trap StackOverflow
