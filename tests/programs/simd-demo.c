/* SIMD kernels with a checksum per kernel: built for wasm32-wasi with
 * clang -msimd128 (wasm_simd128.h) and natively with SSE4.1
 * (<smmintrin.h>), from this one source. The kernels are written against
 * the small macro layer below, one line per operation, so each Wasm SIMD
 * operation has its SSE counterpart beside it; where the two differ (NaN
 * handling, out-of-range conversions, q15mulr of -32768 * -32768, swizzle
 * indices of 16 or more), either the inputs stay in the range where they
 * agree or the SSE side reproduces the Wasm result exactly. Output is
 * integers and float bit patterns only, so the two builds must print the
 * same bytes.
 *
 * ROUNDS (default 1; `make simd-demo-bench` builds it with more) repeats
 * the kernels as a workload for timing: each round reports only when it
 * is the first, and the total covers every round. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#ifndef ROUNDS
#define ROUNDS 1
#endif
static int quiet; /* set after the first round */
#define REPORT(...) (quiet ? 0 : printf(__VA_ARGS__))

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
typedef v128_t vec;
#define LOAD(p) wasm_v128_load(p)
#define STORE(p, v) wasm_v128_store(p, v)
#define LOAD8X8_U(p) wasm_u16x8_load8x8(p)
#define LOAD32_SPLAT(p) wasm_v128_load32_splat(p)
#define LOAD64_ZERO(p) wasm_v128_load64_zero(p)
#define LOAD16_LANE3(p, v) wasm_v128_load16_lane(p, v, 3)
#define STORE32_LANE1(p, v) wasm_v128_store32_lane(p, v, 1)
#define SPLAT8(x) wasm_i8x16_splat(x)
#define SPLAT16(x) wasm_i16x8_splat(x)
#define SPLAT32(x) wasm_i32x4_splat(x)
#define SPLATF(x) wasm_f32x4_splat(x)
#define ADDSAT_U8(a, b) wasm_u8x16_add_sat(a, b)
#define SUBSAT_U8(a, b) wasm_u8x16_sub_sat(a, b)
#define AVGR_U8(a, b) wasm_u8x16_avgr(a, b)
#define MIN_U8(a, b) wasm_u8x16_min(a, b)
#define MAX_U8(a, b) wasm_u8x16_max(a, b)
#define EQ8(a, b) wasm_i8x16_eq(a, b)
#define POPCNT8(a) wasm_i8x16_popcnt(a)
#define BITMASK8(a) wasm_i8x16_bitmask(a)
#define ALL_TRUE8(a) wasm_i8x16_all_true(a)
#define ANY_TRUE(a) wasm_v128_any_true(a)
#define EXT_LO_U8(a) wasm_u16x8_extend_low_u8x16(a)
#define EXT_HI_U8(a) wasm_u16x8_extend_high_u8x16(a)
#define EXTADD_U8(a) wasm_u16x8_extadd_pairwise_u8x16(a)
#define NARROW_U16(a, b) wasm_u8x16_narrow_i16x8(a, b)
#define ADD16(a, b) wasm_i16x8_add(a, b)
#define SUB16(a, b) wasm_i16x8_sub(a, b)
#define MUL16(a, b) wasm_i16x8_mul(a, b)
#define SHR_U16(a, n) wasm_u16x8_shr(a, n)
#define ABS16(a) wasm_i16x8_abs(a)
#define GT_S16(a, b) wasm_i16x8_gt(a, b)
#define Q15MULR(a, b) wasm_i16x8_q15mulr_sat(a, b)
#define DOT16(a, b) wasm_i32x4_dot_i16x8(a, b)
#define EXT_LO_S16(a) wasm_i32x4_extend_low_i16x8(a)
#define NARROW_S32(a, b) wasm_i16x8_narrow_i32x4(a, b)
#define ADD32(a, b) wasm_i32x4_add(a, b)
#define MUL32(a, b) wasm_i32x4_mul(a, b)
#define MIN_S32(a, b) wasm_i32x4_min(a, b)
#define SHL32(a, n) wasm_i32x4_shl(a, n)
#define SHR_U32(a, n) wasm_u32x4_shr(a, n)
#define EXTRACT32(a, i) wasm_i32x4_extract_lane(a, i)
#define SWAP_PAIRS32(a) wasm_i32x4_shuffle(a, a, 1, 0, 3, 2)
#define INTERLEAVE_LO8(a, b) \
  wasm_i8x16_shuffle(a, b, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23)
