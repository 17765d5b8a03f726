/* Loops clang's auto-vectorizer turns into Wasm SIMD at -O3 -msimd128
 * (integer lanes of every width, signed and unsigned compares, 64-bit
 * multiplies, float and double arithmetic, conversions, shifts).
 * Built freestanding for wasm32 (export `run`) and natively with
 * -DNATIVE_MAIN; both must compute the same hash. */
#include <stdint.h>

#define N 1027
static int8_t a8[N], b8[N];
static int16_t a16[N], b16[N];
static int32_t a32[N], b32[N];
static int64_t a64[N], b64[N];
static float af[N], bf[N];
static double ad[N], bd[N];
static uint8_t u8[N];
static uint16_t u16[N];
static uint32_t u32[N];

static uint64_t mix(uint64_t h, const void *p, unsigned long n) {
    const unsigned char *c = p;
    for (unsigned long i = 0; i < n; i++)
        h = (h ^ c[i]) * 1099511628211ULL;
    return h;
}

uint64_t run(void) {
    uint32_t s = 12345;
    for (int i = 0; i < N; i++) {
        s = s * 1103515245 + 12345;
        a8[i] = s >> 24; b8[i] = s >> 16; a16[i] = s >> 8; b16[i] = s;
        a32[i] = s * 7; b32[i] = (s >> 3) - 100000;
        a64[i] = (int64_t)s * s - 77; b64[i] = ((int64_t)s << 20) ^ i;
        af[i] = (float)(int32_t)s / 1000.0f; bf[i] = (float)(i - 500) * 0.37f;
        ad[i] = (double)(int32_t)s / 3.0; bd[i] = i * 1.5 - 700;
        u8[i] = s >> 5; u16[i] = s >> 9; u32[i] = s ^ 0xdeadbeef;
    }
    for (int r = 0; r < 3; r++) {
        for (int i = 0; i < N; i++) a8[i] = (int8_t)(a8[i] + b8[i]) ^ (a8[i] > b8[i] ? 3 : 5);
        for (int i = 0; i < N; i++) a16[i] = (int16_t)(a16[i] * b16[i]) + (a16[i] >> 3);
        for (int i = 0; i < N; i++) a32[i] = a32[i] * b32[i] - (a32[i] < b32[i] ? a32[i] : b32[i]);
        for (int i = 0; i < N; i++) a64[i] = a64[i] * b64[i] + (a64[i] > b64[i] ? 1 : -1) + (a64[i] >> 7);
        for (int i = 0; i < N; i++) {
            float x = af[i] * 1.01f + bf[i];
            af[i] = (x < 1e6f ? x : 1e6f) - (bf[i] < 0 ? -bf[i] : bf[i]);
        }
        for (int i = 0; i < N; i++) {
            double x = ad[i] / 1.7 - bd[i];
            ad[i] = (x > -1e9 ? x : -1e9) + bd[i] * 0.3;
        }
        for (int i = 0; i < N; i++) u8[i] = (u8[i] >> 1) + (u8[i] > 100 ? u8[i] - 100 : 0);
        for (int i = 0; i < N; i++) u16[i] = (uint16_t)(u16[i] * 3u) >> 2 | (u16[i] < 1000);
        for (int i = 0; i < N; i++) u32[i] = (u32[i] >> (i & 7)) + (u32[i] > 0x80000000u ? 1u : 2u);
        for (int i = 0; i < N; i++) b32[i] = (int32_t)(af[i] / 64.0f) + (int32_t)a16[i] + a8[i];
        for (int i = 0; i < N; i++) bd[i] = (double)a32[i] + (double)u32[i] + af[i];
        for (int i = 0; i < N; i++) b16[i] = (int16_t)((a8[i] * b8[i]) >> 2);
    }
    uint64_t h = 1469598103934665603ULL;
    h = mix(h, a8, sizeof a8); h = mix(h, a16, sizeof a16); h = mix(h, a32, sizeof a32);
    h = mix(h, a64, sizeof a64); h = mix(h, af, sizeof af); h = mix(h, ad, sizeof ad);
    h = mix(h, u8, sizeof u8); h = mix(h, u16, sizeof u16); h = mix(h, u32, sizeof u32);
    h = mix(h, b32, sizeof b32); h = mix(h, bd, sizeof bd); h = mix(h, b16, sizeof b16);
    return h;
}

#ifdef NATIVE_MAIN
#include <stdio.h>
int main(void) {
    printf("%llu\n", (unsigned long long)run());
    return 0;
}
#endif
