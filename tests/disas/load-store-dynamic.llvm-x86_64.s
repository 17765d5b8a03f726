;; load-store-dynamic.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks dynamic, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 48 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x27
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%ecx
    15:  lea    0x4(%rcx),%rdx
    19:  cmp    0x8(%rax),%rdx
    1d:  ja     0x2b
    1f:  mov    (%rax),%rax
    22:  mov    (%rax,%rcx,1),%eax
    25:  pop    %rbp
    26:  ret
    27:  ud1    (%eax),%eax                          ; trap StackOverflow
    2b:  ud1    0x1(%eax),%eax                       ; trap HeapOutOfBounds

;; function 1 (export "load_i64_offset"): 50 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x29
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%ecx
    15:  lea    0x18(%rcx),%rdx
    19:  cmp    0x8(%rax),%rdx
    1d:  ja     0x2d
    1f:  mov    (%rax),%rax
    22:  mov    0x10(%rax,%rcx,1),%rax
    27:  pop    %rbp
    28:  ret
    29:  ud1    (%eax),%eax                          ; trap StackOverflow
    2d:  ud1    0x1(%eax),%eax                       ; trap HeapOutOfBounds

;; function 2 (export "load8_s"): 50 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x29
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%ecx
    15:  lea    0x4(%rcx),%rdx
    19:  cmp    0x8(%rax),%rdx
    1d:  ja     0x2d
    1f:  mov    (%rax),%rax
    22:  movsbl 0x3(%rax,%rcx,1),%eax
    27:  pop    %rbp
    28:  ret
    29:  ud1    (%eax),%eax                          ; trap StackOverflow
    2d:  ud1    0x1(%eax),%eax                       ; trap HeapOutOfBounds

;; function 3 (export "load16_u_i64"): 49 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x28
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%ecx
    15:  lea    0x2(%rcx),%rdx
    19:  cmp    0x8(%rax),%rdx
    1d:  ja     0x2c
    1f:  mov    (%rax),%rax
    22:  movzwl (%rax,%rcx,1),%eax
    26:  pop    %rbp
    27:  ret
    28:  ud1    (%eax),%eax                          ; trap StackOverflow
    2c:  ud1    0x1(%eax),%eax                       ; trap HeapOutOfBounds

;; function 4 (export "load_far"): 55 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x2e
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%ecx
    15:  lea    0x10014(%rcx),%rdx
    1c:  cmp    0x8(%rax),%rdx
    20:  ja     0x32
    22:  mov    (%rax),%rax
    25:  mov    0x10010(%rax,%rcx,1),%eax
    2c:  pop    %rbp
    2d:  ret
    2e:  ud1    (%eax),%eax                          ; trap StackOverflow
    32:  ud1    0x1(%eax),%eax                       ; trap HeapOutOfBounds

;; function 5 (export "store_i32"): 48 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x27
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%edx
    15:  lea    0x4(%rdx),%rsi
    19:  cmp    0x8(%rax),%rsi
    1d:  ja     0x2b
    1f:  mov    (%rax),%rax
    22:  mov    %ecx,(%rax,%rdx,1)
    25:  pop    %rbp
    26:  ret
    27:  ud1    (%eax),%eax                          ; trap StackOverflow
    2b:  ud1    0x1(%eax),%eax                       ; trap HeapOutOfBounds

;; function 6 (export "store8"): 49 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x28
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%edx
    15:  lea    0x2(%rdx),%rsi
    19:  cmp    0x8(%rax),%rsi
    1d:  ja     0x2c
    1f:  mov    (%rax),%rax
    22:  mov    %cl,0x1(%rax,%rdx,1)
    26:  pop    %rbp
    27:  ret
    28:  ud1    (%eax),%eax                          ; trap StackOverflow
    2c:  ud1    0x1(%eax),%eax                       ; trap HeapOutOfBounds

;; function 7 (export "store_f64"): 51 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x2a
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%ecx
    15:  lea    0x10(%rcx),%rdx
    19:  cmp    0x8(%rax),%rdx
    1d:  ja     0x2e
    1f:  mov    (%rax),%rax
    22:  vmovsd %xmm0,0x8(%rax,%rcx,1)
    28:  pop    %rbp
    29:  ret
    2a:  ud1    (%eax),%eax                          ; trap StackOverflow
    2e:  ud1    0x1(%eax),%eax                       ; trap HeapOutOfBounds

;; function 8 (export "copy_word"): 67 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x3f
     c:  mov    0xf8(%rdi),%rax
    13:  mov    %edx,%edx
    15:  mov    0x8(%rax),%rsi
    19:  lea    0x8(%rdx),%rdi
    1d:  cmp    %rsi,%rdi
    20:  ja     0x3a
    22:  mov    %ecx,%ecx
    24:  lea    0x8(%rcx),%rdi
    28:  cmp    %rsi,%rdi
    2b:  ja     0x3a
    2d:  mov    (%rax),%rax
    30:  mov    (%rax,%rdx,1),%rdx
    34:  mov    %rdx,(%rax,%rcx,1)
    38:  pop    %rbp
    39:  ret
    3a:  ud1    0x1(%eax),%eax                       ; trap HeapOutOfBounds
    3f:  ud1    (%eax),%eax                          ; trap StackOverflow
