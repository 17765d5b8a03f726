;; call-direct.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $leaf: 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  add    w2, w4, w5                           ; wasm 0x3b
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0x3c
    10:  ret

;; function 1 $fac (export "fac"): 88 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x20
    14:  cmp    sp, x16
    18:  b.cc   0x54  // b.lo, b.ul, b.last
    1c:  str    x19, [sp, #-16]!
    20:  cbz    x4, 0x44                             ; wasm 0x42
    24:  mov    x13, x4
    28:  sub    x4, x13, #0x1                        ; wasm 0x4d
    2c:  mov    x3, x2
    30:  mov    x19, x13
    34:  bl     0x34                                 ; wasm 0x4e; reloc Arm64Call -> function 1, addend 0
    38:  mov    x4, x19
    3c:  mul    x2, x4, x2                           ; wasm 0x50
    40:  b      0x48                                 ; wasm 0x51
    44:  mov    x2, #0x1  // #1
    48:  ldr    x19, [sp], #16                       ; wasm 0x52
    4c:  ldp    x29, x30, [sp], #16
    50:  ret
    54:  udf    #49439                               ; trap StackOverflow

;; function 2 (export "twice"): 88 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x20
    14:  cmp    sp, x16
    18:  b.cc   0x54  // b.lo, b.ul, b.last
    1c:  stp    x19, x20, [sp, #-16]!
    20:  mov    x19, x4
    24:  mov    x20, x2
    28:  mov    w5, #0x1  // #1                      ; wasm 0x57
    2c:  mov    x3, x20
    30:  bl     0x30                                 ; wasm 0x59; reloc Arm64Call -> function 0, addend 0
    34:  mov    x3, x20
    38:  mov    x4, x2
    3c:  mov    x5, x19
    40:  mov    x2, x3
    44:  bl     0x44                                 ; wasm 0x5d; reloc Arm64Call -> function 0, addend 0
    48:  ldp    x19, x20, [sp], #16                  ; wasm 0x5f
    4c:  ldp    x29, x30, [sp], #16
    50:  ret
    54:  udf    #49439                               ; trap StackOverflow
