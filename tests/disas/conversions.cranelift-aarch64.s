;; conversions.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "trunc_f32_s"): 72 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fcmp   s0, s0                               ; wasm 0xa0
     c:  b.vs   0x3c
    10:  mov    w4, #0xcf000000  // #-822083584
    14:  fmov   s6, w4
    18:  fcmp   s0, s6
    1c:  b.lt   0x40  // b.tstop
    20:  mov    w10, #0x4f000000  // #1325400064
    24:  fmov   s16, w10
    28:  fcmp   s0, s16
    2c:  b.ge   0x44  // b.tcont
    30:  fcvtzs w2, s0
    34:  ldp    x29, x30, [sp], #16                  ; wasm 0xa1
    38:  ret
    3c:  udf    #49439                               ; wasm 0xa0; trap BadConversionToInteger
    40:  udf    #49439                               ; trap IntegerOverflow
    44:  udf    #49439                               ; trap IntegerOverflow

;; function 1 (export "trunc_f64_u"): 68 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fcmp   d0, d0                               ; wasm 0xa6
     c:  b.vs   0x38
    10:  fmov   d4, #-1.000000000000000000e+00
    14:  fcmp   d0, d4
    18:  b.le   0x3c
    1c:  mov    x8, #0x43f0000000000000  // #4895412794951729152
    20:  fmov   d16, x8
    24:  fcmp   d0, d16
    28:  b.ge   0x40  // b.tcont
    2c:  fcvtzu x2, d0
    30:  ldp    x29, x30, [sp], #16                  ; wasm 0xa7
    34:  ret
    38:  udf    #49439                               ; wasm 0xa6; trap BadConversionToInteger
    3c:  udf    #49439                               ; trap IntegerOverflow
    40:  udf    #49439                               ; trap IntegerOverflow

;; function 2 (export "trunc_sat"): 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fcvtzu w2, d0                               ; wasm 0xac
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0xae
    10:  ret

;; function 3 (export "convert_u64"): 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ucvtf  d0, x4                               ; wasm 0xb3
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0xb4
    10:  ret

;; function 4 (export "demote_promote"): 24 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fcvt   s4, d0                               ; wasm 0xb9
     c:  fcvt   d0, s4                               ; wasm 0xba
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0xbb
    14:  ret

;; function 5 (export "wrap_extend"): 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  sxtw   x2, w4                               ; wasm 0xc1
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0xc2
    10:  ret

;; function 6 (export "reinterpret"): 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    w2, v0.s[0]                          ; wasm 0xc7
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0xc8
    10:  ret
