/* Tail calls from a real compiler: built by clang-22 with -mtail-call
 * -mextended-const for wasm32-wasi (calls in tail position become
 * return_call) and natively; lib/cli/tests/cli/tail_calls.rs compares the
 * two outputs on every back end, under `trident run` and as create-exe
 * executables.
 *
 * even/odd recurse into each other through `musttail` with ten arguments
 * (more than any ISA's argument registers once the two vmctx arguments
 * are counted), so without tail calls the chain would need one frame per
 * call. (Tail calls between different signatures are covered by
 * tests/tests/integration/tail_calls.rs: clang-22 turns a plain call in
 * tail position into return_call only where no merged return follows it,
 * and musttail needs equal signatures.)
 *
 * Usage: tail-calls [N]  (N calls each; default 100000000) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef uint64_t u64;

static u64 odd(u64 n, u64 a, u64 b, u64 c, u64 d, u64 e, u64 f, u64 g, u64 h, u64 i);

__attribute__((noinline)) static u64 even(u64 n, u64 a, u64 b, u64 c, u64 d, u64 e, u64 f,
                                          u64 g, u64 h, u64 i) {
    if (n == 0)
        return a ^ b ^ c ^ d ^ e ^ f ^ g ^ h ^ i;
    __attribute__((musttail)) return odd(n - 1, b, c + a, d, e ^ n, f, g, h * 3 + 1, i, a);
}

__attribute__((noinline)) static u64 odd(u64 n, u64 a, u64 b, u64 c, u64 d, u64 e, u64 f,
                                         u64 g, u64 h, u64 i) {
    if (n == 0)
        return a + b + c + d + e + f + g + h + i;
    __attribute__((musttail)) return even(n - 1, i, a, b + 7, c, d, e ^ (n << 3), f, g, h);
}

int main(int argc, char **argv) {
    u64 n = argc > 1 ? strtoull(argv[1], NULL, 10) : 100000000ull;
    u64 r1 = even(n, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    printf("even/odd(%llu) = %llu\n", (unsigned long long)n, (unsigned long long)r1);
    return 0;
}
