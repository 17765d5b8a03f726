;; fuel.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel true, epochs false, nan_canonicalization false

;; function 0 $callee: 64 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x24; trap HeapOutOfBounds
     c:  ldr    x9, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x9, x29
    14:  b.hi   0x38  // b.pmore
    18:  ldr    x9, [x8, #16]                        ; trap HeapOutOfBounds
    1c:  cmp    x9, #0x1
    20:  b.ge   0x3c  // b.tcont
    24:  add    x9, x9, #0x3                         ; wasm 0x2a
    28:  add    w0, w2, #0x1                         ; wasm 0x29
    2c:  str    x9, [x8, #16]                        ; wasm 0x2a; trap HeapOutOfBounds
    30:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    34:  ret
    38:  udf    #21760                               ; wasm 0x24; trap StackOverflow
    3c:  udf    #21770                               ; trap OutOfFuel

;; function 1 (export "count"): 136 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x2c; trap HeapOutOfBounds
     c:  ldr    x9, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x9, x29
    14:  b.hi   0x84  // b.pmore
    18:  ldr    x10, [x8, #16]                       ; trap HeapOutOfBounds
    1c:  cmp    x10, #0x0
    20:  b.gt   0x68
    24:  cmp    w2, #0x1                             ; wasm 0x2f
    28:  csinc  w0, w2, wzr, hi  // hi = pmore
    2c:  mov    w11, w0
    30:  cmp    x10, #0x0
    34:  b.gt   0x64
    38:  cmp    x9, x29                              ; wasm 0x24
    3c:  b.hi   0x6c  // b.pmore
    40:  cmn    x10, #0x2
    44:  b.ge   0x78  // b.tcont
    48:  subs   w11, w11, #0x1                       ; wasm 0x3b
    4c:  add    x10, x10, #0xb                       ; wasm 0x3c
    50:  b.ne   0x30  // b.any
    54:  add    x9, x10, #0x1                        ; wasm 0x41
    58:  str    x9, [x8, #16]                        ; trap HeapOutOfBounds
    5c:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    60:  ret
    64:  str    x10, [x8, #16]                       ; no operator; trap HeapOutOfBounds
    68:  udf    #21770                               ; wasm 0x2c; trap OutOfFuel
    6c:  add    x9, x10, #0x3                        ; no operator
    70:  str    x9, [x8, #16]                        ; trap HeapOutOfBounds
    74:  udf    #21760                               ; wasm 0x24; trap StackOverflow
    78:  add    x9, x10, #0x3                        ; no operator
    7c:  str    x9, [x8, #16]                        ; trap HeapOutOfBounds
    80:  udf    #21770                               ; wasm 0x24; trap OutOfFuel
    84:  udf    #21760                               ; wasm 0x2c; trap StackOverflow
