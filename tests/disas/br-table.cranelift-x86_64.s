;; br-table.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "switch"): 101 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    $0x4,%r8d                            ; wasm 0x3d
     a:  mov    %edx,%r9d
     d:  cmp    %r8d,%r9d
    10:  cmovb  %r9d,%r8d
    14:  lea    0x9(%rip),%rcx        # 0x24
    1b:  movslq (%rcx,%r8,4),%rax
    1f:  add    %rax,%rcx
    22:  jmp    *%rcx
    24:  sub    $0x23000000,%eax
    29:  add    %al,(%rax)
    2b:  add    %bl,(%rcx)
    2d:  add    %al,(%rax)
    2f:  add    %ch,0x37000000(%rip)        # 0x37000035
    35:  add    %al,(%rax)
    37:  add    %ch,%cl
    39:  adc    $0x0,%al
    3b:  add    %al,(%rax)
    3d:  mov    $0x1e,%eax                           ; wasm 0x4d
    42:  mov    %rbp,%rsp                            ; wasm 0x4f
    45:  pop    %rbp
    46:  ret
    47:  mov    $0x14,%eax                           ; wasm 0x49
    4c:  mov    %rbp,%rsp                            ; wasm 0x4b
    4f:  pop    %rbp
    50:  ret
    51:  mov    $0xa,%eax                            ; wasm 0x45
    56:  mov    %rbp,%rsp                            ; wasm 0x47
    59:  pop    %rbp
    5a:  ret
    5b:  mov    $0x28,%eax                           ; wasm 0x51
    60:  mov    %rbp,%rsp                            ; wasm 0x53
    63:  pop    %rbp
    64:  ret

;; function 1 (export "with_value"): 73 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    $0x2,%r8d                            ; wasm 0x5e
     a:  mov    %edx,%r9d
     d:  cmp    %r8d,%r9d
    10:  cmovb  %r9d,%r8d
    14:  lea    0x9(%rip),%rcx        # 0x24
    1b:  movslq (%rcx,%r8,4),%rax
    1f:  add    %rax,%rcx
    22:  jmp    *%rcx
    24:  sbb    (%rax),%eax
    26:  add    %al,(%rax)
    28:  adc    %eax,(%rax)
    2a:  add    %al,(%rax)
    2c:  sbb    (%rax),%eax
    2e:  add    %al,(%rax)
    30:  jmp    0x3f
    35:  mov    $0x7,%eax                            ; wasm 0x5a
    3a:  jmp    0x44                                 ; wasm 0x5e
    3f:  mov    $0x8,%eax
    44:  mov    %rbp,%rsp                            ; wasm 0x68
    47:  pop    %rbp
    48:  ret
