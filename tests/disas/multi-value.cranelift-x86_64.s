;; multi-value.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $swap: 15 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rcx,%rax
     7:  mov    %rdx,%rcx
     a:  mov    %rbp,%rsp                            ; wasm 0x5d
     d:  pop    %rbp
     e:  ret

;; function 1 (export "divmod"): 37 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    %rdx,%rsi
     7:  xor    %rdx,%rdx                            ; wasm 0x64
     a:  mov    %rsi,%rax
     d:  div    %ecx                                 ; trap IntegerDivisionByZero
     f:  mov    %rax,%rdi
    12:  xor    %rdx,%rdx                            ; wasm 0x69
    15:  mov    %rsi,%rax
    18:  div    %ecx                                 ; trap IntegerDivisionByZero
    1a:  mov    %rdi,%rax
    1d:  mov    %rdx,%rcx
    20:  mov    %rbp,%rsp                            ; wasm 0x6a
    23:  pop    %rbp
    24:  ret

;; function 2 (export "via_call"): 43 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x10,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x29
    17:  mov    %rdi,%rsi
    1a:  call   0x1f                                 ; wasm 0x71; @0x1b reloc X86PcRel4 -> function 0, addend -4
    1f:  mov    %ecx,%edi                            ; wasm 0x73
    21:  add    %rdi,%rax                            ; wasm 0x74
    24:  mov    %rbp,%rsp                            ; wasm 0x75
    27:  pop    %rbp
    28:  ret
    29:  ud2                                         ; trap StackOverflow

;; function 3 (export "block_pair"): 12 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  imul   $0x5,%edx,%eax                       ; wasm 0x7f
     7:  mov    %rbp,%rsp                            ; wasm 0x80
     a:  pop    %rbp
     b:  ret
