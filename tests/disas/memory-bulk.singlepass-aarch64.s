;; memory-bulk.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "fill"): 164 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x40  // #64
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x9c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  stur   x4, [x29, #-32]
    3c:  ldr    x27, [x28, #104]
    40:  ldr    x27, [x27]
    44:  ldur   x1, [x29, #-16]
    48:  ldur   x2, [x29, #-24]
    4c:  ldur   x3, [x29, #-32]
    50:  stur   x1, [x29, #-40]
    54:  stur   x2, [x29, #-48]
    58:  stur   x3, [x29, #-56]
    5c:  mov    x0, x28
    60:  mov    x1, #0x0  // #0
    64:  ldur   x2, [x29, #-40]
    68:  ldur   x3, [x29, #-48]
    6c:  ldur   x4, [x29, #-56]
    70:  ldr    x9, [x28, #8]
    74:  ldr    x9, [x9, #8]
    78:  blr    x9
    7c:  ldur   x28, [x29, #-8]
    80:  ldr    x27, [x28, #104]
    84:  ldr    x27, [x27]
    88:  cmp    w0, #0x0
    8c:  b.ne   0xa0  // b.any
    90:  mov    sp, x29
    94:  ldp    x29, x30, [sp], #16
    98:  ret
    9c:  udf    #0                                   ; trap StackOverflow
    a0:  udf    #0                                   ; trap HeapOutOfBounds

;; function 1 (export "copy"): 168 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x40  // #64
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xa0  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  stur   x4, [x29, #-32]
    3c:  ldr    x27, [x28, #104]
    40:  ldr    x27, [x27]
    44:  ldur   x1, [x29, #-16]
    48:  ldur   x2, [x29, #-24]
    4c:  ldur   x3, [x29, #-32]
    50:  stur   x1, [x29, #-40]
    54:  stur   x2, [x29, #-48]
    58:  stur   x3, [x29, #-56]
    5c:  mov    x0, x28
    60:  mov    x1, #0x0  // #0
    64:  mov    x2, #0x0  // #0
    68:  ldur   x3, [x29, #-40]
    6c:  ldur   x4, [x29, #-48]
    70:  ldur   x5, [x29, #-56]
    74:  ldr    x9, [x28, #8]
    78:  ldr    x9, [x9, #16]
    7c:  blr    x9
    80:  ldur   x28, [x29, #-8]
    84:  ldr    x27, [x28, #104]
    88:  ldr    x27, [x27]
    8c:  cmp    w0, #0x0
    90:  b.ne   0xa4  // b.any
    94:  mov    sp, x29
    98:  ldp    x29, x30, [sp], #16
    9c:  ret
    a0:  udf    #0                                   ; trap StackOverflow
    a4:  udf    #0                                   ; trap HeapOutOfBounds

;; function 2 (export "init"): 176 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xa8  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldr    x27, [x28, #104]
    38:  ldr    x27, [x27]
    3c:  ldur   x1, [x29, #-16]
    40:  stur   x1, [x29, #-24]
    44:  mov    x0, x28
    48:  mov    x1, #0x0  // #0
    4c:  mov    x2, #0x0  // #0
    50:  ldur   x3, [x29, #-24]
    54:  mov    w4, #0x0  // #0
    58:  mov    w5, #0x5  // #5
    5c:  ldr    x9, [x28, #8]
    60:  ldr    x9, [x9, #24]
    64:  blr    x9
    68:  ldur   x28, [x29, #-8]
    6c:  ldr    x27, [x28, #104]
    70:  ldr    x27, [x27]
    74:  cmp    w0, #0x0
    78:  b.ne   0xac  // b.any
    7c:  mov    x0, x28
    80:  mov    x1, #0x0  // #0
    84:  ldr    x9, [x28, #8]
    88:  ldr    x9, [x9, #32]
    8c:  blr    x9
    90:  ldur   x28, [x29, #-8]
    94:  ldr    x27, [x28, #104]
    98:  ldr    x27, [x27]
    9c:  mov    sp, x29
    a0:  ldp    x29, x30, [sp], #16
    a4:  ret
    a8:  udf    #0                                   ; trap StackOverflow
    ac:  udf    #0                                   ; trap HeapOutOfBounds
