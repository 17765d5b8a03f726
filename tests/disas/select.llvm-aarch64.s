;; select.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "max_i32"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x4d; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  cmp    w2, w3                               ; wasm 0x57
    1c:  csel   w0, w2, w3, gt
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x58; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x4d; trap StackOverflow

;; function 1 (export "pick_f64"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x5a; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  cmp    w2, #0x0                             ; wasm 0x61
    1c:  fcsel  d0, d1, d0, eq  // eq = none
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x62; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x5a; trap StackOverflow

;; function 2 (export "typed_i64"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x64; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  cmp    w4, #0x0                             ; wasm 0x6b
    1c:  csel   x0, x3, x2, eq  // eq = none
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x6e; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x64; trap StackOverflow
