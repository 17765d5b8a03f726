;; br-table.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "switch"): 108 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cmp    w2, #0x4
     c:  mov    x9, #0x4  // #4
    10:  csel   x9, x2, x9, cc  // cc = lo, ul, last
    14:  adr    x8, 0x24
    18:  ldrsw  x9, [x8, w9, uxtw #2]
    1c:  add    x8, x8, x9
    20:  br     x8
    24:  udf    #48
    28:  udf    #36
    2c:  udf    #24
    30:  udf    #48
    34:  udf    #60
    38:  b      0x54
    3c:  mov    w0, #0x1e  // #30
    40:  ldp    x29, x30, [sp], #16
    44:  ret
    48:  mov    w0, #0x14  // #20
    4c:  ldp    x29, x30, [sp], #16
    50:  ret
    54:  mov    w0, #0xa  // #10
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  mov    w0, #0x28  // #40
    64:  ldp    x29, x30, [sp], #16
    68:  ret

;; function 1 (export "with_value"): 72 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cmp    w2, #0x2
     c:  mov    x9, #0x2  // #2
    10:  csel   x9, x2, x9, cc  // cc = lo, ul, last
    14:  adr    x8, 0x24
    18:  ldrsw  x9, [x8, w9, uxtw #2]
    1c:  add    x8, x8, x9
    20:  br     x8
    24:  udf    #24
    28:  udf    #16
    2c:  udf    #24
    30:  b      0x3c
    34:  mov    w0, #0x7  // #7
    38:  b      0x40
    3c:  mov    w0, #0x8  // #8
    40:  ldp    x29, x30, [sp], #16
    44:  ret
