;; stack-args.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $many: 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x3d; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  ldr    x8, [x29, #40]                       ; no operator; trap StackOverflow
    1c:  ldr    w9, [x29, #32]                       ; trap StackOverflow
    20:  add    x0, x8, w9, uxtw                     ; wasm 0x43
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x44; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0x3d; trap StackOverflow

;; function 1 (export "caller"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x46; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  cmp    x8, x29                              ; wasm 0x3d
    1c:  b.hi   0x30  // b.pmore
    20:  add    x0, x2, #0x9                         ; wasm 0x43
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0xa3; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0x46; trap StackOverflow
    30:  udf    #21760                               ; wasm 0x3d; trap StackOverflow
