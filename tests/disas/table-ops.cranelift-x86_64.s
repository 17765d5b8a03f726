;; table-ops.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 9 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rbp,%rsp                            ; wasm 0x7f
     7:  pop    %rbp
     8:  ret

;; function 1 (export "get_is_null"): 47 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xb0(%rdi),%r8                       ; wasm 0x84
     b:  cmp    0x8(%r8),%edx
     f:  jae    0x2d
    15:  mov    (%r8),%r10
    18:  mov    %edx,%r11d
    1b:  mov    (%r10,%r11,8),%r10
    1f:  test   %r10,%r10                            ; wasm 0x86
    22:  sete   %al
    25:  movzbl %al,%eax
    28:  mov    %rbp,%rsp                            ; wasm 0x87
    2b:  pop    %rbp
    2c:  ret
    2d:  ud2                                         ; wasm 0x84; trap TableOutOfBounds

;; function 2 (export "set_func"): 41 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xb0(%rdi),%rsi                      ; wasm 0x8e
     b:  cmp    0x8(%rsi),%edx
     e:  jae    0x27
    14:  mov    (%rsi),%r8
    17:  lea    0x20(%rdi),%r9                       ; wasm 0x8c
    1b:  mov    %edx,%r10d                           ; wasm 0x8e
    1e:  mov    %r9,(%r8,%r10,8)
    22:  mov    %rbp,%rsp                            ; wasm 0x90
    25:  pop    %rbp
    26:  ret
    27:  ud2                                         ; wasm 0x8e; trap TableOutOfBounds

;; function 3 (export "set_extern"): 35 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xb8(%rdi),%rsi                      ; wasm 0x97
     b:  mov    0x8(%rsi),%edi
     e:  test   %edi,%edi
    10:  je     0x21
    16:  mov    (%rsi),%rdi
    19:  mov    %rdx,(%rdi)
    1c:  mov    %rbp,%rsp                            ; wasm 0x99
    1f:  pop    %rbp
    20:  ret
    21:  ud2                                         ; wasm 0x97; trap TableOutOfBounds

;; function 4 (export "size_grow"): 80 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x20,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x4e
    17:  sub    $0x10,%rsp
    1b:  mov    %r12,(%rsp)
    1f:  mov    0xb0(%rdi),%rax                      ; wasm 0x9c
    26:  mov    0x8(%rax),%r12d
    2a:  mov    0x8(%rdi),%rax                       ; wasm 0xa3
    2e:  mov    0x28(%rax),%rax
    32:  xor    %esi,%esi
    34:  xor    %rdx,%rdx                            ; wasm 0x9f
    37:  mov    $0x1,%ecx
    3c:  call   *%rax                                ; wasm 0xa3
    3e:  add    %r12d,%eax                           ; wasm 0xa6
    41:  mov    (%rsp),%r12                          ; wasm 0xa7
    45:  add    $0x10,%rsp
    49:  mov    %rbp,%rsp
    4c:  pop    %rbp
    4d:  ret
    4e:  ud2                                         ; trap StackOverflow

;; function 5 (export "fill"): 63 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x10,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x3b
    17:  mov    %rcx,%r8
    1a:  mov    0x8(%rdi),%rax                       ; wasm 0xb0
    1e:  mov    0x30(%rax),%rax
    22:  xor    %esi,%esi
    24:  mov    %edx,%edx
    26:  xor    %rcx,%rcx                            ; wasm 0xac
    29:  mov    %r8d,%r8d                            ; wasm 0xb0
    2c:  call   *%rax
    2e:  test   %eax,%eax
    30:  jne    0x3d
    36:  mov    %rbp,%rsp                            ; wasm 0xb3
    39:  pop    %rbp
    3a:  ret
    3b:  ud2                                         ; trap StackOverflow
    3d:  ud2                                         ; wasm 0xb0; trap TableOutOfBounds
