;; tail-call.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 164 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x1f; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x7c  // b.pmore
    18:  cmp    x8, x29                              ; wasm 0x29
    1c:  b.hi   0x80  // b.pmore
    20:  ldr    x8, [x0, #80]                        ; wasm 0x2e; trap HeapOutOfBounds
    24:  mov    x1, x0
    28:  ldr    w9, [x8, #8]                         ; trap HeapOutOfBounds
    2c:  cbz    w9, 0x84
    30:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    34:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    38:  cbz    x8, 0x88
    3c:  ldr    x9, [x1, #16]                        ; trap HeapOutOfBounds
    40:  ldr    w10, [x8, #16]                       ; trap HeapOutOfBounds
    44:  ldr    w9, [x9]                             ; trap HeapOutOfBounds
    48:  cmp    w10, w9
    4c:  b.ne   0x8c  // b.any
    50:  ldp    x9, x0, [x8]                         ; trap HeapOutOfBounds
    54:  ldrsw  x10, [x8, #20]                       ; trap HeapOutOfBounds
    58:  cbz    w10, 0x6c
    5c:  add    x3, x9, x10
    60:  add    w2, w2, #0x1                         ; wasm 0x24
    64:  ldp    x29, x30, [sp], #16                  ; wasm 0x2e; trap StackOverflow
    68:  br     x3
    6c:  add    w2, w2, #0x1                         ; wasm 0x24
    70:  blr    x9                                   ; wasm 0x2e
    74:  ldp    x29, x30, [sp], #16                  ; wasm 0x25; trap StackOverflow
    78:  ret
    7c:  udf    #21760                               ; wasm 0x1f; trap StackOverflow
    80:  udf    #21760                               ; wasm 0x29; trap StackOverflow
    84:  udf    #21762                               ; wasm 0x2e; trap TableOutOfBounds
    88:  udf    #21763                               ; trap IndirectCallToNull
    8c:  udf    #21764                               ; trap BadSignature
    90:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
    94:  mov    x29, sp
    98:  bl     0x98                                 ; reloc Arm64Call -> function 0, addend 0
    9c:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    a0:  ret

;; function 1 $g: 148 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x29; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x6c  // b.pmore
    18:  ldr    x8, [x0, #80]                        ; wasm 0x2e; trap HeapOutOfBounds
    1c:  mov    x1, x0
    20:  ldr    w9, [x8, #8]                         ; trap HeapOutOfBounds
    24:  cbz    w9, 0x70
    28:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    2c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    30:  cbz    x8, 0x74
    34:  ldr    x9, [x1, #16]                        ; trap HeapOutOfBounds
    38:  ldr    w10, [x8, #16]                       ; trap HeapOutOfBounds
    3c:  ldr    w9, [x9]                             ; trap HeapOutOfBounds
    40:  cmp    w10, w9
    44:  b.ne   0x78  // b.any
    48:  ldp    x9, x0, [x8]                         ; trap HeapOutOfBounds
    4c:  ldrsw  x10, [x8, #20]                       ; trap HeapOutOfBounds
    50:  cbz    w10, 0x60
    54:  add    x3, x9, x10
    58:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    5c:  br     x3
    60:  blr    x9
    64:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    68:  ret
    6c:  udf    #21760                               ; wasm 0x29; trap StackOverflow
    70:  udf    #21762                               ; wasm 0x2e; trap TableOutOfBounds
    74:  udf    #21763                               ; trap IndirectCallToNull
    78:  udf    #21764                               ; trap BadSignature
    7c:  brk    #0x0
    80:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
    84:  mov    x29, sp
    88:  bl     0x88                                 ; reloc Arm64Call -> function 1, addend 0
    8c:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    90:  ret
