;; f64-arith.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 104 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x64  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  stur   d1, [x29, #-24]
    38:  ldur   d0, [x29, #-16]                      ; wasm 0x4e
    3c:  ldur   d1, [x29, #-24]                      ; wasm 0x50
    40:  fmul   d0, d0, d1                           ; wasm 0x52
    44:  ldur   d1, [x29, #-16]                      ; wasm 0x53
    48:  mov    x16, #0x4008000000000000  // #4613937818241073152 ; wasm 0x5e
    4c:  fmov   d2, x16
    50:  fdiv   d1, d1, d2
    54:  fsub   d0, d0, d1                           ; wasm 0x5f
    58:  mov    sp, x29                              ; wasm 0x60
    5c:  ldp    x29, x30, [sp], #16
    60:  ret
    64:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "rounding"): 112 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x6c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  ldur   d0, [x29, #-16]                      ; wasm 0x63
    38:  frintm d0, d0                               ; wasm 0x65
    3c:  ldur   d1, [x29, #-16]                      ; wasm 0x66
    40:  frintp d1, d1                               ; wasm 0x68
    44:  fadd   d0, d0, d1                           ; wasm 0x69
    48:  ldur   d1, [x29, #-16]                      ; wasm 0x6a
    4c:  frintz d1, d1                               ; wasm 0x6c
    50:  ldur   d2, [x29, #-16]                      ; wasm 0x6d
    54:  frintn d2, d2                               ; wasm 0x6f
    58:  fadd   d1, d1, d2                           ; wasm 0x70
    5c:  fadd   d0, d0, d1                           ; wasm 0x71
    60:  mov    sp, x29                              ; wasm 0x72
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2 (export "min"): 84 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x50  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  stur   d1, [x29, #-24]
    38:  ldur   d0, [x29, #-16]                      ; wasm 0x75
    3c:  ldur   d1, [x29, #-24]                      ; wasm 0x77
    40:  fmin   d0, d0, d1                           ; wasm 0x79
    44:  mov    sp, x29                              ; wasm 0x7a
    48:  ldp    x29, x30, [sp], #16
    4c:  ret
    50:  udf    #0                                   ; no operator; trap StackOverflow

;; function 3 (export "compare"): 92 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x58  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  stur   d1, [x29, #-24]
    38:  ldur   d0, [x29, #-16]                      ; wasm 0x7d
    3c:  ldur   d1, [x29, #-24]                      ; wasm 0x7f
    40:  fcmp   d0, d1                               ; wasm 0x81
    44:  cset   w1, ge  // ge = tcont
    48:  mov    x0, x1                               ; wasm 0x82
    4c:  mov    sp, x29
    50:  ldp    x29, x30, [sp], #16
    54:  ret
    58:  udf    #0                                   ; no operator; trap StackOverflow
