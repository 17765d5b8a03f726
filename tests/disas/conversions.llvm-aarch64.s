;; conversions.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "trunc_f32_s"): 80 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x9d; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x48  // b.pmore
    18:  fcmp   s0, s0                               ; wasm 0xa0
    1c:  b.vs   0x4c
    20:  movi   v1.2s, #0xcf, lsl #24                ; no operator
    24:  fcmp   s0, s1                               ; wasm 0xa0
    28:  b.lt   0x44  // b.tstop
    2c:  movi   v1.2s, #0x4f, lsl #24                ; no operator
    30:  fcmp   s0, s1                               ; wasm 0xa0
    34:  b.pl   0x44  // b.nfrst
    38:  fcvtzs w0, s0
    3c:  ldp    x29, x30, [sp], #16                  ; wasm 0xa1; trap StackOverflow
    40:  ret
    44:  udf    #21765                               ; wasm 0xa0; trap IntegerOverflow
    48:  udf    #21760                               ; wasm 0x9d; trap StackOverflow
    4c:  udf    #21767                               ; wasm 0xa0; trap BadConversionToInteger

;; function 1 (export "trunc_f64_u"): 84 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xa3; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x4c  // b.pmore
    18:  fcmp   d0, d0                               ; wasm 0xa6
    1c:  b.vs   0x50
    20:  fmov   d1, #-1.000000000000000000e+00       ; no operator
    24:  fcmp   d0, d1                               ; wasm 0xa6
    28:  b.le   0x48
    2c:  mov    x8, #0x43f0000000000000  // #4895412794951729152 ; no operator
    30:  fmov   d1, x8
    34:  fcmp   d0, d1                               ; wasm 0xa6
    38:  b.pl   0x48  // b.nfrst
    3c:  fcvtzu x0, d0
    40:  ldp    x29, x30, [sp], #16                  ; wasm 0xa7; trap StackOverflow
    44:  ret
    48:  udf    #21765                               ; wasm 0xa6; trap IntegerOverflow
    4c:  udf    #21760                               ; wasm 0xa3; trap StackOverflow
    50:  udf    #21767                               ; wasm 0xa6; trap BadConversionToInteger

;; function 2 (export "trunc_sat"): 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xa9; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  fcvtzu w0, d0                               ; wasm 0xac
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0xae; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0xa9; trap StackOverflow

;; function 3 (export "convert_u64"): 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xb0; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  ucvtf  d0, x2                               ; wasm 0xb3
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0xb4; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0xb0; trap StackOverflow

;; function 4 (export "demote_promote"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xb6; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  fcvt   s0, d0                               ; wasm 0xb9
    1c:  fcvt   d0, s0                               ; wasm 0xba
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0xbb; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0xb6; trap StackOverflow

;; function 5 (export "wrap_extend"): 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xbd; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  sxtw   x0, w2                               ; wasm 0xc1
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0xc2; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0xbd; trap StackOverflow

;; function 6 (export "reinterpret"): 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xc4; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  fmov   w0, s0                               ; wasm 0xc7
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0xc8; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0xc4; trap StackOverflow
