;; if-else.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "abs_or_default"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x3a; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  cmp    w2, #0x0                             ; wasm 0x40
    1c:  mov    w8, #0x63  // #99
    20:  csel   w8, w8, w2, eq  // eq = none
    24:  csneg  w0, w8, w2, pl  // pl = nfrst
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x55; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0x3a; trap StackOverflow

;; function 1 (export "clamp"): 60 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x57; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x38  // b.pmore
    18:  movi   d1, #0x0                             ; no operator
    1c:  fcmp   d0, #0.0                             ; wasm 0x64
    20:  fmov   d2, #1.000000000000000000e+00
    24:  fcsel  d1, d1, d0, mi  // mi = first
    28:  fcmp   d0, d2
    2c:  fcsel  d0, d2, d1, gt
    30:  ldp    x29, x30, [sp], #16                  ; wasm 0x8c; trap StackOverflow
    34:  ret
    38:  udf    #21760                               ; wasm 0x57; trap StackOverflow
