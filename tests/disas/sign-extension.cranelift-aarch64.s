;; sign-extension.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "i32"): 24 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  sxth   w4, w2                               ; wasm 0x33
     c:  add    w0, w4, w2, sxtb                     ; wasm 0x34
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x35
    14:  ret

;; function 1 (export "i64"): 24 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  sxtw   x4, w2                               ; wasm 0x3d
     c:  add    x0, x4, w2, sxtb                     ; wasm 0x3e
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x3f
    14:  ret
