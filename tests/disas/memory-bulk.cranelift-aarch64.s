;; memory-bulk.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "fill"): 72 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x0]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x40  // b.lo, b.ul, b.last
    1c:  ldr    x10, [x0, #8]                        ; wasm 0x46
    20:  ldr    x10, [x10, #8]
    24:  mov    w1, #0x0  // #0
    28:  mov    w2, w2
    2c:  mov    w4, w4
    30:  blr    x10
    34:  cbnz   w0, 0x44
    38:  ldp    x29, x30, [sp], #16                  ; wasm 0x49
    3c:  ret
    40:  udf    #49439                               ; trap StackOverflow
    44:  udf    #49439                               ; wasm 0x46; trap HeapOutOfBounds

;; function 1 (export "copy"): 96 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x0]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x58  // b.lo, b.ul, b.last
    1c:  mov    x1, x3
    20:  mov    x5, x4
    24:  mov    x15, x2
    28:  ldr    x11, [x0, #8]                        ; wasm 0x52
    2c:  ldr    x11, [x11, #16]
    30:  mov    w2, #0x0  // #0
    34:  mov    w3, w15
    38:  mov    w4, w1
    3c:  mov    x1, x5
    40:  mov    w5, w1
    44:  mov    x1, x2
    48:  blr    x11
    4c:  cbnz   w0, 0x5c
    50:  ldp    x29, x30, [sp], #16                  ; wasm 0x56
    54:  ret
    58:  udf    #49439                               ; trap StackOverflow
    5c:  udf    #49439                               ; wasm 0x52; trap HeapOutOfBounds

;; function 2 (export "init"): 120 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x0]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x30
    14:  cmp    sp, x16
    18:  b.cc   0x70  // b.lo, b.ul, b.last
    1c:  str    x21, [sp, #-16]!
    20:  stp    x19, x20, [sp, #-16]!
    24:  ldr    x19, [x0, #8]                        ; wasm 0x5f
    28:  mov    x21, x0
    2c:  ldr    x9, [x19, #24]
    30:  mov    w20, #0x0  // #0                     ; wasm 0x5b
    34:  mov    w3, w2                               ; wasm 0x5f
    38:  mov    w5, #0x5  // #5                      ; wasm 0x5d
    3c:  mov    x1, x20
    40:  mov    x2, x20
    44:  mov    x4, x20
    48:  blr    x9                                   ; wasm 0x5f
    4c:  cbnz   w0, 0x74
    50:  ldr    x10, [x19, #32]                      ; wasm 0x63
    54:  mov    x0, x21
    58:  mov    x1, x20
    5c:  blr    x10
    60:  ldp    x19, x20, [sp], #16                  ; wasm 0x66
    64:  ldr    x21, [sp], #16
    68:  ldp    x29, x30, [sp], #16
    6c:  ret
    70:  udf    #49439                               ; trap StackOverflow
    74:  udf    #49439                               ; wasm 0x5f; trap HeapOutOfBounds
