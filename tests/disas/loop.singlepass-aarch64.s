;; loop.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "sum_to"): 132 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x80  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   xzr, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x3b
    3c:  cmp    w1, #0x0                             ; wasm 0x3d
    40:  cset   w1, eq  // eq = none
    44:  cmp    w1, #0x0                             ; wasm 0x3e
    48:  b.ne   0x6c  // b.any
    4c:  ldur   x1, [x29, #-24]                      ; wasm 0x40
    50:  ldur   x2, [x29, #-16]                      ; wasm 0x42
    54:  add    w1, w1, w2                           ; wasm 0x44
    58:  stur   x1, [x29, #-24]                      ; wasm 0x45
    5c:  ldur   x1, [x29, #-16]                      ; wasm 0x47
    60:  sub    w1, w1, #0x1                         ; wasm 0x4b
    64:  stur   x1, [x29, #-16]                      ; wasm 0x4c
    68:  b      0x38                                 ; wasm 0x4e
    6c:  ldur   x1, [x29, #-24]                      ; wasm 0x52
    70:  mov    x0, x1                               ; wasm 0x54
    74:  mov    sp, x29
    78:  ldp    x29, x30, [sp], #16
    7c:  ret
    80:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "nested"): 164 bytes, alignment 16
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
    38:  stur   xzr, [x29, #-40]
    3c:  stur   xzr, [x29, #-32]
    40:  ldur   x1, [x29, #-24]                      ; wasm 0x5b
    44:  stur   x1, [x29, #-40]                      ; wasm 0x5d
    48:  ldur   x1, [x29, #-40]                      ; wasm 0x61
    4c:  sub    w1, w1, #0x1                         ; wasm 0x65
    50:  stur   x1, [x29, #-40]                      ; wasm 0x66
    54:  ldur   x1, [x29, #-40]                      ; wasm 0x68
    58:  cmp    w1, #0x0                             ; wasm 0x6c
    5c:  cset   w1, gt
    60:  cmp    w1, #0x0                             ; wasm 0x6d
    64:  b.ne   0x48  // b.any
    68:  ldur   x1, [x29, #-32]                      ; wasm 0x70
    6c:  add    w1, w1, #0x1                         ; wasm 0x74
    70:  stur   x1, [x29, #-32]                      ; wasm 0x75
    74:  ldur   x1, [x29, #-32]                      ; wasm 0x77
    78:  ldur   x2, [x29, #-16]                      ; wasm 0x79
    7c:  cmp    w1, w2                               ; wasm 0x7b
    80:  cset   w1, cc  // cc = lo, ul, last
    84:  cmp    w1, #0x0                             ; wasm 0x7c
    88:  b.ne   0x40  // b.any
    8c:  ldur   x1, [x29, #-32]                      ; wasm 0x7f
    90:  mov    x0, x1                               ; wasm 0x81
    94:  mov    sp, x29
    98:  ldp    x29, x30, [sp], #16
    9c:  ret
    a0:  udf    #0                                   ; no operator; trap StackOverflow
