;; memory64.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load"): 53 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xa0(%rdi),%rdi                      ; wasm 0x6f
     b:  mov    0x8(%rdi),%r8
     f:  mov    %rdx,%r9
    12:  add    $0x4,%r9
    16:  jb     0x31
    1c:  cmp    %r8,%r9
    1f:  ja     0x33
    25:  mov    (%rdi),%r10
    28:  mov    (%r10,%rdx,1),%eax                   ; trap HeapOutOfBounds
    2c:  mov    %rbp,%rsp                            ; wasm 0x72
    2f:  pop    %rbp
    30:  ret
    31:  ud2                                         ; wasm 0x6f; trap HeapOutOfBounds
    33:  ud2                                         ; trap HeapOutOfBounds

;; function 1 (export "store_far"): 80 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xa0(%rdi),%r8                       ; wasm 0x79
     b:  mov    0x8(%r8),%r9
     f:  mov    %rdx,%r10
    12:  add    0x2f(%rip),%r10        # 0x48
    19:  jb     0x3e
    1f:  cmp    %r9,%r10
    22:  ja     0x40
    28:  add    (%r8),%rdx
    2b:  movabs $0x100000010,%r11
    35:  mov    %rcx,(%rdx,%r11,1)                   ; trap HeapOutOfBounds
    39:  mov    %rbp,%rsp                            ; wasm 0x80
    3c:  pop    %rbp
    3d:  ret
    3e:  ud2                                         ; wasm 0x79; trap HeapOutOfBounds
    40:  ud2                                         ; trap HeapOutOfBounds
    42:  add    %al,(%rax)
    44:  add    %al,(%rax)
    46:  add    %al,(%rax)
    48:  sbb    %al,(%rax)
    4a:  add    %al,(%rax)
    4c:  add    %eax,(%rax)
    4e:  add    %al,(%rax)

;; function 2 (export "size"): 24 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0xa0(%rdi),%rsi                      ; wasm 0x83
     b:  mov    0x8(%rsi),%rax
     f:  shr    $0x10,%rax
    13:  mov    %rbp,%rsp                            ; wasm 0x85
    16:  pop    %rbp
    17:  ret

;; function 3 (export "table_get"): 37 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x98(%rdi),%rsi                      ; wasm 0x8a
     b:  mov    0x8(%rsi),%edi
     e:  cmp    %rdi,%rdx
    11:  jae    0x23
    17:  mov    (%rsi),%r8
    1a:  mov    (%r8,%rdx,8),%rax
    1e:  mov    %rbp,%rsp                            ; wasm 0x8c
    21:  pop    %rbp
    22:  ret
    23:  ud2                                         ; wasm 0x8a; trap TableOutOfBounds

;; function 4 (export "table_size"): 21 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x98(%rdi),%rsi                      ; wasm 0x8f
     b:  mov    0x8(%rsi),%esi
     e:  mov    %esi,%eax
    10:  mov    %rbp,%rsp                            ; wasm 0x92
    13:  pop    %rbp
    14:  ret
