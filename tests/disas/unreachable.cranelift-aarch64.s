;; unreachable.wat: cranelift, aarch64-unknown-linux-gnu, CPU features (the back end's default)
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "always"): 12 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  udf    #49439                               ; wasm 0x31; trap UnreachableCodeReached

;; function 1 (export "guard"): 40 bytes, alignment 32
     0:  stp    x29, x30, [sp, #-16]!
     4:  mov    x29, sp
     8:  cbz    w4, 0x20                             ; wasm 0x38
     c:  mov    w6, #0x64  // #100                   ; wasm 0x3c
    10:  cbz    w4, 0x24                             ; wasm 0x41
    14:  udiv   w2, w6, w4
    18:  ldp    x29, x30, [sp], #16                  ; wasm 0x42
    1c:  ret
    20:  udf    #49439                               ; wasm 0x38; trap UnreachableCodeReached
    24:  udf    #49439                               ; wasm 0x41; trap IntegerDivisionByZero
