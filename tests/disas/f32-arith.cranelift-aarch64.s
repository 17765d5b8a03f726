;; f32-arith.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 36 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fadd   s16, s0, s1
     c:  fmov   s17, #1.500000000000000000e+00
    10:  fmul   s16, s16, s17
    14:  fsub   s17, s1, s0
    18:  fdiv   s0, s16, s17
    1c:  ldp    x29, x30, [sp], #16
    20:  ret

;; function 1 (export "sqrt"): 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fsqrt  s0, s0
     c:  ldp    x29, x30, [sp], #16
    10:  ret

;; function 2 (export "min_max"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fmin   s6, s0, s1
     c:  fmax   s7, s0, s1
    10:  fadd   s0, s6, s7
    14:  ldp    x29, x30, [sp], #16
    18:  ret

;; function 3 (export "signs"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fabs   s0, s0
     c:  fneg   s7, s1
    10:  ushr   v7.2s, v7.2s, #31
    14:  sli    v0.2s, v7.2s, #31
    18:  ldp    x29, x30, [sp], #16
    1c:  ret

;; function 4 (export "compare"): 40 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fcmp   s0, s1
     c:  cset   x8, mi  // mi = first
    10:  fcmp   s0, s0
    14:  cset   x9, ne  // ne = any
    18:  orr    w9, w8, w9
    1c:  uxtb   w0, w9
    20:  ldp    x29, x30, [sp], #16
    24:  ret
