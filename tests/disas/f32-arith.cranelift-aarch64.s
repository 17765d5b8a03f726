;; f32-arith.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "arith"): 36 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fadd   s16, s0, s1                          ; wasm 0x5b
     c:  fmov   s17, #1.500000000000000000e+00       ; wasm 0x5c
    10:  fmul   s16, s16, s17                        ; wasm 0x61
    14:  fsub   s17, s1, s0                          ; wasm 0x66
    18:  fdiv   s0, s16, s17                         ; wasm 0x67
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x68
    20:  ret

;; function 1 (export "sqrt"): 20 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fsqrt  s0, s0                               ; wasm 0x6d
     c:  ldp    x29, x30, [sp], #16                  ; wasm 0x6e
    10:  ret

;; function 2 (export "min_max"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fmin   s6, s0, s1                           ; wasm 0x75
     c:  fmax   s7, s0, s1                           ; wasm 0x7a
    10:  fadd   s0, s6, s7                           ; wasm 0x7b
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0x7c
    18:  ret

;; function 3 (export "signs"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fabs   s0, s0                               ; wasm 0x81
     c:  fneg   s7, s1                               ; wasm 0x84
    10:  ushr   v7.2s, v7.2s, #31                    ; wasm 0x85
    14:  sli    v0.2s, v7.2s, #31
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0x86
    1c:  ret

;; function 4 (export "compare"): 40 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  fcmp   s0, s1                               ; wasm 0x8d
     c:  cset   x8, mi  // mi = first
    10:  fcmp   s0, s0                               ; wasm 0x92
    14:  cset   x9, ne  // ne = any
    18:  orr    w9, w8, w9
    1c:  uxtb   w2, w9
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x94
    24:  ret
