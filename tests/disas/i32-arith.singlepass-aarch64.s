;; i32-arith.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 100 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x60  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]
    3c:  ldur   x2, [x29, #-24]
    40:  add    w1, w1, w2
    44:  ldur   x2, [x29, #-16]
    48:  sub    w2, w2, #0x7
    4c:  mul    w1, w1, w2
    50:  mov    x0, x1
    54:  mov    sp, x29
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; trap StackOverflow

;; function 1 (export "bits"): 112 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x6c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]
    3c:  ldur   x2, [x29, #-24]
    40:  orr    w2, w2, #0xff00
    44:  and    w1, w1, w2
    48:  ldur   x2, [x29, #-16]
    4c:  ldur   x3, [x29, #-24]
    50:  neg    w16, w3
    54:  ror    w2, w2, w16
    58:  eor    w1, w1, w2
    5c:  mov    x0, x1
    60:  mov    sp, x29
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  udf    #0                                   ; trap StackOverflow

;; function 2 (export "shifts"): 116 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x40  // #64
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x70  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]
    3c:  ldur   x2, [x29, #-24]
    40:  lsl    w1, w1, w2
    44:  ldur   x2, [x29, #-16]
    48:  asr    w2, w2, #3
    4c:  ldur   x3, [x29, #-24]
    50:  ldur   x4, [x29, #-16]
    54:  lsr    w3, w3, w4
    58:  add    w2, w2, w3
    5c:  add    w1, w1, w2
    60:  mov    x0, x1
    64:  mov    sp, x29
    68:  ldp    x29, x30, [sp], #16
    6c:  ret
    70:  udf    #0                                   ; trap StackOverflow

;; function 3 (export "counts"): 120 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x74  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]
    38:  clz    w1, w1
    3c:  ldur   x2, [x29, #-16]
    40:  rbit   w2, w2
    44:  clz    w2, w2
    48:  ldur   x3, [x29, #-16]
    4c:  fmov   s31, w3
    50:  cnt    v31.8b, v31.8b
    54:  addv   b31, v31.8b
    58:  fmov   w3, s31
    5c:  add    w2, w2, w3
    60:  add    w1, w1, w2
    64:  mov    x0, x1
    68:  mov    sp, x29
    6c:  ldp    x29, x30, [sp], #16
    70:  ret
    74:  udf    #0                                   ; trap StackOverflow

;; function 4 (export "compare"): 128 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x7c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]
    3c:  ldur   x2, [x29, #-24]
    40:  cmp    w1, w2
    44:  cset   w1, lt  // lt = tstop
    48:  ldur   x2, [x29, #-16]
    4c:  ldur   x3, [x29, #-24]
    50:  cmp    w2, w3
    54:  cset   w2, cs  // cs = hs, nlast
    58:  ldur   x3, [x29, #-16]
    5c:  cmp    w3, #0x0
    60:  cset   w3, eq  // eq = none
    64:  add    w2, w2, w3
    68:  add    w1, w1, w2
    6c:  mov    x0, x1
    70:  mov    sp, x29
    74:  ldp    x29, x30, [sp], #16
    78:  ret
    7c:  udf    #0                                   ; trap StackOverflow
