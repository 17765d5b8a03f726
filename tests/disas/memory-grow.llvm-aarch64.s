;; memory-grow.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "size"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x46; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  ldr    x8, [x0, #104]                       ; wasm 0x47; trap HeapOutOfBounds
    1c:  ldur   w0, [x8, #10]                        ; trap HeapOutOfBounds
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x49; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x46; trap StackOverflow

;; function 1 (export "grow"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x4b; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  ldr    x8, [x0, #8]                         ; wasm 0x4e; trap HeapOutOfBounds
    1c:  mov    w2, w2
    20:  mov    w1, wzr
    24:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    28:  blr    x8
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x50; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; wasm 0x4b; trap StackOverflow

;; function 2 (export "grow_then_load"): 84 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-32]!                ; no operator; trap StackOverflow
     4:  str    x19, [sp, #16]                       ; trap StackOverflow
     8:  mov    x29, sp
     c:  ldr    x8, [x0]                             ; wasm 0x52; trap HeapOutOfBounds
    10:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    14:  cmp    x8, x29
    18:  b.hi   0x50  // b.pmore
    1c:  ldr    x8, [x0, #8]                         ; wasm 0x55; trap HeapOutOfBounds
    20:  mov    w1, wzr
    24:  mov    w2, #0x1  // #1
    28:  mov    x19, x0
    2c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    30:  blr    x8
    34:  ldr    x8, [x19, #104]                      ; wasm 0x5c; trap HeapOutOfBounds
    38:  mov    w9, #0x10000  // #65536
    3c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    40:  ldr    w0, [x8, x9]                         ; trap HeapOutOfBounds
    44:  ldr    x19, [sp, #16]                       ; wasm 0x5f; trap StackOverflow
    48:  ldp    x29, x30, [sp], #32                  ; trap StackOverflow
    4c:  ret
    50:  udf    #21760                               ; wasm 0x52; trap StackOverflow
