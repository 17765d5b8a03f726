;; load-store-dynamic.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks dynamic, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xa5
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x40  // b.pmore
    18:  ldr    x9, [x0, #248]                       ; wasm 0xa8
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x4
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x44  // b.pmore
    30:  ldr    x9, [x9]
    34:  ldr    w0, [x9, x8]
    38:  ldp    x29, x30, [sp], #16                  ; wasm 0xab; trap StackOverflow
    3c:  ret
    40:  udf    #21760                               ; wasm 0xa5; trap StackOverflow
    44:  udf    #21761                               ; wasm 0xa8; trap HeapOutOfBounds

;; function 1 (export "load_i64_offset"): 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xad
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x44  // b.pmore
    18:  ldr    x9, [x0, #248]                       ; wasm 0xb0
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x18
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x48  // b.pmore
    30:  ldr    x9, [x9]
    34:  add    x8, x9, x8
    38:  ldr    x0, [x8, #16]
    3c:  ldp    x29, x30, [sp], #16                  ; wasm 0xb3; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; wasm 0xad; trap StackOverflow
    48:  udf    #21761                               ; wasm 0xb0; trap HeapOutOfBounds

;; function 2 (export "load8_s"): 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xb5
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x44  // b.pmore
    18:  ldr    x9, [x0, #248]                       ; wasm 0xb8
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x4
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x48  // b.pmore
    30:  ldr    x9, [x9]
    34:  add    x8, x9, x8
    38:  ldrsb  w0, [x8, #3]
    3c:  ldp    x29, x30, [sp], #16                  ; wasm 0xbb; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; wasm 0xb5; trap StackOverflow
    48:  udf    #21761                               ; wasm 0xb8; trap HeapOutOfBounds

;; function 3 (export "load16_u_i64"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xbd
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x40  // b.pmore
    18:  ldr    x9, [x0, #248]                       ; wasm 0xc0
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x2
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x44  // b.pmore
    30:  ldr    x9, [x9]
    34:  ldrh   w0, [x9, x8]
    38:  ldp    x29, x30, [sp], #16                  ; wasm 0xc3; trap StackOverflow
    3c:  ret
    40:  udf    #21760                               ; wasm 0xbd; trap StackOverflow
    44:  udf    #21761                               ; wasm 0xc0; trap HeapOutOfBounds

;; function 4 (export "load_far"): 84 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xc5
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x4c  // b.pmore
    18:  ldr    x9, [x0, #248]                       ; wasm 0xc8
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x10, lsl #12
    24:  ldr    x10, [x9, #8]
    28:  add    x11, x11, #0x14
    2c:  cmp    x11, x10
    30:  b.hi   0x50  // b.pmore
    34:  ldr    x9, [x9]
    38:  add    x8, x9, x8
    3c:  add    x9, x8, #0x10, lsl #12
    40:  ldr    w0, [x9, #16]
    44:  ldp    x29, x30, [sp], #16                  ; wasm 0xcd; trap StackOverflow
    48:  ret
    4c:  udf    #21760                               ; wasm 0xc5; trap StackOverflow
    50:  udf    #21761                               ; wasm 0xc8; trap HeapOutOfBounds

;; function 5 (export "store_i32"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xcf
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x40  // b.pmore
    18:  ldr    x9, [x0, #248]                       ; wasm 0xd4
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x4
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x44  // b.pmore
    30:  ldr    x9, [x9]
    34:  str    w3, [x9, x8]
    38:  ldp    x29, x30, [sp], #16                  ; wasm 0xd7; trap StackOverflow
    3c:  ret
    40:  udf    #21760                               ; wasm 0xcf; trap StackOverflow
    44:  udf    #21761                               ; wasm 0xd4; trap HeapOutOfBounds

;; function 6 (export "store8"): 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xd9
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x44  // b.pmore
    18:  ldr    x9, [x0, #248]                       ; wasm 0xde
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x2
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x48  // b.pmore
    30:  ldr    x9, [x9]
    34:  add    x8, x9, x8
    38:  strb   w3, [x8, #1]
    3c:  ldp    x29, x30, [sp], #16                  ; wasm 0xe1; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; wasm 0xd9; trap StackOverflow
    48:  udf    #21761                               ; wasm 0xde; trap HeapOutOfBounds

;; function 7 (export "store_f64"): 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xe3
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x44  // b.pmore
    18:  ldr    x9, [x0, #248]                       ; wasm 0xe8
    1c:  mov    w8, w2
    20:  add    x11, x8, #0x10
    24:  ldr    x10, [x9, #8]
    28:  cmp    x11, x10
    2c:  b.hi   0x48  // b.pmore
    30:  ldr    x9, [x9]
    34:  add    x8, x9, x8
    38:  str    d0, [x8, #8]
    3c:  ldp    x29, x30, [sp], #16                  ; wasm 0xeb; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; wasm 0xe3; trap StackOverflow
    48:  udf    #21761                               ; wasm 0xe8; trap HeapOutOfBounds

;; function 8 (export "copy_word"): 92 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xed
     c:  ldr    x8, [x8]
    10:  cmp    x8, x29
    14:  b.hi   0x58  // b.pmore
    18:  ldr    x9, [x0, #248]                       ; wasm 0xf2
    1c:  mov    w8, w2
    20:  add    x10, x8, #0x8
    24:  ldr    x11, [x9, #8]
    28:  cmp    x10, x11
    2c:  b.hi   0x54  // b.pmore
    30:  mov    w10, w3                              ; wasm 0xf5
    34:  add    x12, x10, #0x8
    38:  cmp    x12, x11
    3c:  b.hi   0x54  // b.pmore
    40:  ldr    x9, [x9]                             ; wasm 0xf2
    44:  ldr    x8, [x9, x8]
    48:  str    x8, [x9, x10]                        ; wasm 0xf5
    4c:  ldp    x29, x30, [sp], #16                  ; wasm 0xf8; trap StackOverflow
    50:  ret
    54:  udf    #21761                               ; wasm 0xf2; trap HeapOutOfBounds
    58:  udf    #21760                               ; wasm 0xed; trap StackOverflow
