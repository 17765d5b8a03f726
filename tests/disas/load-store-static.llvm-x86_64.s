;; load-store-static.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 34 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1e
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss mov (%rax,%rcx,1),%eax                   ; trap HeapOutOfBounds
    1c:  pop    %rbp
    1d:  ret
    1e:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 1 (export "load_i64_offset"): 36 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x20
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss mov 0x10(%rax,%rcx,1),%rax               ; trap HeapOutOfBounds
    1e:  pop    %rbp
    1f:  ret
    20:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 2 (export "load8_s"): 36 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x20
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss movsbl 0x3(%rax,%rcx,1),%eax             ; trap HeapOutOfBounds
    1e:  pop    %rbp
    1f:  ret
    20:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 3 (export "load16_u_i64"): 35 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1f
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss movzwl (%rax,%rcx,1),%eax                ; trap HeapOutOfBounds
    1d:  pop    %rbp
    1e:  ret
    1f:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 4 (export "load_far"): 38 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x22
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss mov 0x10010(%rax,%rcx,1),%eax            ; trap HeapOutOfBounds
    20:  pop    %rbp
    21:  ret
    22:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 5 (export "store_i32"): 34 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1e
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%edx
    15:  mov    (%rax),%rax
    18:  ss mov %ecx,(%rax,%rdx,1)                   ; trap HeapOutOfBounds
    1c:  pop    %rbp
    1d:  ret
    1e:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 6 (export "store8"): 35 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1f
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%edx
    15:  mov    (%rax),%rax
    18:  ss mov %cl,0x1(%rax,%rdx,1)                 ; trap HeapOutOfBounds
    1d:  pop    %rbp
    1e:  ret
    1f:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 7 (export "store_f64"): 37 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x21
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%ecx
    15:  mov    (%rax),%rax
    18:  ss vmovsd %xmm0,0x8(%rax,%rcx,1)            ; trap HeapOutOfBounds
    1f:  pop    %rbp
    20:  ret
    21:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 8 (export "copy_word"): 42 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x26
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%edx
    15:  mov    (%rax),%rax
    18:  ss mov (%rax,%rdx,1),%rdx                   ; trap HeapOutOfBounds
    1d:  mov    %ecx,%ecx
    1f:  ss mov %rdx,(%rax,%rcx,1)                   ; trap HeapOutOfBounds
    24:  pop    %rbp
    25:  ret
    26:  ud1    (%eax),%eax                          ; trap StackOverflow
