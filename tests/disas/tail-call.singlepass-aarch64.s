;; tail-call.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 92 bytes, alignment 16
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
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x20
    38:  add    w1, w1, #0x1                         ; wasm 0x24
    3c:  stur   x1, [x29, #-24]                      ; wasm 0x25
    40:  ldur   x2, [x29, #-24]
    44:  mov    x0, x28
    48:  mov    x1, x28
    4c:  mov    sp, x29
    50:  ldp    x29, x30, [sp], #16
    54:  b      0x54                                 ; reloc Arm64Call -> function 1, addend 0
    58:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 $g: 168 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x98  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x2a
    38:  mov    w2, #0x0  // #0                      ; wasm 0x2e
    3c:  stur   x1, [x29, #-24]
    40:  ldr    x9, [x28, #80]
    44:  ldr    w10, [x9, #8]
    48:  cmp    w2, w10
    4c:  b.cs   0x9c  // b.hs, b.nlast
    50:  ldr    x9, [x9]
    54:  mov    w10, w2
    58:  lsl    x10, x10, #3
    5c:  ldr    x10, [x9, x10]
    60:  cmp    x10, #0x0
    64:  b.eq   0xa0  // b.none
    68:  ldr    x9, [x28, #16]
    6c:  ldr    w9, [x9]
    70:  ldr    w2, [x10, #16]
    74:  cmp    w2, w9
    78:  b.ne   0xa4  // b.any
    7c:  ldr    x9, [x10]
    80:  ldur   x2, [x29, #-24]
    84:  ldr    x0, [x10, #8]
    88:  mov    x1, x28
    8c:  mov    sp, x29
    90:  ldp    x29, x30, [sp], #16
    94:  br     x9
    98:  udf    #0                                   ; no operator; trap StackOverflow
    9c:  udf    #0                                   ; wasm 0x2e; trap TableOutOfBounds
    a0:  udf    #0                                   ; trap IndirectCallToNull
    a4:  udf    #0                                   ; trap BadSignature
