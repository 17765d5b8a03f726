;; unreachable.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "always"): 32 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x30; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.ls   0x1c  // b.plast
    18:  udf    #21760                               ; trap StackOverflow
    1c:  udf    #21768                               ; wasm 0x31; trap UnreachableCodeReached

;; function 1 (export "guard"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; no operator; trap StackOverflow
     4:  mov    x29, sp
     8:  ldr    x8, [x0]                             ; wasm 0x34; trap HeapOutOfBounds
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  cbz    w2, 0x30                             ; wasm 0x38
    1c:  mov    w8, #0x64  // #100                   ; no operator
    20:  udiv   w0, w8, w2                           ; wasm 0x41
    24:  ldp    x29, x30, [sp], #16                  ; wasm 0x42; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; wasm 0x34; trap StackOverflow
    30:  udf    #21768                               ; wasm 0x3a; trap UnreachableCodeReached
