;; i32-div.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
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
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x55
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x57
    40:  cmp    w2, #0x0                             ; wasm 0x59
    44:  b.eq   0x70  // b.none
    48:  cmn    w2, #0x1
    4c:  b.ne   0x58  // b.any
    50:  cmp    w1, #0x1
    54:  b.vs   0x74
    58:  sdiv   w1, w1, w2
    5c:  mov    x0, x1                               ; wasm 0x5a
    60:  mov    sp, x29
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  udf    #0                                   ; no operator; trap StackOverflow
    70:  udf    #0                                   ; wasm 0x59; trap IntegerDivisionByZero
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
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x5d
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x5f
    40:  cmp    w2, #0x0                             ; wasm 0x61
    44:  b.eq   0x60  // b.none
    48:  udiv   w1, w1, w2
    4c:  mov    x0, x1                               ; wasm 0x62
    50:  mov    sp, x29
    54:  ldp    x29, x30, [sp], #16
    58:  ret
    5c:  udf    #0                                   ; no operator; trap StackOverflow
    60:  udf    #0                                   ; wasm 0x61; trap IntegerDivisionByZero

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
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x65
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x67
    40:  cmp    w2, #0x0                             ; wasm 0x69
    44:  b.eq   0x64  // b.none
    48:  sdiv   w16, w1, w2
    4c:  msub   w1, w16, w2, w1
    50:  mov    x0, x1                               ; wasm 0x6a
    54:  mov    sp, x29
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; no operator; trap StackOverflow
    64:  udf    #0                                   ; wasm 0x69; trap IntegerDivisionByZero

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
    38:  ldur   x1, [x29, #-16]                      ; wasm 0x6d
    3c:  ldur   x2, [x29, #-24]                      ; wasm 0x6f
    40:  cmp    w2, #0x0                             ; wasm 0x71
    44:  b.eq   0x64  // b.none
    48:  udiv   w16, w1, w2
    4c:  msub   w1, w16, w2, w1
    50:  mov    x0, x1                               ; wasm 0x72
    54:  mov    sp, x29
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; no operator; trap StackOverflow
    64:  udf    #0                                   ; wasm 0x71; trap IntegerDivisionByZero

;; function 4 (export "div_by_const"): 116 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x68  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x75
    38:  mov    w2, #0xa  // #10                     ; wasm 0x79
    3c:  cmp    w2, #0x0
    40:  b.eq   0x6c  // b.none
    44:  cmn    w2, #0x1
    48:  b.ne   0x54  // b.any
    4c:  cmp    w1, #0x1
    50:  b.vs   0x70
    54:  sdiv   w1, w1, w2
    58:  mov    x0, x1                               ; wasm 0x7a
    5c:  mov    sp, x29
    60:  ldp    x29, x30, [sp], #16
    64:  ret
    68:  udf    #0                                   ; no operator; trap StackOverflow
    6c:  udf    #0                                   ; wasm 0x79; trap IntegerDivisionByZero
    70:  udf    #0                                   ; trap IntegerOverflow
