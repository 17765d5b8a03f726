;; load-store-static.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "load_i32"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x5, [x2, #248]                       ; wasm 0xa8
     c:  ldr    x5, [x5]
    10:  ldr    w2, [x5, w4, uxtw]                   ; trap HeapOutOfBounds
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0xab
    18:  ret

;; function 1 (export "load_i64_offset"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x6, [x2, #248]                       ; wasm 0xb0
     c:  ldr    x6, [x6]
    10:  add    x6, x6, w4, uxtw
    14:  ldr    x2, [x6, #16]                        ; trap HeapOutOfBounds
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0xb3
    1c:  ret

;; function 2 (export "load8_s"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x6, [x2, #248]                       ; wasm 0xb8
     c:  ldr    x6, [x6]
    10:  add    x6, x6, w4, uxtw
    14:  ldrsb  x2, [x6, #3]                         ; trap HeapOutOfBounds
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0xbb
    1c:  ret

;; function 3 (export "load16_u_i64"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x5, [x2, #248]                       ; wasm 0xc0
     c:  ldr    x5, [x5]
    10:  ldrh   w2, [x5, w4, uxtw]                   ; trap HeapOutOfBounds
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0xc3
    18:  ret

;; function 4 (export "load_far"): 40 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x8, [x2, #248]                       ; wasm 0xc8
     c:  ldr    x8, [x8]
    10:  mov    w6, #0x10  // #16
    14:  movk   w6, #0x1, lsl #16
    18:  add    x9, x8, x6
    1c:  ldr    w2, [x9, w4, uxtw]                   ; trap HeapOutOfBounds
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0xcd
    24:  ret

;; function 5 (export "store_i32"): 28 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x6, [x2, #248]                       ; wasm 0xd4
     c:  ldr    x6, [x6]
    10:  str    w5, [x6, w4, uxtw]                   ; trap HeapOutOfBounds
    14:  ldp    x29, x30, [sp], #16                  ; wasm 0xd7
    18:  ret

;; function 6 (export "store8"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x6, [x2, #248]                       ; wasm 0xde
     c:  ldr    x6, [x6]
    10:  add    x6, x6, w4, uxtw
    14:  strb   w5, [x6, #1]                         ; trap HeapOutOfBounds
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0xe1
    1c:  ret

;; function 7 (export "store_f64"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x6, [x2, #248]                       ; wasm 0xe8
     c:  ldr    x6, [x6]
    10:  add    x6, x6, w4, uxtw
    14:  str    d0, [x6, #8]                         ; trap HeapOutOfBounds
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0xeb
    1c:  ret

;; function 8 (export "copy_word"): 32 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  ldr    x6, [x2, #248]                       ; wasm 0xf2
     c:  ldr    x6, [x6]
    10:  ldr    x7, [x6, w4, uxtw]                   ; trap HeapOutOfBounds
    14:  str    x7, [x6, w5, uxtw]                   ; wasm 0xf5; trap HeapOutOfBounds
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0xf8
    1c:  ret
