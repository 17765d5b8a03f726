;; locals.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "mix"): 52 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  add    w14, w4, #0x1                        ; wasm 0x43
     c:  mul    w14, w14, w14                        ; wasm 0x4a
    10:  scvtf  s16, w14                             ; wasm 0x54
    14:  fadd   s16, s0, s16                         ; wasm 0x55
    18:  fcvt   d16, s16                             ; wasm 0x5c
    1c:  fadd   d16, d1, d16                         ; wasm 0x5d
    20:  add    x14, x5, w14, uxtw                   ; wasm 0x66
    24:  scvtf  d17, x14                             ; wasm 0x67
    28:  fadd   d0, d16, d17                         ; wasm 0x68
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x69
    30:  ret

;; function 1 (export "pressure"): 140 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  add    w0, w4, #0x1                         ; wasm 0x73
     c:  add    w1, w4, #0x3
    10:  eor    w0, w0, w1                           ; wasm 0xe3
    14:  add    w1, w4, #0x6
    18:  eor    w0, w0, w1                           ; wasm 0xe6
    1c:  add    w1, w4, #0xa
    20:  eor    w0, w0, w1                           ; wasm 0xe9
    24:  add    w1, w4, #0xf
    28:  eor    w0, w0, w1                           ; wasm 0xec
    2c:  add    w1, w4, #0x15
    30:  eor    w0, w0, w1                           ; wasm 0xef
    34:  add    w1, w4, #0x1c
    38:  eor    w0, w0, w1                           ; wasm 0xf2
    3c:  add    w1, w4, #0x24
    40:  eor    w0, w0, w1                           ; wasm 0xf5
    44:  add    w1, w4, #0x2d
    48:  eor    w0, w0, w1                           ; wasm 0xf8
    4c:  add    w1, w4, #0x37
    50:  eor    w0, w0, w1                           ; wasm 0xfb
    54:  add    w1, w4, #0x42
    58:  eor    w0, w0, w1                           ; wasm 0xfe
    5c:  add    w1, w4, #0x4e
    60:  eor    w0, w0, w1                           ; wasm 0x101
    64:  add    w1, w4, #0x5b
    68:  eor    w0, w0, w1                           ; wasm 0x104
    6c:  add    w1, w4, #0x69
    70:  eor    w0, w0, w1                           ; wasm 0x107
    74:  add    w1, w4, #0x78
    78:  eor    w0, w0, w1                           ; wasm 0x10a
    7c:  add    w1, w4, #0x88
    80:  eor    w2, w0, w1                           ; wasm 0x10d
    84:  ldp    x29, x30, [sp], #16                  ; wasm 0x10e
    88:  ret
