;; load-store-static.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xa5; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; wasm 0xa8; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  ldr    w0, [x8, w2, uxtw]                   ; trap HeapOutOfBounds
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0xab; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0xa5; trap StackOverflow

;; function 1 (export "load_i64_offset"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xad; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; wasm 0xb0; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  add    x8, x8, w2, uxtw
    24:  ldr    x0, [x8, #16]                        ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0xb3; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0xad; trap StackOverflow

;; function 2 (export "load8_s"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xb5; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; wasm 0xb8; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  add    x8, x8, w2, uxtw
    24:  ldrsb  w0, [x8, #3]                         ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0xbb; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0xb5; trap StackOverflow

;; function 3 (export "load16_u_i64"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xbd; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; wasm 0xc0; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  ldrh   w0, [x8, w2, uxtw]                   ; trap HeapOutOfBounds
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0xc3; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0xbd; trap StackOverflow

;; function 4 (export "load_far"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xc5; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; wasm 0xc8; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  add    x8, x8, w2, uxtw
    24:  add    x9, x8, #0x10, lsl #12
    28:  ldr    w0, [x9, #16]                        ; trap HeapOutOfBounds
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0xcd; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; wasm 0xc5; trap StackOverflow

;; function 5 (export "store_i32"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xcf; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; wasm 0xd4; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  str    w3, [x8, w2, uxtw]                   ; trap HeapOutOfBounds
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0xd7; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0xcf; trap StackOverflow

;; function 6 (export "store8"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xd9; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; wasm 0xde; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  add    x8, x8, w2, uxtw
    24:  strb   w3, [x8, #1]                         ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0xe1; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0xd9; trap StackOverflow

;; function 7 (export "store_f64"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xe3; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; wasm 0xe8; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  add    x8, x8, w2, uxtw
    24:  str    d0, [x8, #8]                         ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0xeb; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0xe3; trap StackOverflow

;; function 8 (export "copy_word"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xed; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; wasm 0xf2; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  ldr    x9, [x8, w2, uxtw]                   ; trap HeapOutOfBounds
    24:  str    x9, [x8, w3, uxtw]                   ; wasm 0xf5; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0xf8; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0xed; trap StackOverflow
