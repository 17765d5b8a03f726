;; return-void.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "empty"): 16 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldp    x29, x30, [sp], #16                  ; wasm 0x3b
     c:  ret

;; function 1 (export "const"): 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    x2, #0xffffffffffffffff  // #-1      ; wasm 0x3e
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0x40
    10:  ret

;; function 2 (export "drop"): 16 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldp    x29, x30, [sp], #16                  ; wasm 0x47
     c:  ret
