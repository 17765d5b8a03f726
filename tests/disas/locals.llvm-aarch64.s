;; locals.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "mix"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x36; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x44  // b.pmore
    18:  add    w8, w2, #0x1                         ; wasm 0x43
    1c:  mul    w8, w8, w8                           ; wasm 0x4a
    20:  scvtf  s2, w8                               ; wasm 0x54
    24:  add    x8, x3, x8                           ; wasm 0x66
    28:  fadd   s0, s0, s2                           ; wasm 0x55
    2c:  fcvt   d0, s0                               ; wasm 0x5c
    30:  fadd   d0, d1, d0                           ; wasm 0x5d
    34:  scvtf  d1, x8                               ; wasm 0x67
    38:  fadd   d0, d0, d1                           ; wasm 0x68
    3c:  ldp    x29, x30, [sp], #16                  ; wasm 0x69; trap StackOverflow
    40:  ret
    44:  udf    #21760                               ; wasm 0x36; trap StackOverflow

;; function 1 (export "pressure"): 192 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x6c; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x74  // b.pmore
    18:  adr    x8, 0x80                             ; no operator
    1c:  dup    v0.4s, w2                            ; wasm 0x73
    20:  adr    x9, 0x90
    24:  adr    x10, 0xa0
    28:  ldr    q1, [x8]                             ; trap HeapOutOfBounds
    2c:  adr    x8, 0xb0
    30:  ldr    q2, [x9]                             ; trap HeapOutOfBounds
    34:  ldr    q3, [x10]                            ; trap HeapOutOfBounds
    38:  ldr    q4, [x8]                             ; trap HeapOutOfBounds
    3c:  add    v1.4s, v0.4s, v1.4s
    40:  add    v2.4s, v0.4s, v2.4s
    44:  add    v3.4s, v0.4s, v3.4s
    48:  add    v0.4s, v0.4s, v4.4s
    4c:  eor    v0.16b, v0.16b, v3.16b               ; wasm 0x10d
    50:  eor    v1.16b, v2.16b, v1.16b
    54:  eor    v0.16b, v1.16b, v0.16b
    58:  ext    v1.16b, v0.16b, v0.16b, #8
    5c:  eor    v0.8b, v0.8b, v1.8b
    60:  fmov   x8, d0
    64:  lsr    x9, x8, #32
    68:  eor    w0, w8, w9
    6c:  ldp    x29, x30, [sp], #16                  ; wasm 0x10e; trap StackOverflow
    70:  ret
    74:  udf    #21760                               ; wasm 0x6c; trap StackOverflow
    78:  .inst  0xcccccccc ; undefined
    7c:  .inst  0xcccccccc ; undefined
    80:  udf    #45
    84:  udf    #55
    88:  udf    #66
    8c:  udf    #78
    90:  udf    #1
    94:  udf    #3
    98:  udf    #6
    9c:  udf    #10
    a0:  udf    #91
    a4:  udf    #105
    a8:  udf    #120
    ac:  udf    #136
    b0:  udf    #15
    b4:  udf    #21
    b8:  udf    #28
    bc:  udf    #36
