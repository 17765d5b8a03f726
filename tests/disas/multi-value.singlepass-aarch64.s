;; multi-value.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $swap: 88 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x54  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-24]                      ; wasm 0x59
    3c:  ldur   x2, [x29, #-16]                      ; wasm 0x5b
    40:  str    x1, [x29, #16]                       ; wasm 0x5d
    44:  str    x2, [x29, #24]
    48:  mov    sp, x29
    4c:  ldp    x29, x30, [sp], #16
    50:  ret
    54:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "divmod"): 132 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x78  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x60
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x62
    40:  cmp    w2, #0x0                             ; wasm 0x64
    44:  b.eq   0x7c  // b.none
    48:  udiv   w1, w1, w2
    4c:  ldur   x2, [x29, #-16]                      ; wasm 0x65
    50:  ldur   x3, [x29, #-24]                      ; wasm 0x67
    54:  cmp    w3, #0x0                             ; wasm 0x69
    58:  b.eq   0x80  // b.none
    5c:  udiv   w16, w2, w3
    60:  msub   w2, w16, w3, w2
    64:  str    x1, [x29, #16]                       ; wasm 0x6a
    68:  str    x2, [x29, #24]
    6c:  mov    sp, x29
    70:  ldp    x29, x30, [sp], #16
    74:  ret
    78:  udf    #0                                   ; no operator; trap StackOverflow
    7c:  udf    #0                                   ; wasm 0x64; trap IntegerDivisionByZero
    80:  udf    #0                                   ; wasm 0x69; trap IntegerDivisionByZero

;; function 2 (export "via_call"): 148 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x40  // #64
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x90  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x6d
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x6f
    40:  stur   x1, [x29, #-32]                      ; wasm 0x71
    44:  stur   x2, [x29, #-40]
    48:  ldur   x2, [x29, #-32]
    4c:  ldur   x3, [x29, #-40]
    50:  mov    x0, x28
    54:  mov    x1, x28
    58:  bl     0x58                                 ; reloc Arm64Call -> function 0, addend 0
    5c:  ldur   x28, [x29, #-8]
    60:  ldr    x17, [sp]
    64:  stur   x17, [x29, #-32]
    68:  ldr    x17, [sp, #8]
    6c:  stur   x17, [x29, #-40]
    70:  ldur   x1, [x29, #-40]                      ; wasm 0x73
    74:  mov    w1, w1
    78:  ldur   x2, [x29, #-32]                      ; wasm 0x74
    7c:  add    x2, x2, x1
    80:  mov    x0, x2                               ; wasm 0x75
    84:  mov    sp, x29
    88:  ldp    x29, x30, [sp], #16
    8c:  ret
    90:  udf    #0                                   ; no operator; trap StackOverflow

;; function 3 (export "block_pair"): 84 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x50  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x7a
    38:  mov    w16, #0x5  // #5                     ; wasm 0x7f
    3c:  mul    w1, w1, w16
    40:  mov    x0, x1                               ; wasm 0x80
    44:  mov    sp, x29
    48:  ldp    x29, x30, [sp], #16
    4c:  ret
    50:  udf    #0                                   ; no operator; trap StackOverflow
