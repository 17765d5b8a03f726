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
    50:  ldur   x1, [x29, #-16]                      ; wasm 0x3f
    54:  add    w1, w1, #0x1                         ; wasm 0x43
    58:  stur   x1, [x29, #-48]                      ; wasm 0x44
    5c:  ldur   x1, [x29, #-48]                      ; wasm 0x46
    60:  ldur   x2, [x29, #-48]                      ; wasm 0x48
    64:  mul    w1, w1, w2                           ; wasm 0x4a
    68:  stur   x1, [x29, #-48]                      ; wasm 0x4b
    6c:  mov    w1, w1                               ; wasm 0x4d
    70:  stur   x1, [x29, #-56]                      ; wasm 0x4e
    74:  ldur   d0, [x29, #-32]                      ; wasm 0x50
    78:  ldur   x1, [x29, #-48]                      ; wasm 0x52
    7c:  scvtf  s1, w1                               ; wasm 0x54
    80:  fadd   s0, s0, s1                           ; wasm 0x55
    84:  stur   d0, [x29, #-64]                      ; wasm 0x56
    88:  ldur   d0, [x29, #-40]                      ; wasm 0x58
    8c:  ldur   d1, [x29, #-64]                      ; wasm 0x5a
    90:  fcvt   d1, s1                               ; wasm 0x5c
    94:  fadd   d0, d0, d1                           ; wasm 0x5d
    98:  stur   d0, [x29, #-72]                      ; wasm 0x5e
    9c:  ldur   d0, [x29, #-72]                      ; wasm 0x60
    a0:  ldur   x1, [x29, #-24]                      ; wasm 0x62
    a4:  ldur   x2, [x29, #-56]                      ; wasm 0x64
    a8:  add    x1, x1, x2                           ; wasm 0x66
    ac:  scvtf  d1, x1                               ; wasm 0x67
    b0:  fadd   d0, d0, d1                           ; wasm 0x68
    b4:  mov    sp, x29                              ; wasm 0x69
    b8:  ldp    x29, x30, [sp], #16
    bc:  ret
    c0:  udf    #0                                   ; no operator; trap StackOverflow

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
    48:  ldur   x1, [x29, #-16]                      ; wasm 0x6f
    4c:  add    w1, w1, #0x1                         ; wasm 0x73
    50:  stur   x1, [x29, #-24]                      ; wasm 0x74
    54:  ldur   x1, [x29, #-24]                      ; wasm 0x76
    58:  add    w1, w1, #0x2                         ; wasm 0x7a
    5c:  stur   x1, [x29, #-32]                      ; wasm 0x7b
    60:  ldur   x1, [x29, #-32]                      ; wasm 0x7d
    64:  add    w1, w1, #0x3                         ; wasm 0x81
    68:  stur   x1, [x29, #-40]                      ; wasm 0x82
    6c:  ldur   x1, [x29, #-40]                      ; wasm 0x84
    70:  add    w1, w1, #0x4                         ; wasm 0x88
    74:  stur   x1, [x29, #-48]                      ; wasm 0x89
    78:  ldur   x1, [x29, #-48]                      ; wasm 0x8b
    7c:  add    w1, w1, #0x5                         ; wasm 0x8f
    80:  stur   x1, [x29, #-56]                      ; wasm 0x90
    84:  ldur   x1, [x29, #-56]                      ; wasm 0x92
    88:  add    w1, w1, #0x6                         ; wasm 0x96
    8c:  stur   x1, [x29, #-64]                      ; wasm 0x97
    90:  ldur   x1, [x29, #-64]                      ; wasm 0x99
    94:  add    w1, w1, #0x7                         ; wasm 0x9d
    98:  stur   x1, [x29, #-72]                      ; wasm 0x9e
    9c:  ldur   x1, [x29, #-72]                      ; wasm 0xa0
    a0:  add    w1, w1, #0x8                         ; wasm 0xa4
    a4:  stur   x1, [x29, #-80]                      ; wasm 0xa5
    a8:  ldur   x1, [x29, #-80]                      ; wasm 0xa7
    ac:  add    w1, w1, #0x9                         ; wasm 0xab
    b0:  stur   x1, [x29, #-88]                      ; wasm 0xac
    b4:  ldur   x1, [x29, #-88]                      ; wasm 0xae
    b8:  add    w1, w1, #0xa                         ; wasm 0xb2
    bc:  stur   x1, [x29, #-96]                      ; wasm 0xb3
    c0:  ldur   x1, [x29, #-96]                      ; wasm 0xb5
    c4:  add    w1, w1, #0xb                         ; wasm 0xb9
    c8:  stur   x1, [x29, #-104]                     ; wasm 0xba
    cc:  ldur   x1, [x29, #-104]                     ; wasm 0xbc
    d0:  add    w1, w1, #0xc                         ; wasm 0xc0
    d4:  stur   x1, [x29, #-112]                     ; wasm 0xc1
    d8:  ldur   x1, [x29, #-112]                     ; wasm 0xc3
    dc:  add    w1, w1, #0xd                         ; wasm 0xc7
    e0:  stur   x1, [x29, #-120]                     ; wasm 0xc8
    e4:  ldur   x1, [x29, #-120]                     ; wasm 0xca
    e8:  add    w1, w1, #0xe                         ; wasm 0xce
    ec:  stur   x1, [x29, #-128]                     ; wasm 0xcf
    f0:  ldur   x1, [x29, #-128]                     ; wasm 0xd1
    f4:  add    w1, w1, #0xf                         ; wasm 0xd5
    f8:  stur   x1, [x29, #-136]                     ; wasm 0xd6
    fc:  ldur   x1, [x29, #-136]                     ; wasm 0xd8
   100:  add    w1, w1, #0x10                        ; wasm 0xdc
   104:  stur   x1, [x29, #-144]                     ; wasm 0xdd
   108:  ldur   x1, [x29, #-24]                      ; wasm 0xdf
   10c:  ldur   x2, [x29, #-32]                      ; wasm 0xe1
   110:  eor    w1, w1, w2                           ; wasm 0xe3
   114:  ldur   x2, [x29, #-40]                      ; wasm 0xe4
   118:  eor    w1, w1, w2                           ; wasm 0xe6
   11c:  ldur   x2, [x29, #-48]                      ; wasm 0xe7
   120:  eor    w1, w1, w2                           ; wasm 0xe9
   124:  ldur   x2, [x29, #-56]                      ; wasm 0xea
   128:  eor    w1, w1, w2                           ; wasm 0xec
   12c:  ldur   x2, [x29, #-64]                      ; wasm 0xed
   130:  eor    w1, w1, w2                           ; wasm 0xef
   134:  ldur   x2, [x29, #-72]                      ; wasm 0xf0
   138:  eor    w1, w1, w2                           ; wasm 0xf2
   13c:  ldur   x2, [x29, #-80]                      ; wasm 0xf3
   140:  eor    w1, w1, w2                           ; wasm 0xf5
   144:  ldur   x2, [x29, #-88]                      ; wasm 0xf6
   148:  eor    w1, w1, w2                           ; wasm 0xf8
   14c:  ldur   x2, [x29, #-96]                      ; wasm 0xf9
   150:  eor    w1, w1, w2                           ; wasm 0xfb
   154:  ldur   x2, [x29, #-104]                     ; wasm 0xfc
   158:  eor    w1, w1, w2                           ; wasm 0xfe
   15c:  ldur   x2, [x29, #-112]                     ; wasm 0xff
   160:  eor    w1, w1, w2                           ; wasm 0x101
   164:  ldur   x2, [x29, #-120]                     ; wasm 0x102
   168:  eor    w1, w1, w2                           ; wasm 0x104
   16c:  ldur   x2, [x29, #-128]                     ; wasm 0x105
   170:  eor    w1, w1, w2                           ; wasm 0x107
   174:  ldur   x2, [x29, #-136]                     ; wasm 0x108
   178:  eor    w1, w1, w2                           ; wasm 0x10a
   17c:  ldur   x2, [x29, #-144]                     ; wasm 0x10b
   180:  eor    w1, w1, w2                           ; wasm 0x10d
   184:  mov    x0, x1                               ; wasm 0x10e
   188:  mov    sp, x29
   18c:  ldp    x29, x30, [sp], #16
   190:  ret
   194:  udf    #0                                   ; no operator; trap StackOverflow
