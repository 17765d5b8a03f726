;; nan-canonicalization.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization true

;; function 0 (export "add_f32"): 100 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x50  // #80
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x60  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-24]
    34:  stur   d1, [x29, #-40]
    38:  ldur   d0, [x29, #-24]                      ; wasm 0x56
    3c:  ldur   d1, [x29, #-40]                      ; wasm 0x58
    40:  fadd   s0, s0, s1                           ; wasm 0x5a
    44:  fcmp   s0, s0
    48:  b.vc   0x54
    4c:  mov    w16, #0x7fc00000  // #2143289344
    50:  fmov   s0, w16
    54:  mov    sp, x29                              ; wasm 0x5b
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "sqrt_f64"): 92 bytes, alignment 16
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
    30:  stur   d0, [x29, #-24]
    34:  ldur   d0, [x29, #-24]                      ; wasm 0x5e
    38:  fsqrt  d0, d0                               ; wasm 0x60
    3c:  fcmp   d0, d0
    40:  b.vc   0x4c
    44:  mov    x16, #0x7ff8000000000000  // #9221120237041090560
    48:  fmov   d0, x16
    4c:  mov    sp, x29                              ; wasm 0x61
    50:  ldp    x29, x30, [sp], #16
    54:  ret
    58:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2 (export "neg_f64"): 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x30  // #48
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x48  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-24]
    34:  ldur   d0, [x29, #-24]                      ; wasm 0x64
    38:  fneg   d0, d0                               ; wasm 0x66
    3c:  mov    sp, x29                              ; wasm 0x67
    40:  ldp    x29, x30, [sp], #16
    44:  ret
    48:  udf    #0                                   ; no operator; trap StackOverflow

;; function 3 (export "mul_f32x4"): 104 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x50  // #80
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x64  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   q0, [x29, #-24]
    34:  stur   q1, [x29, #-40]
    38:  ldur   q0, [x29, #-24]                      ; wasm 0x6a
    3c:  ldur   q1, [x29, #-40]                      ; wasm 0x6c
    40:  fmul   v0.4s, v0.4s, v1.4s                  ; wasm 0x6e
    44:  fcmeq  v31.4s, v0.4s, v0.4s
    48:  mov    x16, #0x7fc00000  // #2143289344
    4c:  movk   x16, #0x7fc0, lsl #48
    50:  dup    v30.2d, x16
    54:  bif    v0.16b, v30.16b, v31.16b
    58:  mov    sp, x29                              ; wasm 0x71
    5c:  ldp    x29, x30, [sp], #16
    60:  ret
    64:  udf    #0                                   ; no operator; trap StackOverflow
