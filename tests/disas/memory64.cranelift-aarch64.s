;; memory64.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load"): 60 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x8, [x2, #160]                       ; wasm 0x6f
     c:  ldr    x9, [x8, #8]
    10:  mov    x10, #0x4  // #4
    14:  adds   x10, x4, x10
    18:  b.cs   0x34  // b.hs, b.nlast
    1c:  cmp    x10, x9
    20:  b.hi   0x38  // b.pmore
    24:  ldr    x11, [x8]
    28:  ldr    w2, [x11, x4]                        ; trap HeapOutOfBounds
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x72
    30:  ret
    34:  udf    #49439                               ; wasm 0x6f; trap HeapOutOfBounds
    38:  udf    #49439                               ; trap HeapOutOfBounds

;; function 1 (export "store_far"): 76 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x12, [x2, #160]                      ; wasm 0x79
     c:  ldr    x13, [x12, #8]
    10:  mov    x14, #0x18  // #24
    14:  movk   x14, #0x1, lsl #32
    18:  adds   x14, x4, x14
    1c:  b.cs   0x44  // b.hs, b.nlast
    20:  cmp    x14, x13
    24:  b.hi   0x48  // b.pmore
    28:  ldr    x15, [x12]
    2c:  add    x15, x15, x4
    30:  mov    x0, #0x10  // #16
    34:  movk   x0, #0x1, lsl #32
    38:  str    x5, [x15, x0]                        ; trap HeapOutOfBounds
    3c:  ldp    x29, x30, [sp], #16                  ; wasm 0x80
    40:  ret
    44:  udf    #49439                               ; wasm 0x79; trap HeapOutOfBounds
    48:  udf    #49439                               ; trap HeapOutOfBounds

;; function 2 (export "size"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x4, [x2, #160]                       ; wasm 0x83
     c:  ldr    x4, [x4, #8]
    10:  lsr    x2, x4, #16
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x85
    18:  ret

;; function 3 (export "table_get"): 44 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x6, [x2, #152]                       ; wasm 0x8a
     c:  ldr    w7, [x6, #8]
    10:  cmp    x4, x7
    14:  b.cs   0x28  // b.hs, b.nlast
    18:  ldr    x8, [x6]
    1c:  ldr    x2, [x8, x4, lsl #3]
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x8c
    24:  ret
    28:  udf    #49439                               ; wasm 0x8a; trap TableOutOfBounds

;; function 4 (export "table_size"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x4, [x2, #152]                       ; wasm 0x8f
     c:  ldr    w4, [x4, #8]
    10:  mov    w2, w4
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x92
    18:  ret
