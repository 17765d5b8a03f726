;; relaxed-native.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false, relaxed_simd native

;; function 0: 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    v6.16b, v0.16b
     c:  mov    v0.16b, v2.16b
    10:  fmla   v0.4s, v6.4s, v1.4s                  ; wasm 0x33
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x36
    18:  ret

;; function 1: 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    v6.16b, v0.16b
     c:  mov    v0.16b, v2.16b
    10:  fmls   v0.2d, v6.2d, v1.2d                  ; wasm 0x3f
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x42
    18:  ret

;; function 2: 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  tbl    v0.16b, {v0.16b}, v1.16b             ; wasm 0x49
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0x4c
    10:  ret

;; function 3: 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fcvtzs v0.4s, v0.4s                         ; wasm 0x51
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0x54
    10:  ret

;; function 4: 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    v6.16b, v0.16b
     c:  mov    v0.16b, v2.16b
    10:  bsl    v0.16b, v6.16b, v1.16b               ; wasm 0x5d
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x60
    18:  ret

;; function 5: 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fmin   v0.4s, v0.4s, v1.4s                  ; wasm 0x67
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0x6a
    10:  ret

;; function 6: 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  sqrdmulh v0.8h, v0.8h, v1.8h                ; wasm 0x71
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0x74
    10:  ret

;; function 7: 112 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    q16, 0x50                            ; wasm 0x7d
     c:  mov    v31.16b, v0.16b
    10:  mov    v30.16b, v31.16b
    14:  tbl    v16.16b, {v30.16b, v31.16b}, v16.16b
    18:  ldr    q17, 0x60
    1c:  mov    v31.16b, v1.16b
    20:  mov    v30.16b, v31.16b
    24:  tbl    v17.16b, {v30.16b, v31.16b}, v17.16b
    28:  smull  v18.8h, v16.8b, v17.8b
    2c:  smull2 v16.8h, v16.16b, v17.16b
    30:  add    v16.8h, v18.8h, v16.8h
    34:  saddlp v16.4s, v16.8h
    38:  add    v0.4s, v16.4s, v2.4s
    3c:  ldp    x29, x30, [sp], #16                  ; wasm 0x80
    40:  ret
    44:  udf    #0
    48:  udf    #0
    4c:  udf    #0
    50:  .inst  0x06040200 ; undefined
    54:  .inst  0x0e0c0a08 ; undefined
    58:  .inst  0x07050301 ; undefined
    5c:  .inst  0x0f0d0b09 ; undefined
    60:  .inst  0x06040200 ; undefined
    64:  .inst  0x0e0c0a08 ; undefined
    68:  .inst  0x07050301 ; undefined
    6c:  .inst  0x0f0d0b09 ; undefined
