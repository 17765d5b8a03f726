;; i64-div.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "div_s"): 44 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cbz    x5, 0x24                             ; wasm 0x44
     c:  cmn    x5, #0x1
    10:  ccmp   x4, #0x1, #0x0, eq  // eq = none
    14:  b.vs   0x28
    18:  sdiv   x2, x4, x5
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x45
    20:  ret
    24:  udf    #49439                               ; wasm 0x44; trap IntegerDivisionByZero
    28:  udf    #49439                               ; trap IntegerOverflow

;; function 1 (export "div_u"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cbz    x5, 0x18                             ; wasm 0x4c
     c:  udiv   x2, x4, x5
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x4d
    14:  ret
    18:  udf    #49439                               ; wasm 0x4c; trap IntegerDivisionByZero

;; function 2 (export "rem_s"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cbz    x5, 0x1c                             ; wasm 0x54
     c:  sdiv   x6, x4, x5
    10:  msub   x2, x6, x5, x4
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x55
    18:  ret
    1c:  udf    #49439                               ; wasm 0x54; trap IntegerDivisionByZero

;; function 3 (export "rem_u"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cbz    x5, 0x1c                             ; wasm 0x5c
     c:  udiv   x6, x4, x5
    10:  msub   x2, x6, x5, x4
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x5d
    18:  ret
    1c:  udf    #49439                               ; wasm 0x5c; trap IntegerDivisionByZero
