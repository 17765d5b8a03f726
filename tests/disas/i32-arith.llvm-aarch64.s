;; i32-arith.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  add    w8, w3, w2
    1c:  sub    w9, w2, #0x7
    20:  mul    w0, w8, w9
    24:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; trap StackOverflow

;; function 1 (export "bits"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  neg    w8, w3
    1c:  orr    w9, w3, #0xff00
    20:  ror    w8, w2, w8
    24:  and    w9, w9, w2
    28:  eor    w0, w9, w8
    2c:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; trap StackOverflow

;; function 2 (export "shifts"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  lsr    w8, w3, w2
    1c:  lsl    w9, w2, w3
    20:  add    w8, w8, w2, asr #3
    24:  add    w0, w8, w9
    28:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; trap StackOverflow

;; function 3 (export "counts"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x44  // b.pmore
    18:  fmov   s0, w2
    1c:  rbit   w8, w2
    20:  clz    w10, w2
    24:  clz    w8, w8
    28:  cnt    v0.8b, v0.8b
    2c:  addv   b0, v0.8b
    30:  fmov   w9, s0
    34:  add    w8, w8, w9
    38:  add    w0, w8, w10
    3c:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; trap StackOverflow

;; function 4 (export "compare"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  cmp    w2, #0x0
    1c:  cset   w8, eq  // eq = none
    20:  cmp    w2, w3
    24:  cinc   w8, w8, cs  // cs = hs, nlast
    28:  cinc   w0, w8, lt  // lt = tstop
    2c:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; trap StackOverflow
