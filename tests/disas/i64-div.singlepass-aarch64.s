;; i64-div.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "div_s"): 120 bytes, alignment 16
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
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x40
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x42
    40:  cmp    x2, #0x0                             ; wasm 0x44
    44:  b.eq   0x70  // b.none
    48:  cmn    x2, #0x1
    4c:  b.ne   0x58  // b.any
    50:  cmp    x1, #0x1
    54:  b.vs   0x74
    58:  sdiv   x1, x1, x2
    5c:  mov    x0, x1                               ; wasm 0x45
    60:  mov    sp, x29
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  udf    #0                                   ; no operator; trap StackOverflow
    70:  udf    #0                                   ; wasm 0x44; trap IntegerDivisionByZero
    74:  udf    #0                                   ; trap IntegerOverflow

;; function 1 (export "div_u"): 100 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x5c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x48
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x4a
    40:  cmp    x2, #0x0                             ; wasm 0x4c
    44:  b.eq   0x60  // b.none
    48:  udiv   x1, x1, x2
    4c:  mov    x0, x1                               ; wasm 0x4d
    50:  mov    sp, x29
    54:  ldp    x29, x30, [sp], #16
    58:  ret
    5c:  udf    #0                                   ; no operator; trap StackOverflow
    60:  udf    #0                                   ; wasm 0x4c; trap IntegerDivisionByZero

;; function 2 (export "rem_s"): 104 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x60  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x50
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x52
    40:  cmp    x2, #0x0                             ; wasm 0x54
    44:  b.eq   0x64  // b.none
    48:  sdiv   x16, x1, x2
    4c:  msub   x1, x16, x2, x1
    50:  mov    x0, x1                               ; wasm 0x55
    54:  mov    sp, x29
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; no operator; trap StackOverflow
    64:  udf    #0                                   ; wasm 0x54; trap IntegerDivisionByZero

;; function 3 (export "rem_u"): 104 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x60  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x58
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x5a
    40:  cmp    x2, #0x0                             ; wasm 0x5c
    44:  b.eq   0x64  // b.none
    48:  udiv   x16, x1, x2
    4c:  msub   x1, x16, x2, x1
    50:  mov    x0, x1                               ; wasm 0x5d
    54:  mov    sp, x29
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; no operator; trap StackOverflow
    64:  udf    #0                                   ; wasm 0x5c; trap IntegerDivisionByZero
