;; epochs.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs true, nan_canonicalization false

;; function 0 (export "spin"): 236 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xe0  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldr    x9, [x28]
    38:  ldr    x10, [x9, #32]
    3c:  ldr    x10, [x10]
    40:  ldr    x9, [x9, #24]
    44:  cmp    x10, x9
    48:  b.cs   0x90  // b.hs, b.nlast
    4c:  ldr    x9, [x28]                            ; wasm 0x23
    50:  ldr    x10, [x9, #32]
    54:  ldr    x10, [x10]
    58:  ldr    x9, [x9, #24]
    5c:  cmp    x10, x9
    60:  b.cs   0xb8  // b.hs, b.nlast
    64:  ldur   x1, [x29, #-16]                      ; wasm 0x25
    68:  sub    w1, w1, #0x1                         ; wasm 0x29
    6c:  stur   x1, [x29, #-16]                      ; wasm 0x2a
    70:  ldur   x1, [x29, #-16]                      ; wasm 0x2c
    74:  cmp    w1, #0x0                             ; wasm 0x2e
    78:  b.ne   0x4c  // b.any
    7c:  ldur   x1, [x29, #-16]                      ; wasm 0x31
    80:  mov    x0, x1                               ; wasm 0x33
    84:  mov    sp, x29
    88:  ldp    x29, x30, [sp], #16
    8c:  ret
    90:  mov    x0, x28                              ; wasm 0x22
    94:  ldr    x9, [x28, #8]
    98:  ldr    x9, [x9, #80]
    9c:  blr    x9
    a0:  ldur   x28, [x29, #-8]
    a4:  ldr    x9, [x28]
    a8:  ldr    x9, [x9, #24]
    ac:  cmp    x9, #0x0
    b0:  b.eq   0xe4  // b.none
    b4:  b      0x4c
    b8:  mov    x0, x28                              ; wasm 0x23
    bc:  ldr    x9, [x28, #8]
    c0:  ldr    x9, [x9, #80]
    c4:  blr    x9
    c8:  ldur   x28, [x29, #-8]
    cc:  ldr    x9, [x28]
    d0:  ldr    x9, [x9, #24]
    d4:  cmp    x9, #0x0
    d8:  b.eq   0xe8  // b.none
    dc:  b      0x64
    e0:  udf    #0                                   ; no operator; trap StackOverflow
    e4:  udf    #0                                   ; trap Interrupted
    e8:  udf    #0                                   ; wasm 0x23; trap Interrupted
