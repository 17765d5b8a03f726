;; call-ref.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 160 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x98  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-24]                      ; wasm 0x22
    3c:  ldur   x2, [x29, #-16]                      ; wasm 0x24
    40:  cmp    x2, #0x0                             ; wasm 0x26
    44:  b.ne   0x4c  // b.any
    48:  b      0x88
    4c:  stur   x1, [x29, #-32]                      ; wasm 0x28
    50:  mov    x10, x2
    54:  cmp    x10, #0x0
    58:  b.eq   0x9c  // b.none
    5c:  ldr    x9, [x10]
    60:  ldur   x2, [x29, #-32]
    64:  ldr    x0, [x10, #8]
    68:  mov    x1, x28
    6c:  blr    x9
    70:  ldur   x28, [x29, #-8]
    74:  mov    x1, x0
    78:  mov    x0, x1                               ; wasm 0x2a
    7c:  mov    sp, x29
    80:  ldp    x29, x30, [sp], #16
    84:  ret
    88:  mov    w0, #0xffffffff  // #-1              ; wasm 0x2e
    8c:  mov    sp, x29
    90:  ldp    x29, x30, [sp], #16
    94:  ret
    98:  udf    #0                                   ; no operator; trap StackOverflow
    9c:  udf    #0                                   ; wasm 0x28; trap NullFunctionReference
