;; call-direct.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $leaf: 88 bytes, alignment 16
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
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x37
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x39
    40:  add    w1, w1, w2                           ; wasm 0x3b
    44:  mov    x0, x1                               ; wasm 0x3c
    48:  mov    sp, x29
    4c:  ldp    x29, x30, [sp], #16
    50:  ret
    54:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 $fac (export "fac"): 160 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x9c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x3f
    38:  cmp    x1, #0x0                             ; wasm 0x41
    3c:  cset   w1, eq  // eq = none
    40:  cmp    w1, #0x0                             ; wasm 0x42
    44:  b.eq   0x54  // b.none
    48:  mov    x17, #0x1  // #1                     ; wasm 0x46
    4c:  stur   x17, [x29, #-24]
    50:  b      0x8c
    54:  ldur   x1, [x29, #-16]                      ; wasm 0x47
    58:  ldur   x2, [x29, #-16]                      ; wasm 0x49
    5c:  sub    x2, x2, #0x1                         ; wasm 0x4d
    60:  stur   x1, [x29, #-24]                      ; wasm 0x4e
    64:  stur   x2, [x29, #-32]
    68:  ldur   x2, [x29, #-32]
    6c:  mov    x0, x28
    70:  mov    x1, x28
    74:  bl     0x74                                 ; reloc Arm64Call -> function 1, addend 0
    78:  ldur   x28, [x29, #-8]
    7c:  mov    x1, x0
    80:  ldur   x2, [x29, #-24]                      ; wasm 0x50
    84:  mul    x2, x2, x1
    88:  stur   x2, [x29, #-24]                      ; wasm 0x51
    8c:  ldur   x0, [x29, #-24]                      ; wasm 0x52
    90:  mov    sp, x29
    94:  ldp    x29, x30, [sp], #16
    98:  ret
    9c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2 (export "twice"): 148 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x90  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x55
    38:  stur   x1, [x29, #-24]                      ; wasm 0x59
    3c:  ldur   x2, [x29, #-24]
    40:  mov    w3, #0x1  // #1
    44:  mov    x0, x28
    48:  mov    x1, x28
    4c:  bl     0x4c                                 ; reloc Arm64Call -> function 0, addend 0
    50:  ldur   x28, [x29, #-8]
    54:  mov    x1, x0
    58:  ldur   x2, [x29, #-16]                      ; wasm 0x5b
    5c:  stur   x1, [x29, #-24]                      ; wasm 0x5d
    60:  stur   x2, [x29, #-32]
    64:  ldur   x2, [x29, #-24]
    68:  ldur   x3, [x29, #-32]
    6c:  mov    x0, x28
    70:  mov    x1, x28
    74:  bl     0x74                                 ; reloc Arm64Call -> function 0, addend 0
    78:  ldur   x28, [x29, #-8]
    7c:  mov    x1, x0
    80:  mov    x0, x1                               ; wasm 0x5f
    84:  mov    sp, x29
    88:  ldp    x29, x30, [sp], #16
    8c:  ret
    90:  udf    #0                                   ; no operator; trap StackOverflow
