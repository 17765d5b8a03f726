;; loop.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "sum_to"): 40 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    w2, #0x0  // #0
     c:  cbz    w4, 0x20                             ; wasm 0x3e
    10:  sub    w9, w4, #0x1
    14:  add    w2, w2, w4                           ; wasm 0x44
    18:  mov    x4, x9
    1c:  b      0xc                                  ; wasm 0x4e
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x54
    24:  ret

;; function 1 (export "nested"): 48 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    w2, #0x0  // #0
     c:  mov    x7, x5
    10:  sub    w7, w7, #0x1
    14:  cmp    w7, #0x0                             ; wasm 0x6d
    18:  b.gt   0x10
    1c:  add    w2, w2, #0x1
    20:  cmp    w2, w4                               ; wasm 0x7c
    24:  b.cc   0xc  // b.lo, b.ul, b.last
    28:  ldp    x29, x30, [sp], #16                  ; wasm 0x81
    2c:  ret
