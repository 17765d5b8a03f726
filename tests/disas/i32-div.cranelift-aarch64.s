;; i32-div.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "div_s"): 44 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cbz    w5, 0x24                             ; wasm 0x59
     c:  cmn    w5, #0x1
    10:  ccmp   w4, #0x1, #0x0, eq  // eq = none
    14:  b.vs   0x28
    18:  sdiv   w2, w4, w5
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x5a
    20:  ret
    24:  udf    #49439                               ; wasm 0x59; trap IntegerDivisionByZero
    28:  udf    #49439                               ; trap IntegerOverflow

;; function 1 (export "div_u"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cbz    w5, 0x18                             ; wasm 0x61
     c:  udiv   w2, w4, w5
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x62
    14:  ret
    18:  udf    #49439                               ; wasm 0x61; trap IntegerDivisionByZero

;; function 2 (export "rem_s"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cbz    w5, 0x1c                             ; wasm 0x69
     c:  sdiv   w6, w4, w5
    10:  msub   w2, w6, w5, w4
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x6a
    18:  ret
    1c:  udf    #49439                               ; wasm 0x69; trap IntegerDivisionByZero

;; function 3 (export "rem_u"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cbz    w5, 0x1c                             ; wasm 0x71
     c:  udiv   w6, w4, w5
    10:  msub   w2, w6, w5, w4
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x72
    18:  ret
    1c:  udf    #49439                               ; wasm 0x71; trap IntegerDivisionByZero

;; function 4 (export "div_by_const"): 52 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    w11, #0x6667  // #26215
     c:  movk   w11, #0x6666, lsl #16
    10:  sxtw   x8, w4
    14:  sxtw   x10, w11
    18:  mul    x12, x8, x10
    1c:  asr    x14, x12, #32
    20:  asr    w11, w14, #2
    24:  lsr    w12, w11, #31
    28:  add    w2, w11, w12
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x7a
    30:  ret
