;; i32-arith.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  add    w6, w4, w5                           ; wasm 0x57
     c:  sub    w7, w4, #0x7                         ; wasm 0x5c
    10:  mul    w2, w6, w7                           ; wasm 0x5d
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x5e
    18:  ret

;; function 1 (export "bits"): 36 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  orr    w8, w5, #0xff00                      ; wasm 0x69
     c:  and    w8, w4, w8                           ; wasm 0x6a
    10:  neg    w7, w5                               ; wasm 0x6f
    14:  ror    w9, w4, w7
    18:  eor    w2, w8, w9                           ; wasm 0x70
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x71
    20:  ret

;; function 2 (export "shifts"): 36 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  lsl    w8, w4, w5                           ; wasm 0x78
     c:  asr    w9, w4, #3                           ; wasm 0x7d
    10:  lsr    w10, w5, w4                          ; wasm 0x82
    14:  add    w9, w9, w10                          ; wasm 0x83
    18:  add    w2, w8, w9                           ; wasm 0x84
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x85
    20:  ret

;; function 3 (export "counts"): 52 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  clz    w11, w4                              ; wasm 0x8a
     c:  rbit   w10, w4                              ; wasm 0x8d
    10:  clz    w12, w10
    14:  fmov   s16, w4                              ; wasm 0x90
    18:  cnt    v16.8b, v16.8b
    1c:  addv   b16, v16.8b
    20:  umov   w14, v16.b[0]
    24:  add    w12, w12, w14                        ; wasm 0x91
    28:  add    w2, w11, w12                         ; wasm 0x92
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x93
    30:  ret

;; function 4 (export "compare"): 52 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cmp    w4, w5                               ; wasm 0x9a
     c:  cset   x10, lt  // lt = tstop
    10:  cmp    w4, w5                               ; wasm 0x9f
    14:  cset   x11, cs  // cs = hs, nlast
    18:  cmp    w4, #0x0                             ; wasm 0xa2
    1c:  cset   x12, eq  // eq = none
    20:  uxtb   w12, w12
    24:  add    w12, w12, w11, uxtb                  ; wasm 0xa3
    28:  add    w2, w12, w10, uxtb                   ; wasm 0xa4
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0xa5
    30:  ret
