/* Naive recursive Fibonacci: calls and returns. */
#include "common.h"
static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int main(void) {
    volatile int n = 40;
    report("fib", (uint64_t)fib(n));
    return 0;
}
