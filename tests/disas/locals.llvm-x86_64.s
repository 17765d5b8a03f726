;; locals.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "mix"): 51 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x36
     7:  cmp    %rbp,(%rax)
     a:  ja     0x2f
     c:  inc    %edx                                 ; wasm 0x43
     e:  imul   %edx,%edx                            ; wasm 0x4a
    11:  vcvtsi2ss %edx,%xmm15,%xmm2                 ; wasm 0x54
    15:  vaddss %xmm2,%xmm0,%xmm0                    ; wasm 0x55
    19:  vcvtss2sd %xmm0,%xmm0,%xmm0                 ; wasm 0x5c
    1d:  vaddsd %xmm0,%xmm1,%xmm0                    ; wasm 0x5d
    21:  add    %rdx,%rcx                            ; wasm 0x66
    24:  vcvtsi2sd %rcx,%xmm15,%xmm1                 ; wasm 0x67
    29:  vaddsd %xmm1,%xmm0,%xmm0                    ; wasm 0x68
    2d:  pop    %rbp                                 ; wasm 0x69
    2e:  ret
    2f:  ud1    (%eax),%eax                          ; wasm 0x36; trap StackOverflow

;; function 1 (export "pressure"): 160 bytes, alignment 32
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x6c
     7:  cmp    %rbp,(%rax)
     a:  ja     0x4e
     c:  vmovd  %edx,%xmm0                           ; wasm 0x73
    10:  vpbroadcastd %xmm0,%ymm0
    15:  vpaddd 0x43(%rip),%ymm0,%ymm1        # 0x60
    1d:  vpaddd 0x5b(%rip),%ymm0,%ymm0        # 0x80
    25:  vpxor  %ymm1,%ymm0,%ymm0                    ; wasm 0x10d
    29:  vextracti128 $0x1,%ymm0,%xmm1
    2f:  vpxor  %xmm1,%xmm0,%xmm0
    33:  vpshufd $0xee,%xmm0,%xmm1
    38:  vpxor  %xmm1,%xmm0,%xmm0
    3c:  vpshufd $0x55,%xmm0,%xmm1
    41:  vpxor  %xmm1,%xmm0,%xmm0
    45:  vmovd  %xmm0,%eax
    49:  pop    %rbp                                 ; wasm 0x10e
    4a:  vzeroupper
    4d:  ret
    4e:  ud1    (%eax),%eax                          ; wasm 0x6c; trap StackOverflow
    52:  int3
    53:  int3
    54:  int3
    55:  int3
    56:  int3
    57:  int3
    58:  int3
    59:  int3
    5a:  int3
    5b:  int3
    5c:  int3
    5d:  int3
    5e:  int3
    5f:  int3
    60:  sub    $0x37000000,%eax
    65:  add    %al,(%rax)
    67:  add    %al,0x0(%rdx)
    6a:  add    %al,(%rax)
    6c:  rex.WRX add %r8b,(%rax)
    6f:  add    %bl,0x0(%rbx)
    72:  add    %al,(%rax)
    74:  imul   $0x780000,(%rax),%eax
    7a:  add    %al,(%rax)
    7c:  mov    %al,(%rax)
    7e:  add    %al,(%rax)
    80:  add    %eax,(%rax)
    82:  add    %al,(%rax)
    84:  add    (%rax),%eax
    86:  add    %al,(%rax)
    88:  (bad)
    89:  add    %al,(%rax)
    8b:  add    %cl,(%rdx)
    8d:  add    %al,(%rax)
    8f:  add    %cl,(%rdi)
    91:  add    %al,(%rax)
    93:  add    %dl,0x1c000000(%rip)        # 0x1c000099
    99:  add    %al,(%rax)
    9b:  add    %ah,(%rax,%rax,1)
    9e:  add    %al,(%rax)
