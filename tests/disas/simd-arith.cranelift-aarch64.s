;; simd-arith.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32x4_add_mul"): 48 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  add    v6.4s, v0.4s, v1.4s                  ; wasm 0x76
     c:  ldr    q7, 0x20                             ; wasm 0x79
    10:  mul    v0.4s, v6.4s, v7.4s                  ; wasm 0x8b
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x8e
    18:  ret
    1c:  udf    #0
    20:  udf    #1
    24:  udf    #2
    28:  udf    #3
    2c:  udf    #4

;; function 1 (export "f32x4_fma_like"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fmul   v7.4s, v0.4s, v1.4s                  ; wasm 0x95
     c:  dup    v16.4s, v2.s[0]                      ; wasm 0x9a
    10:  fadd   v0.4s, v7.4s, v16.4s                 ; wasm 0x9c
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x9f
    18:  ret

;; function 2 (export "extract"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    x5, v0.d[1]                          ; wasm 0xa4
     c:  umov   w6, v0.b[3]                          ; wasm 0xa9
    10:  add    x2, x5, w6, sxtb                     ; wasm 0xad
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0xae
    18:  ret

;; function 3 (export "shuffle"): 48 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    q4, 0x20                             ; wasm 0xb5
     c:  mov    v30.16b, v0.16b
    10:  mov    v31.16b, v1.16b
    14:  tbl    v0.16b, {v30.16b, v31.16b}, v4.16b
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0xc7
    1c:  ret
    20:  sbfx   w0, w8, #2, #3
    24:  b      0xfffffffffc185434
    28:  madd   w8, w8, w10, w6
    2c:  fmadd  s12, s8, s14, s7

;; function 4 (export "bitmask"): 64 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cmgt   v16.8h, v1.8h, v0.8h                 ; wasm 0xce
     c:  sshr   v5.8h, v16.8h, #15                   ; wasm 0xd0
    10:  ldr    q7, 0x30
    14:  and    v16.16b, v5.16b, v7.16b
    18:  addv   h16, v16.8h
    1c:  umov   w2, v16.h[0]
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0xd3
    24:  ret
    28:  udf    #0
    2c:  udf    #0
    30:  .inst  0x00020001 ; undefined
    34:  .inst  0x00080004 ; undefined
    38:  .inst  0x00200010 ; NYI
    3c:  .inst  0x00800040 ; undefined
