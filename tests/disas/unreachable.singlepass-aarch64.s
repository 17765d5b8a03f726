;; unreachable.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "always"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x10  // #16
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x34  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  udf    #0                                   ; wasm 0x31; trap UnreachableCodeReached
    34:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "guard"): 120 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x70  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x35
    38:  cmp    w1, #0x0                             ; wasm 0x37
    3c:  cset   w1, eq  // eq = none
    40:  cmp    w1, #0x0                             ; wasm 0x38
    44:  b.eq   0x4c  // b.none
    48:  udf    #0                                   ; wasm 0x3a; trap UnreachableCodeReached
    4c:  ldur   x1, [x29, #-16]                      ; wasm 0x3f
    50:  mov    w2, #0x64  // #100                   ; wasm 0x41
    54:  cmp    w1, #0x0
    58:  b.eq   0x74  // b.none
    5c:  udiv   w2, w2, w1
    60:  mov    x0, x2                               ; wasm 0x42
    64:  mov    sp, x29
    68:  ldp    x29, x30, [sp], #16
    6c:  ret
    70:  udf    #0                                   ; no operator; trap StackOverflow
    74:  udf    #0                                   ; wasm 0x41; trap IntegerDivisionByZero
