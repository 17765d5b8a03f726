/* A C program compiled with -g (DWARF) that traps two calls deep, one of
 * them inlined by clang: lib/cli/tests/cli/backtrace.rs checks that the
 * wasm backtrace names this file and these lines on every back end.
 * Built by `make trap-lines`. */
#include <stdio.h>

__attribute__((noinline)) static int divide(int a, int b) {
    return a / b; /* line 8: the trap */
}

static inline int helper(int x) {
    return divide(100, x) + 1; /* line 12: inlined into main */
}

int main(int argc, char **argv) {
    (void)argv;
    printf("start\n");
    return helper(argc - 1); /* line 18: argc is 1, so x is 0 */
}
