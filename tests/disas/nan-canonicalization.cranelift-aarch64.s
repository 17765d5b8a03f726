;; nan-canonicalization.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization true

;; function 0 (export "add_f32"): 36 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fadd   s7, s0, s1                           ; wasm 0x5a
     c:  mov    w6, #0x7fc00000  // #2143289344
    10:  fmov   s16, w6
    14:  fcmp   s7, s7
    18:  fcsel  s0, s16, s7, vs
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x5b
    20:  ret

;; function 1 (export "sqrt_f64"): 36 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fsqrt  d6, d0                               ; wasm 0x60
     c:  mov    x5, #0x7ff8000000000000  // #9221120237041090560
    10:  fmov   d7, x5
    14:  fcmp   d6, d6
    18:  fcsel  d0, d7, d6, vs
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x61
    20:  ret

;; function 2 (export "neg_f64"): 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fneg   d0, d0                               ; wasm 0x66
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0x67
    10:  ret

;; function 3 (export "mul_f32x4"): 48 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fmul   v16.4s, v0.4s, v1.4s                 ; wasm 0x6e
     c:  fcmeq  v17.4s, v16.4s, v16.4s
    10:  fcmeq  v18.4s, v16.4s, v16.4s
    14:  and    v17.16b, v17.16b, v18.16b
    18:  mvn    v0.16b, v17.16b
    1c:  mov    x10, #0x7fc00000  // #2143289344
    20:  dup    v17.4s, w10
    24:  bsl    v0.16b, v17.16b, v16.16b
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x71
    2c:  ret
