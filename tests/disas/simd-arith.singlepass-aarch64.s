;; simd-arith.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32x4_add_mul"): 112 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x50  // #80
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x6c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  stur   q1, [x29, #-40]
    38:  ldur   q0, [x29, #-24]                      ; wasm 0x72
    3c:  ldur   q1, [x29, #-40]                      ; wasm 0x74
    40:  add    v0.4s, v0.4s, v1.4s                  ; wasm 0x76
    44:  mov    x16, #0x1  // #1                     ; wasm 0x79
    48:  movk   x16, #0x2, lsl #32
    4c:  fmov   d1, x16
    50:  mov    x16, #0x3  // #3
    54:  movk   x16, #0x4, lsl #32
    58:  mov    v1.d[1], x16
    5c:  mul    v0.4s, v0.4s, v1.4s                  ; wasm 0x8b
    60:  mov    sp, x29                              ; wasm 0x8e
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "f32x4_fma_like"): 100 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x60  // #96
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x60  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  stur   q1, [x29, #-40]
    38:  stur   d2, [x29, #-56]
    3c:  ldur   q0, [x29, #-24]                      ; wasm 0x91
    40:  ldur   q1, [x29, #-40]                      ; wasm 0x93
    44:  fmul   v0.4s, v0.4s, v1.4s                  ; wasm 0x95
    48:  ldur   d1, [x29, #-56]                      ; wasm 0x98
    4c:  dup    v1.4s, v1.s[0]                       ; wasm 0x9a
    50:  fadd   v0.4s, v0.4s, v1.4s                  ; wasm 0x9c
    54:  mov    sp, x29                              ; wasm 0x9f
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2 (export "extract"): 96 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x40  // #64
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x5c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  ldur   q0, [x29, #-24]                      ; wasm 0xa2
    38:  mov    x1, v0.d[1]                          ; wasm 0xa4
    3c:  ldur   q0, [x29, #-24]                      ; wasm 0xa7
    40:  smov   w2, v0.b[3]                          ; wasm 0xa9
    44:  sxtw   x2, w2                               ; wasm 0xac
    48:  add    x1, x1, x2                           ; wasm 0xad
    4c:  mov    x0, x1                               ; wasm 0xae
    50:  mov    sp, x29
    54:  ldp    x29, x30, [sp], #16
    58:  ret
    5c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 3 (export "shuffle"): 132 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x50  // #80
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x80  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  stur   q1, [x29, #-40]
    38:  ldur   q0, [x29, #-24]                      ; wasm 0xb1
    3c:  ldur   q1, [x29, #-40]                      ; wasm 0xb3
    40:  mov    x16, #0x1100  // #4352               ; wasm 0xb5
    44:  movk   x16, #0x1302, lsl #16
    48:  movk   x16, #0x1504, lsl #32
    4c:  movk   x16, #0x1706, lsl #48
    50:  fmov   d29, x16
    54:  mov    x16, #0x1908  // #6408
    58:  movk   x16, #0x1b0a, lsl #16
    5c:  movk   x16, #0x1d0c, lsl #32
    60:  movk   x16, #0x1f0e, lsl #48
    64:  mov    v29.d[1], x16
    68:  mov    v30.16b, v0.16b
    6c:  mov    v31.16b, v1.16b
    70:  tbl    v0.16b, {v30.16b, v31.16b}, v29.16b
    74:  mov    sp, x29                              ; wasm 0xc7
    78:  ldp    x29, x30, [sp], #16
    7c:  ret
    80:  udf    #0                                   ; no operator; trap StackOverflow

;; function 4 (export "bitmask"): 144 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x50  // #80
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x8c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  stur   q1, [x29, #-40]
    38:  ldur   q0, [x29, #-24]                      ; wasm 0xca
    3c:  ldur   q1, [x29, #-40]                      ; wasm 0xcc
    40:  cmgt   v0.8h, v1.8h, v0.8h                  ; wasm 0xce
    44:  cmlt   v31.8h, v0.8h, #0                    ; wasm 0xd0
    48:  mov    x16, #0x1  // #1
    4c:  movk   x16, #0x2, lsl #16
    50:  movk   x16, #0x4, lsl #32
    54:  movk   x16, #0x8, lsl #48
    58:  fmov   d30, x16
    5c:  mov    x16, #0x10  // #16
    60:  movk   x16, #0x20, lsl #16
    64:  movk   x16, #0x40, lsl #32
    68:  movk   x16, #0x80, lsl #48
    6c:  mov    v30.d[1], x16
    70:  and    v31.16b, v31.16b, v30.16b
    74:  addv   h31, v31.8h
    78:  umov   w1, v31.h[0]
    7c:  mov    x0, x1                               ; wasm 0xd3
    80:  mov    sp, x29
    84:  ldp    x29, x30, [sp], #16
    88:  ret
    8c:  udf    #0                                   ; no operator; trap StackOverflow
