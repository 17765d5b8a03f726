;; sign-extension.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32"): 19 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  rex movsbl %dl,%esi
     8:  movswl %dx,%edi
     b:  lea    (%rsi,%rdi,1),%eax
     e:  mov    %rbp,%rsp
    11:  pop    %rbp
    12:  ret

;; function 1 (export "i64"): 20 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  movsbq %dl,%rsi
     8:  movslq %edx,%rdi
     b:  lea    (%rsi,%rdi,1),%rax
     f:  mov    %rbp,%rsp
    12:  pop    %rbp
    13:  ret
