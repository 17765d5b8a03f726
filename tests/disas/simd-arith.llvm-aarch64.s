;; simd-arith.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32x4_add_mul"): 96 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x71; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x30  // b.pmore
    18:  add    v0.4s, v1.4s, v0.4s                  ; wasm 0x76
    1c:  adr    x8, 0x40
    20:  ldr    q1, [x8]                             ; wasm 0x8b; trap HeapOutOfBounds
    24:  mul    v0.4s, v0.4s, v1.4s
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x8e; trap StackOverflow
    2c:  ret
    30:  udf    #21760                               ; wasm 0x71; trap StackOverflow
    34:  .inst  0xcccccccc ; undefined
    38:  .inst  0xcccccccc ; undefined
    3c:  .inst  0xcccccccc ; undefined
    40:  udf    #1
    44:  udf    #2
    48:  udf    #3
    4c:  udf    #4
    50:  .inst  0x00020001 ; undefined
    54:  .inst  0x00080004 ; undefined
    58:  .inst  0x00200010 ; NYI
    5c:  .inst  0x00800040 ; undefined

;; function 1 (export "f32x4_fma_like"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x90; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  fmul   v0.4s, v0.4s, v1.4s                  ; wasm 0x95
    1c:  dup    v1.4s, v2.s[0]                       ; wasm 0x9a
    20:  fadd   v0.4s, v0.4s, v1.4s                  ; wasm 0x9c
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x9f; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0x90; trap StackOverflow

;; function 2 (export "extract"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xa1; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  mov    x8, v0.d[1]                          ; wasm 0xa4
    1c:  umov   w9, v0.b[3]                          ; wasm 0xa9
    20:  add    x0, x8, w9, sxtb                     ; wasm 0xad
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0xae; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0xa1; trap StackOverflow

;; function 3 (export "shuffle"): 44 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xb0; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  movi   v2.2d, #0xff00ff00ff00ff             ; wasm 0xb5
    1c:  bif    v0.16b, v1.16b, v2.16b
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0xc7; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0xb0; trap StackOverflow

;; function 4 (export "bitmask"): 96 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xc9; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x3c  // b.pmore
    18:  cmgt   v0.8h, v1.8h, v0.8h                  ; wasm 0xce
    1c:  adr    x8, 0x50
    20:  ldr    q1, [x8]                             ; trap HeapOutOfBounds
    24:  and    v0.16b, v0.16b, v1.16b
    28:  addv   h0, v0.8h
    2c:  fmov   w8, s0
    30:  and    w0, w8, #0xff                        ; wasm 0xd0
    34:  ldp    x29, x30, [sp], #16                  ; wasm 0xd3; trap StackOverflow
    38:  ret
    3c:  udf    #21760                               ; wasm 0xc9; trap StackOverflow
    40:  udf    #1
    44:  udf    #2
    48:  udf    #3
    4c:  udf    #4
    50:  .inst  0x00020001 ; undefined
    54:  .inst  0x00080004 ; undefined
    58:  .inst  0x00200010 ; NYI
    5c:  .inst  0x00800040 ; undefined
