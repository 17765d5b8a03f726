;; memory-bulk.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "fill"): 80 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x48  // b.lo, b.ul, b.last
    1c:  ldr    x10, [x2, #8]                        ; wasm 0x46
    20:  mov    x0, x2
    24:  ldr    x10, [x10, #8]
    28:  mov    w1, #0x0  // #0
    2c:  mov    w2, w4
    30:  mov    w4, w6
    34:  mov    x3, x5
    38:  blr    x10
    3c:  cbnz   w0, 0x4c
    40:  ldp    x29, x30, [sp], #16                  ; wasm 0x49
    44:  ret
    48:  udf    #49439                               ; trap StackOverflow
    4c:  udf    #49439                               ; wasm 0x46; trap HeapOutOfBounds

;; function 1 (export "copy"): 84 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x4c  // b.lo, b.ul, b.last
    1c:  ldr    x11, [x2, #8]                        ; wasm 0x52
    20:  mov    x0, x2
    24:  ldr    x11, [x11, #16]
    28:  mov    w2, #0x0  // #0
    2c:  mov    w3, w4
    30:  mov    w4, w5
    34:  mov    w5, w6
    38:  mov    x1, x2
    3c:  blr    x11
    40:  cbnz   w0, 0x50
    44:  ldp    x29, x30, [sp], #16                  ; wasm 0x56
    48:  ret
    4c:  udf    #49439                               ; trap StackOverflow
    50:  udf    #49439                               ; wasm 0x52; trap HeapOutOfBounds

;; function 2 (export "init"): 124 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x30
    14:  cmp    sp, x16
    18:  b.cc   0x74  // b.lo, b.ul, b.last
    1c:  str    x21, [sp, #-16]!
    20:  stp    x19, x20, [sp, #-16]!
    24:  ldr    x19, [x2, #8]                        ; wasm 0x5f
    28:  mov    x21, x2
    2c:  ldr    x9, [x19, #24]
    30:  mov    w20, #0x0  // #0                     ; wasm 0x5b
    34:  mov    w3, w4                               ; wasm 0x5f
    38:  mov    w5, #0x5  // #5                      ; wasm 0x5d
    3c:  mov    x0, x21
    40:  mov    x1, x20
    44:  mov    x2, x20
    48:  mov    x4, x20
    4c:  blr    x9                                   ; wasm 0x5f
    50:  cbnz   w0, 0x78
    54:  ldr    x10, [x19, #32]                      ; wasm 0x63
    58:  mov    x0, x21
    5c:  mov    x1, x20
    60:  blr    x10
    64:  ldp    x19, x20, [sp], #16                  ; wasm 0x66
    68:  ldr    x21, [sp], #16
    6c:  ldp    x29, x30, [sp], #16
    70:  ret
    74:  udf    #49439                               ; trap StackOverflow
    78:  udf    #49439                               ; wasm 0x5f; trap HeapOutOfBounds
