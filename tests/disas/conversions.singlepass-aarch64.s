;; conversions.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "trunc_f32_s"): 128 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x74  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  ldur   d0, [x29, #-16]                      ; wasm 0x9e
    38:  fcmp   s0, s0                               ; wasm 0xa0
    3c:  b.vs   0x78
    40:  mov    w16, #0xcf000000  // #-822083584
    44:  fmov   s31, w16
    48:  fcmp   s0, s31
    4c:  b.mi   0x7c  // b.first
    50:  mov    w16, #0x4f000000  // #1325400064
    54:  fmov   s31, w16
    58:  fcmp   s0, s31
    5c:  b.ge   0x7c  // b.tcont
    60:  fcvtzs w1, s0
    64:  mov    x0, x1                               ; wasm 0xa1
    68:  mov    sp, x29
    6c:  ldp    x29, x30, [sp], #16
    70:  ret
    74:  udf    #0                                   ; no operator; trap StackOverflow
    78:  udf    #0                                   ; wasm 0xa0; trap BadConversionToInteger
    7c:  udf    #0                                   ; trap IntegerOverflow

;; function 1 (export "trunc_f64_u"): 128 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x74  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  ldur   d0, [x29, #-16]                      ; wasm 0xa4
    38:  fcmp   d0, d0                               ; wasm 0xa6
    3c:  b.vs   0x78
    40:  mov    x16, #0xbff0000000000000  // #-4616189618054758400
    44:  fmov   d31, x16
    48:  fcmp   d0, d31
    4c:  b.ls   0x7c  // b.plast
    50:  mov    x16, #0x43f0000000000000  // #4895412794951729152
    54:  fmov   d31, x16
    58:  fcmp   d0, d31
    5c:  b.ge   0x7c  // b.tcont
    60:  fcvtzu x1, d0
    64:  mov    x0, x1                               ; wasm 0xa7
    68:  mov    sp, x29
    6c:  ldp    x29, x30, [sp], #16
    70:  ret
    74:  udf    #0                                   ; no operator; trap StackOverflow
    78:  udf    #0                                   ; wasm 0xa6; trap BadConversionToInteger
    7c:  udf    #0                                   ; trap IntegerOverflow

;; function 2 (export "trunc_sat"): 80 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x4c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  ldur   d0, [x29, #-16]                      ; wasm 0xaa
    38:  fcvtzu w1, d0                               ; wasm 0xac
    3c:  mov    x0, x1                               ; wasm 0xae
    40:  mov    sp, x29
    44:  ldp    x29, x30, [sp], #16
    48:  ret
    4c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 3 (export "convert_u64"): 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x48  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0xb1
    38:  ucvtf  d0, x1                               ; wasm 0xb3
    3c:  mov    sp, x29                              ; wasm 0xb4
    40:  ldp    x29, x30, [sp], #16
    44:  ret
    48:  udf    #0                                   ; no operator; trap StackOverflow

;; function 4 (export "demote_promote"): 80 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x4c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  ldur   d0, [x29, #-16]                      ; wasm 0xb7
    38:  fcvt   s0, d0                               ; wasm 0xb9
    3c:  fcvt   d0, s0                               ; wasm 0xba
    40:  mov    sp, x29                              ; wasm 0xbb
    44:  ldp    x29, x30, [sp], #16
    48:  ret
    4c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 5 (export "wrap_extend"): 84 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x50  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0xbe
    38:  mov    w1, w1                               ; wasm 0xc0
    3c:  sxtw   x1, w1                               ; wasm 0xc1
    40:  mov    x0, x1                               ; wasm 0xc2
    44:  mov    sp, x29
    48:  ldp    x29, x30, [sp], #16
    4c:  ret
    50:  udf    #0                                   ; no operator; trap StackOverflow

;; function 6 (export "reinterpret"): 80 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x4c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  ldur   d0, [x29, #-16]                      ; wasm 0xc5
    38:  fmov   w1, s0                               ; wasm 0xc7
    3c:  mov    x0, x1                               ; wasm 0xc8
    40:  mov    sp, x29
    44:  ldp    x29, x30, [sp], #16
    48:  ret
    4c:  udf    #0                                   ; no operator; trap StackOverflow
