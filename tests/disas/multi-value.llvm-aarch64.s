;; multi-value.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $swap: 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x58; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  mov    w1, w2                               ; no operator
    1c:  mov    x0, x3                               ; wasm 0x5d
    20:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x58; trap StackOverflow

;; function 1 (export "divmod"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x5f; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  cbz    w3, 0x30                             ; wasm 0x64
    1c:  udiv   w0, w2, w3
    20:  msub   w1, w0, w3, w2                       ; wasm 0x69
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x6a; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0x5f; trap StackOverflow
    30:  udf    #21766                               ; wasm 0x64; trap IntegerDivisionByZero

;; function 2 (export "via_call"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x6c; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  cmp    x8, x29                              ; wasm 0x58
    1c:  b.hi   0x30  // b.pmore
    20:  add    x0, x3, w2, uxtw                     ; wasm 0x74
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x75; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0x6c; trap StackOverflow
    30:  udf    #21760                               ; wasm 0x58; trap StackOverflow

;; function 3 (export "block_pair"): 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x77; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  add    w0, w2, w2, lsl #2                   ; wasm 0x7f
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x80; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0x77; trap StackOverflow
