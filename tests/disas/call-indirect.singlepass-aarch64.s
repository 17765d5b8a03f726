;; call-indirect.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $add: 88 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x54  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x41
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x43
    40:  add    w1, w1, w2                           ; wasm 0x45
    44:  mov    x0, x1                               ; wasm 0x46
    48:  mov    sp, x29
    4c:  ldp    x29, x30, [sp], #16
    50:  ret
    54:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 $sub: 88 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x54  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x49
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x4b
    40:  sub    w1, w1, w2                           ; wasm 0x4d
    44:  mov    x0, x1                               ; wasm 0x4e
    48:  mov    sp, x29
    4c:  ldp    x29, x30, [sp], #16
    50:  ret
    54:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2 (export "dispatch"): 204 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x40  // #64
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xbc  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  stur   x4, [x29, #-32]
    3c:  ldur   x1, [x29, #-24]                      ; wasm 0x51
    40:  ldur   x2, [x29, #-32]                      ; wasm 0x53
    44:  ldur   x3, [x29, #-16]                      ; wasm 0x55
    48:  stur   x1, [x29, #-40]                      ; wasm 0x57
    4c:  stur   x2, [x29, #-48]
    50:  ldr    x9, [x28, #104]
    54:  ldr    w10, [x9, #8]
    58:  cmp    w3, w10
    5c:  b.cs   0xc0  // b.hs, b.nlast
    60:  ldr    x9, [x9]
    64:  mov    w10, w3
    68:  lsl    x10, x10, #3
    6c:  ldr    x10, [x9, x10]
    70:  cmp    x10, #0x0
    74:  b.eq   0xc4  // b.none
    78:  ldr    x9, [x28, #16]
    7c:  ldr    w9, [x9]
    80:  ldr    w3, [x10, #16]
    84:  cmp    w3, w9
    88:  b.ne   0xc8  // b.any
    8c:  ldr    x9, [x10]
    90:  ldur   x2, [x29, #-40]
    94:  ldur   x3, [x29, #-48]
    98:  ldr    x0, [x10, #8]
    9c:  mov    x1, x28
    a0:  blr    x9
    a4:  ldur   x28, [x29, #-8]
    a8:  mov    x1, x0
    ac:  mov    x0, x1                               ; wasm 0x5a
    b0:  mov    sp, x29
    b4:  ldp    x29, x30, [sp], #16
    b8:  ret
    bc:  udf    #0                                   ; no operator; trap StackOverflow
    c0:  udf    #0                                   ; wasm 0x57; trap TableOutOfBounds
    c4:  udf    #0                                   ; trap IndirectCallToNull
    c8:  udf    #0                                   ; trap BadSignature
