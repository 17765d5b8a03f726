;; memory-grow.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "size"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x4, [x0, #104]                       ; wasm 0x47
     c:  ldr    x4, [x4, #8]
    10:  lsr    x0, x4, #16
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x49
    18:  ret

;; function 1 (export "grow"): 60 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x0]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x38  // b.lo, b.ul, b.last
    1c:  ldr    x7, [x0, #8]                         ; wasm 0x4e
    20:  ldr    x7, [x7]
    24:  mov    w1, #0x0  // #0
    28:  mov    w2, w2
    2c:  blr    x7
    30:  ldp    x29, x30, [sp], #16                  ; wasm 0x50
    34:  ret
    38:  udf    #49439                               ; trap StackOverflow

;; function 2 (export "grow_then_load"): 88 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x0]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x20
    14:  cmp    sp, x16
    18:  b.cc   0x54  // b.lo, b.ul, b.last
    1c:  str    x19, [sp, #-16]!
    20:  ldr    x10, [x0, #8]                        ; wasm 0x55
    24:  mov    x19, x0
    28:  ldr    x10, [x10]
    2c:  mov    w1, #0x0  // #0
    30:  mov    x2, #0x1  // #1
    34:  blr    x10
    38:  ldr    x10, [x19, #104]                     ; wasm 0x5c
    3c:  ldr    x10, [x10]
    40:  mov    x9, #0x10000  // #65536
    44:  ldr    w0, [x10, x9]                        ; trap HeapOutOfBounds
    48:  ldr    x19, [sp], #16                       ; wasm 0x5f
    4c:  ldp    x29, x30, [sp], #16
    50:  ret
    54:  udf    #49439                               ; trap StackOverflow
