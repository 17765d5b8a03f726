;; unreachable.wat: llvm, aarch64-unknown-linux-gnu, CPU features (baseline only)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "always"): 32 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.ls   0x1c  // b.plast
    18:  udf    #21760                               ; trap StackOverflow
    1c:  udf    #21768                               ; trap UnreachableCodeReached

;; function 1 (export "guard"): 52 bytes, alignment 16
     0:  stp    x29, x30, [sp, #-16]!                ; trap StackOverflow
     4:  ldr    x8, [x0]                             ; trap HeapOutOfBounds
     8:  mov    x29, sp
     c:  ldr    x8, [x8]                             ; trap HeapOutOfBounds
    10:  cmp    x8, x29
    14:  b.hi   0x2c  // b.pmore
    18:  cbz    w2, 0x30
    1c:  mov    w8, #0x64  // #100
    20:  udiv   w0, w8, w2
    24:  ldp    x29, x30, [sp], #16                  ; trap StackOverflow
    28:  ret
    2c:  udf    #21760                               ; trap StackOverflow
    30:  udf    #21768                               ; trap UnreachableCodeReached
