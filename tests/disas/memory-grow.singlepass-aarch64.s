;; memory-grow.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "size"): 88 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x10  // #16
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x54  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  ldr    x27, [x28, #104]
    34:  ldr    x27, [x27]
    38:  ldr    x9, [x28, #104]                      ; wasm 0x47
    3c:  ldr    x1, [x9, #8]
    40:  lsr    x1, x1, #16
    44:  mov    x0, x1                               ; wasm 0x49
    48:  mov    sp, x29
    4c:  ldp    x29, x30, [sp], #16
    50:  ret
    54:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "grow"): 132 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x80  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldr    x27, [x28, #104]
    38:  ldr    x27, [x27]
    3c:  ldur   x1, [x29, #-16]                      ; wasm 0x4c
    40:  stur   x1, [x29, #-24]                      ; wasm 0x4e
    44:  mov    x0, x28
    48:  mov    x1, #0x0  // #0
    4c:  ldur   x2, [x29, #-24]
    50:  mov    w2, w2
    54:  ldr    x9, [x28, #8]
    58:  ldr    x9, [x9]
    5c:  blr    x9
    60:  ldur   x28, [x29, #-8]
    64:  ldr    x27, [x28, #104]
    68:  ldr    x27, [x27]
    6c:  mov    w1, w0
    70:  mov    x0, x1                               ; wasm 0x50
    74:  mov    sp, x29
    78:  ldp    x29, x30, [sp], #16
    7c:  ret
    80:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2 (export "grow_then_load"): 132 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x10  // #16
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x80  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  ldr    x27, [x28, #104]
    34:  ldr    x27, [x27]
    38:  mov    x0, x28                              ; wasm 0x55
    3c:  mov    x1, #0x0  // #0
    40:  mov    w2, #0x1  // #1
    44:  mov    w2, w2
    48:  ldr    x9, [x28, #8]
    4c:  ldr    x9, [x9]
    50:  blr    x9
    54:  ldur   x28, [x29, #-8]
    58:  ldr    x27, [x28, #104]
    5c:  ldr    x27, [x27]
    60:  mov    w1, w0
    64:  mov    w1, #0x10000  // #65536              ; wasm 0x5c
    68:  mov    w10, w1
    6c:  ldr    w1, [x27, x10]                       ; trap HeapOutOfBounds
    70:  mov    x0, x1                               ; wasm 0x5f
    74:  mov    sp, x29
    78:  ldp    x29, x30, [sp], #16
    7c:  ret
    80:  udf    #0                                   ; no operator; trap StackOverflow
