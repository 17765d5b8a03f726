;; conversions.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "trunc_f32_s"): 72 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x9d
     7:  cmp    %rbp,(%rax)
     a:  ja     0x30
     c:  vucomiss %xmm0,%xmm0                        ; wasm 0xa0
    10:  jp     0x34
    12:  vucomiss 0x26(%rip),%xmm0        # 0x40
    1a:  jb     0x39
    1c:  vmovss 0x20(%rip),%xmm1        # 0x44       ; no operator
    24:  vucomiss %xmm0,%xmm1                        ; wasm 0xa0
    28:  jbe    0x39
    2a:  vcvttss2si %xmm0,%eax
    2e:  pop    %rbp                                 ; wasm 0xa1
    2f:  ret
    30:  ud1    (%eax),%eax                          ; wasm 0x9d; trap StackOverflow
    34:  ud1    0x7(%eax),%eax                       ; wasm 0xa0; trap BadConversionToInteger
    39:  ud1    0x5(%eax),%eax                       ; trap IntegerOverflow
    3e:  int3
    3f:  int3
    40:  add    %al,(%rax)
    42:  add    %cl,%bh
    44:  add    %al,(%rax)
    46:  .byte 0x0
    47:  rex.WRXB

;; function 1 (export "trunc_f64_u"): 120 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xa3
     7:  cmp    %rbp,(%rax)
     a:  ja     0x4b
     c:  vucomisd %xmm0,%xmm0                        ; wasm 0xa6
    10:  jp     0x4f
    12:  vucomisd 0x46(%rip),%xmm0        # 0x60
    1a:  jbe    0x54
    1c:  vmovsd 0x44(%rip),%xmm1        # 0x68       ; no operator
    24:  vucomisd %xmm0,%xmm1                        ; wasm 0xa6
    28:  jbe    0x54
    2a:  vcvttsd2si %xmm0,%rcx
    2f:  mov    %rcx,%rdx
    32:  sar    $0x3f,%rdx
    36:  vsubsd 0x32(%rip),%xmm0,%xmm0        # 0x70
    3e:  vcvttsd2si %xmm0,%rax
    43:  and    %rdx,%rax
    46:  or     %rcx,%rax
    49:  pop    %rbp                                 ; wasm 0xa7
    4a:  ret
    4b:  ud1    (%eax),%eax                          ; wasm 0xa3; trap StackOverflow
    4f:  ud1    0x7(%eax),%eax                       ; wasm 0xa6; trap BadConversionToInteger
    54:  ud1    0x5(%eax),%eax                       ; trap IntegerOverflow
    59:  int3
    5a:  int3
    5b:  int3
    5c:  int3
    5d:  int3
    5e:  int3
    5f:  int3
    60:  add    %al,(%rax)
    62:  add    %al,(%rax)
    64:  add    %al,(%rax)
    66:  lock mov $0x0,%edi
    6c:  add    %al,(%rax)
    6e:  lock rex.XB add %al,(%r8)
    72:  add    %al,(%rax)
    74:  add    %al,(%rax)
    76:  loopne 0xbb

;; function 2 (export "trunc_sat"): 56 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xa9
     7:  cmp    %rbp,(%rax)
     a:  ja     0x27
     c:  vxorpd %xmm1,%xmm1,%xmm1                    ; no operator
    10:  vmaxsd %xmm0,%xmm1,%xmm0                    ; wasm 0xac
    14:  vmovsd 0x14(%rip),%xmm1        # 0x30
    1c:  vminsd %xmm0,%xmm1,%xmm0
    20:  vcvttsd2si %xmm0,%rax
    25:  pop    %rbp                                 ; wasm 0xae
    26:  ret
    27:  ud1    (%eax),%eax                          ; wasm 0xa9; trap StackOverflow
    2b:  int3
    2c:  int3
    2d:  int3
    2e:  int3
    2f:  int3
    30:  add    %al,(%rax)
    32:  loopne 0x33
    34:  (bad)
    35:  (bad)
    36:  out    %eax,(%dx)
    37:  rex.B

;; function 3 (export "convert_u64"): 80 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xb0
     7:  cmp    %rbp,(%rax)
     a:  ja     0x2c
     c:  vmovq  %rdx,%xmm0                           ; wasm 0xb3
    11:  vpunpckldq 0x17(%rip),%xmm0,%xmm0        # 0x30
    19:  vsubpd 0x1f(%rip),%xmm0,%xmm0        # 0x40
    21:  vshufpd $0x1,%xmm0,%xmm0,%xmm1
    26:  vaddsd %xmm0,%xmm1,%xmm0
    2a:  pop    %rbp                                 ; wasm 0xb4
    2b:  ret
    2c:  ud1    (%eax),%eax                          ; wasm 0xb0; trap StackOverflow
    30:  add    %al,(%rax)
    32:  xor    %al,0x0(%rbx)
    35:  add    %dh,(%rax)
    37:  add    %r8b,(%r8)
    3a:  add    %al,(%rax)
    3c:  add    %al,(%rax)
    3e:  add    %al,(%rax)
    40:  add    %al,(%rax)
    42:  add    %al,(%rax)
    44:  add    %al,(%rax)
    46:  xor    %al,0x0(%rbx)
    49:  add    %al,(%rax)
    4b:  add    %al,(%rax)
    4d:  add    %dh,(%rax)
    4f:  rex.RB

;; function 4 (export "demote_promote"): 26 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xb6
     7:  cmp    %rbp,(%rax)
     a:  ja     0x16
     c:  vcvtsd2ss %xmm0,%xmm0,%xmm0                 ; wasm 0xb9
    10:  vcvtss2sd %xmm0,%xmm0,%xmm0                 ; wasm 0xba
    14:  pop    %rbp                                 ; wasm 0xbb
    15:  ret
    16:  ud1    (%eax),%eax                          ; wasm 0xb6; trap StackOverflow

;; function 5 (export "wrap_extend"): 21 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xbd
     7:  cmp    %rbp,(%rax)
     a:  ja     0x11
     c:  movslq %edx,%rax                            ; wasm 0xc1
     f:  pop    %rbp                                 ; wasm 0xc2
    10:  ret
    11:  ud1    (%eax),%eax                          ; wasm 0xbd; trap StackOverflow

;; function 6 (export "reinterpret"): 22 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0xc4
     7:  cmp    %rbp,(%rax)
     a:  ja     0x12
     c:  vmovd  %xmm0,%eax                           ; wasm 0xc7
    10:  pop    %rbp                                 ; wasm 0xc8
    11:  ret
    12:  ud1    (%eax),%eax                          ; wasm 0xc4; trap StackOverflow
