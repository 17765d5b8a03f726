;; sign-extension.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32"): 92 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x58  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x2e
    38:  sxtb   w1, w1                               ; wasm 0x30
    3c:  ldur   x2, [x29, #-16]                      ; wasm 0x31
    40:  sxth   w2, w2                               ; wasm 0x33
    44:  add    w1, w1, w2                           ; wasm 0x34
    48:  mov    x0, x1                               ; wasm 0x35
    4c:  mov    sp, x29
    50:  ldp    x29, x30, [sp], #16
    54:  ret
    58:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "i64"): 92 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x58  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x38
    38:  sxtb   x1, w1                               ; wasm 0x3a
    3c:  ldur   x2, [x29, #-16]                      ; wasm 0x3b
    40:  sxtw   x2, w2                               ; wasm 0x3d
    44:  add    x1, x1, x2                           ; wasm 0x3e
    48:  mov    x0, x1                               ; wasm 0x3f
    4c:  mov    sp, x29
    50:  ldp    x29, x30, [sp], #16
    54:  ret
    58:  udf    #0                                   ; no operator; trap StackOverflow
