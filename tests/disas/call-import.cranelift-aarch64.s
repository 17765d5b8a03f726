;; call-import.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 2 (export "run"): 100 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x20
    14:  cmp    sp, x16
    18:  b.cc   0x60  // b.lo, b.ul, b.last
    1c:  stp    x19, x20, [sp, #-16]!
    20:  mov    x20, x2
    24:  ldr    x9, [x2, #32]                        ; wasm 0x45
    28:  ldr    x2, [x2, #40]
    2c:  mov    x19, x4
    30:  mov    x3, x20
    34:  blr    x9
    38:  mov    x14, x20
    3c:  ldr    x10, [x14, #56]                      ; wasm 0x53
    40:  ldr    x2, [x14, #64]
    44:  mov    w4, w19                              ; wasm 0x49
    48:  fmov   d0, #5.000000000000000000e-01        ; wasm 0x4a
    4c:  mov    x3, x14
    50:  blr    x10                                  ; wasm 0x53
    54:  ldp    x19, x20, [sp], #16                  ; wasm 0x55
    58:  ldp    x29, x30, [sp], #16
    5c:  ret
    60:  udf    #49439                               ; trap StackOverflow
