;; relaxed-native.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false, relaxed_simd native

;; function 0: 96 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x70  // #112
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x5c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  stur   q1, [x29, #-40]
    38:  stur   q2, [x29, #-56]
    3c:  ldur   q0, [x29, #-24]                      ; wasm 0x2d
    40:  ldur   q1, [x29, #-40]                      ; wasm 0x2f
    44:  ldur   q2, [x29, #-56]                      ; wasm 0x31
    48:  fmla   v2.4s, v0.4s, v1.4s                  ; wasm 0x33
    4c:  mov    v0.16b, v2.16b                       ; wasm 0x36
    50:  mov    sp, x29
    54:  ldp    x29, x30, [sp], #16
    58:  ret
    5c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1: 96 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x70  // #112
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x5c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  stur   q1, [x29, #-40]
    38:  stur   q2, [x29, #-56]
    3c:  ldur   q0, [x29, #-24]                      ; wasm 0x39
    40:  ldur   q1, [x29, #-40]                      ; wasm 0x3b
    44:  ldur   q2, [x29, #-56]                      ; wasm 0x3d
    48:  fmls   v2.2d, v0.2d, v1.2d                  ; wasm 0x3f
    4c:  mov    v0.16b, v2.16b                       ; wasm 0x42
    50:  mov    sp, x29
    54:  ldp    x29, x30, [sp], #16
    58:  ret
    5c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2: 88 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x50  // #80
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x54  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  stur   q1, [x29, #-40]
    38:  ldur   q0, [x29, #-24]                      ; wasm 0x45
    3c:  ldur   q1, [x29, #-40]                      ; wasm 0x47
    40:  mov    v31.16b, v0.16b                      ; wasm 0x49
    44:  tbl    v0.16b, {v31.16b}, v1.16b
    48:  mov    sp, x29                              ; wasm 0x4c
    4c:  ldp    x29, x30, [sp], #16
    50:  ret
    54:  udf    #0                                   ; no operator; trap StackOverflow

;; function 3: 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x48  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  ldur   q0, [x29, #-24]                      ; wasm 0x4f
    38:  fcvtzs v0.4s, v0.4s                         ; wasm 0x51
    3c:  mov    sp, x29                              ; wasm 0x54
    40:  ldp    x29, x30, [sp], #16
    44:  ret
    48:  udf    #0                                   ; no operator; trap StackOverflow

;; function 4: 92 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x70  // #112
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x58  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  stur   q1, [x29, #-40]
    38:  stur   q2, [x29, #-56]
    3c:  ldur   q0, [x29, #-24]                      ; wasm 0x57
    40:  ldur   q1, [x29, #-40]                      ; wasm 0x59
    44:  ldur   q2, [x29, #-56]                      ; wasm 0x5b
    48:  bif    v0.16b, v1.16b, v2.16b               ; wasm 0x5d
    4c:  mov    sp, x29                              ; wasm 0x60
    50:  ldp    x29, x30, [sp], #16
    54:  ret
    58:  udf    #0                                   ; no operator; trap StackOverflow

;; function 5: 84 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x50  // #80
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x50  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  stur   q1, [x29, #-40]
    38:  ldur   q0, [x29, #-24]                      ; wasm 0x63
    3c:  ldur   q1, [x29, #-40]                      ; wasm 0x65
    40:  fmin   v0.4s, v0.4s, v1.4s                  ; wasm 0x67
    44:  mov    sp, x29                              ; wasm 0x6a
    48:  ldp    x29, x30, [sp], #16
    4c:  ret
    50:  udf    #0                                   ; no operator; trap StackOverflow

;; function 6: 84 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x50  // #80
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x50  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  stur   q1, [x29, #-40]
    38:  ldur   q0, [x29, #-24]                      ; wasm 0x6d
    3c:  ldur   q1, [x29, #-40]                      ; wasm 0x6f
    40:  sqrdmulh v0.8h, v0.8h, v1.8h                ; wasm 0x71
    44:  mov    sp, x29                              ; wasm 0x74
    48:  ldp    x29, x30, [sp], #16
    4c:  ret
    50:  udf    #0                                   ; no operator; trap StackOverflow

;; function 7: 264 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x70  // #112
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x104  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  stur   q1, [x29, #-40]
    38:  stur   q2, [x29, #-56]
    3c:  ldur   q0, [x29, #-24]                      ; wasm 0x77
    40:  ldur   q1, [x29, #-40]                      ; wasm 0x79
    44:  ldur   q2, [x29, #-56]                      ; wasm 0x7b
    48:  mov    x16, #0x200  // #512                 ; wasm 0x7d
    4c:  movk   x16, #0x604, lsl #16
    50:  movk   x16, #0xa08, lsl #32
    54:  movk   x16, #0xe0c, lsl #48
    58:  fmov   d29, x16
    5c:  mov    x16, #0x301  // #769
    60:  movk   x16, #0x705, lsl #16
    64:  movk   x16, #0xb09, lsl #32
    68:  movk   x16, #0xf0d, lsl #48
    6c:  mov    v29.d[1], x16
    70:  mov    v30.16b, v0.16b
    74:  mov    v31.16b, v1.16b
    78:  tbl    v0.16b, {v30.16b, v31.16b}, v29.16b
    7c:  mov    x16, #0x200  // #512
    80:  movk   x16, #0x604, lsl #16
    84:  movk   x16, #0xa08, lsl #32
    88:  movk   x16, #0xe0c, lsl #48
    8c:  fmov   d29, x16
    90:  mov    x16, #0x301  // #769
    94:  movk   x16, #0x705, lsl #16
    98:  movk   x16, #0xb09, lsl #32
    9c:  movk   x16, #0xf0d, lsl #48
    a0:  mov    v29.d[1], x16
    a4:  mov    v30.16b, v1.16b
    a8:  mov    v31.16b, v0.16b
    ac:  tbl    v1.16b, {v30.16b, v31.16b}, v29.16b
    b0:  mov    x16, #0x1110  // #4368
    b4:  movk   x16, #0x1312, lsl #16
    b8:  movk   x16, #0x1514, lsl #32
    bc:  movk   x16, #0x1716, lsl #48
    c0:  fmov   d29, x16
    c4:  mov    x16, #0x1918  // #6424
    c8:  movk   x16, #0x1b1a, lsl #16
    cc:  movk   x16, #0x1d1c, lsl #32
    d0:  movk   x16, #0x1f1e, lsl #48
    d4:  mov    v29.d[1], x16
    d8:  mov    v30.16b, v3.16b
    dc:  mov    v31.16b, v0.16b
    e0:  tbl    v3.16b, {v30.16b, v31.16b}, v29.16b
    e4:  smull  v0.8h, v0.8b, v1.8b
    e8:  smull2 v3.8h, v3.16b, v1.16b
    ec:  add    v0.8h, v0.8h, v3.8h
    f0:  saddlp v0.4s, v0.8h
    f4:  add    v0.4s, v0.4s, v2.4s
    f8:  mov    sp, x29                              ; wasm 0x80
    fc:  ldp    x29, x30, [sp], #16
   100:  ret
   104:  udf    #0                                   ; no operator; trap StackOverflow
