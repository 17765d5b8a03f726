;; call-indirect-subtype.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0: 164 bytes, alignment 16
     0:  sub    sp, sp, #0x30                        ; no operator
     4:  stp    x29, x30, [sp, #32]                  ; trap StackOverflow
     8:  add    x29, sp, #0x20
     c:  ldr    x9, [x0]                             ; wasm 0x28; trap HeapOutOfBounds
    10:  ldr    x9, [x9]                             ; trap HeapOutOfBounds
    14:  cmp    x9, x29
    18:  b.hi   0x98  // b.pmore
    1c:  ldr    x9, [x0, #56]                        ; wasm 0x2d; trap HeapOutOfBounds
    20:  mov    x8, x0
    24:  ldr    w10, [x9, #8]                        ; trap HeapOutOfBounds
    28:  cbz    w10, 0x9c
    2c:  ldr    x9, [x9]                             ; trap HeapOutOfBounds
    30:  ldr    x1, [x9]                             ; trap HeapOutOfBounds
    34:  cbz    x1, 0xa0
    38:  ldr    x9, [x8, #16]                        ; trap HeapOutOfBounds
    3c:  ldr    w10, [x1, #16]                       ; trap HeapOutOfBounds
    40:  ldr    w9, [x9]                             ; trap HeapOutOfBounds
    44:  cmp    w10, w9
    48:  b.ne   0x64  // b.any
    4c:  ldp    x9, x0, [x1]                         ; trap HeapOutOfBounds
    50:  mov    x1, x8
    54:  blr    x9
    58:  ldp    x29, x30, [sp, #32]                  ; wasm 0x30; trap StackOverflow
    5c:  add    sp, sp, #0x30
    60:  ret
    64:  ldr    x10, [x8, #8]                        ; wasm 0x2d; trap HeapOutOfBounds
    68:  mov    x0, x8
    6c:  stur   w2, [x29, #-12]                      ; trap StackOverflow
    70:  mov    w2, w9
    74:  stur   x8, [x29, #-8]                       ; trap StackOverflow
    78:  ldr    x10, [x10, #88]                      ; trap HeapOutOfBounds
    7c:  str    x1, [sp, #8]                         ; trap StackOverflow
    80:  blr    x10
    84:  ldr    x1, [sp, #8]                         ; trap StackOverflow
    88:  ldur   w2, [x29, #-12]                      ; trap StackOverflow
    8c:  ldur   x8, [x29, #-8]                       ; trap StackOverflow
    90:  cbnz   x0, 0x4c
    94:  udf    #21764                               ; trap BadSignature
    98:  udf    #21760                               ; wasm 0x28; trap StackOverflow
    9c:  udf    #21762                               ; wasm 0x2d; trap TableOutOfBounds
    a0:  udf    #21763                               ; trap IndirectCallToNull
