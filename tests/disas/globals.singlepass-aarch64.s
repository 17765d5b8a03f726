;; globals.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "bump"): 92 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x58  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  ldr    w1, [x28, #128]                      ; wasm 0x72
    34:  ldr    x9, [x28, #104]                      ; wasm 0x74
    38:  ldr    w2, [x9]
    3c:  add    w1, w1, w2                           ; wasm 0x76
    40:  str    w1, [x28, #128]                      ; wasm 0x77
    44:  ldr    w1, [x28, #128]                      ; wasm 0x79
    48:  mov    x0, x1                               ; wasm 0x7b
    4c:  mov    sp, x29
    50:  ldp    x29, x30, [sp], #16
    54:  ret
    58:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "imported"): 92 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x58  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldr    x9, [x28, #112]                      ; wasm 0x7e
    38:  ldr    x1, [x9]
    3c:  ldur   x2, [x29, #-16]                      ; wasm 0x80
    40:  add    x1, x1, x2                           ; wasm 0x82
    44:  ldr    x9, [x28, #112]                      ; wasm 0x83
    48:  str    x1, [x9]
    4c:  mov    sp, x29                              ; wasm 0x85
    50:  ldp    x29, x30, [sp], #16
    54:  ret
    58:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2 (export "scaled"): 80 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x4c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  ldur   d0, [x29, #-16]                      ; wasm 0x88
    38:  ldr    d1, [x28, #144]                      ; wasm 0x8a
    3c:  fmul   d0, d0, d1                           ; wasm 0x8c
    40:  mov    sp, x29                              ; wasm 0x8d
    44:  ldp    x29, x30, [sp], #16
    48:  ret
    4c:  udf    #0                                   ; no operator; trap StackOverflow
