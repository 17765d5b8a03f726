;; table-ops.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 64 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x10  // #16
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x3c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  mov    sp, x29                              ; wasm 0x7f
    34:  ldp    x29, x30, [sp], #16
    38:  ret
    3c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "get_is_null"): 120 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x70  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x82
    38:  ldr    x9, [x28, #176]                      ; wasm 0x84
    3c:  ldr    w10, [x9, #8]
    40:  cmp    w1, w10
    44:  b.cs   0x74  // b.hs, b.nlast
    48:  ldr    x9, [x9]
    4c:  mov    w10, w1
    50:  lsl    x10, x10, #3
    54:  ldr    x1, [x9, x10]
    58:  cmp    x1, #0x0                             ; wasm 0x86
    5c:  cset   w1, eq  // eq = none
    60:  mov    x0, x1                               ; wasm 0x87
    64:  mov    sp, x29
    68:  ldp    x29, x30, [sp], #16
    6c:  ret
    70:  udf    #0                                   ; no operator; trap StackOverflow
    74:  udf    #0                                   ; wasm 0x84; trap TableOutOfBounds

;; function 2 (export "set_func"): 112 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x68  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x8a
    38:  add    x2, x28, #0x20                       ; wasm 0x8c
    3c:  ldr    x9, [x28, #176]                      ; wasm 0x8e
    40:  ldr    w10, [x9, #8]
    44:  cmp    w1, w10
    48:  b.cs   0x6c  // b.hs, b.nlast
    4c:  ldr    x9, [x9]
    50:  mov    w10, w1
    54:  lsl    x10, x10, #3
    58:  str    x2, [x9, x10]
    5c:  mov    sp, x29                              ; wasm 0x90
    60:  ldp    x29, x30, [sp], #16
    64:  ret
    68:  udf    #0                                   ; no operator; trap StackOverflow
    6c:  udf    #0                                   ; wasm 0x8e; trap TableOutOfBounds

;; function 3 (export "set_extern"): 112 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x68  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x95
    38:  mov    w2, #0x0  // #0                      ; wasm 0x97
    3c:  ldr    x9, [x28, #184]
    40:  ldr    w10, [x9, #8]
    44:  cmp    w2, w10
    48:  b.cs   0x6c  // b.hs, b.nlast
    4c:  ldr    x9, [x9]
    50:  mov    w10, w2
    54:  lsl    x10, x10, #3
    58:  str    x1, [x9, x10]
    5c:  mov    sp, x29                              ; wasm 0x99
    60:  ldp    x29, x30, [sp], #16
    64:  ret
    68:  udf    #0                                   ; no operator; trap StackOverflow
    6c:  udf    #0                                   ; wasm 0x97; trap TableOutOfBounds

;; function 4 (export "size_grow"): 128 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x7c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  ldr    x9, [x28, #176]                      ; wasm 0x9c
    34:  ldr    w1, [x9, #8]
    38:  stur   x1, [x29, #-16]                      ; wasm 0xa3
    3c:  mov    x0, x28
    40:  mov    x1, #0x0  // #0
    44:  mov    x2, #0x0  // #0
    48:  mov    w3, #0x1  // #1
    4c:  mov    w3, w3
    50:  ldr    x9, [x28, #8]
    54:  ldr    x9, [x9, #40]
    58:  blr    x9
    5c:  ldur   x28, [x29, #-8]
    60:  mov    w1, w0
    64:  ldur   x2, [x29, #-16]                      ; wasm 0xa6
    68:  add    w2, w2, w1
    6c:  mov    x0, x2                               ; wasm 0xa7
    70:  mov    sp, x29
    74:  ldp    x29, x30, [sp], #16
    78:  ret
    7c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 5 (export "fill"): 144 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x88  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0xaa
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0xae
    40:  stur   x1, [x29, #-32]                      ; wasm 0xb0
    44:  stur   x2, [x29, #-48]
    48:  mov    x0, x28
    4c:  mov    x1, #0x0  // #0
    50:  ldur   x2, [x29, #-32]
    54:  mov    w2, w2
    58:  mov    x3, #0x0  // #0
    5c:  ldur   x4, [x29, #-48]
    60:  mov    w4, w4
    64:  ldr    x9, [x28, #8]
    68:  ldr    x9, [x9, #48]
    6c:  blr    x9
    70:  ldur   x28, [x29, #-8]
    74:  cmp    w0, #0x0
    78:  b.ne   0x8c  // b.any
    7c:  mov    sp, x29                              ; wasm 0xb3
    80:  ldp    x29, x30, [sp], #16
    84:  ret
    88:  udf    #0                                   ; no operator; trap StackOverflow
    8c:  udf    #0                                   ; wasm 0xb0; trap TableOutOfBounds
