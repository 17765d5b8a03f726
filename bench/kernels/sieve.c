/* Sieve of Eratosthenes over 8 million bytes, repeated. */
#include "common.h"
#define LIMIT 8000000
static unsigned char composite[LIMIT + 1];

int main(void) {
    uint64_t total = 0;
    for (int rep = 0; rep < 10; rep++) {
        for (int i = 0; i <= LIMIT; i++) composite[i] = 0;
        int count = 0;
        for (int i = 2; i <= LIMIT; i++) {
            if (composite[i]) continue;
            count++;
            for (long long j = (long long)i * i; j <= LIMIT; j += i) composite[j] = 1;
        }
        total += (uint64_t)count;
    }
    report("sieve", total);
    return 0;
}
