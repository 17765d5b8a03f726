;; memory-grow.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "size"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x4, [x2, #104]                       ; wasm 0x47
     c:  ldr    x4, [x4, #8]
    10:  lsr    x2, x4, #16
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x49
    18:  ret

;; function 1 (export "grow"): 68 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x40  // b.lo, b.ul, b.last
    1c:  ldr    x7, [x2, #8]                         ; wasm 0x4e
    20:  mov    x0, x2
    24:  ldr    x7, [x7]
    28:  mov    w1, #0x0  // #0
    2c:  mov    w2, w4
    30:  blr    x7
    34:  mov    x2, x0
    38:  ldp    x29, x30, [sp], #16                  ; wasm 0x50
    3c:  ret
    40:  udf    #49439                               ; trap StackOverflow

;; function 2 (export "grow_then_load"): 96 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x20
    14:  cmp    sp, x16
    18:  b.cc   0x5c  // b.lo, b.ul, b.last
    1c:  str    x19, [sp, #-16]!
    20:  ldr    x10, [x2, #8]                        ; wasm 0x55
    24:  mov    x19, x2
    28:  ldr    x10, [x10]
    2c:  mov    w1, #0x0  // #0
    30:  mov    x2, #0x1  // #1
    34:  mov    x0, x19
    38:  blr    x10
    3c:  mov    x2, x19
    40:  ldr    x10, [x2, #104]                      ; wasm 0x5c
    44:  ldr    x10, [x10]
    48:  mov    x9, #0x10000  // #65536
    4c:  ldr    w2, [x10, x9]                        ; trap HeapOutOfBounds
    50:  ldr    x19, [sp], #16                       ; wasm 0x5f
    54:  ldp    x29, x30, [sp], #16
    58:  ret
    5c:  udf    #49439                               ; trap StackOverflow
