;; i32-arith.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x52; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  add    w8, w3, w2                           ; wasm 0x57
    1c:  sub    w9, w2, #0x7                         ; wasm 0x5c
    20:  mul    w0, w8, w9                           ; wasm 0x5d
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x5e; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0x52; trap StackOverflow

;; function 1 (export "bits"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x60; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  neg    w8, w3                               ; wasm 0x6f
    1c:  orr    w9, w3, #0xff00                      ; wasm 0x69
    20:  ror    w8, w2, w8                           ; wasm 0x6f
    24:  and    w9, w9, w2                           ; wasm 0x6a
    28:  eor    w0, w9, w8                           ; wasm 0x70
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x71; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; wasm 0x60; trap StackOverflow

;; function 2 (export "shifts"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x73; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  lsr    w8, w3, w2                           ; wasm 0x82
    1c:  lsl    w9, w2, w3                           ; wasm 0x78
    20:  add    w8, w8, w2, asr #3                   ; wasm 0x83
    24:  add    w0, w8, w9                           ; wasm 0x84
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x85; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0x73; trap StackOverflow

;; function 3 (export "counts"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x87; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x44  // b.pmore
    18:  fmov   s0, w2                               ; wasm 0x90
    1c:  rbit   w8, w2                               ; wasm 0x8d
    20:  clz    w10, w2                              ; wasm 0x8a
    24:  clz    w8, w8                               ; wasm 0x8d
    28:  cnt    v0.8b, v0.8b                         ; wasm 0x90
    2c:  addv   b0, v0.8b
    30:  fmov   w9, s0
    34:  add    w8, w8, w9                           ; wasm 0x91
    38:  add    w0, w8, w10                          ; wasm 0x92
    3c:  ldp    x29, x30, [sp], #16                  ; wasm 0x93; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; wasm 0x87; trap StackOverflow

;; function 4 (export "compare"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x95; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  cmp    w2, #0x0                             ; wasm 0xa2
    1c:  cset   w8, eq  // eq = none
    20:  cmp    w2, w3                               ; wasm 0x9a
    24:  cinc   w8, w8, cs  // cs = hs, nlast        ; wasm 0xa3
    28:  cinc   w0, w8, lt  // lt = tstop            ; wasm 0xa4
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0xa5; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; wasm 0x95; trap StackOverflow
