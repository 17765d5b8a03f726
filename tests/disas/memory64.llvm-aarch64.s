;; memory64.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load"): 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x6c; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x48  // b.pmore
    18:  cmn    x2, #0x5                             ; wasm 0x6f
    1c:  b.hi   0x44  // b.pmore
    20:  ldr    x8, [x0, #160]                       ; trap HeapOutOfBounds
    24:  add    x10, x2, #0x4
    28:  ldr    x9, [x8, #8]                         ; trap HeapOutOfBounds
    2c:  cmp    x10, x9
    30:  b.hi   0x44  // b.pmore
    34:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    38:  ldr    w0, [x8, x2]                         ; trap HeapOutOfBounds
    3c:  ldp    x29, x30, [sp], #16                  ; wasm 0x72; trap StackOverflow
    40:  ret
    44:  udf    #21761                               ; wasm 0x6f; trap HeapOutOfBounds
    48:  udf    #21760                               ; wasm 0x6c; trap StackOverflow

;; function 1 (export "store_far"): 104 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x74; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x64  // b.pmore
    18:  mov    x8, #0xffffffffffffffe7  // #-25     ; no operator
    1c:  movk   x8, #0xfffe, lsl #32
    20:  cmp    x2, x8                               ; wasm 0x79
    24:  b.hi   0x60  // b.pmore
    28:  ldr    x8, [x0, #160]                       ; no operator; trap HeapOutOfBounds
    2c:  mov    x10, #0x18  // #24
    30:  movk   x10, #0x1, lsl #32
    34:  ldr    x9, [x8, #8]                         ; trap HeapOutOfBounds
    38:  add    x10, x2, x10                         ; wasm 0x79
    3c:  cmp    x10, x9
    40:  b.hi   0x60  // b.pmore
    44:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    48:  mov    x9, #0x10  // #16
    4c:  movk   x9, #0x1, lsl #32
    50:  add    x8, x8, x2
    54:  str    x3, [x8, x9]                         ; trap HeapOutOfBounds
    58:  ldp    x29, x30, [sp], #16                  ; wasm 0x80; trap StackOverflow
    5c:  ret
    60:  udf    #21761                               ; wasm 0x79; trap HeapOutOfBounds
    64:  udf    #21760                               ; wasm 0x74; trap StackOverflow

;; function 2 (export "size"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x82; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  ldr    x8, [x0, #160]                       ; wasm 0x83; trap HeapOutOfBounds
    1c:  ldr    x8, [x8, #8]                         ; trap HeapOutOfBounds
    20:  lsr    x0, x8, #16
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x85; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0x82; trap StackOverflow

;; function 3 (export "table_get"): 64 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x87; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x38  // b.pmore
    18:  ldr    x8, [x0, #152]                       ; wasm 0x8a; trap HeapOutOfBounds
    1c:  ldr    w9, [x8, #8]                         ; trap HeapOutOfBounds
    20:  cmp    x2, x9
    24:  b.cs   0x3c  // b.hs, b.nlast
    28:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    2c:  ldr    x0, [x8, x2, lsl #3]                 ; trap HeapOutOfBounds
    30:  ldp    x29, x30, [sp], #16                  ; wasm 0x8c; trap StackOverflow
    34:  ret
    38:  udf    #21760                               ; wasm 0x87; trap StackOverflow
    3c:  udf    #21762                               ; wasm 0x8a; trap TableOutOfBounds

;; function 4 (export "table_size"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x8e; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  ldr    x8, [x0, #152]                       ; wasm 0x8f; trap HeapOutOfBounds
    1c:  ldr    w0, [x8, #8]                         ; trap HeapOutOfBounds
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x92; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x8e; trap StackOverflow
