;; return-void.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "empty"): 36 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x3a; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x20  // b.pmore
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0x3b; trap StackOverflow
    1c:  ret
    20:  udf    #21760                               ; wasm 0x3a; trap StackOverflow

;; function 1 (export "const"): 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x3d; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  mov    x0, #0xffffffffffffffff  // #-1      ; wasm 0x40
    1c:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0x3d; trap StackOverflow

;; function 2 (export "drop"): 36 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x42; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x20  // b.pmore
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0x47; trap StackOverflow
    1c:  ret
    20:  udf    #21760                               ; wasm 0x42; trap StackOverflow