#define SWIZZLE(a, idx) wasm_i8x16_swizzle(a, idx) /* idx lanes < 16 */
#define EXTMUL_LO_U32(a, b) wasm_u64x2_extmul_low_u32x4(a, b)
#define ADD64(a, b) wasm_i64x2_add(a, b)
#define EXTRACT64(a, i) wasm_i64x2_extract_lane(a, i)
#define XOR(a, b) wasm_v128_xor(a, b)
#define AND(a, b) wasm_v128_and(a, b)
#define ANDNOT(a, b) wasm_v128_andnot(a, b) /* a & ~b */
#define BITSELECT(a, b, m) wasm_v128_bitselect(a, b, m)
#define FADD(a, b) wasm_f32x4_add(a, b)
#define FSUB(a, b) wasm_f32x4_sub(a, b)
#define FMUL(a, b) wasm_f32x4_mul(a, b)
#define FDIV(a, b) wasm_f32x4_div(a, b)
#define FSQRT(a) wasm_f32x4_sqrt(a)
#define FFLOOR(a) wasm_f32x4_floor(a)
#define FPMIN(a, b) wasm_f32x4_pmin(a, b)
#define FPMAX(a, b) wasm_f32x4_pmax(a, b)
#define FLT(a, b) wasm_f32x4_lt(a, b)
#define CVT_I32_F32(a) wasm_f32x4_convert_i32x4(a)
#define TRUNC_F32_I32(a) wasm_i32x4_trunc_sat_f32x4(a) /* lanes in range */
#define PROMOTE_LO(a) wasm_f64x2_promote_low_f32x4(a)
#define DADD(a, b) wasm_f64x2_add(a, b)
#define DMUL(a, b) wasm_f64x2_mul(a, b)
#define DSPLAT(x) wasm_f64x2_splat(x)
#define TRUNC_F64_I32(a) wasm_i32x4_trunc_sat_f64x2_zero(a) /* lanes in range */
#define BUILD "wasm32 simd128"
#else
#include <smmintrin.h>
typedef __m128i vec;
#define F(a) _mm_castsi128_ps(a)
#define I(a) _mm_castps_si128(a)
#define D(a) _mm_castsi128_pd(a)
#define ID(a) _mm_castpd_si128(a)
#define LOAD(p) _mm_loadu_si128((const __m128i *)(p))
#define STORE(p, v) _mm_storeu_si128((__m128i *)(p), v)
#define LOAD8X8_U(p) _mm_cvtepu8_epi16(_mm_loadl_epi64((const __m128i *)(p)))
static vec load32_splat(const void *p) { int32_t x; memcpy(&x, p, 4); return _mm_set1_epi32(x); }
#define LOAD32_SPLAT(p) load32_splat(p)
#define LOAD64_ZERO(p) _mm_loadl_epi64((const __m128i *)(p))
static vec load16_lane3(const void *p, vec v) { int16_t x; memcpy(&x, p, 2); return _mm_insert_epi16(v, x, 3); }
#define LOAD16_LANE3(p, v) load16_lane3(p, v)
static void store32_lane1(void *p, vec v) { int32_t x = _mm_extract_epi32(v, 1); memcpy(p, &x, 4); }
#define STORE32_LANE1(p, v) store32_lane1(p, v)
#define SPLAT8(x) _mm_set1_epi8((char)(x))
#define SPLAT16(x) _mm_set1_epi16((short)(x))
#define SPLAT32(x) _mm_set1_epi32(x)
#define SPLATF(x) I(_mm_set1_ps(x))
#define ADDSAT_U8(a, b) _mm_adds_epu8(a, b)
#define SUBSAT_U8(a, b) _mm_subs_epu8(a, b)
#define AVGR_U8(a, b) _mm_avg_epu8(a, b)
#define MIN_U8(a, b) _mm_min_epu8(a, b)
#define MAX_U8(a, b) _mm_max_epu8(a, b)
#define EQ8(a, b) _mm_cmpeq_epi8(a, b)
static vec popcnt8(vec a) {
  const vec lut = _mm_setr_epi8(0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
  const vec low = _mm_set1_epi8(0x0f);
  vec lo = _mm_shuffle_epi8(lut, _mm_and_si128(a, low));
  vec hi = _mm_shuffle_epi8(lut, _mm_and_si128(_mm_srli_epi16(a, 4), low));
  return _mm_add_epi8(lo, hi);
}
#define POPCNT8(a) popcnt8(a)
#define BITMASK8(a) _mm_movemask_epi8(a)
#define ALL_TRUE8(a) (_mm_movemask_epi8(_mm_cmpeq_epi8(a, _mm_setzero_si128())) == 0)
#define ANY_TRUE(a) (!_mm_testz_si128(a, a))
#define EXT_LO_U8(a) _mm_cvtepu8_epi16(a)
#define EXT_HI_U8(a) _mm_cvtepu8_epi16(_mm_srli_si128(a, 8))
#define EXTADD_U8(a) _mm_maddubs_epi16(a, _mm_set1_epi8(1))
#define NARROW_U16(a, b) _mm_packus_epi16(a, b)
#define ADD16(a, b) _mm_add_epi16(a, b)
#define SUB16(a, b) _mm_sub_epi16(a, b)
#define MUL16(a, b) _mm_mullo_epi16(a, b)
#define SHR_U16(a, n) _mm_srli_epi16(a, n)
#define ABS16(a) _mm_abs_epi16(a)
#define GT_S16(a, b) _mm_cmpgt_epi16(a, b)
/* pmulhrsw gives -32768 for -32768 * -32768; Wasm saturates to 32767. */
static vec q15mulr(vec a, vec b) {
  const vec min = _mm_set1_epi16(-32768);
  vec both = _mm_and_si128(_mm_cmpeq_epi16(a, min), _mm_cmpeq_epi16(b, min));
  return _mm_xor_si128(_mm_mulhrs_epi16(a, b), both);
}
#define Q15MULR(a, b) q15mulr(a, b)
#define DOT16(a, b) _mm_madd_epi16(a, b)
#define EXT_LO_S16(a) _mm_cvtepi16_epi32(a)
#define NARROW_S32(a, b) _mm_packs_epi32(a, b)
#define ADD32(a, b) _mm_add_epi32(a, b)
#define MUL32(a, b) _mm_mullo_epi32(a, b)
#define MIN_S32(a, b) _mm_min_epi32(a, b)
#define SHL32(a, n) _mm_slli_epi32(a, n)
#define SHR_U32(a, n) _mm_srli_epi32(a, n)
#define EXTRACT32(a, i) _mm_extract_epi32(a, i)
#define SWAP_PAIRS32(a) _mm_shuffle_epi32(a, _MM_SHUFFLE(2, 3, 0, 1))
#define INTERLEAVE_LO8(a, b) _mm_unpacklo_epi8(a, b)
#define SWIZZLE(a, idx) _mm_shuffle_epi8(a, idx)
#define EXTMUL_LO_U32(a, b) \
  _mm_mul_epu32(_mm_shuffle_epi32(a, _MM_SHUFFLE(3, 1, 2, 0)), _mm_shuffle_epi32(b, _MM_SHUFFLE(3, 1, 2, 0)))
#define ADD64(a, b) _mm_add_epi64(a, b)
#define EXTRACT64(a, i) _mm_extract_epi64(a, i)
#define XOR(a, b) _mm_xor_si128(a, b)
#define AND(a, b) _mm_and_si128(a, b)
#define ANDNOT(a, b) _mm_andnot_si128(b, a)
#define BITSELECT(a, b, m) _mm_or_si128(_mm_and_si128(a, m), _mm_andnot_si128(m, b))
#define FADD(a, b) I(_mm_add_ps(F(a), F(b)))
#define FSUB(a, b) I(_mm_sub_ps(F(a), F(b)))
#define FMUL(a, b) I(_mm_mul_ps(F(a), F(b)))
#define FDIV(a, b) I(_mm_div_ps(F(a), F(b)))
#define FSQRT(a) I(_mm_sqrt_ps(F(a)))
#define FFLOOR(a) I(_mm_floor_ps(F(a)))
/* minps(x, y) is x < y ? x : y; pmin(a, b) is b < a ? b : a. */
#define FPMIN(a, b) I(_mm_min_ps(F(b), F(a)))
#define FPMAX(a, b) I(_mm_max_ps(F(b), F(a)))
#define FLT(a, b) I(_mm_cmplt_ps(F(a), F(b)))
#define CVT_I32_F32(a) I(_mm_cvtepi32_ps(a))
#define TRUNC_F32_I32(a) _mm_cvttps_epi32(F(a))
#define PROMOTE_LO(a) ID(_mm_cvtps_pd(F(a)))
#define DADD(a, b) ID(_mm_add_pd(D(a), D(b)))
#define DMUL(a, b) ID(_mm_mul_pd(D(a), D(b)))
#define DSPLAT(x) ID(_mm_set1_pd(x))
#define TRUNC_F64_I32(a) _mm_cvttpd_epi32(D(a))
#define BUILD "native sse4.1"
#endif

/* A deterministic input stream (xorshift32). */
static uint32_t seed = 0x12345678u;
static uint32_t next(void) {
  seed ^= seed << 13;
  seed ^= seed >> 17;
  seed ^= seed << 5;
  return seed;
}

/* FNV-1a over bytes: the checksum every kernel prints. */
static uint32_t fnv(const void *p, size_t n, uint32_t h) {
  const uint8_t *b = p;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 16777619u;
  return h;
}

static uint32_t fold(vec v, uint32_t h) {
  uint8_t b[16];
  STORE(b, v);
  return fnv(b, 16, h);
}

#define W 64
#define H 48
static uint8_t image[H][W], out[H][W];

/* Brightness, contrast and a 3-tap blur on 8-bit pixels. */
static uint32_t image_kernel(void) {
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++) image[y][x] = (uint8_t)next();
  const vec gain = SPLAT16(3), bias = SPLAT8(20), ceiling = SPLAT8((char)230);
  for (int y = 1; y < H - 1; y++) {
    for (int x = 0; x < W; x += 16) {
      vec up = LOAD(&image[y - 1][x]), mid = LOAD(&image[y][x]), down = LOAD(&image[y + 1][x]);
      vec blur = AVGR_U8(AVGR_U8(up, down), mid);
      vec lo = SHR_U16(MUL16(EXT_LO_U8(blur), gain), 1);
      vec hi = SHR_U16(MUL16(EXT_HI_U8(blur), gain), 1);
      vec v = NARROW_U16(lo, hi);
      v = SUBSAT_U8(ADDSAT_U8(v, bias), SPLAT8(10));
      v = MIN_U8(MAX_U8(v, SPLAT8(16)), ceiling);
      STORE(&out[y][x], v);
    }
  }
  uint32_t h = fnv(out, sizeof out, 2166136261u);
  /* Histogram-ish facts: how many lanes equal, sign bits, popcounts. */
  uint32_t bits = 0, ones = 0;
  vec pop = SPLAT8(0);
  for (int y = 1; y < H - 1; y++) {
    vec a = LOAD(&out[y][0]), b = LOAD(&out[y - 1][0]);
    bits += (uint32_t)BITMASK8(EQ8(a, b)) + (uint32_t)BITMASK8(a);
    ones += (uint32_t)ALL_TRUE8(a) + (uint32_t)ANY_TRUE(EQ8(a, b));
    pop = ADD16(pop, EXTADD_U8(POPCNT8(a)));
  }
  h = fold(pop, h);
  REPORT("image: checksum %08x masks %u all/any %u\n", h, bits, ones);
  return h;
}

