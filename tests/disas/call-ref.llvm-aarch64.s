;; call-ref.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 68 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x1f; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x40  // b.pmore
    18:  cbz    x2, 0x34                             ; wasm 0x26
    1c:  mov    x1, x0                               ; no operator
    20:  ldp    x8, x0, [x2]                         ; wasm 0x28; trap HeapOutOfBounds
    24:  mov    w2, w3
    28:  blr    x8
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x2e; trap StackOverflow
    30:  ret
    34:  mov    w0, #0xffffffff  // #-1              ; no operator
    38:  ldp    x29, x30, [sp], #16                  ; wasm 0x2e; trap StackOverflow
    3c:  ret
    40:  udf    #21760                               ; wasm 0x1f; trap StackOverflow
