;; memory-grow.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "size"): 21 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x68(%rdi),%rsi                      ; wasm 0x47
     8:  mov    0x8(%rsi),%rax
     c:  shr    $0x10,%rax
    10:  mov    %rbp,%rsp                            ; wasm 0x49
    13:  pop    %rbp
    14:  ret

;; function 1 (export "grow"): 44 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x10,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x2a
    17:  mov    0x8(%rdi),%r8                        ; wasm 0x4e
    1b:  mov    (%r8),%r8
    1e:  xor    %esi,%esi
    20:  mov    %edx,%edx
    22:  call   *%r8
    25:  mov    %rbp,%rsp                            ; wasm 0x50
    28:  pop    %rbp
    29:  ret
    2a:  ud2                                         ; trap StackOverflow

;; function 2 (export "grow_then_load"): 80 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x20,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x4e
    17:  sub    $0x10,%rsp
    1b:  mov    %rbx,(%rsp)
    1f:  mov    0x8(%rdi),%r10                       ; wasm 0x55
    23:  mov    %rdi,%rbx
    26:  mov    (%r10),%r10
    29:  xor    %esi,%esi
    2b:  mov    $0x1,%edx
    30:  call   *%r10
    33:  mov    0x68(%rbx),%r10                      ; wasm 0x5c
    37:  mov    (%r10),%r10
    3a:  mov    0x10000(%r10),%eax                   ; trap HeapOutOfBounds
    41:  mov    (%rsp),%rbx                          ; wasm 0x5f
    45:  add    $0x10,%rsp
    49:  mov    %rbp,%rsp
    4c:  pop    %rbp
    4d:  ret
    4e:  ud2                                         ; trap StackOverflow
