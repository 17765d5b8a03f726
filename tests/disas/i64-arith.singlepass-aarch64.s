;; i64-arith.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 108 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x68  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x51
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x53
    40:  add    x1, x1, x2                           ; wasm 0x55
    44:  mov    x2, #0xcdef  // #52719               ; wasm 0x60
    48:  movk   x2, #0x89ab, lsl #16
    4c:  movk   x2, #0x4567, lsl #32
    50:  movk   x2, #0x123, lsl #48
    54:  mul    x1, x1, x2
    58:  mov    x0, x1                               ; wasm 0x61
    5c:  mov    sp, x29
    60:  ldp    x29, x30, [sp], #16
    64:  ret
    68:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "shifts"): 100 bytes, alignment 16
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
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x64
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x66
    40:  lsl    x1, x1, x2                           ; wasm 0x68
    44:  ldur   x2, [x29, #-16]                      ; wasm 0x69
    48:  ror    x2, x2, #13                          ; wasm 0x6d
    4c:  orr    x1, x1, x2                           ; wasm 0x6e
    50:  mov    x0, x1                               ; wasm 0x6f
    54:  mov    sp, x29
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2 (export "counts"): 104 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x64  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x72
    38:  clz    x1, x1                               ; wasm 0x74
    3c:  ldur   x2, [x29, #-16]                      ; wasm 0x75
    40:  fmov   d31, x2                              ; wasm 0x77
    44:  cnt    v31.8b, v31.8b
    48:  addv   b31, v31.8b
    4c:  fmov   w2, s31
    50:  add    x1, x1, x2                           ; wasm 0x78
    54:  mov    x0, x1                               ; wasm 0x79
    58:  mov    sp, x29
    5c:  ldp    x29, x30, [sp], #16
    60:  ret
    64:  udf    #0                                   ; no operator; trap StackOverflow

;; function 3 (export "compare"): 108 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x68  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x7c
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x7e
    40:  cmp    x1, x2                               ; wasm 0x80
    44:  cset   w1, gt
    48:  ldur   x2, [x29, #-16]                      ; wasm 0x81
    4c:  cmn    x2, #0x1                             ; wasm 0x85
    50:  cset   w2, ne  // ne = any
    54:  and    w1, w1, w2                           ; wasm 0x86
    58:  mov    x0, x1                               ; wasm 0x87
    5c:  mov    sp, x29
    60:  ldp    x29, x30, [sp], #16
    64:  ret
    68:  udf    #0                                   ; no operator; trap StackOverflow
