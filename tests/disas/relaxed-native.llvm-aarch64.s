;; relaxed-native.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false, relaxed_simd native

;; function 0: 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x2c; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  fmla   v2.4s, v1.4s, v0.4s                  ; wasm 0x33
    1c:  mov    v0.16b, v2.16b                       ; wasm 0x36
    20:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x2c; trap StackOverflow

;; function 1: 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x38; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  fmls   v2.2d, v1.2d, v0.2d                  ; wasm 0x3f
    1c:  mov    v0.16b, v2.16b                       ; wasm 0x42
    20:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x38; trap StackOverflow

;; function 2: 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x44; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  tbl    v0.16b, {v0.16b}, v1.16b             ; wasm 0x49
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x4c; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0x44; trap StackOverflow

;; function 3: 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x4e; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  fcvtzs v0.4s, v0.4s                         ; wasm 0x51
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x54; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0x4e; trap StackOverflow

;; function 4: 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x56; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  bif    v0.16b, v1.16b, v2.16b               ; wasm 0x5d
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x60; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0x56; trap StackOverflow

;; function 5: 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x62; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x48  // b.pmore
    18:  fcmgt  v2.4s, v1.4s, v0.4s                  ; wasm 0x67
    1c:  fcmeq  v4.4s, v0.4s, v1.4s
    20:  orr    v5.16b, v1.16b, v0.16b
    24:  fcmge  v6.4s, v0.4s, v1.4s
    28:  mov    v3.16b, v2.16b
    2c:  bsl    v3.16b, v0.16b, v1.16b
    30:  fadd   v0.4s, v0.4s, v1.4s
    34:  orr    v1.16b, v2.16b, v6.16b
    38:  bit    v3.16b, v5.16b, v4.16b
    3c:  bit    v0.16b, v3.16b, v1.16b
    40:  ldp    x29, x30, [sp], #16                  ; wasm 0x6a; trap StackOverflow
    44:  ret
    48:  udf    #21760                               ; wasm 0x62; trap StackOverflow

;; function 6: 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x6c; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x48  // b.pmore
    18:  movi   v2.4s, #0x40, lsl #8                 ; wasm 0x71
    1c:  movi   v3.4s, #0x40, lsl #8
    20:  smlal2 v3.4s, v1.8h, v0.8h
    24:  smlal  v2.4s, v1.4h, v0.4h
    28:  movi   v0.4s, #0x7f, msl #8
    2c:  sshr   v1.4s, v2.4s, #15
    30:  sshr   v2.4s, v3.4s, #15
    34:  smin   v2.4s, v2.4s, v0.4s
    38:  smin   v0.4s, v1.4s, v0.4s
    3c:  uzp1   v0.8h, v0.8h, v2.8h
    40:  ldp    x29, x30, [sp], #16                  ; wasm 0x74; trap StackOverflow
    44:  ret
    48:  udf    #21760                               ; wasm 0x6c; trap StackOverflow

;; function 7: 96 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x76; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x48  // b.pmore
    18:  adr    x8, 0x50                             ; no operator
    1c:  ldr    q3, [x8]                             ; wasm 0x7d; trap HeapOutOfBounds
    20:  tbl    v0.16b, {v0.16b}, v3.16b
    24:  tbl    v1.16b, {v1.16b}, v3.16b
    28:  smull  v3.8h, v1.8b, v0.8b
    2c:  smlal2 v3.8h, v1.16b, v0.16b
    30:  uzp2   v0.8h, v3.8h, v0.8h
    34:  xtn    v1.4h, v3.4s
    38:  saddw  v0.4s, v2.4s, v0.4h
    3c:  saddw  v0.4s, v0.4s, v1.4h
    40:  ldp    x29, x30, [sp], #16                  ; wasm 0x80; trap StackOverflow
    44:  ret
    48:  udf    #21760                               ; wasm 0x76; trap StackOverflow
    4c:  .inst  0xcccccccc ; undefined
    50:  .inst  0x06040200 ; undefined
    54:  .inst  0x0e0c0a08 ; undefined
    58:  .inst  0x07050301 ; undefined
    5c:  .inst  0x0f0d0b09 ; undefined
