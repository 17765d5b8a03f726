;; i64-arith.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "add_mul"): 40 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  add    x9, x4, x5                           ; wasm 0x55
     c:  mov    x10, #0xcdef  // #52719              ; wasm 0x56
    10:  movk   x10, #0x89ab, lsl #16
    14:  movk   x10, #0x4567, lsl #32
    18:  movk   x10, #0x123, lsl #48
    1c:  mul    x2, x9, x10                          ; wasm 0x60
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x61
    24:  ret

;; function 1 (export "shifts"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  lsl    x6, x4, x5                           ; wasm 0x68
     c:  ror    x7, x4, #13                          ; wasm 0x6d
    10:  orr    x2, x6, x7                           ; wasm 0x6e
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x6f
    18:  ret

;; function 2 (export "counts"): 40 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  clz    x8, x4                               ; wasm 0x74
     c:  fmov   d5, x4                               ; wasm 0x77
    10:  cnt    v7.8b, v5.8b
    14:  addv   b16, v7.8b
    18:  umov   w11, v16.b[0]
    1c:  add    x2, x8, x11                          ; wasm 0x78
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x79
    24:  ret

;; function 3 (export "compare"): 44 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cmp    x4, x5                               ; wasm 0x80
     c:  cset   x9, gt
    10:  mov    x10, #0xffffffffffffffff  // #-1     ; wasm 0x83
    14:  cmp    x4, x10                              ; wasm 0x85
    18:  cset   x10, ne  // ne = any
    1c:  and    w10, w9, w10
    20:  uxtb   w2, w10
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x87
    28:  ret