/* Fixed-point dot products and Q15 multiplies on 16-bit samples. */
static int16_t samples[512], taps[512];
static uint32_t fixed_point_kernel(void) {
  for (int i = 0; i < 512; i++) {
    samples[i] = (int16_t)next();
    taps[i] = (int16_t)next();
  }
  samples[3] = taps[3] = -32768; /* the q15mulr saturation case */
  vec acc = SPLAT32(0), q = SPLAT16(0), m = SPLAT16(0);
  for (int i = 0; i < 512; i += 8) {
    vec s = LOAD(&samples[i]), t = LOAD(&taps[i]);
    acc = ADD32(acc, DOT16(SHR_U16(s, 2), SHR_U16(t, 3)));
    q = XOR(q, Q15MULR(s, t));
    vec d = SUB16(s, t);
    m = BITSELECT(ABS16(d), m, GT_S16(d, m));
  }
  vec wide = EXT_LO_S16(q);
  vec narrow = NARROW_S32(MUL32(wide, SPLAT32(40000)), MIN_S32(acc, SPLAT32(70000)));
  uint32_t h = fold(narrow, fold(m, fold(acc, 2166136261u)));
  REPORT("fixed point: dot %d %d %d %d checksum %08x\n", EXTRACT32(acc, 0), EXTRACT32(acc, 1),
         EXTRACT32(acc, 2), EXTRACT32(acc, 3), h);
  return h;
}

