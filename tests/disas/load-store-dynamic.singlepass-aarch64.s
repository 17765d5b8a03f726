;; load-store-dynamic.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks dynamic, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 112 bytes, alignment 16
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
    34:  ldur   x1, [x29, #-16]                      ; wasm 0xa6
    38:  mov    w10, w1                              ; wasm 0xa8
    3c:  ldr    x9, [x28, #248]
    40:  ldr    x17, [x9, #8]
    44:  add    x16, x10, #0x4
    48:  cmp    x16, x17
    4c:  b.hi   0x6c  // b.pmore
    50:  ldr    x9, [x9]
    54:  ldr    w1, [x9, x10]                        ; trap HeapOutOfBounds
    58:  mov    x0, x1                               ; wasm 0xab
    5c:  mov    sp, x29
    60:  ldp    x29, x30, [sp], #16
    64:  ret
    68:  udf    #0                                   ; no operator; trap StackOverflow
    6c:  udf    #0                                   ; wasm 0xa8; trap HeapOutOfBounds

;; function 1 (export "load_i64_offset"): 116 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x6c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0xae
    38:  mov    w10, w1                              ; wasm 0xb0
    3c:  ldr    x9, [x28, #248]
    40:  ldr    x17, [x9, #8]
    44:  add    x16, x10, #0x18
    48:  cmp    x16, x17
    4c:  b.hi   0x70  // b.pmore
    50:  ldr    x9, [x9]
    54:  add    x16, x10, #0x10
    58:  ldr    x1, [x9, x16]                        ; trap HeapOutOfBounds
    5c:  mov    x0, x1                               ; wasm 0xb3
    60:  mov    sp, x29
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  udf    #0                                   ; no operator; trap StackOverflow
    70:  udf    #0                                   ; wasm 0xb0; trap HeapOutOfBounds

;; function 2 (export "load8_s"): 116 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x6c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0xb6
    38:  mov    w10, w1                              ; wasm 0xb8
    3c:  ldr    x9, [x28, #248]
    40:  ldr    x17, [x9, #8]
    44:  add    x16, x10, #0x4
    48:  cmp    x16, x17
    4c:  b.hi   0x70  // b.pmore
    50:  ldr    x9, [x9]
    54:  add    x16, x10, #0x3
    58:  ldrsb  w1, [x9, x16]                        ; trap HeapOutOfBounds
    5c:  mov    x0, x1                               ; wasm 0xbb
    60:  mov    sp, x29
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  udf    #0                                   ; no operator; trap StackOverflow
    70:  udf    #0                                   ; wasm 0xb8; trap HeapOutOfBounds

;; function 3 (export "load16_u_i64"): 112 bytes, alignment 16
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
    34:  ldur   x1, [x29, #-16]                      ; wasm 0xbe
    38:  mov    w10, w1                              ; wasm 0xc0
    3c:  ldr    x9, [x28, #248]
    40:  ldr    x17, [x9, #8]
    44:  add    x16, x10, #0x2
    48:  cmp    x16, x17
    4c:  b.hi   0x6c  // b.pmore
    50:  ldr    x9, [x9]
    54:  ldrh   w1, [x9, x10]                        ; trap HeapOutOfBounds
    58:  mov    x0, x1                               ; wasm 0xc3
    5c:  mov    sp, x29
    60:  ldp    x29, x30, [sp], #16
    64:  ret
    68:  udf    #0                                   ; no operator; trap StackOverflow
    6c:  udf    #0                                   ; wasm 0xc0; trap HeapOutOfBounds

;; function 4 (export "load_far"): 132 bytes, alignment 16
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
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0xc6
    38:  mov    w10, w1                              ; wasm 0xc8
    3c:  ldr    x9, [x28, #248]
    40:  ldr    x17, [x9, #8]
    44:  mov    x16, #0x14  // #20
    48:  movk   x16, #0x1, lsl #16
    4c:  add    x16, x16, x10
    50:  cmp    x16, x17
    54:  b.hi   0x80  // b.pmore
    58:  ldr    x9, [x9]
    5c:  mov    x16, #0x10  // #16
    60:  movk   x16, #0x1, lsl #16
    64:  add    x16, x16, x10
    68:  ldr    w1, [x9, x16]                        ; trap HeapOutOfBounds
    6c:  mov    x0, x1                               ; wasm 0xcd
    70:  mov    sp, x29
    74:  ldp    x29, x30, [sp], #16
    78:  ret
    7c:  udf    #0                                   ; no operator; trap StackOverflow
    80:  udf    #0                                   ; wasm 0xc8; trap HeapOutOfBounds

;; function 5 (export "store_i32"): 116 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x6c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0xd0
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0xd2
    40:  mov    w10, w1                              ; wasm 0xd4
    44:  ldr    x9, [x28, #248]
    48:  ldr    x17, [x9, #8]
    4c:  add    x16, x10, #0x4
    50:  cmp    x16, x17
    54:  b.hi   0x70  // b.pmore
    58:  ldr    x9, [x9]
    5c:  str    w2, [x9, x10]                        ; trap HeapOutOfBounds
    60:  mov    sp, x29                              ; wasm 0xd7
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  udf    #0                                   ; no operator; trap StackOverflow
    70:  udf    #0                                   ; wasm 0xd4; trap HeapOutOfBounds

;; function 6 (export "store8"): 120 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x70  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0xda
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0xdc
    40:  mov    w10, w1                              ; wasm 0xde
    44:  ldr    x9, [x28, #248]
    48:  ldr    x17, [x9, #8]
    4c:  add    x16, x10, #0x2
    50:  cmp    x16, x17
    54:  b.hi   0x74  // b.pmore
    58:  ldr    x9, [x9]
    5c:  add    x16, x10, #0x1
    60:  strb   w2, [x9, x16]                        ; trap HeapOutOfBounds
    64:  mov    sp, x29                              ; wasm 0xe1
    68:  ldp    x29, x30, [sp], #16
    6c:  ret
    70:  udf    #0                                   ; no operator; trap StackOverflow
    74:  udf    #0                                   ; wasm 0xde; trap HeapOutOfBounds

;; function 7 (export "store_f64"): 120 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x70  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   d0, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0xe4
    3c:  ldur   d0, [x29, #-24]                      ; wasm 0xe6
    40:  mov    w10, w1                              ; wasm 0xe8
    44:  ldr    x9, [x28, #248]
    48:  ldr    x17, [x9, #8]
    4c:  add    x16, x10, #0x10
    50:  cmp    x16, x17
    54:  b.hi   0x74  // b.pmore
    58:  ldr    x9, [x9]
    5c:  add    x16, x10, #0x8
    60:  str    d0, [x9, x16]                        ; trap HeapOutOfBounds
    64:  mov    sp, x29                              ; wasm 0xeb
    68:  ldp    x29, x30, [sp], #16
    6c:  ret
    70:  udf    #0                                   ; no operator; trap StackOverflow
    74:  udf    #0                                   ; wasm 0xe8; trap HeapOutOfBounds

;; function 8 (export "copy_word"): 152 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x8c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-24]                      ; wasm 0xee
    3c:  ldur   x2, [x29, #-16]                      ; wasm 0xf0
    40:  mov    w10, w2                              ; wasm 0xf2
    44:  ldr    x9, [x28, #248]
    48:  ldr    x17, [x9, #8]
    4c:  add    x16, x10, #0x8
    50:  cmp    x16, x17
    54:  b.hi   0x90  // b.pmore
    58:  ldr    x9, [x9]
    5c:  ldr    x2, [x9, x10]                        ; trap HeapOutOfBounds
    60:  mov    w10, w1                              ; wasm 0xf5
    64:  ldr    x9, [x28, #248]
    68:  ldr    x17, [x9, #8]
    6c:  add    x16, x10, #0x8
    70:  cmp    x16, x17
    74:  b.hi   0x94  // b.pmore
    78:  ldr    x9, [x9]
    7c:  str    x2, [x9, x10]                        ; trap HeapOutOfBounds
    80:  mov    sp, x29                              ; wasm 0xf8
    84:  ldp    x29, x30, [sp], #16
    88:  ret
    8c:  udf    #0                                   ; no operator; trap StackOverflow
    90:  udf    #0                                   ; wasm 0xf2; trap HeapOutOfBounds
    94:  udf    #0                                   ; wasm 0xf5; trap HeapOutOfBounds
