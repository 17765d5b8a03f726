;; if-else.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "abs_or_default"): 52 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cmp    w4, #0x0                             ; wasm 0x40
     c:  b.lt   0x24  // b.tstop
    10:  cbnz   w4, 0x28                             ; wasm 0x4a
    14:  mov    w2, #0x63  // #99                    ; wasm 0x4f
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0x52
    1c:  ret
    20:  b      0x28                                 ; wasm 0x54
    24:  neg    w4, w4
    28:  mov    x2, x4
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x55
    30:  ret

;; function 1 (export "clamp"): 64 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fmov   d5, #1.000000000000000000e+00        ; wasm 0x5a
     c:  fcmp   d0, d5                               ; wasm 0x64
    10:  b.gt   0x34
    14:  movi   v16.2s, #0x0                         ; wasm 0x73
    18:  fcmp   d0, d16                              ; wasm 0x7d
    1c:  b.mi   0x28  // b.first
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x8c
    24:  ret
    28:  movi   v0.2s, #0x0
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x88
    30:  ret
    34:  fmov   d0, #1.000000000000000000e+00
    38:  ldp    x29, x30, [sp], #16                  ; wasm 0x6f
    3c:  ret
