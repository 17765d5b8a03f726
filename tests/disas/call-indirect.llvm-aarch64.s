;; call-indirect.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $add: 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x40; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  add    w0, w3, w2                           ; wasm 0x45
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x46; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0x40; trap StackOverflow

;; function 1 $sub: 40 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x48; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x24  // b.pmore
    18:  sub    w0, w2, w3                           ; wasm 0x4d
    1c:  ldp    x29, x30, [sp], #16                  ; wasm 0x4e; trap StackOverflow
    20:  ret
    24:  udf    #21760                               ; wasm 0x48; trap StackOverflow

;; function 2 (export "dispatch"): 116 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x50; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x64  // b.pmore
    18:  ldr    x8, [x0, #104]                       ; wasm 0x57; trap HeapOutOfBounds
    1c:  mov    x1, x0
    20:  ldr    w9, [x8, #8]                         ; trap HeapOutOfBounds
    24:  cmp    w2, w9
    28:  b.cs   0x68  // b.hs, b.nlast
    2c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    30:  ldr    x8, [x8, w2, uxtw #3]                ; trap HeapOutOfBounds
    34:  cbz    x8, 0x6c
    38:  ldr    x9, [x1, #16]                        ; trap HeapOutOfBounds
    3c:  ldr    w10, [x8, #16]                       ; trap HeapOutOfBounds
    40:  ldr    w9, [x9]                             ; trap HeapOutOfBounds
    44:  cmp    w10, w9
    48:  b.ne   0x70  // b.any
    4c:  ldp    x9, x0, [x8]                         ; trap HeapOutOfBounds
    50:  mov    w2, w3
    54:  mov    w3, w4
    58:  blr    x9
    5c:  ldp    x29, x30, [sp], #16                  ; wasm 0x5a; trap StackOverflow
    60:  ret
    64:  udf    #21760                               ; wasm 0x50; trap StackOverflow
    68:  udf    #21762                               ; wasm 0x57; trap TableOutOfBounds
    6c:  udf    #21763                               ; trap IndirectCallToNull
    70:  udf    #21764                               ; trap BadSignature
