;; i32-arith.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 18 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  lea    (%rdx,%rcx,1),%eax                   ; wasm 0x57
     7:  sub    $0x7,%edx                            ; wasm 0x5c
     a:  imul   %edx,%eax                            ; wasm 0x5d
     d:  mov    %rbp,%rsp                            ; wasm 0x5e
    10:  pop    %rbp
    11:  ret

;; function 1 (export "bits"): 27 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rcx,%rdi
     7:  or     $0xff00,%edi                         ; wasm 0x69
     d:  mov    %rdx,%rax
    10:  and    %edi,%eax                            ; wasm 0x6a
    12:  rol    %cl,%edx                             ; wasm 0x6f
    14:  xor    %edx,%eax                            ; wasm 0x70
    16:  mov    %rbp,%rsp                            ; wasm 0x71
    19:  pop    %rbp
    1a:  ret

;; function 2 (export "shifts"): 33 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  shlx   %ecx,%edx,%r8d                       ; wasm 0x78
     9:  mov    %rdx,%r9
     c:  sar    $0x3,%r9d                            ; wasm 0x7d
    10:  shrx   %edx,%ecx,%r10d                      ; wasm 0x82
    15:  add    %r10d,%r9d                           ; wasm 0x83
    18:  lea    (%r8,%r9,1),%eax                     ; wasm 0x84
    1c:  mov    %rbp,%rsp                            ; wasm 0x85
    1f:  pop    %rbp
    20:  ret

;; function 3 (export "counts"): 30 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  lzcnt  %edx,%edi                            ; wasm 0x8a
     8:  tzcnt  %edx,%r8d                            ; wasm 0x8d
     d:  popcnt %edx,%r9d                            ; wasm 0x90
    12:  add    %r9d,%r8d                            ; wasm 0x91
    15:  lea    (%rdi,%r8,1),%eax                    ; wasm 0x92
    19:  mov    %rbp,%rsp                            ; wasm 0x93
    1c:  pop    %rbp
    1d:  ret

;; function 4 (export "compare"): 37 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  cmp    %ecx,%edx                            ; wasm 0x9a
     6:  setl   %al
     9:  movzbl %al,%eax
     c:  cmp    %ecx,%edx                            ; wasm 0x9f
     e:  setae  %cl
    11:  movzbl %cl,%ecx
    14:  test   %edx,%edx                            ; wasm 0xa2
    16:  sete   %dl
    19:  movzbl %dl,%edx
    1c:  add    %edx,%ecx                            ; wasm 0xa3
    1e:  add    %ecx,%eax                            ; wasm 0xa4
    20:  mov    %rbp,%rsp                            ; wasm 0xa5
    23:  pop    %rbp
    24:  ret
