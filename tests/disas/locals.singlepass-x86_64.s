;; locals.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "mix"): 330 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x60(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x148
    24:  sub    $0x60,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  vmovsd %xmm0,-0x20(%rbp,%riz,1)
    50:  vmovsd %xmm1,-0x28(%rbp,%riz,1)
    5a:  movq   $0x0,-0x48(%rbp)
    65:  movq   $0x0,-0x40(%rbp)
    70:  movq   $0x0,-0x38(%rbp)
    7b:  movq   $0x0,-0x30(%rbp)
    86:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x3f
    8e:  rex add $0x1,%ebx                           ; wasm 0x43
    95:  mov    %rbx,-0x30(%rbp,%riz,1)              ; wasm 0x44
    9d:  mov    -0x30(%rbp,%riz,1),%rbx              ; wasm 0x46
    a5:  mov    -0x30(%rbp,%riz,1),%rsi              ; wasm 0x48
    ad:  rex imul %esi,%ebx                          ; wasm 0x4a
    b1:  mov    %rbx,-0x30(%rbp,%riz,1)              ; wasm 0x4b
    b9:  rex mov %ebx,%ebx                           ; wasm 0x4d
    bc:  mov    %rbx,-0x38(%rbp,%riz,1)              ; wasm 0x4e
    c4:  vmovsd -0x20(%rbp,%riz,1),%xmm0             ; wasm 0x50
    ce:  mov    -0x30(%rbp,%riz,1),%rbx              ; wasm 0x52
    d6:  vxorps %xmm1,%xmm1,%xmm1                    ; wasm 0x54
    db:  vcvtsi2ss %ebx,%xmm1,%xmm1
    e0:  vaddss %xmm1,%xmm0,%xmm0                    ; wasm 0x55
    e5:  vmovsd %xmm0,-0x40(%rbp,%riz,1)             ; wasm 0x56
    ef:  vmovsd -0x28(%rbp,%riz,1),%xmm0             ; wasm 0x58
    f9:  vmovsd -0x40(%rbp,%riz,1),%xmm1             ; wasm 0x5a
   103:  vcvtss2sd %xmm1,%xmm1,%xmm1                 ; wasm 0x5c
   108:  vaddsd %xmm1,%xmm0,%xmm0                    ; wasm 0x5d
   10d:  vmovsd %xmm0,-0x48(%rbp,%riz,1)             ; wasm 0x5e
   117:  vmovsd -0x48(%rbp,%riz,1),%xmm0             ; wasm 0x60
   121:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x62
   129:  mov    -0x38(%rbp,%riz,1),%rsi              ; wasm 0x64
   131:  add    %rsi,%rbx                            ; wasm 0x66
   134:  vxorps %xmm1,%xmm1,%xmm1                    ; wasm 0x67
   139:  vcvtsi2sd %rbx,%xmm1,%xmm1
   13e:  vaddsd %xmm1,%xmm0,%xmm0                    ; wasm 0x68
   143:  mov    %rbp,%rsp                            ; wasm 0x69
   146:  pop    %rbp
   147:  ret
   148:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "pressure"): 647 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0xa0(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x285
    24:  sub    $0xa0,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  lea    -0x90(%rbp),%rax
    45:  mov    $0x10,%ecx
    4a:  vxorps %xmm15,%xmm15,%xmm15
    4f:  vmovsd %xmm15,(%rax)
    53:  add    $0x8,%rax
    57:  sub    $0x1,%ecx
    5a:  jne    0x4f
    60:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x6f
    68:  rex add $0x1,%ebx                           ; wasm 0x73
    6f:  mov    %rbx,-0x18(%rbp,%riz,1)              ; wasm 0x74
    77:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0x76
    7f:  rex add $0x2,%ebx                           ; wasm 0x7a
    86:  mov    %rbx,-0x20(%rbp,%riz,1)              ; wasm 0x7b
    8e:  mov    -0x20(%rbp,%riz,1),%rbx              ; wasm 0x7d
    96:  rex add $0x3,%ebx                           ; wasm 0x81
    9d:  mov    %rbx,-0x28(%rbp,%riz,1)              ; wasm 0x82
    a5:  mov    -0x28(%rbp,%riz,1),%rbx              ; wasm 0x84
    ad:  rex add $0x4,%ebx                           ; wasm 0x88
    b4:  mov    %rbx,-0x30(%rbp,%riz,1)              ; wasm 0x89
    bc:  mov    -0x30(%rbp,%riz,1),%rbx              ; wasm 0x8b
    c4:  rex add $0x5,%ebx                           ; wasm 0x8f
    cb:  mov    %rbx,-0x38(%rbp,%riz,1)              ; wasm 0x90
    d3:  mov    -0x38(%rbp,%riz,1),%rbx              ; wasm 0x92
    db:  rex add $0x6,%ebx                           ; wasm 0x96
    e2:  mov    %rbx,-0x40(%rbp,%riz,1)              ; wasm 0x97
    ea:  mov    -0x40(%rbp,%riz,1),%rbx              ; wasm 0x99
    f2:  rex add $0x7,%ebx                           ; wasm 0x9d
    f9:  mov    %rbx,-0x48(%rbp,%riz,1)              ; wasm 0x9e
   101:  mov    -0x48(%rbp,%riz,1),%rbx              ; wasm 0xa0
   109:  rex add $0x8,%ebx                           ; wasm 0xa4
   110:  mov    %rbx,-0x50(%rbp,%riz,1)              ; wasm 0xa5
   118:  mov    -0x50(%rbp,%riz,1),%rbx              ; wasm 0xa7
   120:  rex add $0x9,%ebx                           ; wasm 0xab
   127:  mov    %rbx,-0x58(%rbp,%riz,1)              ; wasm 0xac
   12f:  mov    -0x58(%rbp,%riz,1),%rbx              ; wasm 0xae
   137:  rex add $0xa,%ebx                           ; wasm 0xb2
   13e:  mov    %rbx,-0x60(%rbp,%riz,1)              ; wasm 0xb3
   146:  mov    -0x60(%rbp,%riz,1),%rbx              ; wasm 0xb5
   14e:  rex add $0xb,%ebx                           ; wasm 0xb9
   155:  mov    %rbx,-0x68(%rbp,%riz,1)              ; wasm 0xba
   15d:  mov    -0x68(%rbp,%riz,1),%rbx              ; wasm 0xbc
   165:  rex add $0xc,%ebx                           ; wasm 0xc0
   16c:  mov    %rbx,-0x70(%rbp,%riz,1)              ; wasm 0xc1
   174:  mov    -0x70(%rbp,%riz,1),%rbx              ; wasm 0xc3
   17c:  rex add $0xd,%ebx                           ; wasm 0xc7
   183:  mov    %rbx,-0x78(%rbp,%riz,1)              ; wasm 0xc8
   18b:  mov    -0x78(%rbp,%riz,1),%rbx              ; wasm 0xca
   193:  rex add $0xe,%ebx                           ; wasm 0xce
   19a:  mov    %rbx,-0x80(%rbp,%riz,1)              ; wasm 0xcf
   1a2:  mov    -0x80(%rbp,%riz,1),%rbx              ; wasm 0xd1
   1aa:  rex add $0xf,%ebx                           ; wasm 0xd5
   1b1:  mov    %rbx,-0x88(%rbp,%riz,1)              ; wasm 0xd6
   1b9:  mov    -0x88(%rbp,%riz,1),%rbx              ; wasm 0xd8
   1c1:  rex add $0x10,%ebx                          ; wasm 0xdc
   1c8:  mov    %rbx,-0x90(%rbp,%riz,1)              ; wasm 0xdd
   1d0:  mov    -0x18(%rbp,%riz,1),%rbx              ; wasm 0xdf
   1d8:  mov    -0x20(%rbp,%riz,1),%rsi              ; wasm 0xe1
   1e0:  rex xor %esi,%ebx                           ; wasm 0xe3
   1e3:  mov    -0x28(%rbp,%riz,1),%rsi              ; wasm 0xe4
   1eb:  rex xor %esi,%ebx                           ; wasm 0xe6
   1ee:  mov    -0x30(%rbp,%riz,1),%rsi              ; wasm 0xe7
   1f6:  rex xor %esi,%ebx                           ; wasm 0xe9
   1f9:  mov    -0x38(%rbp,%riz,1),%rsi              ; wasm 0xea
   201:  rex xor %esi,%ebx                           ; wasm 0xec
   204:  mov    -0x40(%rbp,%riz,1),%rsi              ; wasm 0xed
   20c:  rex xor %esi,%ebx                           ; wasm 0xef
   20f:  mov    -0x48(%rbp,%riz,1),%rsi              ; wasm 0xf0
   217:  rex xor %esi,%ebx                           ; wasm 0xf2
   21a:  mov    -0x50(%rbp,%riz,1),%rsi              ; wasm 0xf3
   222:  rex xor %esi,%ebx                           ; wasm 0xf5
   225:  mov    -0x58(%rbp,%riz,1),%rsi              ; wasm 0xf6
   22d:  rex xor %esi,%ebx                           ; wasm 0xf8
   230:  mov    -0x60(%rbp,%riz,1),%rsi              ; wasm 0xf9
   238:  rex xor %esi,%ebx                           ; wasm 0xfb
   23b:  mov    -0x68(%rbp,%riz,1),%rsi              ; wasm 0xfc
   243:  rex xor %esi,%ebx                           ; wasm 0xfe
   246:  mov    -0x70(%rbp,%riz,1),%rsi              ; wasm 0xff
   24e:  rex xor %esi,%ebx                           ; wasm 0x101
   251:  mov    -0x78(%rbp,%riz,1),%rsi              ; wasm 0x102
   259:  rex xor %esi,%ebx                           ; wasm 0x104
   25c:  mov    -0x80(%rbp,%riz,1),%rsi              ; wasm 0x105
   264:  rex xor %esi,%ebx                           ; wasm 0x107
   267:  mov    -0x88(%rbp,%riz,1),%rsi              ; wasm 0x108
   26f:  rex xor %esi,%ebx                           ; wasm 0x10a
   272:  mov    -0x90(%rbp,%riz,1),%rsi              ; wasm 0x10b
   27a:  rex xor %esi,%ebx                           ; wasm 0x10d
   27d:  mov    %rbx,%rax                            ; wasm 0x10e
   280:  mov    %rbp,%rsp
   283:  pop    %rbp
   284:  ret
   285:  ud2                                         ; no operator; trap StackOverflow
