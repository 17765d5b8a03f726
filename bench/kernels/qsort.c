/* A hand-written quicksort (median of three, insertion sort below 16) of
 * 1.5 million integers, repeated. */
#include "common.h"
#define N 1500000
static int32_t v[N];

static void insertion(int32_t *x, int n) {
    for (int i = 1; i < n; i++) {
        int32_t t = x[i];
        int j = i - 1;
        while (j >= 0 && x[j] > t) { x[j + 1] = x[j]; j--; }
        x[j + 1] = t;
    }
}

static void quick(int32_t *x, int n) {
    while (n > 16) {
        int32_t p0 = x[0], p1 = x[n / 2], p2 = x[n - 1];
        int32_t p = p0 < p1 ? (p1 < p2 ? p1 : (p0 < p2 ? p2 : p0)) : (p0 < p2 ? p0 : (p1 < p2 ? p2 : p1));
        int i = 0, j = n - 1;
        while (i <= j) {
            while (x[i] < p) i++;
            while (x[j] > p) j--;
            if (i <= j) { int32_t t = x[i]; x[i] = x[j]; x[j] = t; i++; j--; }
        }
        if (j + 1 < n - i) { quick(x, j + 1); x += i; n -= i; }
        else { quick(x + i, n - i); n = j + 1; }
    }
    insertion(x, n);
}

int main(void) {
    uint64_t sum = 0;
    for (int rep = 0; rep < 3; rep++) {
        for (int i = 0; i < N; i++) v[i] = (int32_t)(rng() & 0x7fffffff);
        quick(v, N);
        for (int i = 0; i < N; i += 1013) sum += (uint64_t)v[i];
        for (int i = 1; i < N; i++) if (v[i - 1] > v[i]) { report("qsort-unsorted", (uint64_t)i); return 1; }
    }
    report("qsort", sum);
    return 0;
}
