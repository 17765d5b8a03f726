;; f32-arith.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 112 bytes, alignment 16
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
    34:  stur   d1, [x29, #-24]
    38:  ldur   d0, [x29, #-16]                      ; wasm 0x57
    3c:  ldur   d1, [x29, #-24]                      ; wasm 0x59
    40:  fadd   s0, s0, s1                           ; wasm 0x5b
    44:  mov    w16, #0x3fc00000  // #1069547520     ; wasm 0x61
    48:  fmov   s1, w16
    4c:  fmul   s0, s0, s1
    50:  ldur   d1, [x29, #-24]                      ; wasm 0x62
    54:  ldur   d2, [x29, #-16]                      ; wasm 0x64
    58:  fsub   s1, s1, s2                           ; wasm 0x66
    5c:  fdiv   s0, s0, s1                           ; wasm 0x67
    60:  mov    sp, x29                              ; wasm 0x68
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "sqrt"): 76 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x48  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  ldur   d0, [x29, #-16]                      ; wasm 0x6b
    38:  fsqrt  s0, s0                               ; wasm 0x6d
    3c:  mov    sp, x29                              ; wasm 0x6e
    40:  ldp    x29, x30, [sp], #16
    44:  ret
    48:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2 (export "min_max"): 100 bytes, alignment 16
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
    30:  stur   d0, [x29, #-16]
    34:  stur   d1, [x29, #-24]
    38:  ldur   d0, [x29, #-16]                      ; wasm 0x71
    3c:  ldur   d1, [x29, #-24]                      ; wasm 0x73
    40:  fmin   s0, s0, s1                           ; wasm 0x75
    44:  ldur   d1, [x29, #-16]                      ; wasm 0x76
    48:  ldur   d2, [x29, #-24]                      ; wasm 0x78
    4c:  fmax   s1, s1, s2                           ; wasm 0x7a
    50:  fadd   s0, s0, s1                           ; wasm 0x7b
    54:  mov    sp, x29                              ; wasm 0x7c
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; no operator; trap StackOverflow

;; function 3 (export "signs"): 112 bytes, alignment 16
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
    34:  stur   d1, [x29, #-24]
    38:  ldur   d0, [x29, #-16]                      ; wasm 0x7f
    3c:  fabs   s0, s0                               ; wasm 0x81
    40:  ldur   d1, [x29, #-24]                      ; wasm 0x82
    44:  fneg   s1, s1                               ; wasm 0x84
    48:  fmov   w16, s0                              ; wasm 0x85
    4c:  fmov   w17, s1
    50:  and    w16, w16, #0x7fffffff
    54:  and    w17, w17, #0x80000000
    58:  orr    w16, w16, w17
    5c:  fmov   s0, w16
    60:  mov    sp, x29                              ; wasm 0x86
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 4 (export "compare"): 112 bytes, alignment 16
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
    34:  stur   d1, [x29, #-24]
    38:  ldur   d0, [x29, #-16]                      ; wasm 0x89
    3c:  ldur   d1, [x29, #-24]                      ; wasm 0x8b
    40:  fcmp   s0, s1                               ; wasm 0x8d
    44:  cset   w1, mi  // mi = first
    48:  ldur   d0, [x29, #-16]                      ; wasm 0x8e
    4c:  ldur   d1, [x29, #-16]                      ; wasm 0x90
    50:  fcmp   s0, s1                               ; wasm 0x92
    54:  cset   w2, ne  // ne = any
    58:  orr    w1, w1, w2                           ; wasm 0x93
    5c:  mov    x0, x1                               ; wasm 0x94
    60:  mov    sp, x29
    64:  ldp    x29, x30, [sp], #16
    68:  ret
    6c:  udf    #0                                   ; no operator; trap StackOverflow
