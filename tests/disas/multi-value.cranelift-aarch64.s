;; multi-value.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $swap: 24 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    x2, x5
     c:  mov    x3, x4
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x5d
    14:  ret

;; function 1 (export "divmod"): 44 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cbz    w5, 0x24                             ; wasm 0x64
     c:  udiv   w2, w4, w5
    10:  cbz    w5, 0x28                             ; wasm 0x69
    14:  udiv   w6, w4, w5
    18:  msub   w3, w6, w5, w4
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x6a
    20:  ret
    24:  udf    #49439                               ; wasm 0x64; trap IntegerDivisionByZero
    28:  udf    #49439                               ; wasm 0x69; trap IntegerDivisionByZero

;; function 2 (export "via_call"): 52 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x30  // b.lo, b.ul, b.last
    1c:  mov    x3, x2
    20:  bl     0x20                                 ; wasm 0x71; reloc Arm64Call -> function 0, addend 0
    24:  add    x2, x2, w3, uxtw                     ; wasm 0x74
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x75
    2c:  ret
    30:  udf    #49439                               ; trap StackOverflow

;; function 3 (export "block_pair"): 24 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    w5, #0x5  // #5                      ; wasm 0x7c
     c:  mul    w2, w4, w5                           ; wasm 0x7f
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x80
    14:  ret
