;; if-else.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "abs_or_default"): 35 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x3a
     7:  cmp    %rbp,(%rax)
     a:  ja     0x1f
     c:  mov    %edx,%ecx                            ; wasm 0x40
     e:  neg    %ecx
    10:  test   %edx,%edx                            ; wasm 0x3f
    12:  mov    $0x63,%eax
    17:  cmovne %edx,%eax                            ; wasm 0x40
    1a:  cmovs  %ecx,%eax
    1d:  pop    %rbp                                 ; wasm 0x55
    1e:  ret
    1f:  ud1    (%eax),%eax                          ; wasm 0x3a; trap StackOverflow

;; function 1 (export "clamp"): 80 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x57
     7:  cmp    %rbp,(%rax)
     a:  ja     0x2d
     c:  vxorpd %xmm1,%xmm1,%xmm1                    ; no operator
    10:  vmaxsd %xmm0,%xmm1,%xmm1                    ; wasm 0x64
    14:  vmovsd 0x1c(%rip),%xmm2        # 0x38
    1c:  vcmpltsd %xmm0,%xmm2,%xmm0
    21:  vblendvpd %xmm0,0x15(%rip),%xmm1,%xmm0        # 0x40
    2b:  pop    %rbp                                 ; wasm 0x8c
    2c:  ret
    2d:  ud1    (%eax),%eax                          ; wasm 0x57; trap StackOverflow
    31:  int3
    32:  int3
    33:  int3
    34:  int3
    35:  int3
    36:  int3
    37:  int3
    38:  add    %al,(%rax)
    3a:  add    %al,(%rax)
    3c:  add    %al,(%rax)
    3e:  lock (bad)
    40:  add    %al,(%rax)
    42:  add    %al,(%rax)
    44:  add    %al,(%rax)
    46:  lock (bad)
    48:  add    %al,(%rax)
    4a:  add    %al,(%rax)
    4c:  add    %al,(%rax)
    4e:  lock (bad)
