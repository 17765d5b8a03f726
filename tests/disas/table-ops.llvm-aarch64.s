;; table-ops.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 36 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x7e; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x20  // b.pmore
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0x7f; trap StackOverflow
    1c:  ret
    20:  udf    #21760                               ; wasm 0x7e; trap StackOverflow

;; function 1 (export "get_is_null"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x81; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x40  // b.pmore
    18:  ldr    x8, [x0, #176]                       ; wasm 0x84; trap HeapOutOfBounds
    1c:  ldr    w9, [x8, #8]                         ; trap HeapOutOfBounds
    20:  cmp    w2, w9
    24:  b.cs   0x44  // b.hs, b.nlast
    28:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    2c:  ldr    x8, [x8, w2, uxtw #3]                ; trap HeapOutOfBounds
    30:  cmp    x8, #0x0                             ; wasm 0x86
    34:  cset   w0, eq  // eq = none
    38:  ldp    x29, x30, [sp], #16                  ; wasm 0x87; trap StackOverflow
    3c:  ret
    40:  udf    #21760                               ; wasm 0x81; trap StackOverflow
    44:  udf    #21762                               ; wasm 0x84; trap TableOutOfBounds

;; function 2 (export "set_func"): 68 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x89; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x3c  // b.pmore
    18:  ldr    x8, [x0, #176]                       ; wasm 0x8e; trap HeapOutOfBounds
    1c:  ldr    w9, [x8, #8]                         ; trap HeapOutOfBounds
    20:  cmp    w2, w9
    24:  b.cs   0x40  // b.hs, b.nlast
    28:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    2c:  add    x9, x0, #0x20                        ; wasm 0x8c
    30:  str    x9, [x8, w2, uxtw #3]                ; wasm 0x8e; trap HeapOutOfBounds
    34:  ldp    x29, x30, [sp], #16                  ; wasm 0x90; trap StackOverflow
    38:  ret
    3c:  udf    #21760                               ; wasm 0x89; trap StackOverflow
    40:  udf    #21762                               ; wasm 0x8e; trap TableOutOfBounds

;; function 3 (export "set_extern"): 60 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x92; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  ldr    x8, [x0, #184]                       ; wasm 0x97; trap HeapOutOfBounds
    1c:  ldr    w9, [x8, #8]                         ; trap HeapOutOfBounds
    20:  cbz    w9, 0x38
    24:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    28:  str    x2, [x8]                             ; trap HeapOutOfBounds
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x99; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; wasm 0x92; trap StackOverflow
    38:  udf    #21762                               ; wasm 0x97; trap TableOutOfBounds

;; function 4 (export "size_grow"): 80 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-32]!                ; no operator; trap StackOverflow
     4:  str    x19, [sp, #16]                       ; trap StackOverflow
     8:  mov    x29, sp
     c:  ldr    x8, [x0]                             ; wasm 0x9b; trap HeapOutOfBounds
    10:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    14:  cmp    x8, x29
    18:  b.hi   0x4c  // b.pmore
    1c:  ldr    x8, [x0, #176]                       ; wasm 0x9c; trap HeapOutOfBounds
    20:  ldr    x9, [x0, #8]                         ; wasm 0xa3; trap HeapOutOfBounds
    24:  mov    w1, wzr
    28:  mov    x2, xzr
    2c:  mov    w3, #0x1  // #1
    30:  ldr    w19, [x8, #8]                        ; wasm 0x9c; trap HeapOutOfBounds
    34:  ldr    x8, [x9, #40]                        ; wasm 0xa3; trap HeapOutOfBounds
    38:  blr    x8
    3c:  add    w0, w19, w0                          ; wasm 0xa6
    40:  ldr    x19, [sp, #16]                       ; wasm 0xa7; trap StackOverflow
    44:  ldp    x29, x30, [sp], #32                  ; trap StackOverflow
    48:  ret
    4c:  udf    #21760                               ; wasm 0x9b; trap StackOverflow

;; function 5 (export "fill"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0xa9; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x40  // b.pmore
    18:  ldr    x8, [x0, #8]                         ; wasm 0xb0; trap HeapOutOfBounds
    1c:  mov    w2, w2
    20:  mov    w4, w3
    24:  mov    w1, wzr
    28:  mov    x3, xzr
    2c:  ldr    x8, [x8, #48]                        ; trap HeapOutOfBounds
    30:  blr    x8
    34:  cbnz   w0, 0x44
    38:  ldp    x29, x30, [sp], #16                  ; wasm 0xb3; trap StackOverflow
    3c:  ret
    40:  udf    #21760                               ; wasm 0xa9; trap StackOverflow
    44:  udf    #21762                               ; wasm 0xb0; trap TableOutOfBounds
