;; call-direct.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $leaf: 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x36; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  add    w0, w3, w2                           ; wasm 0x3b
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x3c; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0x36; trap StackOverflow

;; function 1 $fac (export "fac"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-32]!                ; no operator; trap StackOverflow
     4:  str    x19, [sp, #16]                       ; trap StackOverflow
     8:  mov    x29, sp
     c:  ldr    x8, [x0]                             ; wasm 0x3e; trap HeapOutOfBounds
    10:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    14:  cmp    x8, x29
    18:  b.hi   0x44  // b.pmore
    1c:  cbz    x2, 0x34                             ; wasm 0x42
    20:  mov    x19, x2                              ; no operator
    24:  sub    x2, x2, #0x1                         ; wasm 0x4e
    28:  bl     0x0
    2c:  mul    x0, x0, x19                          ; wasm 0x50
    30:  b      0x38
    34:  mov    w0, #0x1  // #1                      ; no operator
    38:  ldr    x19, [sp, #16]                       ; wasm 0x52; trap StackOverflow
    3c:  ldp    x29, x30, [sp], #32                  ; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; wasm 0x3e; trap StackOverflow

;; function 2 (export "twice"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x54; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  cmp    x8, x29                              ; wasm 0x36
    1c:  b.hi   0x34  // b.pmore
    20:  mov    w8, #0x1  // #1                      ; no operator
    24:  orr    w0, w8, w2, lsl #1                   ; wasm 0x3b
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x5f; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0x54; trap StackOverflow
    34:  udf    #21760                               ; wasm 0x36; trap StackOverflow
