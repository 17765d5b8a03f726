;; i32-arith.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 28 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x18
     c:  add    %edx,%ecx
     e:  add    $0xfffffff9,%edx
    11:  imul   %ecx,%edx
    14:  mov    %edx,%eax
    16:  pop    %rbp
    17:  ret
    18:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 1 (export "bits"): 33 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1d
     c:  mov    %ecx,%eax
     e:  or     $0xff00,%eax
    13:  and    %edx,%eax
    15:  rol    %cl,%edx
    17:  xor    %eax,%edx
    19:  mov    %edx,%eax
    1b:  pop    %rbp
    1c:  ret
    1d:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 2 (export "shifts"): 37 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x21
     c:  shlx   %ecx,%edx,%esi
    11:  mov    %edx,%edi
    13:  sar    $0x3,%edi
    16:  shrx   %edx,%ecx,%eax
    1b:  add    %edi,%eax
    1d:  add    %esi,%eax
    1f:  pop    %rbp
    20:  ret
    21:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 3 (export "counts"): 36 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x20
     c:  lzcnt  %edx,%ecx
    10:  tzcnt  %edx,%esi
    14:  xor    %eax,%eax
    16:  popcnt %edx,%eax
    1a:  add    %esi,%eax
    1c:  add    %ecx,%eax
    1e:  pop    %rbp
    1f:  ret
    20:  ud1    (%eax),%eax                          ; trap StackOverflow

;; function 4 (export "compare"): 36 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax
     7:  cmp    %rbp,(%rax)
     a:  ja     0x20
     c:  xor    %esi,%esi
     e:  xor    %eax,%eax
    10:  cmp    %ecx,%edx
    12:  setl   %sil
    16:  setae  %al
    19:  cmp    $0x1,%edx
    1c:  adc    %esi,%eax
    1e:  pop    %rbp
    1f:  ret
    20:  ud1    (%eax),%eax                          ; trap StackOverflow
