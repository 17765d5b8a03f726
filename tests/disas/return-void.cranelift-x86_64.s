;; return-void.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "empty"): 9 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rbp,%rsp                            ; wasm 0x3b
     7:  pop    %rbp
     8:  ret

;; function 1 (export "const"): 16 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    $0xffffffffffffffff,%rax             ; wasm 0x3e
     b:  mov    %rbp,%rsp                            ; wasm 0x40
     e:  pop    %rbp
     f:  ret

;; function 2 (export "drop"): 9 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rbp,%rsp                            ; wasm 0x47
     7:  pop    %rbp
     8:  ret
