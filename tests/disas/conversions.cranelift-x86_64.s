;; conversions.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "trunc_f32_s"): 68 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  cvttss2si %xmm0,%eax                        ; wasm 0xa0
     8:  cmp    $0x1,%eax
     b:  jno    0x39
    11:  ucomiss %xmm0,%xmm0
    14:  jp     0x3e
    1a:  mov    $0xcf000000,%esi
    1f:  movd   %esi,%xmm3
    23:  ucomiss %xmm3,%xmm0
    26:  jb     0x40
    2c:  xorpd  %xmm3,%xmm3
    30:  ucomiss %xmm0,%xmm3
    33:  jb     0x42
    39:  mov    %rbp,%rsp                            ; wasm 0xa1
    3c:  pop    %rbp
    3d:  ret
    3e:  ud2                                         ; wasm 0xa0; trap BadConversionToInteger
    40:  ud2                                         ; trap IntegerOverflow
    42:  ud2                                         ; trap IntegerOverflow

;; function 1 (export "trunc_f64_u"): 96 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  movabs $0x43e0000000000000,%rsi             ; wasm 0xa6
     e:  movq   %rsi,%xmm3
    13:  ucomisd %xmm3,%xmm0
    17:  jae    0x34
    1d:  jp     0x5c
    23:  cvttsd2si %xmm0,%rax
    28:  cmp    $0x0,%rax
    2c:  jge    0x57
    32:  ud2                                         ; trap IntegerOverflow
    34:  movaps %xmm0,%xmm4
    37:  subsd  %xmm3,%xmm4
    3b:  cvttsd2si %xmm4,%rax
    40:  cmp    $0x0,%rax
    44:  jl     0x5e
    4a:  movabs $0x8000000000000000,%rsi
    54:  add    %rsi,%rax
    57:  mov    %rbp,%rsp                            ; wasm 0xa7
    5a:  pop    %rbp
    5b:  ret
    5c:  ud2                                         ; wasm 0xa6; trap BadConversionToInteger
    5e:  ud2                                         ; trap IntegerOverflow

;; function 2 (export "trunc_sat"): 102 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  movabs $0x41e0000000000000,%rsi             ; wasm 0xac
     e:  movq   %rsi,%xmm4
    13:  ucomisd %xmm4,%xmm0
    17:  jae    0x3e
    1d:  jnp    0x2a
    23:  xor    %eax,%eax
    25:  jmp    0x61
    2a:  cvttsd2si %xmm0,%eax
    2e:  cmp    $0x0,%eax
    31:  jge    0x61
    37:  xor    %eax,%eax
    39:  jmp    0x61
    3e:  movaps %xmm0,%xmm5
    41:  subsd  %xmm4,%xmm5
    45:  cvttsd2si %xmm5,%eax
    49:  cmp    $0x0,%eax
    4c:  jge    0x5c
    52:  mov    $0xffffffff,%eax
    57:  jmp    0x61
    5c:  add    $0x80000000,%eax
    61:  mov    %rbp,%rsp                            ; wasm 0xae
    64:  pop    %rbp
    65:  ret

;; function 3 (export "convert_u64"): 55 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  cmp    $0x0,%rdx                            ; wasm 0xb3
     8:  jl     0x18
     e:  cvtsi2sd %rdx,%xmm0
    13:  jmp    0x32
    18:  mov    %rdx,%rdi
    1b:  shr    $0x1,%rdi
    1f:  mov    %rdx,%rsi
    22:  and    $0x1,%rsi
    26:  or     %rdi,%rsi
    29:  cvtsi2sd %rsi,%xmm0
    2e:  addsd  %xmm0,%xmm0
    32:  mov    %rbp,%rsp                            ; wasm 0xb4
    35:  pop    %rbp
    36:  ret

;; function 4 (export "demote_promote"): 25 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vxorps %xmm6,%xmm6,%xmm1                    ; wasm 0xb9
     8:  vcvtsd2ss %xmm0,%xmm1,%xmm0
     c:  vxorpd %xmm6,%xmm6,%xmm1                    ; wasm 0xba
    10:  vcvtss2sd %xmm0,%xmm1,%xmm0
    14:  mov    %rbp,%rsp                            ; wasm 0xbb
    17:  pop    %rbp
    18:  ret

;; function 5 (export "wrap_extend"): 12 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  movslq %edx,%rax                            ; wasm 0xc1
     7:  mov    %rbp,%rsp                            ; wasm 0xc2
     a:  pop    %rbp
     b:  ret

;; function 6 (export "reinterpret"): 13 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vmovd  %xmm0,%eax                           ; wasm 0xc7
     8:  mov    %rbp,%rsp                            ; wasm 0xc8
     b:  pop    %rbp
     c:  ret
