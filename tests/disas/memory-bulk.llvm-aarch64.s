;; memory-bulk.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "fill"): 68 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x3f; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x3c  // b.pmore
    18:  ldr    x8, [x0, #8]                         ; wasm 0x46; trap HeapOutOfBounds
    1c:  mov    w2, w2
    20:  mov    w4, w4
    24:  mov    w1, wzr
    28:  ldr    x8, [x8, #8]                         ; trap HeapOutOfBounds
    2c:  blr    x8
    30:  cbnz   w0, 0x40
    34:  ldp    x29, x30, [sp], #16                  ; wasm 0x49; trap StackOverflow
    38:  ret
    3c:  udf    #21760                               ; wasm 0x3f; trap StackOverflow
    40:  udf    #21761                               ; wasm 0x46; trap HeapOutOfBounds

;; function 1 (export "copy"): 84 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x4b; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x4c  // b.pmore
    18:  ldr    x8, [x0, #8]                         ; wasm 0x52; trap HeapOutOfBounds
    1c:  mov    w9, w3
    20:  mov    w5, w4
    24:  mov    w1, wzr
    28:  mov    x4, x9
    2c:  ldr    x10, [x8, #16]                       ; trap HeapOutOfBounds
    30:  mov    w8, w2
    34:  mov    w2, wzr
    38:  mov    x3, x8
    3c:  blr    x10
    40:  cbnz   w0, 0x50
    44:  ldp    x29, x30, [sp], #16                  ; wasm 0x56; trap StackOverflow
    48:  ret
    4c:  udf    #21760                               ; wasm 0x4b; trap StackOverflow
    50:  udf    #21761                               ; wasm 0x52; trap HeapOutOfBounds

;; function 2 (export "init"): 104 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-32]!                ; no operator; trap StackOverflow
     4:  stp    x20, x19, [sp, #16]                  ; trap StackOverflow
     8:  mov    x29, sp
     c:  ldr    x8, [x0]                             ; wasm 0x58; trap HeapOutOfBounds
    10:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    14:  cmp    x8, x29
    18:  b.hi   0x60  // b.pmore
    1c:  ldr    x20, [x0, #8]                        ; wasm 0x5f; trap HeapOutOfBounds
    20:  mov    w3, w2
    24:  mov    w1, wzr
    28:  mov    w2, wzr
    2c:  mov    w4, wzr
    30:  mov    w5, #0x5  // #5
    34:  ldr    x8, [x20, #24]                       ; trap HeapOutOfBounds
    38:  mov    x19, x0
    3c:  blr    x8
    40:  cbnz   w0, 0x64
    44:  ldr    x8, [x20, #32]                       ; wasm 0x63; trap HeapOutOfBounds
    48:  mov    x0, x19
    4c:  mov    w1, wzr
    50:  blr    x8
    54:  ldp    x20, x19, [sp, #16]                  ; wasm 0x66; trap StackOverflow
    58:  ldp    x29, x30, [sp], #32                  ; trap StackOverflow
    5c:  ret
    60:  udf    #21760                               ; wasm 0x58; trap StackOverflow
    64:  udf    #21761                               ; wasm 0x5f; trap HeapOutOfBounds
