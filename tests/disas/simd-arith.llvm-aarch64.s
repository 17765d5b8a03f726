;; simd-arith.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32x4_add_mul"): 96 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  add    v0.4s, v1.4s, v0.4s
    1c:  adr    x8, 0x40
    20:  ldr    q1, [x8]                             ; trap HeapOutOfBounds
    24:  mul    v0.4s, v0.4s, v1.4s
    28:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; trap StackOverflow
    34:  .inst  0xcccccccc ; undefined
    38:  .inst  0xcccccccc ; undefined
    3c:  .inst  0xcccccccc ; undefined
    40:  udf    #1
    44:  udf    #2
    48:  udf    #3
    4c:  udf    #4
    50:  .inst  0x00020001 ; undefined
    54:  .inst  0x00080004 ; undefined
    58:  .inst  0x00200010 ; NYI
    5c:  .inst  0x00800040 ; undefined

;; function 1 (export "f32x4_fma_like"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  fmul   v0.4s, v0.4s, v1.4s
    1c:  dup    v1.4s, v2.s[0]
    20:  fadd   v0.4s, v0.4s, v1.4s
    24:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; trap StackOverflow

;; function 2 (export "extract"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  mov    x8, v0.d[1]
    1c:  umov   w9, v0.b[3]
    20:  add    x0, x8, w9, sxtb
    24:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; trap StackOverflow

;; function 3 (export "shuffle"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  movi   v2.2d, #0xff00ff00ff00ff
    1c:  bif    v0.16b, v1.16b, v2.16b
    20:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; trap StackOverflow

;; function 4 (export "bitmask"): 96 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x3c  // b.pmore
    18:  cmgt   v0.8h, v1.8h, v0.8h
    1c:  adr    x8, 0x50
    20:  ldr    q1, [x8]                             ; trap HeapOutOfBounds
    24:  and    v0.16b, v0.16b, v1.16b
    28:  addv   h0, v0.8h
    2c:  fmov   w8, s0
    30:  and    w0, w8, #0xff
    34:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    38:  ret
    3c:  udf    #21760                               ; trap StackOverflow
    40:  udf    #1
    44:  udf    #2
    48:  udf    #3
    4c:  udf    #4
    50:  .inst  0x00020001 ; undefined
    54:  .inst  0x00080004 ; undefined
    58:  .inst  0x00200010 ; NYI
    5c:  .inst  0x00800040 ; undefined
