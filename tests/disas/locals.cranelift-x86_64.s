;; locals.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "mix"): 55 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  lea    0x1(%rdx),%eax
     7:  imul   %eax,%eax
     a:  vxorps %xmm2,%xmm2,%xmm2
     e:  vcvtsi2ss %eax,%xmm2,%xmm2
    12:  vaddss %xmm2,%xmm0,%xmm0
    16:  vxorpd %xmm2,%xmm2,%xmm2
    1a:  vcvtss2sd %xmm0,%xmm2,%xmm0
    1e:  vaddsd %xmm0,%xmm1,%xmm0
    22:  add    %rcx,%rax
    25:  vxorpd %xmm1,%xmm1,%xmm1
    29:  vcvtsi2sd %rax,%xmm1,%xmm1
    2e:  vaddsd %xmm1,%xmm0,%xmm0
    32:  mov    %rbp,%rsp
    35:  pop    %rbp
    36:  ret

;; function 1 (export "pressure"): 90 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  lea    0x1(%rdx),%eax
     7:  lea    0x3(%rdx),%ecx
     a:  xor    %ecx,%eax
     c:  lea    0x6(%rdx),%ecx
     f:  xor    %ecx,%eax
    11:  lea    0xa(%rdx),%ecx
    14:  xor    %ecx,%eax
    16:  lea    0xf(%rdx),%ecx
    19:  xor    %ecx,%eax
    1b:  lea    0x15(%rdx),%ecx
    1e:  xor    %ecx,%eax
    20:  lea    0x1c(%rdx),%ecx
    23:  xor    %ecx,%eax
    25:  lea    0x24(%rdx),%ecx
    28:  xor    %ecx,%eax
    2a:  lea    0x2d(%rdx),%ecx
    2d:  xor    %ecx,%eax
    2f:  lea    0x37(%rdx),%ecx
    32:  xor    %ecx,%eax
    34:  lea    0x42(%rdx),%ecx
    37:  xor    %ecx,%eax
    39:  lea    0x4e(%rdx),%ecx
    3c:  xor    %ecx,%eax
    3e:  lea    0x5b(%rdx),%ecx
    41:  xor    %ecx,%eax
    43:  lea    0x69(%rdx),%ecx
    46:  xor    %ecx,%eax
    48:  lea    0x78(%rdx),%ecx
    4b:  xor    %ecx,%eax
    4d:  lea    0x88(%rdx),%ecx
    53:  xor    %ecx,%eax
    55:  mov    %rbp,%rsp
    58:  pop    %rbp
    59:  ret
