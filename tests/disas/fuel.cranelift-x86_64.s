;; fuel.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel true, epochs false, nan_canonicalization false

;; function 0 $callee: 38 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rsi
     7:  mov    0x10(%rsi),%rdi
     b:  test   %rdi,%rdi
     e:  jg     0x24
    14:  lea    0x3(%rdi),%r8                        ; wasm 0x2a
    18:  mov    %r8,0x10(%rsi)
    1c:  lea    0x1(%rdx),%eax                       ; wasm 0x29
    1f:  mov    %rbp,%rsp                            ; wasm 0x2a
    22:  pop    %rbp
    23:  ret
    24:  ud2                                         ; trap OutOfFuel

;; function 1 (export "count"): 167 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x30,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0xa1
    17:  sub    $0x20,%rsp
    1b:  mov    %rbx,(%rsp)
    1f:  mov    %r13,0x8(%rsp)
    24:  mov    %r14,0x10(%rsp)
    29:  mov    %rdx,%r14
    2c:  mov    (%rdi),%r13
    2f:  mov    %rdi,%rbx
    32:  mov    0x10(%r13),%rsi
    36:  test   %rsi,%rsi
    39:  jg     0xa3
    3f:  xor    %edx,%edx
    41:  mov    %rsi,0x10(%r13)                      ; wasm 0x2f
    45:  test   %rsi,%rsi
    48:  jg     0xa5
    4e:  lea    0x3(%rsi),%rax
    52:  mov    %rax,0x10(%r13)                      ; wasm 0x33
    56:  mov    %rbx,%rsi
    59:  mov    %rbx,%rdi
    5c:  call   0x61                                 ; @0x5d reloc X86PcRel4 -> function 0, addend -4
    61:  mov    0x10(%r13),%rcx
    65:  lea    0x5(%rcx),%rsi
    69:  mov    %r14,%rdx
    6c:  cmp    %edx,%eax                            ; wasm 0x3c
    6e:  jae    0x7f
    74:  mov    %rdx,%r14
    77:  mov    %rax,%rdx
    7a:  jmp    0x41
    7f:  add    $0x6,%rcx
    86:  mov    %rcx,0x10(%r13)                      ; wasm 0x41
    8a:  mov    (%rsp),%rbx
    8e:  mov    0x8(%rsp),%r13
    93:  mov    0x10(%rsp),%r14
    98:  add    $0x20,%rsp
    9c:  mov    %rbp,%rsp
    9f:  pop    %rbp
    a0:  ret
    a1:  ud2                                         ; trap StackOverflow
    a3:  ud2                                         ; trap OutOfFuel
    a5:  ud2                                         ; wasm 0x2f; trap OutOfFuel
