;; globals.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "bump"): 60 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x9, [x0]                             ; wasm 0x71; trap HeapOutOfBounds
     c:  ldr    x9, [x9]                             ; trap HeapOutOfBounds
    10:  cmp    x9, x29
    14:  b.hi   0x38  // b.pmore
    18:  ldr    x9, [x0, #104]                       ; wasm 0x74; trap HeapOutOfBounds
    1c:  ldr    w10, [x0, #128]                      ; wasm 0x72; trap HeapOutOfBounds
    20:  mov    x8, x0
    24:  ldr    w9, [x9]                             ; wasm 0x74; trap HeapOutOfBounds
    28:  add    w0, w9, w10                          ; wasm 0x76
    2c:  str    w0, [x8, #128]                       ; wasm 0x77; trap HeapOutOfBounds
    30:  ldp    x29, x30, [sp], #16                  ; wasm 0x7b; trap StackOverflow
    34:  ret
    38:  udf    #21760                               ; wasm 0x71; trap StackOverflow

;; function 1 (export "imported"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x7d; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #112]                       ; wasm 0x7e; trap HeapOutOfBounds
    1c:  ldr    x9, [x8]                             ; trap HeapOutOfBounds
    20:  add    x9, x9, x2                           ; wasm 0x82
    24:  str    x9, [x8]                             ; wasm 0x83; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x85; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0x7d; trap StackOverflow

;; function 2 (export "scaled"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x87; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  ldr    d1, [x0, #144]                       ; wasm 0x8a; trap HeapOutOfBounds
    1c:  fmul   d0, d0, d1                           ; wasm 0x8c
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x8d; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x87; trap StackOverflow
