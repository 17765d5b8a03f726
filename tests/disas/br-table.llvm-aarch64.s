;; br-table.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "switch"): 80 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x32; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x3c  // b.pmore
    18:  cmp    w2, #0x3                             ; wasm 0x3d
    1c:  b.hi   0x30  // b.pmore
    20:  adr    x8, 0x40
    24:  ldr    w0, [x8, w2, uxtw #2]                ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x53; trap StackOverflow
    2c:  ret
    30:  mov    w0, #0x28  // #40                    ; no operator
    34:  ldp    x29, x30, [sp], #16                  ; wasm 0x53; trap StackOverflow
    38:  ret
    3c:  udf    #21760                               ; wasm 0x32; trap StackOverflow
    40:  udf    #10
    44:  udf    #20
    48:  udf    #30
    4c:  udf    #10

;; function 1 (export "with_value"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x55; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  cmp    w2, #0x1                             ; wasm 0x5e
    1c:  mov    w8, #0x7  // #7
    20:  cinc   w0, w8, ne  // ne = any
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x68; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0x55; trap StackOverflow
