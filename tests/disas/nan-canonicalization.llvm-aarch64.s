;; nan-canonicalization.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization true

;; function 0 (export "add_f32"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x55; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  fadd   s0, s0, s1                           ; wasm 0x5a
    1c:  mov    w8, #0x7fc00000  // #2143289344
    20:  fmov   s1, w8
    24:  fcmp   s0, s0
    28:  fcsel  s0, s1, s0, vs
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x5b; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; wasm 0x55; trap StackOverflow

;; function 1 (export "sqrt_f64"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x5d; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  fsqrt  d0, d0                               ; wasm 0x60
    1c:  mov    x8, #0x7ff8000000000000  // #9221120237041090560
    20:  fmov   d1, x8
    24:  fcmp   d0, d0
    28:  fcsel  d0, d1, d0, vs
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x61; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; wasm 0x5d; trap StackOverflow

;; function 2 (export "neg_f64"): 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x63; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  fneg   d0, d0                               ; wasm 0x66
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x67; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0x63; trap StackOverflow

;; function 3 (export "mul_f32x4"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x69; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  fmul   v0.4s, v0.4s, v1.4s                  ; wasm 0x6e
    1c:  mvni   v1.4s, #0x3f, msl #16
    20:  fneg   v1.4s, v1.4s
    24:  fcmeq  v2.4s, v0.4s, v0.4s
    28:  bif    v0.16b, v1.16b, v2.16b
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x71; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; wasm 0x69; trap StackOverflow
