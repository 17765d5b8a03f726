;; load-store-static.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  ldr    w0, [x8, w2, uxtw]                   ; trap HeapOutOfBounds
    24:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; trap StackOverflow

;; function 1 (export "load_i64_offset"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  add    x8, x8, w2, uxtw
    24:  ldr    x0, [x8, #16]                        ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; trap StackOverflow

;; function 2 (export "load8_s"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  add    x8, x8, w2, uxtw
    24:  ldrsb  w0, [x8, #3]                         ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; trap StackOverflow

;; function 3 (export "load16_u_i64"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  ldrh   w0, [x8, w2, uxtw]                   ; trap HeapOutOfBounds
    24:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; trap StackOverflow

;; function 4 (export "load_far"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  add    x8, x8, w2, uxtw
    24:  add    x9, x8, #0x10, lsl #12
    28:  ldr    w0, [x9, #16]                        ; trap HeapOutOfBounds
    2c:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; trap StackOverflow

;; function 5 (export "store_i32"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  str    w3, [x8, w2, uxtw]                   ; trap HeapOutOfBounds
    24:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; trap StackOverflow

;; function 6 (export "store8"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  add    x8, x8, w2, uxtw
    24:  strb   w3, [x8, #1]                         ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; trap StackOverflow

;; function 7 (export "store_f64"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  add    x8, x8, w2, uxtw
    24:  str    d0, [x8, #8]                         ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; trap StackOverflow

;; function 8 (export "copy_word"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  ldr    x8, [x0, #248]                       ; trap HeapOutOfBounds
    1c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    20:  ldr    x9, [x8, w2, uxtw]                   ; trap HeapOutOfBounds
    24:  str    x9, [x8, w3, uxtw]                   ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; trap StackOverflow
