;; epochs.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs true, nan_canonicalization false

;; function 0 (export "spin"): 80 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x9, [x0]                             ; wasm 0x22; trap HeapOutOfBounds
     c:  ldr    x8, [x9]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x4c  // b.pmore
    18:  ldp    x9, x8, [x9, #24]                    ; trap HeapOutOfBounds
    1c:  ldr    x10, [x8]                            ; trap HeapOutOfBounds
    20:  cmp    x10, x9
    24:  b.cs   0x48  // b.hs, b.nlast
    28:  ldr    x10, [x8]                            ; wasm 0x23; trap HeapOutOfBounds
    2c:  cmp    x10, x9
    30:  b.cs   0x48  // b.hs, b.nlast
    34:  subs   w2, w2, #0x1                         ; wasm 0x29
    38:  b.ne   0x28  // b.any                       ; wasm 0x2e
    3c:  mov    w0, wzr                              ; wasm 0x33
    40:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    44:  ret
    48:  udf    #21769                               ; wasm 0x22; trap Interrupted
    4c:  udf    #21760                               ; trap StackOverflow
