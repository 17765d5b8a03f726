;; br-table.wat: llvm, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "switch"): 56 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x32
     7:  cmp    %rbp,(%rax)
     a:  ja     0x24
     c:  mov    $0x28,%eax                           ; no operator
    11:  cmp    $0x3,%edx                            ; wasm 0x3d
    14:  ja     0x22
    16:  mov    %edx,%eax
    18:  lea    0x9(%rip),%rcx        # 0x28
    1f:  mov    (%rcx,%rax,4),%eax
    22:  pop    %rbp                                 ; wasm 0x53
    23:  ret
    24:  ud1    (%eax),%eax                          ; wasm 0x32; trap StackOverflow
    28:  or     (%rax),%al
    2a:  add    %al,(%rax)
    2c:  adc    $0x0,%al
    2e:  add    %al,(%rax)
    30:  (bad)
    31:  add    %al,(%rax)
    33:  add    %cl,(%rdx)
    35:  add    %al,(%rax)
    37:  .byte 0x0

;; function 1 (export "with_value"): 29 bytes, alignment 16
     0:  push   %rbp                                 ; no operator
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%rax                          ; wasm 0x55
     7:  cmp    %rbp,(%rax)
     a:  ja     0x19
     c:  xor    %eax,%eax                            ; wasm 0x5e
     e:  cmp    $0x1,%edx
    11:  setne  %al
    14:  add    $0x7,%eax
    17:  pop    %rbp                                 ; wasm 0x68
    18:  ret
    19:  ud1    (%eax),%eax                          ; wasm 0x55; trap StackOverflow
