;; i64-arith.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 60 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x50; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x38  // b.pmore
    18:  mov    x9, #0xcdef  // #52719               ; no operator
    1c:  add    x8, x3, x2                           ; wasm 0x55
    20:  movk   x9, #0x89ab, lsl #16
    24:  movk   x9, #0x4567, lsl #32
    28:  movk   x9, #0x123, lsl #48
    2c:  mul    x0, x8, x9                           ; wasm 0x60
    30:  ldp    x29, x30, [sp], #16                  ; wasm 0x61; trap StackOverflow
    34:  ret
    38:  udf    #21760                               ; wasm 0x50; trap StackOverflow

;; function 1 (export "shifts"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x63; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  lsl    x8, x2, x3                           ; wasm 0x68
    1c:  orr    x0, x8, x2, ror #13                  ; wasm 0x6e
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x6f; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x63; trap StackOverflow

;; function 2 (export "counts"): 60 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x71; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x38  // b.pmore
    18:  fmov   d0, x2                               ; wasm 0x77
    1c:  clz    x8, x2                               ; wasm 0x74
    20:  cnt    v0.8b, v0.8b                         ; wasm 0x77
    24:  addv   b0, v0.8b
    28:  fmov   x9, d0
    2c:  add    x0, x8, x9                           ; wasm 0x78
    30:  ldp    x29, x30, [sp], #16                  ; wasm 0x79; trap StackOverflow
    34:  ret
    38:  udf    #21760                               ; wasm 0x71; trap StackOverflow

;; function 3 (export "compare"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x7b; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  cmn    x2, #0x1                             ; wasm 0x85
    1c:  ccmp   x2, x3, #0x4, ne  // ne = any        ; wasm 0x86
    20:  cset   w0, gt
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x87; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0x7b; trap StackOverflow
