;; simd-memory.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_store"): 36 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x7, [x2, #128]                       ; wasm 0x65
     c:  ldr    x7, [x7]
    10:  ldr    q7, [x7, w4, uxtw]                   ; trap HeapOutOfBounds
    14:  add    x7, x7, w5, uxtw                     ; wasm 0x69
    18:  str    q7, [x7, #16]                        ; trap HeapOutOfBounds
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x6d
    20:  ret

;; function 1 (export "load_splat"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x6, [x2, #128]                       ; wasm 0x72
     c:  ldr    x6, [x6]
    10:  ldr    w6, [x6, w4, uxtw]                   ; trap HeapOutOfBounds
    14:  dup    v0.4s, w6
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0x76
    1c:  ret

;; function 2 (export "load_zero"): 36 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x7, [x2, #128]                       ; wasm 0x7b
     c:  ldr    x7, [x7]
    10:  add    x7, x7, w4, uxtw
    14:  ldr    x7, [x7, #8]                         ; trap HeapOutOfBounds
    18:  fmov   d0, x7
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x7f
    20:  ret

;; function 3 (export "load_lane"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x7, [x2, #128]                       ; wasm 0x86
     c:  ldr    x7, [x7]
    10:  ldrh   w7, [x7, w4, uxtw]                   ; trap HeapOutOfBounds
    14:  mov    v0.h[5], w7
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0x8b
    1c:  ret
