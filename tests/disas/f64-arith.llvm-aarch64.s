;; f64-arith.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x4d; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  fmov   d2, #3.000000000000000000e+00        ; no operator
    1c:  fdiv   d2, d0, d2                           ; wasm 0x5e
    20:  fmul   d0, d0, d1                           ; wasm 0x52
    24:  fsub   d0, d0, d2                           ; wasm 0x5f
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x60; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0x4d; trap StackOverflow

;; function 1 (export "rounding"): 64 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x62; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x3c  // b.pmore
    18:  frintm d1, d0                               ; wasm 0x65
    1c:  frintp d2, d0                               ; wasm 0x68
    20:  frintz d3, d0                               ; wasm 0x6c
    24:  frintn d0, d0                               ; wasm 0x6f
    28:  fadd   d1, d1, d2                           ; wasm 0x69
    2c:  fadd   d0, d3, d0                           ; wasm 0x70
    30:  fadd   d0, d1, d0                           ; wasm 0x71
    34:  ldp    x29, x30, [sp], #16                  ; wasm 0x72; trap StackOverflow
    38:  ret
    3c:  udf    #21760                               ; wasm 0x62; trap StackOverflow

;; function 2 (export "min"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x74; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x44  // b.pmore
    18:  fmov   x8, d0                               ; wasm 0x79
    1c:  fmov   x9, d1
    20:  fcmp   d0, d1
    24:  orr    x8, x9, x8
    28:  fcsel  d2, d0, d1, mi  // mi = first
    2c:  fadd   d0, d0, d1
    30:  fmov   d3, x8
    34:  fcsel  d1, d3, d2, eq  // eq = none
    38:  fcsel  d0, d0, d1, vs
    3c:  ldp    x29, x30, [sp], #16                  ; wasm 0x7a; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; wasm 0x74; trap StackOverflow

;; function 3 (export "compare"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x7c; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  fcmp   d0, d1                               ; wasm 0x81
    1c:  cset   w0, ge  // ge = tcont
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x82; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x7c; trap StackOverflow
