;; loop.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "sum_to"): 40 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    w0, #0x0  // #0
     c:  cbz    w2, 0x20
    10:  sub    w9, w2, #0x1
    14:  add    w0, w0, w2
    18:  mov    x2, x9
    1c:  b      0xc
    20:  ldp    x29, x30, [sp], #16
    24:  ret

;; function 1 (export "nested"): 48 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  mov    w0, #0x0  // #0
     c:  mov    x7, x3
    10:  sub    w7, w7, #0x1
    14:  cmp    w7, #0x0
    18:  b.gt   0x10
    1c:  add    w0, w0, #0x1
    20:  cmp    w0, w2
    24:  b.cc   0xc  // b.lo, b.ul, b.last
    28:  ldp    x29, x30, [sp], #16
    2c:  ret
