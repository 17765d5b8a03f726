;; br-table.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "switch"): 160 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x9c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x3b
    38:  cmp    w1, #0x4                             ; wasm 0x3d
    3c:  b.cs   0x8c  // b.hs, b.nlast
    40:  adr    x16, 0x4c
    44:  add    x16, x16, w1, uxtw #2
    48:  br     x16
    4c:  b      0x5c
    50:  b      0x6c
    54:  b      0x7c
    58:  b      0x5c
    5c:  mov    w0, #0xa  // #10                     ; wasm 0x47
    60:  mov    sp, x29
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  mov    w0, #0x14  // #20                    ; wasm 0x4b
    70:  mov    sp, x29
    74:  ldp    x29, x30, [sp], #16
    78:  ret
    7c:  mov    w0, #0x1e  // #30                    ; wasm 0x4f
    80:  mov    sp, x29
    84:  ldp    x29, x30, [sp], #16
    88:  ret
    8c:  mov    w0, #0x28  // #40                    ; wasm 0x53
    90:  mov    sp, x29
    94:  ldp    x29, x30, [sp], #16
    98:  ret
    9c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "with_value"): 140 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x88  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x5c
    38:  cmp    w1, #0x2                             ; wasm 0x5e
    3c:  b.cs   0x54  // b.hs, b.nlast
    40:  adr    x16, 0x4c
    44:  add    x16, x16, w1, uxtw #2
    48:  br     x16
    4c:  b      0x54
    50:  b      0x60
    54:  mov    x17, #0x7  // #7
    58:  stur   x17, [x29, #-24]
    5c:  b      0x6c
    60:  mov    x17, #0x7  // #7
    64:  stur   x17, [x29, #-24]
    68:  b      0x78
    6c:  ldur   x1, [x29, #-24]                      ; wasm 0x66
    70:  add    w1, w1, #0x1
    74:  stur   x1, [x29, #-24]                      ; wasm 0x67
    78:  ldur   x0, [x29, #-24]                      ; wasm 0x68
    7c:  mov    sp, x29
    80:  ldp    x29, x30, [sp], #16
    84:  ret
    88:  udf    #0                                   ; no operator; trap StackOverflow
