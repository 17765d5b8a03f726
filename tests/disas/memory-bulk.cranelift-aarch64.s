;; memory-bulk.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "fill"): 64 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x0]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x38  // b.lo, b.ul, b.last
    1c:  ldr    x8, [x0, #8]
    20:  ldr    x8, [x8, #8]
    24:  mov    w1, #0x0  // #0
    28:  blr    x8
    2c:  cbnz   w0, 0x3c
    30:  ldp    x29, x30, [sp], #16
    34:  ret
    38:  udf    #49439                               ; trap StackOverflow
    3c:  udf    #49439                               ; trap HeapOutOfBounds

;; function 1 (export "copy"): 84 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x0]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x4c  // b.lo, b.ul, b.last
    1c:  mov    x12, x2
    20:  ldr    x8, [x0, #8]
    24:  ldr    x8, [x8, #16]
    28:  mov    w2, #0x0  // #0
    2c:  mov    x5, x4
    30:  mov    x4, x3
    34:  mov    x3, x12
    38:  mov    x1, x2
    3c:  blr    x8
    40:  cbnz   w0, 0x50
    44:  ldp    x29, x30, [sp], #16
    48:  ret
    4c:  udf    #49439                               ; trap StackOverflow
    50:  udf    #49439                               ; trap HeapOutOfBounds

;; function 2 (export "init"): 120 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x0]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x30
    14:  cmp    sp, x16
    18:  b.cc   0x70  // b.lo, b.ul, b.last
    1c:  str    x21, [sp, #-16]!
    20:  stp    x19, x20, [sp, #-16]!
    24:  ldr    x19, [x0, #8]
    28:  mov    x21, x0
    2c:  ldr    x8, [x19, #24]
    30:  mov    w20, #0x0  // #0
    34:  mov    w5, #0x5  // #5
    38:  mov    x3, x2
    3c:  mov    x1, x20
    40:  mov    x2, x20
    44:  mov    x4, x20
    48:  blr    x8
    4c:  cbnz   w0, 0x74
    50:  ldr    x9, [x19, #32]
    54:  mov    x0, x21
    58:  mov    x1, x20
    5c:  blr    x9
    60:  ldp    x19, x20, [sp], #16
    64:  ldr    x21, [sp], #16
    68:  ldp    x29, x30, [sp], #16
    6c:  ret
    70:  udf    #49439                               ; trap StackOverflow
    74:  udf    #49439                               ; trap HeapOutOfBounds
