;; i32-div.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "div_s"): 25 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rdx,%rax
     7:  cltd                                        ; wasm 0x59
     8:  test   %ecx,%ecx
     a:  je     0x17
    10:  idiv   %ecx                                 ; trap IntegerOverflow
    12:  mov    %rbp,%rsp                            ; wasm 0x5a
    15:  pop    %rbp
    16:  ret
    17:  ud2                                         ; wasm 0x59; trap IntegerDivisionByZero

;; function 1 (export "div_u"): 17 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rdx,%rax
     7:  xor    %rdx,%rdx                            ; wasm 0x61
     a:  div    %ecx                                 ; trap IntegerDivisionByZero
     c:  mov    %rbp,%rsp                            ; wasm 0x62
     f:  pop    %rbp
    10:  ret

;; function 2 (export "rem_s"): 37 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rdx,%rax
     7:  cltd                                        ; wasm 0x69
     8:  cmp    $0xffffffff,%ecx
     b:  jne    0x1b
    11:  mov    $0x0,%edx
    16:  jmp    0x1d
    1b:  idiv   %ecx                                 ; trap IntegerDivisionByZero
    1d:  mov    %rdx,%rax
    20:  mov    %rbp,%rsp                            ; wasm 0x6a
    23:  pop    %rbp
    24:  ret

;; function 3 (export "rem_u"): 20 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rdx,%rax
     7:  xor    %rdx,%rdx                            ; wasm 0x71
     a:  div    %ecx                                 ; trap IntegerDivisionByZero
     c:  mov    %rdx,%rax
     f:  mov    %rbp,%rsp                            ; wasm 0x72
    12:  pop    %rbp
    13:  ret

;; function 4 (export "div_by_const"): 40 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rdx,%rax
     7:  imull  0x13(%rip)        # 0x20
     d:  sar    $0x2,%edx
    10:  mov    %rdx,%rsi
    13:  shr    $0x1f,%esi
    16:  lea    (%rdx,%rsi,1),%eax
    19:  mov    %rbp,%rsp                            ; wasm 0x7a
    1c:  pop    %rbp
    1d:  ret
    1e:  add    %al,(%rax)
    20:  data16 data16 data16 add %al,(%eax)
    26:  add    %al,(%rax)
