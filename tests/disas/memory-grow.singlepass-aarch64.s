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
    38:  ldr    x9, [x28, #104]
    3c:  ldr    x1, [x9, #8]
    40:  lsr    x1, x1, #16
    44:  mov    x0, x1
    48:  mov    sp, x29
    4c:  ldp    x29, x30, [sp], #16
    50:  ret
    54:  udf    #0                                   ; trap StackOverflow

;; function 1 (export "grow"): 128 bytes, alignment 16
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
    34:  ldr    x27, [x28, #104]
    38:  ldr    x27, [x27]
    3c:  ldur   x1, [x29, #-16]
    40:  stur   x1, [x29, #-24]
    44:  mov    x0, x28
    48:  mov    x1, #0x0  // #0
    4c:  ldur   x2, [x29, #-24]
    50:  ldr    x9, [x28, #8]
    54:  ldr    x9, [x9]
    58:  blr    x9
    5c:  ldur   x28, [x29, #-8]
    60:  ldr    x27, [x28, #104]
    64:  ldr    x27, [x27]
    68:  mov    x1, x0
    6c:  mov    x0, x1
    70:  mov    sp, x29
    74:  ldp    x29, x30, [sp], #16
    78:  ret
    7c:  udf    #0                                   ; trap StackOverflow

;; function 2 (export "grow_then_load"): 128 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x10  // #16
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x7c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  ldr    x27, [x28, #104]
    34:  ldr    x27, [x27]
    38:  mov    x0, x28
    3c:  mov    x1, #0x0  // #0
    40:  mov    w2, #0x1  // #1
    44:  ldr    x9, [x28, #8]
    48:  ldr    x9, [x9]
    4c:  blr    x9
    50:  ldur   x28, [x29, #-8]
    54:  ldr    x27, [x28, #104]
    58:  ldr    x27, [x27]
    5c:  mov    x1, x0
    60:  mov    w1, #0x10000  // #65536
    64:  mov    w10, w1
    68:  ldr    w1, [x27, x10]                       ; trap HeapOutOfBounds
    6c:  mov    x0, x1
    70:  mov    sp, x29
    74:  ldp    x29, x30, [sp], #16
    78:  ret
    7c:  udf    #0                                   ; trap StackOverflow
