;; br-table.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "switch"): 108 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cmp    w4, #0x4                             ; wasm 0x3d
     c:  mov    x9, #0x4  // #4
    10:  csel   x9, x4, x9, cc  // cc = lo, ul, last
    14:  adr    x8, 0x24
    18:  ldrsw  x9, [x8, w9, uxtw #2]
    1c:  add    x8, x8, x9
    20:  br     x8
    24:  udf    #48
    28:  udf    #36
    2c:  udf    #24
    30:  udf    #48
    34:  udf    #60
    38:  b      0x54
    3c:  mov    w2, #0x1e  // #30                    ; wasm 0x4d
    40:  ldp    x29, x30, [sp], #16                  ; wasm 0x4f
    44:  ret
    48:  mov    w2, #0x14  // #20                    ; wasm 0x49
    4c:  ldp    x29, x30, [sp], #16                  ; wasm 0x4b
    50:  ret
    54:  mov    w2, #0xa  // #10                     ; wasm 0x45
    58:  ldp    x29, x30, [sp], #16                  ; wasm 0x47
    5c:  ret
    60:  mov    w2, #0x28  // #40                    ; wasm 0x51
    64:  ldp    x29, x30, [sp], #16                  ; wasm 0x53
    68:  ret

;; function 1 (export "with_value"): 72 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cmp    w4, #0x2                             ; wasm 0x5e
     c:  mov    x9, #0x2  // #2
    10:  csel   x9, x4, x9, cc  // cc = lo, ul, last
    14:  adr    x8, 0x24
    18:  ldrsw  x9, [x8, w9, uxtw #2]
    1c:  add    x8, x8, x9
    20:  br     x8
    24:  udf    #24
    28:  udf    #16
    2c:  udf    #24
    30:  b      0x3c
    34:  mov    w2, #0x7  // #7                      ; wasm 0x5a
    38:  b      0x40                                 ; wasm 0x5e
    3c:  mov    w2, #0x8  // #8
    40:  ldp    x29, x30, [sp], #16                  ; wasm 0x68
    44:  ret
