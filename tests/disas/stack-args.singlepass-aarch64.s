;; stack-args.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $many: 188 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0xc0  // #192
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xb8  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  stur   x4, [x29, #-32]
    3c:  stur   x5, [x29, #-40]
    40:  stur   x6, [x29, #-48]
    44:  stur   x7, [x29, #-56]
    48:  ldr    x17, [x29, #16]
    4c:  stur   x17, [x29, #-64]
    50:  ldr    x17, [x29, #24]
    54:  stur   x17, [x29, #-72]
    58:  ldr    x17, [x29, #32]
    5c:  stur   x17, [x29, #-80]
    60:  ldr    x17, [x29, #40]
    64:  stur   x17, [x29, #-88]
    68:  stur   d0, [x29, #-96]
    6c:  stur   d1, [x29, #-104]
    70:  stur   d2, [x29, #-112]
    74:  stur   d3, [x29, #-120]
    78:  stur   d4, [x29, #-128]
    7c:  stur   d5, [x29, #-136]
    80:  stur   d6, [x29, #-144]
    84:  stur   d7, [x29, #-152]
    88:  ldr    x17, [x29, #48]
    8c:  stur   x17, [x29, #-160]
    90:  ldr    x17, [x29, #56]
    94:  stur   x17, [x29, #-168]
    98:  ldur   x1, [x29, #-88]                      ; wasm 0x3e
    9c:  ldur   x2, [x29, #-80]                      ; wasm 0x40
    a0:  mov    w2, w2                               ; wasm 0x42
    a4:  add    x1, x1, x2                           ; wasm 0x43
    a8:  mov    x0, x1                               ; wasm 0x44
    ac:  mov    sp, x29
    b0:  ldp    x29, x30, [sp], #16
    b4:  ret
    b8:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "caller"): 244 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0xe0  // #224
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xf0  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x49
    38:  ldur   x2, [x29, #-16]                      ; wasm 0x59
    3c:  stur   x1, [x29, #-32]                      ; wasm 0xa1
    40:  stur   x2, [x29, #-96]
    44:  mov    x17, #0x7  // #7
    48:  str    x17, [sp]
    4c:  mov    x17, #0x8  // #8
    50:  str    x17, [sp, #8]
    54:  mov    x17, #0x9  // #9
    58:  str    x17, [sp, #16]
    5c:  ldur   x17, [x29, #-96]
    60:  str    x17, [sp, #24]
    64:  mov    x17, #0x41100000  // #1091567616
    68:  str    x17, [sp, #32]
    6c:  mov    x17, #0x4024000000000000  // #4621819117588971520
    70:  str    x17, [sp, #40]
    74:  mov    w2, #0x1  // #1
    78:  ldur   x3, [x29, #-32]
    7c:  mov    w4, #0x3  // #3
    80:  mov    x5, #0x4  // #4
    84:  mov    w6, #0x5  // #5
    88:  mov    x7, #0x6  // #6
    8c:  mov    w16, #0x3f800000  // #1065353216
    90:  fmov   s0, w16
    94:  mov    x16, #0x4000000000000000  // #4611686018427387904
    98:  fmov   d1, x16
    9c:  mov    w16, #0x40400000  // #1077936128
    a0:  fmov   s2, w16
    a4:  mov    x16, #0x4010000000000000  // #4616189618054758400
    a8:  fmov   d3, x16
    ac:  mov    w16, #0x40a00000  // #1084227584
    b0:  fmov   s4, w16
    b4:  mov    x16, #0x4018000000000000  // #4618441417868443648
    b8:  fmov   d5, x16
    bc:  mov    w16, #0x40e00000  // #1088421888
    c0:  fmov   s6, w16
    c4:  mov    x16, #0x4020000000000000  // #4620693217682128896
    c8:  fmov   d7, x16
    cc:  mov    x0, x28
    d0:  mov    x1, x28
    d4:  bl     0xd4                                 ; reloc Arm64Call -> function 0, addend 0
    d8:  ldur   x28, [x29, #-8]
    dc:  mov    x1, x0
    e0:  mov    x0, x1                               ; wasm 0xa3
    e4:  mov    sp, x29
    e8:  ldp    x29, x30, [sp], #16
    ec:  ret
    f0:  udf    #0                                   ; no operator; trap StackOverflow
