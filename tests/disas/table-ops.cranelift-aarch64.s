;; table-ops.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 16 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldp    x29, x30, [sp], #16                  ; wasm 0x7f
     c:  ret

;; function 1 (export "get_is_null"): 56 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x8, [x2, #176]                       ; wasm 0x84
     c:  ldr    w9, [x8, #8]
    10:  cmp    w4, w9
    14:  b.cs   0x34  // b.hs, b.nlast
    18:  ldr    x10, [x8]
    1c:  ldr    x10, [x10, w4, uxtw #3]
    20:  cmp    x10, #0x0                            ; wasm 0x86
    24:  cset   x12, eq  // eq = none
    28:  uxtb   w2, w12
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x87
    30:  ret
    34:  udf    #49439                               ; wasm 0x84; trap TableOutOfBounds

;; function 2 (export "set_func"): 48 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x6, [x2, #176]                       ; wasm 0x8e
     c:  ldr    w7, [x6, #8]
    10:  cmp    w4, w7
    14:  b.cs   0x2c  // b.hs, b.nlast
    18:  ldr    x8, [x6]
    1c:  add    x9, x2, #0x20                        ; wasm 0x8c
    20:  str    x9, [x8, w4, uxtw #3]                ; wasm 0x8e
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x90
    28:  ret
    2c:  udf    #49439                               ; wasm 0x8e; trap TableOutOfBounds

;; function 3 (export "set_extern"): 40 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x5, [x2, #184]                       ; wasm 0x97
     c:  ldr    w6, [x5, #8]
    10:  cbz    w6, 0x24
    14:  ldr    x6, [x5]
    18:  str    x4, [x6]
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x99
    20:  ret
    24:  udf    #49439                               ; wasm 0x97; trap TableOutOfBounds

;; function 4 (export "size_grow"): 88 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x20
    14:  cmp    sp, x16
    18:  b.cc   0x54  // b.lo, b.ul, b.last
    1c:  str    x19, [sp, #-16]!
    20:  ldr    x10, [x2, #176]                      ; wasm 0x9c
    24:  ldr    w19, [x10, #8]
    28:  ldr    x10, [x2, #8]                        ; wasm 0xa3
    2c:  mov    x0, x2
    30:  ldr    x10, [x10, #40]
    34:  mov    w1, #0x0  // #0
    38:  mov    x2, #0x0  // #0                      ; wasm 0x9f
    3c:  mov    x3, #0x1  // #1
    40:  blr    x10                                  ; wasm 0xa3
    44:  add    w2, w19, w0                          ; wasm 0xa6
    48:  ldr    x19, [sp], #16                       ; wasm 0xa7
    4c:  ldp    x29, x30, [sp], #16
    50:  ret
    54:  udf    #49439                               ; trap StackOverflow

;; function 5 (export "fill"): 80 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x48  // b.lo, b.ul, b.last
    1c:  ldr    x10, [x2, #8]                        ; wasm 0xb0
    20:  mov    x0, x2
    24:  ldr    x10, [x10, #48]
    28:  mov    w1, #0x0  // #0
    2c:  mov    w2, w4
    30:  mov    x3, #0x0  // #0                      ; wasm 0xac
    34:  mov    w4, w5                               ; wasm 0xb0
    38:  blr    x10
    3c:  cbnz   w0, 0x4c
    40:  ldp    x29, x30, [sp], #16                  ; wasm 0xb3
    44:  ret
    48:  udf    #49439                               ; trap StackOverflow
    4c:  udf    #49439                               ; wasm 0xb0; trap TableOutOfBounds
