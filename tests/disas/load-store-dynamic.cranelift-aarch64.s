;; load-store-dynamic.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks dynamic, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 52 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x9, [x2, #248]                       ; wasm 0xa8
     c:  ldr    x8, [x9]
    10:  ldr    x9, [x9, #8]
    14:  mov    w10, w4
    18:  add    x10, x10, #0x4
    1c:  cmp    x10, x9
    20:  b.hi   0x30  // b.pmore
    24:  ldr    w2, [x8, w4, uxtw]                   ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0xab
    2c:  ret
    30:  udf    #49439                               ; wasm 0xa8; trap HeapOutOfBounds

;; function 1 (export "load_i64_offset"): 56 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x10, [x2, #248]                      ; wasm 0xb0
     c:  ldr    x9, [x10]
    10:  ldr    x10, [x10, #8]
    14:  mov    w11, w4
    18:  add    x11, x11, #0x18
    1c:  cmp    x11, x10
    20:  b.hi   0x34  // b.pmore
    24:  add    x11, x9, w4, uxtw
    28:  ldr    x2, [x11, #16]                       ; trap HeapOutOfBounds
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0xb3
    30:  ret
    34:  udf    #49439                               ; wasm 0xb0; trap HeapOutOfBounds

;; function 2 (export "load8_s"): 56 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x10, [x2, #248]                      ; wasm 0xb8
     c:  ldr    x9, [x10]
    10:  ldr    x10, [x10, #8]
    14:  mov    w11, w4
    18:  add    x11, x11, #0x4
    1c:  cmp    x11, x10
    20:  b.hi   0x34  // b.pmore
    24:  add    x11, x9, w4, uxtw
    28:  ldrsb  x2, [x11, #3]                        ; trap HeapOutOfBounds
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0xbb
    30:  ret
    34:  udf    #49439                               ; wasm 0xb8; trap HeapOutOfBounds

;; function 3 (export "load16_u_i64"): 52 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x9, [x2, #248]                       ; wasm 0xc0
     c:  ldr    x8, [x9]
    10:  ldr    x9, [x9, #8]
    14:  mov    w10, w4
    18:  add    x10, x10, #0x2
    1c:  cmp    x10, x9
    20:  b.hi   0x30  // b.pmore
    24:  ldrh   w2, [x8, w4, uxtw]                   ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0xc3
    2c:  ret
    30:  udf    #49439                               ; wasm 0xc0; trap HeapOutOfBounds

;; function 4 (export "load_far"): 68 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x13, [x2, #248]                      ; wasm 0xc8
     c:  ldr    x12, [x13]
    10:  ldr    x13, [x13, #8]
    14:  mov    w14, #0x14  // #20
    18:  movk   w14, #0x1, lsl #16
    1c:  add    x14, x14, w4, uxtw
    20:  cmp    x14, x13
    24:  b.hi   0x40  // b.pmore
    28:  mov    w13, #0x10  // #16
    2c:  movk   w13, #0x1, lsl #16
    30:  add    x15, x12, x13
    34:  ldr    w2, [x15, w4, uxtw]                  ; trap HeapOutOfBounds
    38:  ldp    x29, x30, [sp], #16                  ; wasm 0xcd
    3c:  ret
    40:  udf    #49439                               ; wasm 0xc8; trap HeapOutOfBounds

;; function 5 (export "store_i32"): 52 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x9, [x2, #248]                       ; wasm 0xd4
     c:  ldr    x8, [x9]
    10:  ldr    x9, [x9, #8]
    14:  mov    w10, w4
    18:  add    x10, x10, #0x4
    1c:  cmp    x10, x9
    20:  b.hi   0x30  // b.pmore
    24:  str    w5, [x8, w4, uxtw]                   ; trap HeapOutOfBounds
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0xd7
    2c:  ret
    30:  udf    #49439                               ; wasm 0xd4; trap HeapOutOfBounds

;; function 6 (export "store8"): 56 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x10, [x2, #248]                      ; wasm 0xde
     c:  ldr    x9, [x10]
    10:  ldr    x10, [x10, #8]
    14:  mov    w11, w4
    18:  add    x11, x11, #0x2
    1c:  cmp    x11, x10
    20:  b.hi   0x34  // b.pmore
    24:  add    x11, x9, w4, uxtw
    28:  strb   w5, [x11, #1]                        ; trap HeapOutOfBounds
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0xe1
    30:  ret
    34:  udf    #49439                               ; wasm 0xde; trap HeapOutOfBounds

;; function 7 (export "store_f64"): 56 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x10, [x2, #248]                      ; wasm 0xe8
     c:  ldr    x9, [x10]
    10:  ldr    x10, [x10, #8]
    14:  mov    w11, w4
    18:  add    x11, x11, #0x10
    1c:  cmp    x11, x10
    20:  b.hi   0x34  // b.pmore
    24:  add    x11, x9, w4, uxtw
    28:  str    d0, [x11, #8]                        ; trap HeapOutOfBounds
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0xeb
    30:  ret
    34:  udf    #49439                               ; wasm 0xe8; trap HeapOutOfBounds

;; function 8 (export "copy_word"): 76 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x12, [x2, #248]                      ; wasm 0xf2
     c:  ldr    x11, [x12]
    10:  ldr    x12, [x12, #8]
    14:  mov    w13, w4
    18:  add    x13, x13, #0x8
    1c:  cmp    x13, x12
    20:  b.hi   0x44  // b.pmore
    24:  ldr    x13, [x11, w4, uxtw]                 ; trap HeapOutOfBounds
    28:  mov    w14, w5                              ; wasm 0xf5
    2c:  add    x14, x14, #0x8
    30:  cmp    x14, x12
    34:  b.hi   0x48  // b.pmore
    38:  str    x13, [x11, w5, uxtw]                 ; trap HeapOutOfBounds
    3c:  ldp    x29, x30, [sp], #16                  ; wasm 0xf8
    40:  ret
    44:  udf    #49439                               ; wasm 0xf2; trap HeapOutOfBounds
    48:  udf    #49439                               ; wasm 0xf5; trap HeapOutOfBounds
