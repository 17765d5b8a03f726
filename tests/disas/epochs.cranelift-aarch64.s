;; epochs.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs true, nan_canonicalization false

;; function 0 (export "spin"): 84 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x11, [x0]
     c:  ldr    x12, [x11, #32]
    10:  ldar   x12, [x12]
    14:  ldr    x13, [x11, #24]
    18:  cmp    x12, x13
    1c:  b.cs   0x4c  // b.hs, b.nlast
    20:  ldr    x14, [x11, #32]
    24:  ldar   x14, [x14]
    28:  ldr    x15, [x11, #24]
    2c:  cmp    x14, x15
    30:  b.cs   0x50  // b.hs, b.nlast
    34:  sub    w0, w2, #0x1
    38:  cbz    w0, 0x44
    3c:  mov    x2, x0
    40:  b      0x20
    44:  ldp    x29, x30, [sp], #16
    48:  ret
    4c:  udf    #49439                               ; trap Interrupted
    50:  udf    #49439                               ; trap Interrupted
