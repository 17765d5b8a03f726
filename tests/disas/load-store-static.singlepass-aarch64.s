;; load-store-static.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 92 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x58  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldr    x27, [x28, #248]
    38:  ldr    x27, [x27]
    3c:  ldur   x1, [x29, #-16]                      ; wasm 0xa6
    40:  mov    w10, w1                              ; wasm 0xa8
    44:  ldr    w1, [x27, x10]                       ; trap HeapOutOfBounds
    48:  mov    x0, x1                               ; wasm 0xab
    4c:  mov    sp, x29
    50:  ldp    x29, x30, [sp], #16
    54:  ret
    58:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "load_i64_offset"): 96 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x5c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldr    x27, [x28, #248]
    38:  ldr    x27, [x27]
    3c:  ldur   x1, [x29, #-16]                      ; wasm 0xae
    40:  mov    w10, w1                              ; wasm 0xb0
    44:  add    x16, x10, #0x10
    48:  ldr    x1, [x27, x16]                       ; trap HeapOutOfBounds
    4c:  mov    x0, x1                               ; wasm 0xb3
    50:  mov    sp, x29
    54:  ldp    x29, x30, [sp], #16
    58:  ret
    5c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2 (export "load8_s"): 96 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x5c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldr    x27, [x28, #248]
    38:  ldr    x27, [x27]
    3c:  ldur   x1, [x29, #-16]                      ; wasm 0xb6
    40:  mov    w10, w1                              ; wasm 0xb8
    44:  add    x16, x10, #0x3
    48:  ldrsb  w1, [x27, x16]                       ; trap HeapOutOfBounds
    4c:  mov    x0, x1                               ; wasm 0xbb
    50:  mov    sp, x29
    54:  ldp    x29, x30, [sp], #16
    58:  ret
    5c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 3 (export "load16_u_i64"): 92 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x58  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldr    x27, [x28, #248]
    38:  ldr    x27, [x27]
    3c:  ldur   x1, [x29, #-16]                      ; wasm 0xbe
    40:  mov    w10, w1                              ; wasm 0xc0
    44:  ldrh   w1, [x27, x10]                       ; trap HeapOutOfBounds
    48:  mov    x0, x1                               ; wasm 0xc3
    4c:  mov    sp, x29
    50:  ldp    x29, x30, [sp], #16
    54:  ret
    58:  udf    #0                                   ; no operator; trap StackOverflow

;; function 4 (export "load_far"): 104 bytes, alignment 16
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
    34:  ldr    x27, [x28, #248]
    38:  ldr    x27, [x27]
    3c:  ldur   x1, [x29, #-16]                      ; wasm 0xc6
    40:  mov    w10, w1                              ; wasm 0xc8
    44:  mov    x16, #0x10  // #16
    48:  movk   x16, #0x1, lsl #16
    4c:  add    x16, x16, x10
    50:  ldr    w1, [x27, x16]                       ; trap HeapOutOfBounds
    54:  mov    x0, x1                               ; wasm 0xcd
    58:  mov    sp, x29
    5c:  ldp    x29, x30, [sp], #16
    60:  ret
    64:  udf    #0                                   ; no operator; trap StackOverflow

;; function 5 (export "store_i32"): 96 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x5c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldr    x27, [x28, #248]
    3c:  ldr    x27, [x27]
    40:  ldur   x1, [x29, #-16]                      ; wasm 0xd0
    44:  ldur   x2, [x29, #-24]                      ; wasm 0xd2
    48:  mov    w10, w1                              ; wasm 0xd4
    4c:  str    w2, [x27, x10]                       ; trap HeapOutOfBounds
    50:  mov    sp, x29                              ; wasm 0xd7
    54:  ldp    x29, x30, [sp], #16
    58:  ret
    5c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 6 (export "store8"): 100 bytes, alignment 16
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
    38:  ldr    x27, [x28, #248]
    3c:  ldr    x27, [x27]
    40:  ldur   x1, [x29, #-16]                      ; wasm 0xda
    44:  ldur   x2, [x29, #-24]                      ; wasm 0xdc
    48:  mov    w10, w1                              ; wasm 0xde
    4c:  add    x16, x10, #0x1
    50:  strb   w2, [x27, x16]                       ; trap HeapOutOfBounds
    54:  mov    sp, x29                              ; wasm 0xe1
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; no operator; trap StackOverflow

;; function 7 (export "store_f64"): 100 bytes, alignment 16
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
    34:  stur   d0, [x29, #-24]
    38:  ldr    x27, [x28, #248]
    3c:  ldr    x27, [x27]
    40:  ldur   x1, [x29, #-16]                      ; wasm 0xe4
    44:  ldur   d0, [x29, #-24]                      ; wasm 0xe6
    48:  mov    w10, w1                              ; wasm 0xe8
    4c:  add    x16, x10, #0x8
    50:  str    d0, [x27, x16]                       ; trap HeapOutOfBounds
    54:  mov    sp, x29                              ; wasm 0xeb
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; no operator; trap StackOverflow

;; function 8 (export "copy_word"): 104 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x64  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldr    x27, [x28, #248]
    3c:  ldr    x27, [x27]
    40:  ldur   x1, [x29, #-24]                      ; wasm 0xee
    44:  ldur   x2, [x29, #-16]                      ; wasm 0xf0
    48:  mov    w10, w2                              ; wasm 0xf2
    4c:  ldr    x2, [x27, x10]                       ; trap HeapOutOfBounds
    50:  mov    w10, w1                              ; wasm 0xf5
    54:  str    x2, [x27, x10]                       ; trap HeapOutOfBounds
    58:  mov    sp, x29                              ; wasm 0xf8
    5c:  ldp    x29, x30, [sp], #16
    60:  ret
    64:  udf    #0                                   ; no operator; trap StackOverflow
