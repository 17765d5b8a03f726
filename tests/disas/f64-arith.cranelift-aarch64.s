;; f64-arith.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fmul   d7, d0, d1
     c:  fmov   d16, #3.000000000000000000e+00
    10:  fdiv   d16, d0, d16
    14:  fsub   d0, d7, d16
    18:  ldp    x29, x30, [sp], #16
    1c:  ret

;; function 1 (export "rounding"): 44 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  frintm d16, d0
     c:  frintp d17, d0
    10:  fadd   d16, d16, d17
    14:  frintz d17, d0
    18:  frintn d18, d0
    1c:  fadd   d17, d17, d18
    20:  fadd   d0, d16, d17
    24:  ldp    x29, x30, [sp], #16
    28:  ret

;; function 2 (export "min"): 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fmin   d0, d0, d1
     c:  ldp    x29, x30, [sp], #16
    10:  ret

;; function 3 (export "compare"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fcmp   d0, d1
     c:  cset   x6, ge  // ge = tcont
    10:  uxtb   w0, w6
    14:  ldp    x29, x30, [sp], #16
    18:  ret
