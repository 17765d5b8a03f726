;; stack-args.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $many: 334 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0xc0(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x14c
    24:  sub    $0xc0,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    0x0(%r15,%riz,1),%r11
    3e:  mov    %rdx,-0x10(%rbp,%riz,1)
    46:  mov    %rcx,-0x18(%rbp,%riz,1)
    4e:  mov    %r8,-0x20(%rbp,%riz,1)
    56:  mov    %r9,-0x28(%rbp,%riz,1)
    5e:  mov    0x28(%r11,%riz,1),%rax
    66:  mov    %rax,-0x30(%rbp,%riz,1)
    6e:  mov    0x30(%r11,%riz,1),%rax
    76:  mov    %rax,-0x38(%rbp,%riz,1)
    7e:  mov    0x38(%r11,%riz,1),%rax
    86:  mov    %rax,-0x40(%rbp,%riz,1)
    8e:  mov    0x40(%r11,%riz,1),%rax
    96:  mov    %rax,-0x48(%rbp,%riz,1)
    9e:  mov    0x48(%r11,%riz,1),%rax
    a6:  mov    %rax,-0x50(%rbp,%riz,1)
    ae:  mov    0x50(%r11,%riz,1),%rax
    b6:  mov    %rax,-0x58(%rbp,%riz,1)
    be:  vmovsd %xmm0,-0x60(%rbp,%riz,1)
    c8:  vmovsd %xmm1,-0x68(%rbp,%riz,1)
    d2:  vmovsd %xmm2,-0x70(%rbp,%riz,1)
    dc:  vmovsd %xmm3,-0x78(%rbp,%riz,1)
    e6:  vmovsd %xmm4,-0x80(%rbp,%riz,1)
    f0:  vmovsd %xmm5,-0x88(%rbp,%riz,1)
    fa:  vmovsd %xmm6,-0x90(%rbp,%riz,1)
   104:  vmovsd %xmm7,-0x98(%rbp,%riz,1)
   10e:  mov    0x58(%r11,%riz,1),%rax
   116:  mov    %rax,-0xa0(%rbp,%riz,1)
   11e:  mov    0x60(%r11,%riz,1),%rax
   126:  mov    %rax,-0xa8(%rbp,%riz,1)
   12e:  mov    -0x58(%rbp,%riz,1),%rbx              ; wasm 0x3e
   136:  mov    -0x50(%rbp,%riz,1),%rsi              ; wasm 0x40
   13e:  rex mov %esi,%esi                           ; wasm 0x42
   141:  add    %rsi,%rbx                            ; wasm 0x43
   144:  mov    %rbx,%rax                            ; wasm 0x44
   147:  mov    %rbp,%rsp
   14a:  pop    %rbp
   14b:  ret
   14c:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "caller"): 370 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0xb0(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x170
    24:  sub    $0xb0,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x49
    46:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x59
    4e:  mov    %rbx,-0x20(%rbp,%riz,1)              ; wasm 0xa1
    56:  mov    %rsi,-0x60(%rbp,%riz,1)
    5e:  mov    0x0(%r15,%riz,1),%rdi
    66:  movq   $0x5,0x28(%rdi,%riz,1)
    72:  movq   $0x6,0x30(%rdi,%riz,1)
    7e:  movq   $0x7,0x38(%rdi,%riz,1)
    8a:  movq   $0x8,0x40(%rdi,%riz,1)
    96:  movq   $0x9,0x48(%rdi,%riz,1)
    a2:  mov    -0x60(%rbp,%riz,1),%rax
    aa:  mov    %rax,0x50(%rdi,%riz,1)
    b2:  movq   $0x41100000,0x58(%rdi,%riz,1)
    be:  movabs $0x4024000000000000,%rax
    c8:  mov    %rax,0x60(%rdi,%riz,1)
    d0:  rex mov $0x1,%edx
    d6:  mov    -0x20(%rbp,%riz,1),%rcx
    de:  mov    $0x3,%r8d
    e4:  mov    $0x4,%r9d
    ea:  rex mov $0x3f800000,%eax
    f0:  vmovd  %eax,%xmm0
    f5:  movabs $0x4000000000000000,%rax
    ff:  vmovq  %rax,%xmm1
   104:  rex mov $0x40400000,%eax
   10a:  vmovd  %eax,%xmm2
   10f:  movabs $0x4010000000000000,%rax
   119:  vmovq  %rax,%xmm3
   11e:  rex mov $0x40a00000,%eax
   124:  vmovd  %eax,%xmm4
   129:  movabs $0x4018000000000000,%rax
   133:  vmovq  %rax,%xmm5
   138:  rex mov $0x40e00000,%eax
   13e:  vmovd  %eax,%xmm6
   143:  movabs $0x4020000000000000,%rax
   14d:  vmovq  %rax,%xmm7
   152:  mov    %r15,%rdi
   155:  mov    %r15,%rsi
   158:  call   0x15d                                ; @0x159 reloc X86PcRel4 -> function 0, addend -4
   15d:  mov    -0x8(%rbp,%riz,1),%r15
   165:  mov    %rax,%rbx
   168:  mov    %rbx,%rax                            ; wasm 0xa3
   16b:  mov    %rbp,%rsp
   16e:  pop    %rbp
   16f:  ret
   170:  ud2                                         ; no operator; trap StackOverflow
