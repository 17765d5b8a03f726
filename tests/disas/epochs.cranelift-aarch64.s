;; epochs.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs true, nan_canonicalization false

;; function 0 (export "spin"): 176 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x0]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0xa4  // b.lo, b.ul, b.last
    1c:  mov    x5, x2
    20:  ldr    x1, [x0]
    24:  ldr    x2, [x1, #32]
    28:  ldar   x3, [x2]
    2c:  ldr    x4, [x1, #24]
    30:  cmp    x3, x4
    34:  b.cs   0x6c  // b.hs, b.nlast
    38:  ldar   x3, [x2]                             ; wasm 0x23
    3c:  ldr    x4, [x1, #24]
    40:  cmp    x3, x4
    44:  b.cs   0x84  // b.hs, b.nlast
    48:  mov    x3, x0
    4c:  mov    x0, x5
    50:  sub    w0, w0, #0x1
    54:  cbz    w0, 0x64                             ; wasm 0x2e
    58:  mov    x5, x0
    5c:  mov    x0, x3
    60:  b      0x38
    64:  ldp    x29, x30, [sp], #16                  ; wasm 0x33
    68:  ret
    6c:  ldr    x3, [x0, #8]
    70:  ldr    x3, [x3, #80]
    74:  blr    x3
    78:  ldr    x3, [x1, #24]
    7c:  cbz    x3, 0xa8
    80:  b      0x38
    84:  ldr    x3, [x0, #8]                         ; wasm 0x23
    88:  ldr    x3, [x3, #80]
    8c:  blr    x3
    90:  mov    x3, x0
    94:  ldr    x0, [x1, #24]
    98:  cbz    x0, 0xac
    9c:  mov    x0, x5
    a0:  b      0x50
    a4:  udf    #49439                               ; trap StackOverflow
    a8:  udf    #49439                               ; trap Interrupted
    ac:  udf    #49439                               ; trap Interrupted
