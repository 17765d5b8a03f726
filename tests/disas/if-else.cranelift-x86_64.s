;; if-else.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "abs_or_default"): 45 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  test   %edx,%edx                            ; wasm 0x40
     6:  jl     0x23
     c:  test   %edx,%edx                            ; wasm 0x4a
     e:  jne    0x25
    14:  mov    $0x63,%eax                           ; wasm 0x4f
    19:  mov    %rbp,%rsp                            ; wasm 0x52
    1c:  pop    %rbp
    1d:  ret
    1e:  jmp    0x25                                 ; wasm 0x54
    23:  neg    %edx
    25:  mov    %rdx,%rax
    28:  mov    %rbp,%rsp                            ; wasm 0x55
    2b:  pop    %rbp
    2c:  ret

;; function 1 (export "clamp"): 96 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  vucomisd 0x44(%rip),%xmm0        # 0x50     ; wasm 0x64
     c:  ja     0x2e
    12:  vxorpd %xmm1,%xmm1,%xmm1                    ; wasm 0x73
    16:  vucomisd %xmm0,%xmm1                        ; wasm 0x7d
    1a:  ja     0x25
    20:  mov    %rbp,%rsp                            ; wasm 0x8c
    23:  pop    %rbp
    24:  ret
    25:  vxorpd %xmm0,%xmm0,%xmm0
    29:  mov    %rbp,%rsp                            ; wasm 0x88
    2c:  pop    %rbp
    2d:  ret
    2e:  movabs $0x3ff0000000000000,%rax
    38:  vmovq  %rax,%xmm0
    3d:  mov    %rbp,%rsp                            ; wasm 0x6f
    40:  pop    %rbp
    41:  ret
    42:  add    %al,(%rax)
    44:  add    %al,(%rax)
    46:  add    %al,(%rax)
    48:  add    %al,(%rax)
    4a:  add    %al,(%rax)
    4c:  add    %al,(%rax)
    4e:  add    %al,(%rax)
    50:  add    %al,(%rax)
    52:  add    %al,(%rax)
    54:  add    %al,(%rax)
    56:  lock (bad)
    58:  add    %al,(%rax)
    5a:  add    %al,(%rax)
    5c:  add    %al,(%rax)
    5e:  add    %al,(%rax)
