;; simd-memory.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_store"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x60; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  ldr    x8, [x0, #128]                       ; wasm 0x65; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  ldr    q0, [x8, w2, uxtw]                   ; trap HeapOutOfBounds
    24:  add    x8, x8, w3, uxtw                     ; wasm 0x69
    28:  str    q0, [x8, #16]                        ; trap HeapOutOfBounds
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x6d; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; wasm 0x60; trap StackOverflow

;; function 1 (export "load_splat"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x6f; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #128]                       ; wasm 0x72; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  add    x8, x8, w2, uxtw
    24:  ld1r   {v0.4s}, [x8]                        ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x76; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0x6f; trap StackOverflow

;; function 2 (export "load_zero"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x78; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #128]                       ; wasm 0x7b; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  add    x8, x8, w2, uxtw
    24:  ldr    d0, [x8, #8]                         ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x7f; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0x78; trap StackOverflow

;; function 3 (export "load_lane"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x81; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #128]                       ; wasm 0x86; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  add    x8, x8, w2, uxtw
    24:  ld1    {v0.h}[5], [x8]                      ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x8b; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0x81; trap StackOverflow
