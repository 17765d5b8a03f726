;; call-indirect-subtype.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0: 172 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x30
    14:  cmp    sp, x16
    18:  b.cc   0x9c  // b.lo, b.ul, b.last
    1c:  str    x21, [sp, #-16]!
    20:  stp    x19, x20, [sp, #-16]!
    24:  mov    x20, x4
    28:  mov    x21, x2
    2c:  ldr    x15, [x2, #56]                       ; wasm 0x2d
    30:  ldr    w0, [x15, #8]
    34:  cbz    w0, 0xa0
    38:  ldr    x0, [x15]
    3c:  ldr    x19, [x0]
    40:  cbz    x19, 0xa4
    44:  ldr    w0, [x19, #16]
    48:  ldr    x1, [x2, #16]
    4c:  ldr    w2, [x1]
    50:  cmp    w0, w2
    54:  b.ne   0x7c  // b.any
    58:  ldr    x0, [x19]
    5c:  ldr    x2, [x19, #8]
    60:  mov    x3, x21
    64:  mov    x4, x20
    68:  blr    x0
    6c:  ldp    x19, x20, [sp], #16                  ; wasm 0x30
    70:  ldr    x21, [sp], #16
    74:  ldp    x29, x30, [sp], #16
    78:  ret
    7c:  mov    x0, x21
    80:  ldr    x0, [x0, #8]                         ; wasm 0x2d
    84:  ldr    x3, [x0, #88]
    88:  mov    x0, x21
    8c:  mov    x1, x19
    90:  blr    x3
    94:  cbz    x0, 0xa8
    98:  b      0x58
    9c:  udf    #49439                               ; trap StackOverflow
    a0:  udf    #49439                               ; trap TableOutOfBounds
    a4:  udf    #49439                               ; trap IndirectCallToNull
    a8:  udf    #49439                               ; trap BadSignature
