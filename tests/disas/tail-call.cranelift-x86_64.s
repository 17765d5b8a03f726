;; tail-call.wat: cranelift, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,bmi1,bmi2,lzcnt
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $f: 43 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x10,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x29
    17:  add    $0x1,%edx                            ; wasm 0x24
    1d:  mov    %rdi,%rsi
    20:  mov    %rbp,%rsp                            ; wasm 0x25
    23:  pop    %rbp
    24:  jmp    0x29                                 ; @0x25 reloc X86PcRel4 -> function 1, addend -4
    29:  ud2                                         ; trap StackOverflow

;; function 1 $g: 97 bytes, alignment 32
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    (%rdi),%r10
     7:  mov    (%r10),%r10
     a:  add    $0x10,%r10
     e:  cmp    %rsp,%r10
    11:  ja     0x59
    17:  mov    0x50(%rdi),%r11                      ; wasm 0x2e
    1b:  mov    0x8(%r11),%eax
    1f:  test   %eax,%eax
    21:  je     0x5b
    27:  mov    (%r11),%rax
    2a:  mov    (%rax),%rax
    2d:  test   %rax,%rax
    30:  je     0x5d
    36:  mov    0x10(%rax),%ecx
    39:  mov    0x10(%rdi),%rsi
    3d:  mov    %rdi,%r8
    40:  cmp    (%rsi),%ecx
    42:  jne    0x5f
    48:  mov    (%rax),%r10
    4b:  mov    0x8(%rax),%rdi
    4f:  mov    %r8,%rsi
    52:  mov    %rbp,%rsp
    55:  pop    %rbp
    56:  jmp    *%r10
    59:  ud2                                         ; trap StackOverflow
    5b:  ud2                                         ; trap TableOutOfBounds
    5d:  ud2                                         ; trap IndirectCallToNull
    5f:  ud2                                         ; trap BadSignature
