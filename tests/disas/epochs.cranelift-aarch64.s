;; epochs.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs true, nan_canonicalization false

;; function 0 (export "spin"): 80 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x10, [x0]
     c:  ldr    x11, [x10, #32]
    10:  ldar   x12, [x11]
    14:  ldr    x13, [x10, #24]
    18:  cmp    x12, x13
    1c:  b.cs   0x48  // b.hs, b.nlast
    20:  ldar   x13, [x11]                           ; wasm 0x23
    24:  ldr    x14, [x10, #24]
    28:  cmp    x13, x14
    2c:  b.cs   0x4c  // b.hs, b.nlast
    30:  sub    w0, w2, #0x1
    34:  cbz    w0, 0x40                             ; wasm 0x2e
    38:  mov    x2, x0
    3c:  b      0x20
    40:  ldp    x29, x30, [sp], #16                  ; wasm 0x33
    44:  ret
    48:  udf    #49439                               ; trap Interrupted
    4c:  udf    #49439                               ; wasm 0x23; trap Interrupted
