/* Dense float matrix multiply (i-k-j order), 256x256, repeated. */
#include "common.h"
#define N 256
static float a[N * N], b[N * N], c[N * N];

int main(void) {
    for (int i = 0; i < N * N; i++) {
        a[i] = (float)(rng() % 100) / 10.0f;
        b[i] = (float)(rng() % 100) / 10.0f;
    }
    uint64_t sum = 0;
    for (int rep = 0; rep < 60; rep++) {
        for (int i = 0; i < N * N; i++) c[i] = 0.0f;
        for (int i = 0; i < N; i++)
            for (int k = 0; k < N; k++) {
                float x = a[i * N + k];
                for (int j = 0; j < N; j++) c[i * N + j] += x * b[k * N + j];
            }
        for (int i = 0; i < N * N; i += 97) sum += (uint64_t)c[i];
        a[rep] += 1.0f;
    }
    report("matmul", sum);
    return 0;
}
