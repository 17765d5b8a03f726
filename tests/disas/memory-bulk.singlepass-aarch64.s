;; memory-bulk.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "fill"): 172 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x40  // #64
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xa4  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  stur   x4, [x29, #-32]
    3c:  ldr    x27, [x28, #104]
    40:  ldr    x27, [x27]
    44:  ldur   x1, [x29, #-16]                      ; wasm 0x40
    48:  ldur   x2, [x29, #-24]                      ; wasm 0x42
    4c:  ldur   x3, [x29, #-32]                      ; wasm 0x44
    50:  stur   x1, [x29, #-40]                      ; wasm 0x46
    54:  stur   x2, [x29, #-48]
    58:  stur   x3, [x29, #-56]
    5c:  mov    x0, x28
    60:  mov    x1, #0x0  // #0
    64:  ldur   x2, [x29, #-40]
    68:  mov    w2, w2
    6c:  ldur   x3, [x29, #-48]
    70:  ldur   x4, [x29, #-56]
    74:  mov    w4, w4
    78:  ldr    x9, [x28, #8]
    7c:  ldr    x9, [x9, #8]
    80:  blr    x9
    84:  ldur   x28, [x29, #-8]
    88:  ldr    x27, [x28, #104]
    8c:  ldr    x27, [x27]
    90:  cmp    w0, #0x0
    94:  b.ne   0xa8  // b.any
    98:  mov    sp, x29                              ; wasm 0x49
    9c:  ldp    x29, x30, [sp], #16
    a0:  ret
    a4:  udf    #0                                   ; no operator; trap StackOverflow
    a8:  udf    #0                                   ; wasm 0x46; trap HeapOutOfBounds

;; function 1 (export "copy"): 180 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x40  // #64
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xac  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  stur   x4, [x29, #-32]
    3c:  ldr    x27, [x28, #104]
    40:  ldr    x27, [x27]
    44:  ldur   x1, [x29, #-16]                      ; wasm 0x4c
    48:  ldur   x2, [x29, #-24]                      ; wasm 0x4e
    4c:  ldur   x3, [x29, #-32]                      ; wasm 0x50
    50:  stur   x1, [x29, #-40]                      ; wasm 0x52
    54:  stur   x2, [x29, #-48]
    58:  stur   x3, [x29, #-56]
    5c:  mov    x0, x28
    60:  mov    x1, #0x0  // #0
    64:  mov    x2, #0x0  // #0
    68:  ldur   x3, [x29, #-40]
    6c:  mov    w3, w3
    70:  ldur   x4, [x29, #-48]
    74:  mov    w4, w4
    78:  ldur   x5, [x29, #-56]
    7c:  mov    w5, w5
    80:  ldr    x9, [x28, #8]
    84:  ldr    x9, [x9, #16]
    88:  blr    x9
    8c:  ldur   x28, [x29, #-8]
    90:  ldr    x27, [x28, #104]
    94:  ldr    x27, [x27]
    98:  cmp    w0, #0x0
    9c:  b.ne   0xb0  // b.any
    a0:  mov    sp, x29                              ; wasm 0x56
    a4:  ldp    x29, x30, [sp], #16
    a8:  ret
    ac:  udf    #0                                   ; no operator; trap StackOverflow
    b0:  udf    #0                                   ; wasm 0x52; trap HeapOutOfBounds

;; function 2 (export "init"): 180 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xac  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldr    x27, [x28, #104]
    38:  ldr    x27, [x27]
    3c:  ldur   x1, [x29, #-16]                      ; wasm 0x59
    40:  stur   x1, [x29, #-24]                      ; wasm 0x5f
    44:  mov    x0, x28
    48:  mov    x1, #0x0  // #0
    4c:  mov    x2, #0x0  // #0
    50:  ldur   x3, [x29, #-24]
    54:  mov    w3, w3
    58:  mov    w4, #0x0  // #0
    5c:  mov    w5, #0x5  // #5
    60:  ldr    x9, [x28, #8]
    64:  ldr    x9, [x9, #24]
    68:  blr    x9
    6c:  ldur   x28, [x29, #-8]
    70:  ldr    x27, [x28, #104]
    74:  ldr    x27, [x27]
    78:  cmp    w0, #0x0
    7c:  b.ne   0xb0  // b.any
    80:  mov    x0, x28                              ; wasm 0x63
    84:  mov    x1, #0x0  // #0
    88:  ldr    x9, [x28, #8]
    8c:  ldr    x9, [x9, #32]
    90:  blr    x9
    94:  ldur   x28, [x29, #-8]
    98:  ldr    x27, [x28, #104]
    9c:  ldr    x27, [x27]
    a0:  mov    sp, x29                              ; wasm 0x66
    a4:  ldp    x29, x30, [sp], #16
    a8:  ret
    ac:  udf    #0                                   ; no operator; trap StackOverflow
    b0:  udf    #0                                   ; wasm 0x5f; trap HeapOutOfBounds
