;; f64-arith.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fmul   d7, d0, d1                           ; wasm 0x52
     c:  fmov   d16, #3.000000000000000000e+00       ; wasm 0x55
    10:  fdiv   d16, d0, d16                         ; wasm 0x5e
    14:  fsub   d0, d7, d16                          ; wasm 0x5f
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0x60
    1c:  ret

;; function 1 (export "rounding"): 44 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  frintm d16, d0                              ; wasm 0x65
     c:  frintp d17, d0                              ; wasm 0x68
    10:  fadd   d16, d16, d17                        ; wasm 0x69
    14:  frintz d17, d0                              ; wasm 0x6c
    18:  frintn d18, d0                              ; wasm 0x6f
    1c:  fadd   d17, d17, d18                        ; wasm 0x70
    20:  fadd   d0, d16, d17                         ; wasm 0x71
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x72
    28:  ret

;; function 2 (export "min"): 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fmin   d0, d0, d1                           ; wasm 0x79
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0x7a
    10:  ret

;; function 3 (export "compare"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fcmp   d0, d1                               ; wasm 0x81
     c:  cset   x6, ge  // ge = tcont
    10:  uxtb   w2, w6
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x82
    18:  ret
