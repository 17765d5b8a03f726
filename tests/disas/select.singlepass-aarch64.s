;; select.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "max_i32"): 108 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x40  // #64
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x68  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x4e
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x50
    40:  ldur   x3, [x29, #-16]                      ; wasm 0x52
    44:  ldur   x4, [x29, #-24]                      ; wasm 0x54
    48:  cmp    w3, w4                               ; wasm 0x56
    4c:  cset   w3, gt
    50:  cmp    w3, #0x0                             ; wasm 0x57
    54:  csel   x1, x1, x2, ne  // ne = any
    58:  mov    x0, x1                               ; wasm 0x58
    5c:  mov    sp, x29
    60:  ldp    x29, x30, [sp], #16
    64:  ret
    68:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "pick_f64"): 96 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x40  // #64
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x5c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  stur   d1, [x29, #-24]
    38:  stur   x2, [x29, #-32]
    3c:  ldur   d0, [x29, #-16]                      ; wasm 0x5b
    40:  ldur   d1, [x29, #-24]                      ; wasm 0x5d
    44:  ldur   x1, [x29, #-32]                      ; wasm 0x5f
    48:  cbnz   w1, 0x50                             ; wasm 0x61
    4c:  mov    v0.16b, v1.16b
    50:  mov    sp, x29                              ; wasm 0x62
    54:  ldp    x29, x30, [sp], #16
    58:  ret
    5c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2 (export "typed_i64"): 100 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x40  // #64
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x60  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  stur   x4, [x29, #-32]
    3c:  ldur   x1, [x29, #-16]                      ; wasm 0x65
    40:  ldur   x2, [x29, #-24]                      ; wasm 0x67
    44:  ldur   x3, [x29, #-32]                      ; wasm 0x69
    48:  cmp    w3, #0x0                             ; wasm 0x6b
    4c:  csel   x1, x1, x2, ne  // ne = any
    50:  mov    x0, x1                               ; wasm 0x6e
    54:  mov    sp, x29
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; no operator; trap StackOverflow
