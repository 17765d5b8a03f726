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
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x53
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x55
    40:  add    w1, w1, w2                           ; wasm 0x57
    44:  ldur   x2, [x29, #-16]                      ; wasm 0x58
    48:  sub    w2, w2, #0x7                         ; wasm 0x5c
    4c:  mul    w1, w1, w2                           ; wasm 0x5d
    50:  mov    x0, x1                               ; wasm 0x5e
    54:  mov    sp, x29
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; no operator; trap StackOverflow

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
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x61
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x63
    40:  orr    w2, w2, #0xff00                      ; wasm 0x69
    44:  and    w1, w1, w2                           ; wasm 0x6a
    48:  ldur   x2, [x29, #-16]                      ; wasm 0x6b
    4c:  ldur   x3, [x29, #-24]                      ; wasm 0x6d
    50:  neg    w16, w3                              ; wasm 0x6f
    54:  ror    w2, w2, w16
    58:  eor    w1, w1, w2                           ; wasm 0x70
    5c:  mov    x0, x1                               ; wasm 0x71
    60:  mov    sp, x29
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  udf    #0                                   ; no operator; trap StackOverflow

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
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x74
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x76
    40:  lsl    w1, w1, w2                           ; wasm 0x78
    44:  ldur   x2, [x29, #-16]                      ; wasm 0x79
    48:  asr    w2, w2, #3                           ; wasm 0x7d
    4c:  ldur   x3, [x29, #-24]                      ; wasm 0x7e
    50:  ldur   x4, [x29, #-16]                      ; wasm 0x80
    54:  lsr    w3, w3, w4                           ; wasm 0x82
    58:  add    w2, w2, w3                           ; wasm 0x83
    5c:  add    w1, w1, w2                           ; wasm 0x84
    60:  mov    x0, x1                               ; wasm 0x85
    64:  mov    sp, x29
    68:  ldp    x29, x30, [sp], #16
    6c:  ret
    70:  udf    #0                                   ; no operator; trap StackOverflow

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
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x88
    38:  clz    w1, w1                               ; wasm 0x8a
    3c:  ldur   x2, [x29, #-16]                      ; wasm 0x8b
    40:  rbit   w2, w2                               ; wasm 0x8d
    44:  clz    w2, w2
    48:  ldur   x3, [x29, #-16]                      ; wasm 0x8e
    4c:  fmov   s31, w3                              ; wasm 0x90
    50:  cnt    v31.8b, v31.8b
    54:  addv   b31, v31.8b
    58:  fmov   w3, s31
    5c:  add    w2, w2, w3                           ; wasm 0x91
    60:  add    w1, w1, w2                           ; wasm 0x92
    64:  mov    x0, x1                               ; wasm 0x93
    68:  mov    sp, x29
    6c:  ldp    x29, x30, [sp], #16
    70:  ret
    74:  udf    #0                                   ; no operator; trap StackOverflow

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
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x96
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x98
    40:  cmp    w1, w2                               ; wasm 0x9a
    44:  cset   w1, lt  // lt = tstop
    48:  ldur   x2, [x29, #-16]                      ; wasm 0x9b
    4c:  ldur   x3, [x29, #-24]                      ; wasm 0x9d
    50:  cmp    w2, w3                               ; wasm 0x9f
    54:  cset   w2, cs  // cs = hs, nlast
    58:  ldur   x3, [x29, #-16]                      ; wasm 0xa0
    5c:  cmp    w3, #0x0                             ; wasm 0xa2
    60:  cset   w3, eq  // eq = none
    64:  add    w2, w2, w3                           ; wasm 0xa3
    68:  add    w1, w1, w2                           ; wasm 0xa4
    6c:  mov    x0, x1                               ; wasm 0xa5
    70:  mov    sp, x29
    74:  ldp    x29, x30, [sp], #16
    78:  ret
    7c:  udf    #0                                   ; no operator; trap StackOverflow
