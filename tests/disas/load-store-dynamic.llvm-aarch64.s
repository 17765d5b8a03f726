;; load-store-dynamic.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks dynamic, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]
     8:  mov    x29, sp
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x40  // b.pmore
    18:  ldr    x9, [x0, #248]
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x4
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x44  // b.pmore
    30:  ldr    x9, [x9]
    34:  ldr    w0, [x9, x8]
    38:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    3c:  ret
    40:  udf    #21760                               ; trap StackOverflow
    44:  udf    #21761                               ; trap HeapOutOfBounds

;; function 1 (export "load_i64_offset"): 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]
     8:  mov    x29, sp
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x44  // b.pmore
    18:  ldr    x9, [x0, #248]
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x18
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x48  // b.pmore
    30:  ldr    x9, [x9]
    34:  add    x8, x9, x8
    38:  ldr    x0, [x8, #16]
    3c:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; trap StackOverflow
    48:  udf    #21761                               ; trap HeapOutOfBounds

;; function 2 (export "load8_s"): 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]
     8:  mov    x29, sp
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x44  // b.pmore
    18:  ldr    x9, [x0, #248]
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x4
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x48  // b.pmore
    30:  ldr    x9, [x9]
    34:  add    x8, x9, x8
    38:  ldrsb  w0, [x8, #3]
    3c:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; trap StackOverflow
    48:  udf    #21761                               ; trap HeapOutOfBounds

;; function 3 (export "load16_u_i64"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]
     8:  mov    x29, sp
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x40  // b.pmore
    18:  ldr    x9, [x0, #248]
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x2
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x44  // b.pmore
    30:  ldr    x9, [x9]
    34:  ldrh   w0, [x9, x8]
    38:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    3c:  ret
    40:  udf    #21760                               ; trap StackOverflow
    44:  udf    #21761                               ; trap HeapOutOfBounds

;; function 4 (export "load_far"): 84 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]
     8:  mov    x29, sp
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x4c  // b.pmore
    18:  ldr    x9, [x0, #248]
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x10, lsl #12
    24:  ldr    x10, [x9, #8]
    28:  add    x11, x11, #0x14
    2c:  cmp    x11, x10
    30:  b.hi   0x50  // b.pmore
    34:  ldr    x9, [x9]
    38:  add    x8, x9, x8
    3c:  add    x9, x8, #0x10, lsl #12
    40:  ldr    w0, [x9, #16]
    44:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    48:  ret
    4c:  udf    #21760                               ; trap StackOverflow
    50:  udf    #21761                               ; trap HeapOutOfBounds

;; function 5 (export "store_i32"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]
     8:  mov    x29, sp
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x40  // b.pmore
    18:  ldr    x9, [x0, #248]
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x4
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x44  // b.pmore
    30:  ldr    x9, [x9]
    34:  str    w3, [x9, x8]
    38:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    3c:  ret
    40:  udf    #21760                               ; trap StackOverflow
    44:  udf    #21761                               ; trap HeapOutOfBounds

;; function 6 (export "store8"): 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]
     8:  mov    x29, sp
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x44  // b.pmore
    18:  ldr    x9, [x0, #248]
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x2
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x48  // b.pmore
    30:  ldr    x9, [x9]
    34:  add    x8, x9, x8
    38:  strb   w3, [x8, #1]
    3c:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; trap StackOverflow
    48:  udf    #21761                               ; trap HeapOutOfBounds

;; function 7 (export "store_f64"): 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]
     8:  mov    x29, sp
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x44  // b.pmore
    18:  ldr    x9, [x0, #248]
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x10
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x48  // b.pmore
    30:  ldr    x9, [x9]
    34:  add    x8, x9, x8
    38:  str    d0, [x8, #8]
    3c:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; trap StackOverflow
    48:  udf    #21761                               ; trap HeapOutOfBounds

;; function 8 (export "copy_word"): 92 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]
     8:  mov    x29, sp
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x58  // b.pmore
    18:  ldr    x9, [x0, #248]
    1c:  mov    w8, w2
    20:  add    x10, x8, #0x8
    24:  ldr    x11, [x9, #8]
    28:  cmp    x10, x11
    2c:  b.hi   0x54  // b.pmore
    30:  mov    w10, w3
    34:  add    x12, x10, #0x8
    38:  cmp    x12, x11
    3c:  b.hi   0x54  // b.pmore
    40:  ldr    x9, [x9]
    44:  ldr    x8, [x9, x8]
    48:  str    x8, [x9, x10]
    4c:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    50:  ret
    54:  udf    #21761                               ; trap HeapOutOfBounds
    58:  udf    #21760                               ; trap StackOverflow
