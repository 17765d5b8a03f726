;; fuel.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel true, epochs false, nan_canonicalization false

;; function 0 $callee: 48 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x6, [x2]
     c:  ldr    x7, [x6, #16]
    10:  cmp    x7, #0x0
    14:  b.gt   0x2c
    18:  add    x8, x7, #0x3                         ; wasm 0x2a
    1c:  str    x8, [x6, #16]
    20:  add    w2, w4, #0x1                         ; wasm 0x29
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x2a
    28:  ret
    2c:  udf    #49439                               ; trap OutOfFuel

;; function 1 (export "count"): 172 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x30
    14:  cmp    sp, x16
    18:  b.cc   0xa0  // b.lo, b.ul, b.last
    1c:  str    x21, [sp, #-16]!
    20:  stp    x19, x20, [sp, #-16]!
    24:  mov    x20, x4
    28:  ldr    x19, [x2]
    2c:  mov    x21, x2
    30:  ldr    x4, [x19, #16]
    34:  cmp    x4, #0x0
    38:  b.gt   0xa4
    3c:  mov    w8, #0x0  // #0
    40:  mov    x1, x8
    44:  str    x4, [x19, #16]                       ; wasm 0x2f
    48:  cmp    x4, #0x0
    4c:  b.gt   0xa8
    50:  add    x0, x4, #0x3
    54:  str    x0, [x19, #16]                       ; wasm 0x33
    58:  mov    x4, x1
    5c:  mov    x2, x21
    60:  mov    x3, x21
    64:  bl     0x64                                 ; reloc Arm64Call -> function 0, addend 0
    68:  ldr    x0, [x19, #16]
    6c:  add    x4, x0, #0x5
    70:  mov    x1, x20
    74:  cmp    w2, w1                               ; wasm 0x3c
    78:  b.cs   0x88  // b.hs, b.nlast
    7c:  mov    x20, x1
    80:  mov    x1, x2
    84:  b      0x44
    88:  add    x0, x0, #0x6
    8c:  str    x0, [x19, #16]                       ; wasm 0x41
    90:  ldp    x19, x20, [sp], #16
    94:  ldr    x21, [sp], #16
    98:  ldp    x29, x30, [sp], #16
    9c:  ret
    a0:  udf    #49439                               ; trap StackOverflow
    a4:  udf    #49439                               ; trap OutOfFuel
    a8:  udf    #49439                               ; wasm 0x2f; trap OutOfFuel
