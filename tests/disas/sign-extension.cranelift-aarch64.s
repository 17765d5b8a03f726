;; sign-extension.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32"): 24 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  sxth   w5, w4                               ; wasm 0x33
     c:  add    w2, w5, w4, sxtb                     ; wasm 0x34
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x35
    14:  ret

;; function 1 (export "i64"): 24 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  sxtw   x5, w4                               ; wasm 0x3d
     c:  add    x2, x5, w4, sxtb                     ; wasm 0x3e
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x3f
    14:  ret
