;; i64-div.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "div_s"): 28 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rdx,%rax
     7:  cqto                                        ; wasm 0x44
     9:  test   %rcx,%rcx
     c:  je     0x1a
    12:  idiv   %rcx                                 ; trap IntegerOverflow
    15:  mov    %rbp,%rsp                            ; wasm 0x45
    18:  pop    %rbp
    19:  ret
    1a:  ud2                                         ; wasm 0x44; trap IntegerDivisionByZero

;; function 1 (export "div_u"): 18 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rdx,%rax
     7:  xor    %rdx,%rdx                            ; wasm 0x4c
     a:  div    %rcx                                 ; trap IntegerDivisionByZero
     d:  mov    %rbp,%rsp                            ; wasm 0x4d
    10:  pop    %rbp
    11:  ret

;; function 2 (export "rem_s"): 40 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rdx,%rax
     7:  cqto                                        ; wasm 0x54
     9:  cmp    $0xffffffffffffffff,%rcx
     d:  jne    0x1d
    13:  mov    $0x0,%edx
    18:  jmp    0x20
    1d:  idiv   %rcx                                 ; trap IntegerDivisionByZero
    20:  mov    %rdx,%rax
    23:  mov    %rbp,%rsp                            ; wasm 0x55
    26:  pop    %rbp
    27:  ret

;; function 3 (export "rem_u"): 21 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rdx,%rax
     7:  xor    %rdx,%rdx                            ; wasm 0x5c
     a:  div    %rcx                                 ; trap IntegerDivisionByZero
     d:  mov    %rdx,%rax
    10:  mov    %rbp,%rsp                            ; wasm 0x5d
    13:  pop    %rbp
    14:  ret
