;; locals.wat: singlepass, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "mix"): 196 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0x60  // #96
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0xc0  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  stur   x3, [x29, #-24]
    38:  stur   d0, [x29, #-32]
    3c:  stur   d1, [x29, #-40]
    40:  stur   xzr, [x29, #-72]
    44:  stur   xzr, [x29, #-64]
    48:  stur   xzr, [x29, #-56]
    4c:  stur   xzr, [x29, #-48]
    50:  ldur   x1, [x29, #-16]
    54:  add    w1, w1, #0x1
    58:  stur   x1, [x29, #-48]
    5c:  ldur   x1, [x29, #-48]
    60:  ldur   x2, [x29, #-48]
    64:  mul    w1, w1, w2
    68:  stur   x1, [x29, #-48]
    6c:  mov    w1, w1
    70:  stur   x1, [x29, #-56]
    74:  ldur   d0, [x29, #-32]
    78:  ldur   x1, [x29, #-48]
    7c:  scvtf  s1, w1
    80:  fadd   s0, s0, s1
    84:  stur   d0, [x29, #-64]
    88:  ldur   d0, [x29, #-40]
    8c:  ldur   d1, [x29, #-64]
    90:  fcvt   d1, s1
    94:  fadd   d0, d0, d1
    98:  stur   d0, [x29, #-72]
    9c:  ldur   d0, [x29, #-72]
    a0:  ldur   x1, [x29, #-24]
    a4:  ldur   x2, [x29, #-56]
    a8:  add    x1, x1, x2
    ac:  scvtf  d1, x1
    b0:  fadd   d0, d0, d1
    b4:  mov    sp, x29
    b8:  ldp    x29, x30, [sp], #16
    bc:  ret
    c0:  udf    #0                                   ; trap StackOverflow

;; function 1 (export "pressure"): 408 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x16, [x0]
     c:  ldr    x16, [x16]
    10:  mov    x17, #0xa0  // #160
    14:  movk   x17, #0x0, lsl #16
    18:  sub    x17, sp, x17
    1c:  cmp    x17, x16
    20:  b.cc   0x194  // b.lo, b.ul, b.last
    24:  mov    sp, x17
    28:  stur   x0, [x29, #-8]
    2c:  mov    x28, x0
    30:  stur   x2, [x29, #-16]
    34:  sub    x16, x29, #0x90
    38:  mov    w17, #0x10  // #16
    3c:  str    xzr, [x16], #8
    40:  subs   w17, w17, #0x1
    44:  b.ne   0x3c  // b.any
    48:  ldur   x1, [x29, #-16]
    4c:  add    w1, w1, #0x1
    50:  stur   x1, [x29, #-24]
    54:  ldur   x1, [x29, #-24]
    58:  add    w1, w1, #0x2
    5c:  stur   x1, [x29, #-32]
    60:  ldur   x1, [x29, #-32]
    64:  add    w1, w1, #0x3
    68:  stur   x1, [x29, #-40]
    6c:  ldur   x1, [x29, #-40]
    70:  add    w1, w1, #0x4
    74:  stur   x1, [x29, #-48]
    78:  ldur   x1, [x29, #-48]
    7c:  add    w1, w1, #0x5
    80:  stur   x1, [x29, #-56]
    84:  ldur   x1, [x29, #-56]
    88:  add    w1, w1, #0x6
    8c:  stur   x1, [x29, #-64]
    90:  ldur   x1, [x29, #-64]
    94:  add    w1, w1, #0x7
    98:  stur   x1, [x29, #-72]
    9c:  ldur   x1, [x29, #-72]
    a0:  add    w1, w1, #0x8
    a4:  stur   x1, [x29, #-80]
    a8:  ldur   x1, [x29, #-80]
    ac:  add    w1, w1, #0x9
    b0:  stur   x1, [x29, #-88]
    b4:  ldur   x1, [x29, #-88]
    b8:  add    w1, w1, #0xa
    bc:  stur   x1, [x29, #-96]
    c0:  ldur   x1, [x29, #-96]
    c4:  add    w1, w1, #0xb
    c8:  stur   x1, [x29, #-104]
    cc:  ldur   x1, [x29, #-104]
    d0:  add    w1, w1, #0xc
    d4:  stur   x1, [x29, #-112]
    d8:  ldur   x1, [x29, #-112]
    dc:  add    w1, w1, #0xd
    e0:  stur   x1, [x29, #-120]
    e4:  ldur   x1, [x29, #-120]
    e8:  add    w1, w1, #0xe
    ec:  stur   x1, [x29, #-128]
    f0:  ldur   x1, [x29, #-128]
    f4:  add    w1, w1, #0xf
    f8:  stur   x1, [x29, #-136]
    fc:  ldur   x1, [x29, #-136]
   100:  add    w1, w1, #0x10
   104:  stur   x1, [x29, #-144]
   108:  ldur   x1, [x29, #-24]
   10c:  ldur   x2, [x29, #-32]
   110:  eor    w1, w1, w2
   114:  ldur   x2, [x29, #-40]
   118:  eor    w1, w1, w2
   11c:  ldur   x2, [x29, #-48]
   120:  eor    w1, w1, w2
   124:  ldur   x2, [x29, #-56]
   128:  eor    w1, w1, w2
   12c:  ldur   x2, [x29, #-64]
   130:  eor    w1, w1, w2
   134:  ldur   x2, [x29, #-72]
   138:  eor    w1, w1, w2
   13c:  ldur   x2, [x29, #-80]
   140:  eor    w1, w1, w2
   144:  ldur   x2, [x29, #-88]
   148:  eor    w1, w1, w2
   14c:  ldur   x2, [x29, #-96]
   150:  eor    w1, w1, w2
   154:  ldur   x2, [x29, #-104]
   158:  eor    w1, w1, w2
   15c:  ldur   x2, [x29, #-112]
   160:  eor    w1, w1, w2
   164:  ldur   x2, [x29, #-120]
   168:  eor    w1, w1, w2
   16c:  ldur   x2, [x29, #-128]
   170:  eor    w1, w1, w2
   174:  ldur   x2, [x29, #-136]
   178:  eor    w1, w1, w2
   17c:  ldur   x2, [x29, #-144]
   180:  eor    w1, w1, w2
   184:  mov    x0, x1
   188:  mov    sp, x29
   18c:  ldp    x29, x30, [sp], #16
   190:  ret
   194:  udf    #0                                   ; trap StackOverflow
