;; simd-memory.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_store"): 108 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x50  // #80
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x68  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-24]
    34:  stur   x3, [x29, #-40]
    38:  ldr    x27, [x28, #128]
    3c:  ldr    x27, [x27]
    40:  ldur   x1, [x29, #-40]                      ; wasm 0x61
    44:  ldur   x2, [x29, #-24]                      ; wasm 0x63
    48:  mov    w10, w2                              ; wasm 0x65
    4c:  ldr    q0, [x27, x10]                       ; trap HeapOutOfBounds
    50:  mov    w10, w1                              ; wasm 0x69
    54:  add    x16, x10, #0x10
    58:  str    q0, [x27, x16]                       ; trap HeapOutOfBounds
    5c:  mov    sp, x29                              ; wasm 0x6d
    60:  ldp    x29, x30, [sp], #16
    64:  ret
    68:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "load_splat"): 92 bytes, alignment 16
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
    30:  stur   x2, [x29, #-24]
    34:  ldr    x27, [x28, #128]
    38:  ldr    x27, [x27]
    3c:  ldur   x1, [x29, #-24]                      ; wasm 0x70
    40:  mov    w10, w1                              ; wasm 0x72
    44:  ldr    w17, [x27, x10]                      ; trap HeapOutOfBounds
    48:  dup    v0.4s, w17
    4c:  mov    sp, x29                              ; wasm 0x76
    50:  ldp    x29, x30, [sp], #16
    54:  ret
    58:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2 (export "load_zero"): 92 bytes, alignment 16
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
    30:  stur   x2, [x29, #-24]
    34:  ldr    x27, [x28, #128]
    38:  ldr    x27, [x27]
    3c:  ldur   x1, [x29, #-24]                      ; wasm 0x79
    40:  mov    w10, w1                              ; wasm 0x7b
    44:  add    x16, x10, #0x8
    48:  ldr    d0, [x27, x16]                       ; trap HeapOutOfBounds
    4c:  mov    sp, x29                              ; wasm 0x7f
    50:  ldp    x29, x30, [sp], #16
    54:  ret
    58:  udf    #0                                   ; no operator; trap StackOverflow

;; function 3 (export "load_lane"): 100 bytes, alignment 16
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
    30:  stur   x2, [x29, #-24]
    34:  stur   q0, [x29, #-40]
    38:  ldr    x27, [x28, #128]
    3c:  ldr    x27, [x27]
    40:  ldur   x1, [x29, #-24]                      ; wasm 0x82
    44:  ldur   q0, [x29, #-40]                      ; wasm 0x84
    48:  mov    w10, w1                              ; wasm 0x86
    4c:  ldrh   w1, [x27, x10]                       ; trap HeapOutOfBounds
    50:  mov    v0.h[5], w1
    54:  mov    sp, x29                              ; wasm 0x8b
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #0                                   ; no operator; trap StackOverflow
