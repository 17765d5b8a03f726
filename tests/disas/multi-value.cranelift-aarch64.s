;; multi-value.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $swap: 24 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    x0, x3
     c:  mov    x1, x2
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x5d
    14:  ret

;; function 1 (export "divmod"): 44 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cbz    w3, 0x24                             ; wasm 0x64
     c:  udiv   w0, w2, w3
    10:  cbz    w3, 0x28                             ; wasm 0x69
    14:  udiv   w6, w2, w3
    18:  msub   w1, w6, w3, w2
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x6a
    20:  ret
    24:  udf    #49439                               ; wasm 0x64; trap IntegerDivisionByZero
    28:  udf    #49439                               ; wasm 0x69; trap IntegerDivisionByZero

;; function 2 (export "via_call"): 52 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x0]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x30  // b.lo, b.ul, b.last
    1c:  mov    x1, x0
    20:  bl     0x20                                 ; wasm 0x71; reloc Arm64Call -> function 0, addend 0
    24:  add    x0, x0, w1, uxtw                     ; wasm 0x74
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x75
    2c:  ret
    30:  udf    #49439                               ; trap StackOverflow

;; function 3 (export "block_pair"): 24 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    w5, #0x5  // #5                      ; wasm 0x7c
     c:  mul    w0, w2, w5                           ; wasm 0x7f
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x80
    14:  ret
