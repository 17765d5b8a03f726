/* A vectorized kernel on relaxed SIMD, for the relaxed-simd program test
 * (`make relaxed-simd`): one layer of a small quantized network, run for
 * ROUNDS rounds, printing checksums.
 *
 * Built for wasm32-wasi with `-msimd128 -mrelaxed-simd`, the kernel uses
 * the relaxed operators (madd, nmadd, min, max, laneselect, trunc,
 * swizzle, q15mulr, dot); built natively, the same computation is written
 * with scalar C that has the deterministic semantics Trident chooses for
 * each of them (README, "Relaxed SIMD"): multiply then add rounding twice,
 * `min`/`max` of wasm (no NaNs or zeros occur here, so any IEEE min
 * agrees), bitwise select, saturating truncation (the values stay in
 * range), `swizzle` (an index past 15 gives 0), rounding saturating Q15
 * multiplication, and the dot product of signed bytes with pair sums
 * wrapped to 16 bits. Both builds print the same lines exactly when
 * Trident's choices are the documented ones. The native build needs
 * `-ffp-contract=off` so that the compiler does not fuse the scalar
 * multiply-adds either. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __wasm_relaxed_simd__
#include <wasm_simd128.h>
#endif

#define N 256
#define ROUNDS 2000

static float w[N], x[N], bias[N], out[N];
static int32_t q[N];
static uint8_t bytes[N], idx[N], picked[N];
static int16_t a16[N], b16[N], prod16[N], dot16[N];
static int8_t s8[N], t8[N];

static uint32_t state = 12345;
static uint32_t next(void) {
  state ^= state << 13;
  state ^= state >> 17;
  state ^= state << 5;
  return state;
}

static void init(void) {
  for (int i = 0; i < N; i++) {
    /* Positive, non-zero, finite: min and max never meet NaNs or zeros. */
    w[i] = 0.5f + (float)(next() % 1000) / 1000.0f;
    x[i] = 0.25f + (float)(next() % 1000) / 4000.0f;
    bias[i] = 0.125f + (float)(next() % 1000) / 8000.0f;
    bytes[i] = (uint8_t)next();
    idx[i] = (uint8_t)(next() % 24); /* some past 15 */
    a16[i] = (int16_t)next();
    b16[i] = (int16_t)next();
    s8[i] = (int8_t)next();
    t8[i] = (int8_t)(next() & 0x7f);
  }
}

#ifdef __wasm_relaxed_simd__
static void layer(float scale) {
  v128_t lo = wasm_f32x4_splat(0.5f), hi = wasm_f32x4_splat(64.0f);
  v128_t s = wasm_f32x4_splat(scale);
  for (int i = 0; i < N; i += 4) {
    v128_t vw = wasm_v128_load(&w[i]), vx = wasm_v128_load(&x[i]);
    v128_t vb = wasm_v128_load(&bias[i]);
    v128_t acc = wasm_f32x4_relaxed_madd(vw, vx, vb);     /* w*x + b */
    acc = wasm_f32x4_relaxed_nmadd(vb, s, acc);           /* -(b*s) + acc */
    acc = wasm_f32x4_relaxed_max(acc, lo);
    acc = wasm_f32x4_relaxed_min(acc, hi);
    v128_t doubled = wasm_f32x4_mul(acc, wasm_f32x4_splat(2.0f));
    v128_t mask = wasm_f32x4_gt(acc, wasm_f32x4_splat(1.0f));
    acc = wasm_i32x4_relaxed_laneselect(doubled, acc, mask);
    wasm_v128_store(&out[i], acc);
    wasm_v128_store(&q[i], wasm_i32x4_relaxed_trunc_f32x4(
                               wasm_f32x4_mul(acc, wasm_f32x4_splat(1000.0f))));
  }
  for (int i = 0; i < N; i += 16) {
    v128_t v = wasm_v128_load(&bytes[i]), k = wasm_v128_load(&idx[i]);
    wasm_v128_store(&picked[i], wasm_i8x16_relaxed_swizzle(v, k));
    v128_t d = wasm_i16x8_relaxed_dot_i8x16_i7x16(wasm_v128_load(&s8[i]),
                                                    wasm_v128_load(&t8[i]));
    wasm_v128_store(&dot16[i / 2], d);
  }
  for (int i = 0; i < N; i += 8) {
    wasm_v128_store(&prod16[i], wasm_i16x8_relaxed_q15mulr(
                                    wasm_v128_load(&a16[i]), wasm_v128_load(&b16[i])));
  }
}
#else
static void layer(float scale) {
  for (int i = 0; i < N; i++) {
    float p = w[i] * x[i];
    float acc = p + bias[i];
    float bs = bias[i] * scale;
    acc = acc - bs;
    acc = acc < 0.5f ? 0.5f : acc;
    acc = acc > 64.0f ? 64.0f : acc;
    float doubled = acc * 2.0f;
    acc = acc > 1.0f ? doubled : acc;
    out[i] = acc;
    q[i] = (int32_t)(acc * 1000.0f);
  }
  for (int i = 0; i < N; i += 16) {
    for (int j = 0; j < 16; j++) {
      uint8_t k = idx[i + j];
      picked[i + j] = k < 16 ? bytes[i + k] : 0;
    }
    for (int j = 0; j < 8; j++) {
      int32_t sum = s8[i + 2 * j] * t8[i + 2 * j] + s8[i + 2 * j + 1] * t8[i + 2 * j + 1];
      dot16[i / 2 + j] = (int16_t)(uint16_t)(uint32_t)sum;
    }
  }
  for (int i = 0; i < N; i++) {
    int32_t r = ((int32_t)a16[i] * b16[i] + 0x4000) >> 15;
    prod16[i] = (int16_t)(r > 32767 ? 32767 : r);
  }
}
#endif

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : ROUNDS;
  init();
  uint64_t sum = 0;
  double total = 0;
  for (int r = 0; r < rounds; r++) {
    layer(0.001f * (float)(r % 7));
    for (int i = 0; i < N; i++) {
      sum = sum * 31 + (uint32_t)q[i] + picked[i] + (uint16_t)prod16[i];
      total += out[i];
    }
    for (int i = 0; i < N / 2; i++) sum = sum * 7 + (uint16_t)dot16[i];
    /* Feed the output back so every round differs. */
    memcpy(x, out, sizeof x);
    for (int i = 0; i < N; i++) x[i] = x[i] / 64.0f + 0.25f;
    bytes[r % N] ^= (uint8_t)sum;
  }
  printf("relaxed(%d): checksum %016llx total %.6f\n", rounds, (unsigned long long)sum, total);
  return 0;
}
