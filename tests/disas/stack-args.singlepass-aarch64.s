;; stack-args.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $many: 192 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0xc0  // #192
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xbc  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  ldr    x9, [x28]
    34:  stur   x2, [x29, #-16]
    38:  stur   x3, [x29, #-24]
    3c:  stur   x4, [x29, #-32]
    40:  stur   x5, [x29, #-40]
    44:  stur   x6, [x29, #-48]
    48:  stur   x7, [x29, #-56]
    4c:  ldr    x17, [x9, #40]
    50:  stur   x17, [x29, #-64]
    54:  ldr    x17, [x9, #48]
    58:  stur   x17, [x29, #-72]
    5c:  ldr    x17, [x9, #56]
    60:  stur   x17, [x29, #-80]
    64:  ldr    x17, [x9, #64]
    68:  stur   x17, [x29, #-88]
    6c:  stur   d0, [x29, #-96]
    70:  stur   d1, [x29, #-104]
    74:  stur   d2, [x29, #-112]
    78:  stur   d3, [x29, #-120]
    7c:  stur   d4, [x29, #-128]
    80:  stur   d5, [x29, #-136]
    84:  stur   d6, [x29, #-144]
    88:  stur   d7, [x29, #-152]
    8c:  ldr    x17, [x9, #72]
    90:  stur   x17, [x29, #-160]
    94:  ldr    x17, [x9, #80]
    98:  stur   x17, [x29, #-168]
    9c:  ldur   x1, [x29, #-88]                      ; wasm 0x3e
    a0:  ldur   x2, [x29, #-80]                      ; wasm 0x40
    a4:  mov    w2, w2                               ; wasm 0x42
    a8:  add    x1, x1, x2                           ; wasm 0x43
    ac:  mov    x0, x1                               ; wasm 0x44
    b0:  mov    sp, x29
    b4:  ldp    x29, x30, [sp], #16
    b8:  ret
    bc:  udf    #0                                   ; no operator; trap StackOverflow

;; function 1 (export "caller"): 248 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0xb0  // #176
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xf4  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  ldur   x1, [x29, #-16]                      ; wasm 0x49
    38:  ldur   x2, [x29, #-16]                      ; wasm 0x59
    3c:  stur   x1, [x29, #-32]                      ; wasm 0xa1
    40:  stur   x2, [x29, #-96]
    44:  ldr    x0, [x28]
    48:  mov    x17, #0x7  // #7
    4c:  str    x17, [x0, #40]
    50:  mov    x17, #0x8  // #8
    54:  str    x17, [x0, #48]
    58:  mov    x17, #0x9  // #9
    5c:  str    x17, [x0, #56]
    60:  ldur   x17, [x29, #-96]
    64:  str    x17, [x0, #64]
    68:  mov    x17, #0x41100000  // #1091567616
    6c:  str    x17, [x0, #72]
    70:  mov    x17, #0x4024000000000000  // #4621819117588971520
    74:  str    x17, [x0, #80]
    78:  mov    w2, #0x1  // #1
    7c:  ldur   x3, [x29, #-32]
    80:  mov    w4, #0x3  // #3
    84:  mov    x5, #0x4  // #4
    88:  mov    w6, #0x5  // #5
    8c:  mov    x7, #0x6  // #6
    90:  mov    w16, #0x3f800000  // #1065353216
    94:  fmov   s0, w16
    98:  mov    x16, #0x4000000000000000  // #4611686018427387904
    9c:  fmov   d1, x16
    a0:  mov    w16, #0x40400000  // #1077936128
    a4:  fmov   s2, w16
    a8:  mov    x16, #0x4010000000000000  // #4616189618054758400
    ac:  fmov   d3, x16
    b0:  mov    w16, #0x40a00000  // #1084227584
    b4:  fmov   s4, w16
    b8:  mov    x16, #0x4018000000000000  // #4618441417868443648
    bc:  fmov   d5, x16
    c0:  mov    w16, #0x40e00000  // #1088421888
    c4:  fmov   s6, w16
    c8:  mov    x16, #0x4020000000000000  // #4620693217682128896
    cc:  fmov   d7, x16
    d0:  mov    x0, x28
    d4:  mov    x1, x28
    d8:  bl     0xd8                                 ; reloc Arm64Call -> function 0, addend 0
    dc:  ldur   x28, [x29, #-8]
    e0:  mov    x1, x0
    e4:  mov    x0, x1                               ; wasm 0xa3
    e8:  mov    sp, x29
    ec:  ldp    x29, x30, [sp], #16
    f0:  ret
    f4:  udf    #0                                   ; no operator; trap StackOverflow
