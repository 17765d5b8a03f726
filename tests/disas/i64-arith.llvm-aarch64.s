;; i64-arith.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 60 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x38  // b.pmore
    18:  mov    x9, #0xcdef  // #52719
    1c:  add    x8, x3, x2
    20:  movk   x9, #0x89ab, lsl #16
    24:  movk   x9, #0x4567, lsl #32
    28:  movk   x9, #0x123, lsl #48
    2c:  mul    x0, x8, x9
    30:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    34:  ret
    38:  udf    #21760                               ; trap StackOverflow

;; function 1 (export "shifts"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  lsl    x8, x2, x3
    1c:  orr    x0, x8, x2, ror #13
    20:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; trap StackOverflow

;; function 2 (export "counts"): 60 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x38  // b.pmore
    18:  fmov   d0, x2
    1c:  clz    x8, x2
    20:  cnt    v0.8b, v0.8b
    24:  addv   b0, v0.8b
    28:  fmov   x9, d0
    2c:  add    x0, x8, x9
    30:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    34:  ret
    38:  udf    #21760                               ; trap StackOverflow

;; function 3 (export "compare"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  cmn    x2, #0x1
    1c:  ccmp   x2, x3, #0x4, ne  // ne = any
    20:  cset   w0, gt
    24:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; trap StackOverflow
