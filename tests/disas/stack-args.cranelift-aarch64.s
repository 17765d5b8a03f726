;; stack-args.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $many: 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   w0, [sp, #48]
     c:  ldur   x2, [sp, #56]
    10:  add    x2, x2, w0, uxtw                     ; wasm 0x43
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x44
    18:  add    sp, sp, #0x40
    1c:  ret

;; function 1 (export "caller"): 176 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x50
    14:  cmp    sp, x16
    18:  b.cc   0xac  // b.lo, b.ul, b.last
    1c:  sub    sp, sp, #0x40
    20:  mov    x9, x4
    24:  mov    w4, #0x1  // #1                      ; wasm 0x47
    28:  mov    w6, #0x3  // #3                      ; wasm 0x4b
    2c:  mov    x7, #0x4  // #4                      ; wasm 0x4d
    30:  mov    w0, #0x5  // #5                      ; wasm 0x4f
    34:  mov    x1, #0x6  // #6                      ; wasm 0x51
    38:  mov    w3, #0x7  // #7                      ; wasm 0x53
    3c:  mov    x5, #0x8  // #8                      ; wasm 0x55
    40:  mov    w8, #0x9  // #9                      ; wasm 0x57
    44:  fmov   s0, #1.000000000000000000e+00        ; wasm 0x5b
    48:  fmov   d1, #2.000000000000000000e+00        ; wasm 0x60
    4c:  fmov   s2, #3.000000000000000000e+00        ; wasm 0x69
    50:  fmov   d3, #4.000000000000000000e+00        ; wasm 0x6e
    54:  fmov   s4, #5.000000000000000000e+00        ; wasm 0x77
    58:  fmov   d5, #6.000000000000000000e+00        ; wasm 0x7c
    5c:  fmov   s6, #7.000000000000000000e+00        ; wasm 0x85
    60:  fmov   d7, #8.000000000000000000e+00        ; wasm 0x8a
    64:  fmov   s21, #9.000000000000000000e+00       ; wasm 0x93
    68:  fmov   d22, #1.000000000000000000e+01       ; wasm 0x98
    6c:  stur   w0, [sp]                             ; wasm 0xa1
    70:  stur   x1, [sp, #8]
    74:  stur   w3, [sp, #16]
    78:  stur   x5, [sp, #24]
    7c:  stur   w8, [sp, #32]
    80:  mov    x0, x9
    84:  stur   x0, [sp, #40]
    88:  stur   s21, [sp, #48]
    8c:  stur   d22, [sp, #56]
    90:  mov    x3, x2
    94:  mov    x5, x0
    98:  bl     0x98                                 ; reloc Arm64Call -> function 0, addend 0
    9c:  sub    sp, sp, #0x40
    a0:  add    sp, sp, #0x40                        ; wasm 0xa3
    a4:  ldp    x29, x30, [sp], #16
    a8:  ret
    ac:  udf    #49439                               ; trap StackOverflow
