;; stack-args.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 $many: 326 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0xc0(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x144
    24:  sub    $0xc0,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  mov    %r8,-0x20(%rbp,%riz,1)
    4e:  mov    %r9,-0x28(%rbp,%riz,1)
    56:  mov    0x10(%rbp,%riz,1),%rax
    5e:  mov    %rax,-0x30(%rbp,%riz,1)
    66:  mov    0x18(%rbp,%riz,1),%rax
    6e:  mov    %rax,-0x38(%rbp,%riz,1)
    76:  mov    0x20(%rbp,%riz,1),%rax
    7e:  mov    %rax,-0x40(%rbp,%riz,1)
    86:  mov    0x28(%rbp,%riz,1),%rax
    8e:  mov    %rax,-0x48(%rbp,%riz,1)
    96:  mov    0x30(%rbp,%riz,1),%rax
    9e:  mov    %rax,-0x50(%rbp,%riz,1)
    a6:  mov    0x38(%rbp,%riz,1),%rax
    ae:  mov    %rax,-0x58(%rbp,%riz,1)
    b6:  vmovsd %xmm0,-0x60(%rbp,%riz,1)
    c0:  vmovsd %xmm1,-0x68(%rbp,%riz,1)
    ca:  vmovsd %xmm2,-0x70(%rbp,%riz,1)
    d4:  vmovsd %xmm3,-0x78(%rbp,%riz,1)
    de:  vmovsd %xmm4,-0x80(%rbp,%riz,1)
    e8:  vmovsd %xmm5,-0x88(%rbp,%riz,1)
    f2:  vmovsd %xmm6,-0x90(%rbp,%riz,1)
    fc:  vmovsd %xmm7,-0x98(%rbp,%riz,1)
   106:  mov    0x40(%rbp,%riz,1),%rax
   10e:  mov    %rax,-0xa0(%rbp,%riz,1)
   116:  mov    0x48(%rbp,%riz,1),%rax
   11e:  mov    %rax,-0xa8(%rbp,%riz,1)
   126:  mov    -0x58(%rbp,%riz,1),%rbx              ; wasm 0x3e
   12e:  mov    -0x50(%rbp,%riz,1),%rsi              ; wasm 0x40
   136:  rex mov %esi,%esi                           ; wasm 0x42
   139:  add    %rsi,%rbx                            ; wasm 0x43
   13c:  mov    %rbx,%rax                            ; wasm 0x44
   13f:  mov    %rbp,%rsp
   142:  pop    %rbp
   143:  ret
   144:  ud2                                         ; no operator; trap StackOverflow

;; function 1 (export "caller"): 362 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0xf0(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x168
    24:  sub    $0xf0,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    -0x10(%rbp,%riz,1),%rbx              ; wasm 0x49
    46:  mov    -0x10(%rbp,%riz,1),%rsi              ; wasm 0x59
    4e:  mov    %rbx,-0x20(%rbp,%riz,1)              ; wasm 0xa1
    56:  mov    %rsi,-0x60(%rbp,%riz,1)
    5e:  movq   $0x5,0x0(%rsp)
    6a:  movq   $0x6,0x8(%rsp)
    76:  movq   $0x7,0x10(%rsp)
    82:  movq   $0x8,0x18(%rsp)
    8e:  movq   $0x9,0x20(%rsp)
    9a:  mov    -0x60(%rbp,%riz,1),%rax
    a2:  mov    %rax,0x28(%rsp)
    aa:  movq   $0x41100000,0x30(%rsp)
    b6:  movabs $0x4024000000000000,%rax
    c0:  mov    %rax,0x38(%rsp)
    c8:  rex mov $0x1,%edx
    ce:  mov    -0x20(%rbp,%riz,1),%rcx
    d6:  mov    $0x3,%r8d
    dc:  mov    $0x4,%r9d
    e2:  rex mov $0x3f800000,%eax
    e8:  vmovd  %eax,%xmm0
    ed:  movabs $0x4000000000000000,%rax
    f7:  vmovq  %rax,%xmm1
    fc:  rex mov $0x40400000,%eax
   102:  vmovd  %eax,%xmm2
   107:  movabs $0x4010000000000000,%rax
   111:  vmovq  %rax,%xmm3
   116:  rex mov $0x40a00000,%eax
   11c:  vmovd  %eax,%xmm4
   121:  movabs $0x4018000000000000,%rax
   12b:  vmovq  %rax,%xmm5
   130:  rex mov $0x40e00000,%eax
   136:  vmovd  %eax,%xmm6
   13b:  movabs $0x4020000000000000,%rax
   145:  vmovq  %rax,%xmm7
   14a:  mov    %r15,%rdi
   14d:  mov    %r15,%rsi
   150:  call   0x155                                ; @0x151 reloc X86PcRel4 -> function 0, addend -4
   155:  mov    -0x8(%rbp,%riz,1),%r15
   15d:  mov    %rax,%rbx
   160:  mov    %rbx,%rax                            ; wasm 0xa3
   163:  mov    %rbp,%rsp
   166:  pop    %rbp
   167:  ret
   168:  ud2                                         ; no operator; trap StackOverflow
