;; epochs.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs true, nan_canonicalization false

;; function 0 (export "spin"): 200 bytes, alignment 16
     0:  sub    sp, sp, #0x30                        ; no operator
     4:  stp    x29, x30, [sp, #32]                  ; trap StackOverflow
     8:  add    x29, sp, #0x20
     c:  ldr    x8, [x0]                             ; wasm 0x22; trap HeapOutOfBounds
    10:  ldr    x9, [x8]                             ; trap HeapOutOfBounds
    14:  cmp    x9, x29
    18:  b.hi   0xc4  // b.pmore
    1c:  ldp    x10, x9, [x8, #24]                   ; trap HeapOutOfBounds
    20:  ldr    x11, [x9]                            ; trap HeapOutOfBounds
    24:  cmp    x11, x10
    28:  b.cs   0x8c  // b.hs, b.nlast
    2c:  ldr    x11, [x9]                            ; wasm 0x23; trap HeapOutOfBounds
    30:  cmp    x11, x10
    34:  b.cs   0x44  // b.hs, b.nlast
    38:  subs   w2, w2, #0x1                         ; wasm 0x29
    3c:  b.ne   0x2c  // b.any                       ; wasm 0x2e
    40:  b      0x7c
    44:  ldr    x10, [x0, #8]                        ; wasm 0x23; trap HeapOutOfBounds
    48:  stur   x0, [x29, #-8]                       ; trap StackOverflow
    4c:  str    w2, [sp, #12]                        ; trap StackOverflow
    50:  ldr    x10, [x10, #80]                      ; trap HeapOutOfBounds
    54:  str    x8, [sp]                             ; trap StackOverflow
    58:  str    x9, [sp, #16]                        ; trap StackOverflow
    5c:  blr    x10
    60:  ldr    x8, [sp]                             ; trap StackOverflow
    64:  ldr    x9, [sp, #16]                        ; trap StackOverflow
    68:  ldr    w2, [sp, #12]                        ; trap StackOverflow
    6c:  ldur   x0, [x29, #-8]                       ; trap StackOverflow
    70:  ldr    x10, [x8, #24]                       ; trap HeapOutOfBounds
    74:  cbnz   x10, 0x38
    78:  udf    #21769                               ; wasm 0x22; trap Interrupted
    7c:  ldp    x29, x30, [sp, #32]                  ; wasm 0x33; trap StackOverflow
    80:  mov    w0, wzr
    84:  add    sp, sp, #0x30
    88:  ret
    8c:  ldr    x10, [x0, #8]                        ; wasm 0x22; trap HeapOutOfBounds
    90:  stur   x0, [x29, #-8]                       ; trap StackOverflow
    94:  str    w2, [sp, #12]                        ; trap StackOverflow
    98:  ldr    x10, [x10, #80]                      ; trap HeapOutOfBounds
    9c:  str    x8, [sp]                             ; trap StackOverflow
    a0:  str    x9, [sp, #16]                        ; trap StackOverflow
    a4:  blr    x10
    a8:  ldr    x8, [sp]                             ; trap StackOverflow
    ac:  ldr    x9, [sp, #16]                        ; trap StackOverflow
    b0:  ldr    w2, [sp, #12]                        ; trap StackOverflow
    b4:  ldur   x0, [x29, #-8]                       ; trap StackOverflow
    b8:  ldr    x10, [x8, #24]                       ; trap HeapOutOfBounds
    bc:  cbnz   x10, 0x2c
    c0:  b      0x78
    c4:  udf    #21760                               ; trap StackOverflow
