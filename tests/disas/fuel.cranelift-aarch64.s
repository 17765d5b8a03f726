;; fuel.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel true, epochs false, nan_canonicalization false

;; function 0 $callee: 48 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x6, [x0]
     c:  ldr    x7, [x6, #16]
    10:  cmp    x7, #0x0
    14:  b.gt   0x2c
    18:  add    x8, x7, #0x3                         ; wasm 0x2a
    1c:  str    x8, [x6, #16]
    20:  add    w0, w2, #0x1                         ; wasm 0x29
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x2a
    28:  ret
    2c:  udf    #49439                               ; trap OutOfFuel

;; function 1 (export "count"): 164 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x0]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x30
    14:  cmp    sp, x16
    18:  b.cc   0x98  // b.lo, b.ul, b.last
    1c:  str    x21, [sp, #-16]!
    20:  stp    x19, x20, [sp, #-16]!
    24:  mov    x20, x2
    28:  ldr    x19, [x0]
    2c:  mov    x21, x0
    30:  ldr    x4, [x19, #16]
    34:  cmp    x4, #0x0
    38:  b.gt   0x9c
    3c:  mov    w2, #0x0  // #0
    40:  str    x4, [x19, #16]                       ; wasm 0x2f
    44:  cmp    x4, #0x0
    48:  b.gt   0xa0
    4c:  add    x0, x4, #0x3
    50:  str    x0, [x19, #16]                       ; wasm 0x33
    54:  mov    x0, x21
    58:  mov    x1, x21
    5c:  bl     0x5c                                 ; reloc Arm64Call -> function 0, addend 0
    60:  ldr    x1, [x19, #16]
    64:  add    x4, x1, #0x5
    68:  mov    x2, x20
    6c:  cmp    w0, w2                               ; wasm 0x3c
    70:  b.cs   0x80  // b.hs, b.nlast
    74:  mov    x20, x2
    78:  mov    x2, x0
    7c:  b      0x40
    80:  add    x1, x1, #0x6
    84:  str    x1, [x19, #16]                       ; wasm 0x41
    88:  ldp    x19, x20, [sp], #16
    8c:  ldr    x21, [sp], #16
    90:  ldp    x29, x30, [sp], #16
    94:  ret
    98:  udf    #49439                               ; trap StackOverflow
    9c:  udf    #49439                               ; trap OutOfFuel
    a0:  udf    #49439                               ; wasm 0x2f; trap OutOfFuel
