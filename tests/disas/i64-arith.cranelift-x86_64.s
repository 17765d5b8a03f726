;; i64-arith.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 32 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  lea    (%rdx,%rcx,1),%rax                   ; wasm 0x55
     8:  imul   0x8(%rip),%rax        # 0x18         ; wasm 0x60
    10:  mov    %rbp,%rsp                            ; wasm 0x61
    13:  pop    %rbp
    14:  ret
    15:  add    %al,(%rax)
    17:  add    %ch,%bh
    19:  int    $0xab
    1b:  mov    %esp,0x45(%rdi)
    1e:  and    (%rcx),%eax

;; function 1 (export "shifts"): 23 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  shlx   %rcx,%rdx,%rax                       ; wasm 0x68
     9:  rorx   $0xd,%rdx,%rsi                       ; wasm 0x6d
     f:  or     %rsi,%rax                            ; wasm 0x6e
    12:  mov    %rbp,%rsp                            ; wasm 0x6f
    15:  pop    %rbp
    16:  ret

;; function 2 (export "counts"): 23 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  lzcnt  %rdx,%rsi                            ; wasm 0x74
     9:  popcnt %rdx,%rdi                            ; wasm 0x77
     e:  lea    (%rsi,%rdi,1),%rax                   ; wasm 0x78
    12:  mov    %rbp,%rsp                            ; wasm 0x79
    15:  pop    %rbp
    16:  ret

;; function 3 (export "compare"): 31 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  cmp    %rcx,%rdx                            ; wasm 0x80
     7:  setg   %sil
     b:  cmp    $0xffffffffffffffff,%rdx             ; wasm 0x85
     f:  setne  %r9b
    13:  and    %r9d,%esi
    16:  movzbl %sil,%eax
    1a:  mov    %rbp,%rsp                            ; wasm 0x87
    1d:  pop    %rbp
    1e:  ret