/* A vectorized hash: multiply, rotate, shuffle and swizzle, plus
 * lane-wise loads and stores. */
static uint8_t message[1024];
static uint32_t hash_kernel(void) {
  for (int i = 0; i < 1024; i++) message[i] = (uint8_t)next();
  vec state = SPLAT32((int32_t)0x9e3779b9u);
  const vec prime = SPLAT32((int32_t)0x85ebca6bu);
  static const uint8_t reversed[16] = {15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
  const vec rev = LOAD(reversed);
  uint64_t wide = 0;
  for (int i = 0; i < 1024; i += 16) {
    vec block = LOAD(&message[i]);
    vec idx = AND(block, SPLAT8(15));
    block = XOR(block, SWIZZLE(block, idx));
    state = MUL32(XOR(state, block), prime);
    state = XOR(SHL32(state, 13), SHR_U32(state, 19));
    state = SWAP_PAIRS32(SWIZZLE(state, rev));
    state = XOR(state, INTERLEAVE_LO8(LOAD8X8_U(&message[i]), LOAD64_ZERO(&message[(i + 8) % 1024])));
    state = ANDNOT(state, LOAD32_SPLAT(&message[(i + 4) % 1024]));
    state = XOR(state, LOAD16_LANE3(&message[(i + 2) % 1024], block));
    vec prod = EXTMUL_LO_U32(state, prime);
    wide += (uint64_t)EXTRACT64(ADD64(prod, prod), 1);
    STORE32_LANE1(&message[(i + 12) % 1024], state);
  }
  uint32_t h = fold(state, fnv(message, sizeof message, 2166136261u));
  REPORT("hash: state %08x %08x %08x %08x wide %016llx checksum %08x\n", (uint32_t)EXTRACT32(state, 0),
         (uint32_t)EXTRACT32(state, 1), (uint32_t)EXTRACT32(state, 2), (uint32_t)EXTRACT32(state, 3),
         (unsigned long long)wide, h);
  return h;
}

/* Float lanes: a damped oscillator, square roots, pseudo-min/max,
 * conversions and double-precision accumulation. */
static float xs[256];
static uint32_t float_kernel(void) {
  for (int i = 0; i < 256; i++) xs[i] = (float)(int32_t)(next() % 20001u - 10000) / 100.0f;
  vec pos = SPLATF(0.0f), vel = SPLATF(1.0f), lo = SPLATF(1e30f), hi = SPLATF(-1e30f);
  vec dsum = SPLATF(0.0f), isum = SPLAT32(0);
  const vec k = SPLATF(0.125f), damp = SPLATF(0.99f);
  for (int i = 0; i < 256; i += 4) {
    vec x = LOAD(&xs[i]);
    vel = FMUL(FSUB(vel, FMUL(k, FSUB(pos, x))), damp);
    pos = FADD(pos, vel);
    lo = FPMIN(lo, pos);
    hi = FPMAX(hi, pos);
    vec mag = FSQRT(FADD(FMUL(pos, pos), SPLATF(1.0f)));
    vec q = FDIV(x, mag);
    vec neg = FLT(q, SPLATF(0.0f));
    q = BITSELECT(FSUB(SPLATF(0.0f), q), q, neg);
    isum = ADD32(isum, TRUNC_F32_I32(FFLOOR(FMUL(q, SPLATF(1000.0f)))));
    vec back = CVT_I32_F32(isum);
    dsum = DADD(dsum, DMUL(PROMOTE_LO(back), PROMOTE_LO(q)));
  }
  vec ints = TRUNC_F64_I32(DMUL(dsum, DSPLAT(0.001)));
  uint32_t h = fold(ints, fold(dsum, fold(hi, fold(lo, fold(pos, 2166136261u)))));
  REPORT("float: pos %08x %08x lo %08x hi %08x sums %d %d checksum %08x\n", (uint32_t)EXTRACT32(pos, 0),
         (uint32_t)EXTRACT32(pos, 3), (uint32_t)EXTRACT32(lo, 2), (uint32_t)EXTRACT32(hi, 1),
         EXTRACT32(isum, 0), EXTRACT32(isum, 3), h);
  return h;
}

int main(void) {
  uint32_t h = 2166136261u;
  for (long round = 0; round < ROUNDS; round++) {
    h = (h ^ image_kernel()) * 16777619u;
    h = (h ^ fixed_point_kernel()) * 16777619u;
    h = (h ^ hash_kernel()) * 16777619u;
    h = (h ^ float_kernel()) * 16777619u;
    quiet = 1;
  }
  printf("total %08x\n", h);
  fprintf(stderr, "built as %s\n", BUILD);
  return 0;
}
