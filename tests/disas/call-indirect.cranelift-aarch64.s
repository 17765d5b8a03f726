;; call-indirect.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $add: 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  add    w2, w4, w5                           ; wasm 0x45
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0x46
    10:  ret

;; function 1 $sub: 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  sub    w2, w4, w5                           ; wasm 0x4d
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0x4e
    10:  ret

;; function 2 (export "dispatch"): 128 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldur   x16, [x2]
     c:  ldur   x16, [x16]
    10:  add    x16, x16, #0x10
    14:  cmp    sp, x16
    18:  b.cc   0x70  // b.lo, b.ul, b.last
    1c:  ldr    x14, [x2, #104]                      ; wasm 0x57
    20:  ldr    w15, [x14, #8]
    24:  cmp    w4, w15
    28:  b.cs   0x74  // b.hs, b.nlast
    2c:  ldr    x0, [x14]
    30:  ldr    x0, [x0, w4, uxtw #3]
    34:  cbz    x0, 0x78
    38:  ldr    w1, [x0, #16]
    3c:  ldr    x3, [x2, #16]
    40:  mov    x4, x2
    44:  ldr    w3, [x3]
    48:  cmp    w1, w3
    4c:  b.ne   0x7c  // b.any
    50:  ldr    x1, [x0]
    54:  ldr    x2, [x0, #8]
    58:  mov    x3, x4
    5c:  mov    x4, x5
    60:  mov    x5, x6
    64:  blr    x1
    68:  ldp    x29, x30, [sp], #16                  ; wasm 0x5a
    6c:  ret
    70:  udf    #49439                               ; trap StackOverflow
    74:  udf    #49439                               ; wasm 0x57; trap TableOutOfBounds
    78:  udf    #49439                               ; trap IndirectCallToNull
    7c:  udf    #49439                               ; trap BadSignature
