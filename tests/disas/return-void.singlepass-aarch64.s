;; return-void.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "empty"): 64 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x10  // #16
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x3c  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  mov    sp, x29                              ; wasm 0x3b
    34:  ldp    x29, x30, [sp], #16
    38:  ret
    3c:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "const"): 68 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x10  // #16
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x40  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  mov    x0, #0xffffffffffffffff  // #-1      ; wasm 0x40
    34:  mov    sp, x29
    38:  ldp    x29, x30, [sp], #16
    3c:  ret
    40:  udf    #0                                   ; no operator; trap StackOverflow

;; function 2 (export "drop"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x20  // #32
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x44  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   d0, [x29, #-16]
    34:  ldur   d0, [x29, #-16]                      ; wasm 0x43
    38:  mov    sp, x29                              ; wasm 0x47
    3c:  ldp    x29, x30, [sp], #16
    40:  ret
    44:  udf    #0                                   ; no operator; trap StackOverflow
