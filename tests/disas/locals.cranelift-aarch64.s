;; locals.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "mix"): 52 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  add    w14, w2, #0x1
     c:  mul    w14, w14, w14
    10:  scvtf  s16, w14
    14:  fadd   s16, s0, s16
    18:  fcvt   d16, s16
    1c:  fadd   d16, d1, d16
    20:  add    x14, x3, w14, uxtw
    24:  scvtf  d17, x14
    28:  fadd   d0, d16, d17
    2c:  ldp    x29, x30, [sp], #16
    30:  ret

;; function 1 (export "pressure"): 140 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  add    w0, w2, #0x1
     c:  add    w1, w2, #0x3
    10:  eor    w0, w0, w1
    14:  add    w1, w2, #0x6
    18:  eor    w0, w0, w1
    1c:  add    w1, w2, #0xa
    20:  eor    w0, w0, w1
    24:  add    w1, w2, #0xf
    28:  eor    w0, w0, w1
    2c:  add    w1, w2, #0x15
    30:  eor    w0, w0, w1
    34:  add    w1, w2, #0x1c
    38:  eor    w0, w0, w1
    3c:  add    w1, w2, #0x24
    40:  eor    w0, w0, w1
    44:  add    w1, w2, #0x2d
    48:  eor    w0, w0, w1
    4c:  add    w1, w2, #0x37
    50:  eor    w0, w0, w1
    54:  add    w1, w2, #0x42
    58:  eor    w0, w0, w1
    5c:  add    w1, w2, #0x4e
    60:  eor    w0, w0, w1
    64:  add    w1, w2, #0x5b
    68:  eor    w0, w0, w1
    6c:  add    w1, w2, #0x69
    70:  eor    w0, w0, w1
    74:  add    w1, w2, #0x78
    78:  eor    w0, w0, w1
    7c:  add    w1, w2, #0x88
    80:  eor    w0, w0, w1
    84:  ldp    x29, x30, [sp], #16
    88:  ret
