;; memory64.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load"): 120 bytes, alignment 16
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
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x6d
    38:  ldr    x9, [x28, #160]                      ; wasm 0x6f
    3c:  ldr    x17, [x9, #8]
    40:  mov    x16, #0x4  // #4
    44:  adds   x16, x16, x1
    48:  b.cs   0x74  // b.hs, b.nlast
    4c:  cmp    x16, x17
    50:  b.hi   0x74  // b.pmore
    54:  ldr    x9, [x9]
    58:  mov    x10, x1
    5c:  ldr    w1, [x9, x10]                        ; trap HeapOutOfBounds
    60:  mov    x0, x1                               ; wasm 0x72
    64:  mov    sp, x29
    68:  ldp    x29, x30, [sp], #16
    6c:  ret
    70:  udf    #0                                   ; no operator; trap StackOverflow
    74:  udf    #0                                   ; wasm 0x6f; trap HeapOutOfBounds

;; function 1 (export "store_far"): 136 bytes, alignment 16
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
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x75
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x77
    40:  ldr    x9, [x28, #160]                      ; wasm 0x79
    44:  ldr    x17, [x9, #8]
    48:  mov    x16, #0x18  // #24
    4c:  movk   x16, #0x1, lsl #32
    50:  adds   x16, x16, x1
    54:  b.cs   0x84  // b.hs, b.nlast
    58:  cmp    x16, x17
    5c:  b.hi   0x84  // b.pmore
    60:  ldr    x9, [x9]
    64:  mov    x10, #0x10  // #16
    68:  movk   x10, #0x1, lsl #32
    6c:  add    x10, x10, x1
    70:  str    x2, [x9, x10]                        ; trap HeapOutOfBounds
    74:  mov    sp, x29                              ; wasm 0x80
    78:  ldp    x29, x30, [sp], #16
    7c:  ret
    80:  udf    #0                                   ; no operator; trap StackOverflow
    84:  udf    #0                                   ; wasm 0x79; trap HeapOutOfBounds

;; function 2 (export "size"): 80 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x10  // #16
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x4c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  ldr    x9, [x28, #160]                      ; wasm 0x83
    34:  ldr    x1, [x9, #8]
    38:  lsr    x1, x1, #16
    3c:  mov    x0, x1                               ; wasm 0x85
    40:  mov    sp, x29
    44:  ldp    x29, x30, [sp], #16
    48:  ret
    4c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 3 (export "table_get"): 112 bytes, alignment 16
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
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x88
    38:  ldr    x9, [x28, #152]                      ; wasm 0x8a
    3c:  ldr    w10, [x9, #8]
    40:  cmp    x1, x10
    44:  b.cs   0x6c  // b.hs, b.nlast
    48:  ldr    x9, [x9]
    4c:  mov    x10, x1
    50:  lsl    x10, x10, #3
    54:  ldr    x1, [x9, x10]
    58:  mov    x0, x1                               ; wasm 0x8c
    5c:  mov    sp, x29
    60:  ldp    x29, x30, [sp], #16
    64:  ret
    68:  udf    #0                                   ; no operator; trap StackOverflow
    6c:  udf    #0                                   ; wasm 0x8a; trap TableOutOfBounds

;; function 4 (export "table_size"): 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x10  // #16
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x48  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  ldr    x9, [x28, #152]                      ; wasm 0x8f
    34:  ldr    w1, [x9, #8]
    38:  mov    x0, x1                               ; wasm 0x92
    3c:  mov    sp, x29
    40:  ldp    x29, x30, [sp], #16
    44:  ret
    48:  udf    #0                                   ; no operator; trap StackOverflow
