;; i32-div.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "div_s"): 72 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x54; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x3c  // b.pmore
    18:  cbz    w3, 0x44                             ; wasm 0x59
    1c:  mov    w8, #0x80000000  // #-2147483648     ; no operator
    20:  cmp    w2, w8                               ; wasm 0x59
    24:  b.ne   0x30  // b.any
    28:  cmn    w3, #0x1
    2c:  b.eq   0x40  // b.none
    30:  sdiv   w0, w2, w3
    34:  ldp    x29, x30, [sp], #16                  ; wasm 0x5a; trap StackOverflow
    38:  ret
    3c:  udf    #21760                               ; wasm 0x54; trap StackOverflow
    40:  udf    #21765                               ; wasm 0x59; trap IntegerOverflow
    44:  udf    #21766                               ; trap IntegerDivisionByZero

;; function 1 (export "div_u"): 48 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x5c; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x28  // b.pmore
    18:  cbz    w3, 0x2c                             ; wasm 0x61
    1c:  udiv   w0, w2, w3
    20:  ldp    x29, x30, [sp], #16                  ; wasm 0x62; trap StackOverflow
    24:  ret
    28:  udf    #21760                               ; wasm 0x5c; trap StackOverflow
    2c:  udf    #21766                               ; wasm 0x61; trap IntegerDivisionByZero

;; function 2 (export "rem_s"): 60 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x64; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  cbz    w3, 0x38                             ; wasm 0x69
    1c:  cmn    w3, #0x1
    20:  csinc  w8, w3, wzr, ne  // ne = any
    24:  sdiv   w9, w2, w8
    28:  msub   w0, w9, w8, w2
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x6a; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; wasm 0x64; trap StackOverflow
    38:  udf    #21766                               ; wasm 0x69; trap IntegerDivisionByZero

;; function 3 (export "rem_u"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x6c; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  cbz    w3, 0x30                             ; wasm 0x71
    1c:  udiv   w8, w2, w3
    20:  msub   w0, w8, w3, w2
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x72; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0x6c; trap StackOverflow
    30:  udf    #21766                               ; wasm 0x71; trap IntegerDivisionByZero

;; function 4 (export "div_by_const"): 56 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x74; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x34  // b.pmore
    18:  mov    w8, #0x6667  // #26215               ; wasm 0x79
    1c:  movk   w8, #0x6666, lsl #16
    20:  smull  x8, w2, w8
    24:  asr    x9, x8, #34
    28:  add    x0, x9, x8, lsr #63
    2c:  ldp    x29, x30, [sp], #16                  ; wasm 0x7a; trap StackOverflow
    30:  ret
    34:  udf    #21760                               ; wasm 0x74; trap StackOverflow
