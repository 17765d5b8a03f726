;; epochs.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs true, nan_canonicalization false

;; function 0 (export "spin"): 168 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x9c  // b.lo, b.ul, b.last
    1c:  ldr    x6, [x2]
    20:  ldr    x1, [x6, #32]
    24:  ldar   x3, [x1]
    28:  ldr    x5, [x6, #24]
    2c:  cmp    x3, x5
    30:  b.cs   0x60  // b.hs, b.nlast
    34:  mov    x5, x2
    38:  ldar   x2, [x1]                             ; wasm 0x23
    3c:  ldr    x3, [x6, #24]
    40:  cmp    x2, x3
    44:  b.cs   0x80  // b.hs, b.nlast
    48:  sub    w2, w4, #0x1
    4c:  cbz    w2, 0x58                             ; wasm 0x2e
    50:  mov    x4, x2
    54:  b      0x38
    58:  ldp    x29, x30, [sp], #16                  ; wasm 0x33
    5c:  ret
    60:  ldr    x3, [x2, #8]
    64:  ldr    x3, [x3, #80]
    68:  mov    x0, x2
    6c:  mov    x5, x2
    70:  blr    x3
    74:  ldr    x2, [x6, #24]
    78:  cbz    x2, 0xa0
    7c:  b      0x38
    80:  mov    x0, x5
    84:  ldr    x2, [x0, #8]                         ; wasm 0x23
    88:  ldr    x2, [x2, #80]
    8c:  blr    x2
    90:  ldr    x2, [x6, #24]
    94:  cbz    x2, 0xa4
    98:  b      0x48
    9c:  udf    #49439                               ; trap StackOverflow
    a0:  udf    #49439                               ; trap Interrupted
    a4:  udf    #49439                               ; trap Interrupted
