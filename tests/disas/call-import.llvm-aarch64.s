;; call-import.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 2 (export "run"): 84 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-32]!                ; no operator; trap StackOverflow
     4:  stp    x20, x19, [sp, #16]                  ; trap StackOverflow
     8:  mov    x29, sp
     c:  ldr    x8, [x0]                             ; wasm 0x42; trap HeapOutOfBounds
    10:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    14:  cmp    x8, x29
    18:  b.hi   0x50  // b.pmore
    1c:  mov    x19, x0                              ; no operator
    20:  ldp    x8, x0, [x0, #32]                    ; wasm 0x45; trap HeapOutOfBounds
    24:  mov    x1, x19
    28:  mov    w20, w2
    2c:  blr    x8
    30:  ldp    x8, x0, [x19, #56]                   ; wasm 0x53; trap HeapOutOfBounds
    34:  fmov   d0, #5.000000000000000000e-01
    38:  mov    w2, w20                              ; wasm 0x49
    3c:  mov    x1, x19                              ; wasm 0x53
    40:  blr    x8
    44:  ldp    x20, x19, [sp, #16]                  ; wasm 0x55; trap StackOverflow
    48:  ldp    x29, x30, [sp], #32                  ; trap StackOverflow
    4c:  ret
    50:  udf    #21760                               ; wasm 0x42; trap StackOverflow
