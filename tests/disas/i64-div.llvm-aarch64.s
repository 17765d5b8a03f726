;; i64-div.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "div_s"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x3f; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x3c  // b.pmore
    18:  cbz    x3, 0x44                             ; wasm 0x44
    1c:  mov    x8, #0x8000000000000000  // #-9223372036854775808 ; no operator
    20:  cmp    x2, x8                               ; wasm 0x44
    24:  b.ne   0x30  // b.any
    28:  cmn    x3, #0x1
    2c:  b.eq   0x40  // b.none
    30:  sdiv   x0, x2, x3
    34:  ldp    x29, x30, [sp], #16                  ; wasm 0x45; trap StackOverflow
    38:  ret
    3c:  udf    #21760                               ; wasm 0x3f; trap StackOverflow
    40:  udf    #21765                               ; wasm 0x44; trap IntegerOverflow
    44:  udf    #21766                               ; trap IntegerDivisionByZero

;; function 1 (export "div_u"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x47; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  cbz    x3, 0x2c                             ; wasm 0x4c
    1c:  udiv   x0, x2, x3
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x4d; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x47; trap StackOverflow
    2c:  udf    #21766                               ; wasm 0x4c; trap IntegerDivisionByZero

;; function 2 (export "rem_s"): 60 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x4f; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  cbz    x3, 0x38                             ; wasm 0x54
    1c:  cmn    x3, #0x1
    20:  csinc  x8, x3, xzr, ne  // ne = any
    24:  sdiv   x9, x2, x8
    28:  msub   x0, x9, x8, x2
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x55; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; wasm 0x4f; trap StackOverflow
    38:  udf    #21766                               ; wasm 0x54; trap IntegerDivisionByZero

;; function 3 (export "rem_u"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x57; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  cbz    x3, 0x30                             ; wasm 0x5c
    1c:  udiv   x8, x2, x3
    20:  msub   x0, x8, x3, x2
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x5d; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0x57; trap StackOverflow
    30:  udf    #21766                               ; wasm 0x5c; trap IntegerDivisionByZero
