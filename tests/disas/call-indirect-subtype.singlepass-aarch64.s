;; call-indirect-subtype.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0: 224 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xd0  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x29
    38:  mov    w2, #0x0  // #0                      ; wasm 0x2d
    3c:  stur   x1, [x29, #-24]
    40:  ldr    x9, [x28, #56]
    44:  ldr    w10, [x9, #8]
    48:  cmp    w2, w10
    4c:  b.cs   0xd4  // b.hs, b.nlast
    50:  ldr    x9, [x9]
    54:  mov    w10, w2
    58:  lsl    x10, x10, #3
    5c:  ldr    x10, [x9, x10]
    60:  cmp    x10, #0x0
    64:  b.eq   0xd8  // b.none
    68:  ldr    x9, [x28, #16]
    6c:  ldr    w9, [x9]
    70:  ldr    w2, [x10, #16]
    74:  cmp    w2, w9
    78:  b.eq   0xa4  // b.none
    7c:  mov    x2, x9
    80:  mov    x1, x10
    84:  mov    x0, x28
    88:  ldr    x9, [x28, #8]
    8c:  ldr    x9, [x9, #88]
    90:  blr    x9
    94:  ldur   x28, [x29, #-8]
    98:  mov    x10, x0
    9c:  cmp    x10, #0x0
    a0:  b.eq   0xdc  // b.none
    a4:  ldr    x9, [x10]
    a8:  ldur   x2, [x29, #-24]
    ac:  ldr    x0, [x10, #8]
    b0:  mov    x1, x28
    b4:  blr    x9
    b8:  ldur   x28, [x29, #-8]
    bc:  mov    x1, x0
    c0:  mov    x0, x1                               ; wasm 0x30
    c4:  mov    sp, x29
    c8:  ldp    x29, x30, [sp], #16
    cc:  ret
    d0:  udf    #0                                   ; no operator; trap StackOverflow
    d4:  udf    #0                                   ; wasm 0x2d; trap TableOutOfBounds
    d8:  udf    #0                                   ; trap IndirectCallToNull
    dc:  udf    #0                                   ; trap BadSignature
