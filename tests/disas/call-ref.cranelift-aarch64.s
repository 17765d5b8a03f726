;; call-ref.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 84 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x4c  // b.lo, b.ul, b.last
    1c:  mov    x3, x2
    20:  cbz    x4, 0x40                             ; wasm 0x26
    24:  cbz    x4, 0x50                             ; wasm 0x28
    28:  ldr    x9, [x4]
    2c:  ldr    x2, [x4, #8]
    30:  mov    x4, x5
    34:  blr    x9
    38:  ldp    x29, x30, [sp], #16                  ; wasm 0x2a
    3c:  ret
    40:  mov    w2, #0xffffffff  // #-1              ; wasm 0x2c
    44:  ldp    x29, x30, [sp], #16                  ; wasm 0x2e
    48:  ret
    4c:  udf    #49439                               ; trap StackOverflow
    50:  udf    #49439                               ; wasm 0x28; trap NullFunctionReference
