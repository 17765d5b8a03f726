;; select.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "max_i32"): 24 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cmp    w4, w5
     c:  csel   x2, x4, x5, gt
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x58
    14:  ret

;; function 1 (export "pick_f64"): 24 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cmp    w4, wzr                              ; wasm 0x61
     c:  fcsel  d0, d0, d1, ne  // ne = any
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x62
    14:  ret

;; function 2 (export "typed_i64"): 24 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cmp    w6, wzr                              ; wasm 0x6b
     c:  csel   x2, x4, x5, ne  // ne = any
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x6e
    14:  ret
