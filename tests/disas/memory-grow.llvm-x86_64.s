;; memory-grow.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "size"): 25 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x46
     7:  cmp    %rbp,(%rax)
     a:  ja     0x15
     c:  mov    0x68(%rdi),%rax                      ; wasm 0x47
    10:  mov    0xa(%rax),%eax
    13:  pop    %rbp                                 ; wasm 0x49
    14:  ret
    15:  ud1    (%eax),%eax                          ; wasm 0x46; trap StackOverflow

;; function 1 (export "grow"): 28 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x4b
     7:  cmp    %rbp,(%rax)
     a:  ja     0x18
     c:  mov    %edx,%edx                            ; wasm 0x4e
     e:  mov    0x8(%rdi),%rax
    12:  xor    %esi,%esi
    14:  call   *(%rax)
    16:  pop    %rbp                                 ; wasm 0x50
    17:  ret
    18:  ud1    (%eax),%eax                          ; wasm 0x4b; trap StackOverflow

;; function 2 (export "grow_then_load"): 55 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  push   %rbx
     5:  push   %rax
     6:  mov    (%rdi),%rax                          ; wasm 0x52
     9:  cmp    %rbp,(%rax)
     c:  ja     0x33
     e:  mov    %rdi,%rbx                            ; no operator
    11:  mov    0x8(%rdi),%rax                       ; wasm 0x55
    15:  mov    $0x1,%edx
    1a:  xor    %esi,%esi
    1c:  call   *(%rax)
    1e:  mov    0x68(%rbx),%rax                      ; wasm 0x5c
    22:  mov    (%rax),%rax
    25:  ss mov 0x10000(%rax),%eax                   ; trap HeapOutOfBounds
    2c:  add    $0x8,%rsp                            ; wasm 0x5f
    30:  pop    %rbx
    31:  pop    %rbp
    32:  ret
    33:  ud1    (%eax),%eax                          ; wasm 0x52; trap StackOverflow
