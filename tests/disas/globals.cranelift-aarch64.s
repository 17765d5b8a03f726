;; globals.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "bump"): 40 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    w5, [x2, #128]                       ; wasm 0x72
     c:  ldr    x6, [x2, #104]                       ; wasm 0x74
    10:  mov    x10, x2
    14:  ldr    w6, [x6]
    18:  add    w2, w5, w6                           ; wasm 0x76
    1c:  str    w2, [x10, #128]                      ; wasm 0x77
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x7b
    24:  ret

;; function 1 (export "imported"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x5, [x2, #112]                       ; wasm 0x7e
     c:  ldr    x6, [x5]
    10:  add    x6, x6, x4                           ; wasm 0x82
    14:  str    x6, [x5]                             ; wasm 0x83
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0x85
    1c:  ret

;; function 2 (export "scaled"): 24 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    d4, [x2, #144]                       ; wasm 0x8a
     c:  fmul   d0, d0, d4                           ; wasm 0x8c
    10:  ldp    x29, x30, [sp], #16                  ; wasm 0x8d
    14:  ret
