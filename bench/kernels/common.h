/* Shared by the kernels: a checksum printer and a deterministic generator,
 * so the wasm and native builds print the same line. */
#include <stdint.h>
#include <stdio.h>

static uint32_t rng_state = 12345u;

static inline uint32_t rng(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

static void report(const char *name, uint64_t checksum) {
    printf("%s %llu\n", name, (unsigned long long)checksum);
}
