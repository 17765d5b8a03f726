;; if-else.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "abs_or_default"): 152 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x94  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x3b
    38:  cmp    w1, #0x0                             ; wasm 0x3f
    3c:  cset   w1, lt  // lt = tstop
    40:  cmp    w1, #0x0                             ; wasm 0x40
    44:  b.eq   0x5c  // b.none
    48:  ldur   x1, [x29, #-16]                      ; wasm 0x44
    4c:  mov    w2, #0x0  // #0                      ; wasm 0x46
    50:  sub    w2, w2, w1
    54:  stur   x2, [x29, #-24]                      ; wasm 0x47
    58:  b      0x84
    5c:  ldur   x1, [x29, #-16]                      ; wasm 0x48
    60:  cmp    w1, #0x0                             ; wasm 0x4a
    64:  b.eq   0x74  // b.none
    68:  ldur   x1, [x29, #-16]                      ; wasm 0x4c
    6c:  stur   x1, [x29, #-24]                      ; wasm 0x4e
    70:  b      0x84
    74:  mov    w0, #0x63  // #99                    ; wasm 0x52
    78:  mov    sp, x29
    7c:  ldp    x29, x30, [sp], #16
    80:  ret
    84:  ldur   x0, [x29, #-24]                      ; wasm 0x55
    88:  mov    sp, x29
    8c:  ldp    x29, x30, [sp], #16
    90:  ret
    94:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "clamp"): 160 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x9c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  ldur   d0, [x29, #-16]                      ; wasm 0x58
    38:  mov    x16, #0x3ff0000000000000  // #4607182418800017408 ; wasm 0x63
    3c:  fmov   d1, x16
    40:  fcmp   d0, d1
    44:  cset   w1, gt
    48:  cmp    w1, #0x0                             ; wasm 0x64
    4c:  b.eq   0x64  // b.none
    50:  mov    x16, #0x3ff0000000000000  // #4607182418800017408 ; wasm 0x6f
    54:  fmov   d0, x16
    58:  mov    sp, x29
    5c:  ldp    x29, x30, [sp], #16
    60:  ret
    64:  ldur   d0, [x29, #-16]                      ; wasm 0x71
    68:  fmov   d1, xzr                              ; wasm 0x7c
    6c:  fcmp   d0, d1
    70:  cset   w1, mi  // mi = first
    74:  cmp    w1, #0x0                             ; wasm 0x7d
    78:  b.eq   0x8c  // b.none
    7c:  fmov   d0, xzr                              ; wasm 0x88
    80:  mov    sp, x29
    84:  ldp    x29, x30, [sp], #16
    88:  ret
    8c:  ldur   d0, [x29, #-16]                      ; wasm 0x8a
    90:  mov    sp, x29                              ; wasm 0x8c
    94:  ldp    x29, x30, [sp], #16
    98:  ret
    9c:  udf    #0                                   ; no operator; trap StackOverflow
