;; tail-call.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 48 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x2c  // b.lo, b.ul, b.last
    1c:  add    w4, w4, #0x1                         ; wasm 0x24
    20:  mov    x3, x2
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x25
    28:  b      0x28                                 ; reloc Arm64Call -> function 1, addend 0
    2c:  udf    #49439                               ; trap StackOverflow

;; function 1 $g: 108 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x5c  // b.lo, b.ul, b.last
    1c:  ldr    x11, [x2, #80]                       ; wasm 0x2e
    20:  ldr    w12, [x11, #8]
    24:  cbz    w12, 0x60
    28:  ldr    x12, [x11]
    2c:  ldr    x12, [x12]
    30:  cbz    x12, 0x64
    34:  ldr    w13, [x12, #16]
    38:  ldr    x14, [x2, #16]
    3c:  mov    x3, x2
    40:  ldr    w14, [x14]
    44:  cmp    w13, w14
    48:  b.ne   0x68  // b.any
    4c:  ldr    x1, [x12]
    50:  ldr    x2, [x12, #8]
    54:  ldp    x29, x30, [sp], #16
    58:  br     x1
    5c:  udf    #49439                               ; trap StackOverflow
    60:  udf    #49439                               ; trap TableOutOfBounds
    64:  udf    #49439                               ; trap IndirectCallToNull
    68:  udf    #49439                               ; trap BadSignature
