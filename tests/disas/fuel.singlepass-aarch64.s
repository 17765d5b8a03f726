;; fuel.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel true, epochs false, nan_canonicalization false

;; function 0 $callee: 116 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x6c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldr    x9, [x28]
    38:  ldr    x10, [x9, #16]
    3c:  cmp    x10, #0x0
    40:  b.gt   0x70
    44:  ldur   x1, [x29, #-16]                      ; wasm 0x25
    48:  add    w1, w1, #0x1                         ; wasm 0x29
    4c:  ldr    x9, [x28]                            ; wasm 0x2a
    50:  ldr    x17, [x9, #16]
    54:  add    x17, x17, #0x3
    58:  str    x17, [x9, #16]
    5c:  mov    x0, x1
    60:  mov    sp, x29
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  udf    #0                                   ; no operator; trap StackOverflow
    70:  udf    #0                                   ; trap OutOfFuel

;; function 1 (export "count"): 228 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xd8  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   xzr, [x29, #-24]
    38:  ldr    x9, [x28]
    3c:  ldr    x10, [x9, #16]
    40:  cmp    x10, #0x0
    44:  b.gt   0xdc
    48:  ldr    x9, [x28]                            ; wasm 0x2f
    4c:  ldr    x10, [x9, #16]
    50:  cmp    x10, #0x0
    54:  b.gt   0xe0
    58:  ldur   x1, [x29, #-24]                      ; wasm 0x31
    5c:  ldr    x9, [x28]                            ; wasm 0x33
    60:  ldr    x17, [x9, #16]
    64:  add    x17, x17, #0x3
    68:  str    x17, [x9, #16]
    6c:  stur   x1, [x29, #-32]
    70:  ldur   x2, [x29, #-32]
    74:  mov    x0, x28
    78:  mov    x1, x28
    7c:  bl     0x7c                                 ; reloc Arm64Call -> function 0, addend 0
    80:  ldur   x28, [x29, #-8]
    84:  mov    x1, x0
    88:  stur   x1, [x29, #-24]                      ; wasm 0x35
    8c:  ldur   x1, [x29, #-24]                      ; wasm 0x37
    90:  ldur   x2, [x29, #-16]                      ; wasm 0x39
    94:  cmp    w1, w2                               ; wasm 0x3b
    98:  cset   w1, cc  // cc = lo, ul, last
    9c:  ldr    x9, [x28]                            ; wasm 0x3c
    a0:  ldr    x17, [x9, #16]
    a4:  add    x17, x17, #0x5
    a8:  str    x17, [x9, #16]
    ac:  cmp    w1, #0x0
    b0:  b.ne   0x48  // b.any
    b4:  ldur   x1, [x29, #-24]                      ; wasm 0x3f
    b8:  ldr    x9, [x28]                            ; wasm 0x41
    bc:  ldr    x17, [x9, #16]
    c0:  add    x17, x17, #0x1
    c4:  str    x17, [x9, #16]
    c8:  mov    x0, x1
    cc:  mov    sp, x29
    d0:  ldp    x29, x30, [sp], #16
    d4:  ret
    d8:  udf    #0                                   ; no operator; trap StackOverflow
    dc:  udf    #0                                   ; trap OutOfFuel
    e0:  udf    #0                                   ; wasm 0x2f; trap OutOfFuel
