;; f32-arith.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x56; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  fadd   s2, s0, s1                           ; wasm 0x5b
    1c:  fmov   s3, #1.500000000000000000e+00
    20:  fsub   s0, s1, s0                           ; wasm 0x66
    24:  fmul   s2, s2, s3                           ; wasm 0x61
    28:  fdiv   s0, s2, s0                           ; wasm 0x67
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x68; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; wasm 0x56; trap StackOverflow

;; function 1 (export "sqrt"): 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x6a; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  fsqrt  s0, s0                               ; wasm 0x6d
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x6e; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0x6a; trap StackOverflow

;; function 2 (export "min_max"): 96 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x70; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x5c  // b.pmore
    18:  fmov   w8, s0                               ; wasm 0x75
    1c:  fmov   w9, s1
    20:  fcmp   s0, s1
    24:  orr    w10, w9, w8
    28:  and    w8, w9, w8                           ; wasm 0x7a
    2c:  fcsel  s2, s0, s1, mi  // mi = first        ; wasm 0x75
    30:  fcsel  s3, s0, s1, gt                       ; wasm 0x7a
    34:  fmov   s4, w10                              ; wasm 0x75
    38:  fadd   s0, s0, s1
    3c:  fmov   s1, w8                               ; wasm 0x7a
    40:  fcsel  s2, s4, s2, eq  // eq = none         ; wasm 0x75
    44:  fcsel  s1, s1, s3, eq  // eq = none         ; wasm 0x7a
    48:  fcsel  s2, s0, s2, vs                       ; wasm 0x75
    4c:  fcsel  s0, s0, s1, vs                       ; wasm 0x7a
    50:  fadd   s0, s2, s0                           ; wasm 0x7b
    54:  ldp    x29, x30, [sp], #16                  ; wasm 0x7c; trap StackOverflow
    58:  ret
    5c:  udf    #21760                               ; wasm 0x70; trap StackOverflow

;; function 3 (export "signs"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x7e; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  fneg   s1, s1                               ; wasm 0x84
    1c:  mvni   v2.4s, #0x80, lsl #24                ; wasm 0x85
    20:  bif    v0.16b, v1.16b, v2.16b
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x86; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0x7e; trap StackOverflow

;; function 4 (export "compare"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x88; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  fcmp   s0, s0                               ; wasm 0x92
    1c:  cset   w8, vs
    20:  fcmp   s0, s1                               ; wasm 0x8d
    24:  csinc  w0, w8, wzr, pl  // pl = nfrst       ; wasm 0x93
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x94; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0x88; trap StackOverflow
