;; loop.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "sum_to"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x34; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x44  // b.pmore
    18:  cbz    w2, 0x38                             ; wasm 0x3e
    1c:  sub    w8, w2, #0x1
    20:  sub    w9, w2, #0x2
    24:  madd   w10, w8, w8, w2
    28:  umull  x8, w8, w9
    2c:  sub    x0, x10, x8, lsr #1
    30:  ldp    x29, x30, [sp], #16                  ; wasm 0x54; trap StackOverflow
    34:  ret
    38:  mov    w0, wzr                              ; no operator
    3c:  ldp    x29, x30, [sp], #16                  ; wasm 0x54; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; wasm 0x34; trap StackOverflow

;; function 1 (export "nested"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x56; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  cmp    w2, #0x1                             ; wasm 0x5f
    1c:  csinc  w0, w2, wzr, hi  // hi = pmore
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x81; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x56; trap StackOverflow
