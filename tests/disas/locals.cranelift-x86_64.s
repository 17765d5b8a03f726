;; locals.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "mix"): 55 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  lea    0x1(%rdx),%eax                       ; wasm 0x43
     7:  imul   %eax,%eax                            ; wasm 0x4a
     a:  vxorps %xmm2,%xmm2,%xmm2                    ; wasm 0x54
     e:  vcvtsi2ss %eax,%xmm2,%xmm2
    12:  vaddss %xmm2,%xmm0,%xmm0                    ; wasm 0x55
    16:  vxorpd %xmm2,%xmm2,%xmm2                    ; wasm 0x5c
    1a:  vcvtss2sd %xmm0,%xmm2,%xmm0
    1e:  vaddsd %xmm0,%xmm1,%xmm0                    ; wasm 0x5d
    22:  add    %rcx,%rax                            ; wasm 0x66
    25:  vxorpd %xmm1,%xmm1,%xmm1                    ; wasm 0x67
    29:  vcvtsi2sd %rax,%xmm1,%xmm1
    2e:  vaddsd %xmm1,%xmm0,%xmm0                    ; wasm 0x68
    32:  mov    %rbp,%rsp                            ; wasm 0x69
    35:  pop    %rbp
    36:  ret

;; function 1 (export "pressure"): 90 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  lea    0x1(%rdx),%eax                       ; wasm 0x73
     7:  lea    0x3(%rdx),%ecx
     a:  xor    %ecx,%eax                            ; wasm 0xe3
     c:  lea    0x6(%rdx),%ecx
     f:  xor    %ecx,%eax                            ; wasm 0xe6
    11:  lea    0xa(%rdx),%ecx
    14:  xor    %ecx,%eax                            ; wasm 0xe9
    16:  lea    0xf(%rdx),%ecx
    19:  xor    %ecx,%eax                            ; wasm 0xec
    1b:  lea    0x15(%rdx),%ecx
    1e:  xor    %ecx,%eax                            ; wasm 0xef
    20:  lea    0x1c(%rdx),%ecx
    23:  xor    %ecx,%eax                            ; wasm 0xf2
    25:  lea    0x24(%rdx),%ecx
    28:  xor    %ecx,%eax                            ; wasm 0xf5
    2a:  lea    0x2d(%rdx),%ecx
    2d:  xor    %ecx,%eax                            ; wasm 0xf8
    2f:  lea    0x37(%rdx),%ecx
    32:  xor    %ecx,%eax                            ; wasm 0xfb
    34:  lea    0x42(%rdx),%ecx
    37:  xor    %ecx,%eax                            ; wasm 0xfe
    39:  lea    0x4e(%rdx),%ecx
    3c:  xor    %ecx,%eax                            ; wasm 0x101
    3e:  lea    0x5b(%rdx),%ecx
    41:  xor    %ecx,%eax                            ; wasm 0x104
    43:  lea    0x69(%rdx),%ecx
    46:  xor    %ecx,%eax                            ; wasm 0x107
    48:  lea    0x78(%rdx),%ecx
    4b:  xor    %ecx,%eax                            ; wasm 0x10a
    4d:  lea    0x88(%rdx),%ecx
    53:  xor    %ecx,%eax                            ; wasm 0x10d
    55:  mov    %rbp,%rsp                            ; wasm 0x10e
    58:  pop    %rbp
    59:  ret
