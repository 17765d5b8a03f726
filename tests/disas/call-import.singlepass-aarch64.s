;; call-import.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 2 (export "run"): 144 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x8c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x43
    38:  stur   x1, [x29, #-24]                      ; wasm 0x45
    3c:  ldur   x2, [x29, #-24]
    40:  ldr    x9, [x28, #32]
    44:  ldr    x0, [x28, #40]
    48:  mov    x1, x28
    4c:  blr    x9
    50:  ldur   x28, [x29, #-8]
    54:  ldur   x1, [x29, #-16]                      ; wasm 0x47
    58:  mov    w1, w1                               ; wasm 0x49
    5c:  stur   x1, [x29, #-24]                      ; wasm 0x53
    60:  ldur   x2, [x29, #-24]
    64:  mov    x16, #0x3fe0000000000000  // #4602678819172646912
    68:  fmov   d0, x16
    6c:  ldr    x9, [x28, #56]
    70:  ldr    x0, [x28, #64]
    74:  mov    x1, x28
    78:  blr    x9
    7c:  ldur   x28, [x29, #-8]
    80:  mov    sp, x29                              ; wasm 0x55
    84:  ldp    x29, x30, [sp], #16
    88:  ret
    8c:  udf    #0                                   ; no operator; trap StackOverflow
