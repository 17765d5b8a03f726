;; locals.wat: singlepass, x86_64-unknown-linux-gnu, CPU features sse3,ssse3,sse4.1,sse4.2,avx,avx2
;; bounds_checks static, fuel false, epochs false, nan_canonicalization false

;; function 0 (export "mix"): 330 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0x60(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x148
    24:  sub    $0x60,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  mov    %rcx,-0x18(%rbp,%riz,1)
    46:  vmovsd %xmm0,-0x20(%rbp,%riz,1)
    50:  vmovsd %xmm1,-0x28(%rbp,%riz,1)
    5a:  movq   $0x0,-0x48(%rbp)
    65:  movq   $0x0,-0x40(%rbp)
    70:  movq   $0x0,-0x38(%rbp)
    7b:  movq   $0x0,-0x30(%rbp)
    86:  mov    -0x10(%rbp,%riz,1),%rbx
    8e:  rex add $0x1,%ebx
    95:  mov    %rbx,-0x30(%rbp,%riz,1)
    9d:  mov    -0x30(%rbp,%riz,1),%rbx
    a5:  mov    -0x30(%rbp,%riz,1),%rsi
    ad:  rex imul %esi,%ebx
    b1:  mov    %rbx,-0x30(%rbp,%riz,1)
    b9:  rex mov %ebx,%ebx
    bc:  mov    %rbx,-0x38(%rbp,%riz,1)
    c4:  vmovsd -0x20(%rbp,%riz,1),%xmm0
    ce:  mov    -0x30(%rbp,%riz,1),%rbx
    d6:  vxorps %xmm1,%xmm1,%xmm1
    db:  vcvtsi2ss %ebx,%xmm1,%xmm1
    e0:  vaddss %xmm1,%xmm0,%xmm0
    e5:  vmovsd %xmm0,-0x40(%rbp,%riz,1)
    ef:  vmovsd -0x28(%rbp,%riz,1),%xmm0
    f9:  vmovsd -0x40(%rbp,%riz,1),%xmm1
   103:  vcvtss2sd %xmm1,%xmm1,%xmm1
   108:  vaddsd %xmm1,%xmm0,%xmm0
   10d:  vmovsd %xmm0,-0x48(%rbp,%riz,1)
   117:  vmovsd -0x48(%rbp,%riz,1),%xmm0
   121:  mov    -0x18(%rbp,%riz,1),%rbx
   129:  mov    -0x38(%rbp,%riz,1),%rsi
   131:  add    %rsi,%rbx
   134:  vxorps %xmm1,%xmm1,%xmm1
   139:  vcvtsi2sd %rbx,%xmm1,%xmm1
   13e:  vaddsd %xmm1,%xmm0,%xmm0
   143:  mov    %rbp,%rsp
   146:  pop    %rbp
   147:  ret
   148:  ud2                                         ; trap StackOverflow

;; function 1 (export "pressure"): 647 bytes, alignment 16
     0:  push   %rbp
     1:  mov    %rsp,%rbp
     4:  mov    0x0(%rdi,%riz,1),%r11
     c:  mov    0x0(%r11),%r11
    13:  lea    -0xa0(%rsp),%r10
    1b:  cmp    %r11,%r10
    1e:  jb     0x285
    24:  sub    $0xa0,%rsp
    2b:  mov    %rdi,-0x8(%rbp,%riz,1)
    33:  mov    %rdi,%r15
    36:  mov    %rdx,-0x10(%rbp,%riz,1)
    3e:  lea    -0x90(%rbp),%rax
    45:  mov    $0x10,%ecx
    4a:  vxorps %xmm15,%xmm15,%xmm15
    4f:  vmovsd %xmm15,(%rax)
    53:  add    $0x8,%rax
    57:  sub    $0x1,%ecx
    5a:  jne    0x4f
    60:  mov    -0x10(%rbp,%riz,1),%rbx
    68:  rex add $0x1,%ebx
    6f:  mov    %rbx,-0x18(%rbp,%riz,1)
    77:  mov    -0x18(%rbp,%riz,1),%rbx
    7f:  rex add $0x2,%ebx
    86:  mov    %rbx,-0x20(%rbp,%riz,1)
    8e:  mov    -0x20(%rbp,%riz,1),%rbx
    96:  rex add $0x3,%ebx
    9d:  mov    %rbx,-0x28(%rbp,%riz,1)
    a5:  mov    -0x28(%rbp,%riz,1),%rbx
    ad:  rex add $0x4,%ebx
    b4:  mov    %rbx,-0x30(%rbp,%riz,1)
    bc:  mov    -0x30(%rbp,%riz,1),%rbx
    c4:  rex add $0x5,%ebx
    cb:  mov    %rbx,-0x38(%rbp,%riz,1)
    d3:  mov    -0x38(%rbp,%riz,1),%rbx
    db:  rex add $0x6,%ebx
    e2:  mov    %rbx,-0x40(%rbp,%riz,1)
    ea:  mov    -0x40(%rbp,%riz,1),%rbx
    f2:  rex add $0x7,%ebx
    f9:  mov    %rbx,-0x48(%rbp,%riz,1)
   101:  mov    -0x48(%rbp,%riz,1),%rbx
   109:  rex add $0x8,%ebx
   110:  mov    %rbx,-0x50(%rbp,%riz,1)
   118:  mov    -0x50(%rbp,%riz,1),%rbx
   120:  rex add $0x9,%ebx
   127:  mov    %rbx,-0x58(%rbp,%riz,1)
   12f:  mov    -0x58(%rbp,%riz,1),%rbx
   137:  rex add $0xa,%ebx
   13e:  mov    %rbx,-0x60(%rbp,%riz,1)
   146:  mov    -0x60(%rbp,%riz,1),%rbx
   14e:  rex add $0xb,%ebx
   155:  mov    %rbx,-0x68(%rbp,%riz,1)
   15d:  mov    -0x68(%rbp,%riz,1),%rbx
   165:  rex add $0xc,%ebx
   16c:  mov    %rbx,-0x70(%rbp,%riz,1)
   174:  mov    -0x70(%rbp,%riz,1),%rbx
   17c:  rex add $0xd,%ebx
   183:  mov    %rbx,-0x78(%rbp,%riz,1)
   18b:  mov    -0x78(%rbp,%riz,1),%rbx
   193:  rex add $0xe,%ebx
   19a:  mov    %rbx,-0x80(%rbp,%riz,1)
   1a2:  mov    -0x80(%rbp,%riz,1),%rbx
   1aa:  rex add $0xf,%ebx
   1b1:  mov    %rbx,-0x88(%rbp,%riz,1)
   1b9:  mov    -0x88(%rbp,%riz,1),%rbx
   1c1:  rex add $0x10,%ebx
   1c8:  mov    %rbx,-0x90(%rbp,%riz,1)
   1d0:  mov    -0x18(%rbp,%riz,1),%rbx
   1d8:  mov    -0x20(%rbp,%riz,1),%rsi
   1e0:  rex xor %esi,%ebx
   1e3:  mov    -0x28(%rbp,%riz,1),%rsi
   1eb:  rex xor %esi,%ebx
   1ee:  mov    -0x30(%rbp,%riz,1),%rsi
   1f6:  rex xor %esi,%ebx
   1f9:  mov    -0x38(%rbp,%riz,1),%rsi
   201:  rex xor %esi,%ebx
   204:  mov    -0x40(%rbp,%riz,1),%rsi
   20c:  rex xor %esi,%ebx
   20f:  mov    -0x48(%rbp,%riz,1),%rsi
   217:  rex xor %esi,%ebx
   21a:  mov    -0x50(%rbp,%riz,1),%rsi
   222:  rex xor %esi,%ebx
   225:  mov    -0x58(%rbp,%riz,1),%rsi
   22d:  rex xor %esi,%ebx
   230:  mov    -0x60(%rbp,%riz,1),%rsi
   238:  rex xor %esi,%ebx
   23b:  mov    -0x68(%rbp,%riz,1),%rsi
   243:  rex xor %esi,%ebx
   246:  mov    -0x70(%rbp,%riz,1),%rsi
   24e:  rex xor %esi,%ebx
   251:  mov    -0x78(%rbp,%riz,1),%rsi
   259:  rex xor %esi,%ebx
   25c:  mov    -0x80(%rbp,%riz,1),%rsi
   264:  rex xor %esi,%ebx
   267:  mov    -0x88(%rbp,%riz,1),%rsi
   26f:  rex xor %esi,%ebx
   272:  mov    -0x90(%rbp,%riz,1),%rsi
   27a:  rex xor %esi,%ebx
   27d:  mov    %rbx,%rax
   280:  mov    %rbp,%rsp
   283:  pop    %rbp
   284:  ret
   285:  ud2                                         ; trap StackOverflow
