;; sign-extension.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32"): 19 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  rex movsbl %dl,%esi                         ; wasm 0x30
     8:  movswl %dx,%edi                             ; wasm 0x33
     b:  lea    (%rsi,%rdi,1),%eax                   ; wasm 0x34
     e:  mov    %rbp,%rsp                            ; wasm 0x35
    11:  pop    %rbp
    12:  ret

;; function 1 (export "i64"): 20 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  movsbq %dl,%rsi                             ; wasm 0x3a
     8:  movslq %edx,%rdi                            ; wasm 0x3d
     b:  lea    (%rsi,%rdi,1),%rax                   ; wasm 0x3e
     f:  mov    %rbp,%rsp                            ; wasm 0x3f
    12:  pop    %rbp
    13:  ret
