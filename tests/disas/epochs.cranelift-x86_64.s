;; epochs.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs true, nan_canonicalization false

;; function 0 (export "spin"): 146 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x10,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x8c
    17:  mov    %rdx,%r8
    1a:  mov    (%rdi),%rdx
    1d:  mov    0x20(%rdx),%rcx
    21:  mov    (%rcx),%rax
    24:  mov    0x18(%rdx),%rsi
    28:  cmp    %rsi,%rax
    2b:  jae    0x54
    31:  mov    %r8,%rax
    34:  mov    (%rcx),%rsi                          ; wasm 0x23
    37:  mov    0x18(%rdx),%r8
    3b:  cmp    %r8,%rsi
    3e:  jae    0x70
    44:  sub    $0x1,%eax
    47:  test   %eax,%eax                            ; wasm 0x2e
    49:  jne    0x34
    4f:  mov    %rbp,%rsp                            ; wasm 0x33
    52:  pop    %rbp
    53:  ret
    54:  mov    0x8(%rdi),%rax
    58:  mov    0x50(%rax),%rax
    5c:  call   *%rax
    5e:  mov    0x18(%rdx),%rax
    62:  test   %rax,%rax
    65:  je     0x8e
    6b:  jmp    0x31
    70:  mov    0x8(%rdi),%rsi                       ; wasm 0x23
    74:  mov    0x50(%rsi),%rsi
    78:  call   *%rsi
    7a:  mov    0x18(%rdx),%rsi
    7e:  test   %rsi,%rsi
    81:  je     0x90
    87:  jmp    0x44
    8c:  ud2                                         ; trap StackOverflow
    8e:  ud2                                         ; trap Interrupted
    90:  ud2                                         ; trap Interrupted
