;; sign-extension.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x2d; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  sxtb   w8, w2                               ; wasm 0x30
    1c:  add    w0, w8, w2, sxth                     ; wasm 0x34
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x35; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x2d; trap StackOverflow

;; function 1 (export "i64"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x37; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  sxtb   x8, w2                               ; wasm 0x3a
    1c:  add    x0, x8, w2, sxtw                     ; wasm 0x3e
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x3f; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x37; trap StackOverflow
