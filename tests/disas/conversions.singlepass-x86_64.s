;; conversions.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "trunc_f32_s"): 148 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x8e
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0x9e
    4a:  vucomiss %xmm0,%xmm0                        ; wasm 0xa0
    4f:  jp     0x90
    55:  rex mov $0xcf000000,%eax
    5b:  vmovd  %eax,%xmm15
    60:  vucomiss %xmm15,%xmm0
    65:  jb     0x92
    6b:  rex mov $0x4f000000,%eax
    71:  vmovd  %eax,%xmm15
    76:  vucomiss %xmm15,%xmm0
    7b:  jae    0x92
    81:  vcvttss2si %xmm0,%ebx
    86:  mov    %rbx,%rax                            ; wasm 0xa1
    89:  mov    %rbp,%rsp
    8c:  pop    %rbp
    8d:  ret
    8e:  ud2                                         ; no operator; trap StackOverflow
    90:  ud2                                         ; wasm 0xa0; trap BadConversionToInteger
    92:  ud2                                         ; trap IntegerOverflow

;; function 1 (export "trunc_f64_u"): 202 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xc4
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0xa4
    4a:  vucomisd %xmm0,%xmm0                        ; wasm 0xa6
    4f:  jp     0xc6
    55:  movabs $0xbff0000000000000,%rax
    5f:  vmovq  %rax,%xmm15
    64:  vucomisd %xmm15,%xmm0
    69:  jbe    0xc8
    6f:  movabs $0x43f0000000000000,%rax
    79:  vmovq  %rax,%xmm15
    7e:  vucomisd %xmm15,%xmm0
    83:  jae    0xc8
    89:  movabs $0x43e0000000000000,%rax
    93:  vmovq  %rax,%xmm15
    98:  vucomisd %xmm15,%xmm0
    9d:  jae    0xad
    a3:  vcvttsd2si %xmm0,%rbx
    a8:  jmp    0xbc
    ad:  vsubsd %xmm15,%xmm0,%xmm0
    b2:  vcvttsd2si %xmm0,%rbx
    b7:  btc    $0x3f,%rbx
    bc:  mov    %rbx,%rax                            ; wasm 0xa7
    bf:  mov    %rbp,%rsp
    c2:  pop    %rbp
    c3:  ret
    c4:  ud2                                         ; no operator; trap StackOverflow
    c6:  ud2                                         ; wasm 0xa6; trap BadConversionToInteger
    c8:  ud2                                         ; trap IntegerOverflow

;; function 2 (export "trunc_sat"): 182 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0xb4
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0xaa
    4a:  vucomisd %xmm0,%xmm0                        ; wasm 0xac
    4f:  jp     0x93
    55:  movabs $0xbff0000000000000,%rax
    5f:  vmovq  %rax,%xmm15
    64:  vucomisd %xmm15,%xmm0
    69:  jbe    0x9b
    6f:  movabs $0x41f0000000000000,%rax
    79:  vmovq  %rax,%xmm15
    7e:  vucomisd %xmm15,%xmm0
    83:  jae    0xa6
    89:  vcvttsd2si %xmm0,%rbx
    8e:  jmp    0xac
    93:  rex xor %ebx,%ebx
    96:  jmp    0xac
    9b:  rex mov $0x0,%ebx
    a1:  jmp    0xac
    a6:  rex mov $0xffffffff,%ebx
    ac:  mov    %rbx,%rax                            ; wasm 0xae
    af:  mov    %rbp,%rsp
    b2:  pop    %rbp
    b3:  ret
    b4:  ud2                                         ; no operator; trap StackOverflow

;; function 3 (export "convert_u64"): 125 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x7b
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xb1
    46:  vxorps %xmm0,%xmm0,%xmm0                    ; wasm 0xb3
    4b:  test   %rbx,%rbx
    4e:  js     0x5e
    54:  vcvtsi2sd %rbx,%xmm0,%xmm0
    59:  jmp    0x76
    5e:  mov    %rbx,%rax
    61:  shr    $0x1,%rax
    65:  rex and $0x1,%ebx
    69:  or     %rbx,%rax
    6c:  vcvtsi2sd %rax,%xmm0,%xmm0
    71:  vaddsd %xmm0,%xmm0,%xmm0
    76:  mov    %rbp,%rsp                            ; wasm 0xb4
    79:  pop    %rbp
    7a:  ret
    7b:  ud2                                         ; no operator; trap StackOverflow

;; function 4 (export "demote_promote"): 91 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x59
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0xb7
    4a:  vcvtsd2ss %xmm0,%xmm0,%xmm0                 ; wasm 0xb9
    4f:  vcvtss2sd %xmm0,%xmm0,%xmm0                 ; wasm 0xba
    54:  mov    %rbp,%rsp                            ; wasm 0xbb
    57:  pop    %rbp
    58:  ret
    59:  ud2                                         ; no operator; trap StackOverflow

;; function 5 (export "wrap_extend"): 86 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x54
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0xbe
    46:  rex mov %ebx,%ebx                           ; wasm 0xc0
    49:  movslq %ebx,%rbx                            ; wasm 0xc1
    4c:  mov    %rbx,%rax                            ; wasm 0xc2
    4f:  mov    %rbp,%rsp
    52:  pop    %rbp
    53:  ret
    54:  ud2                                         ; no operator; trap StackOverflow

;; function 6 (export "reinterpret"): 89 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x20(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x57
    24:  sub    $0x20,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  vmovsd %xmm0,-0x10(%rbp,%riz,1)
    40:  vmovsd -0x10(%rbp,%riz,1),%xmm0             ; wasm 0xc5
    4a:  vmovd  %xmm0,%ebx                           ; wasm 0xc7
    4f:  mov    %rbx,%rax                            ; wasm 0xc8
    52:  mov    %rbp,%rsp
    55:  pop    %rbp
    56:  ret
    57:  ud2                                         ; no operator; trap StackOverflow
