/* Call overhead through the standard C API (`make c-api-bench`): one
 * source, linked against libtrident.so (back end from TRIDENT_BACKEND)
 * or any other library implementing wasm.h (Wasmtime's, from pip).
 * Calls an exported `id: i32 -> i32` CALLS times with wasm_func_call,
 * ROUNDS times, and prints the best round's nanoseconds per call.
 * Usage: call [CALLS] [ROUNDS] */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "wasm.h"

/* (module (func (export "id") (param i32) (result i32) local.get 0)) */
static const char module_bytes[] =
    "\0asm\1\0\0\0"
    "\1\6\1\x60\1\x7f\1\x7f"
    "\3\2\1\0"
    "\7\6\1\2id\0\0"
    "\n\6\1\4\0\x20\0\v";

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

int main(int argc, char** argv) {
  long calls = argc > 1 ? atol(argv[1]) : 1000000;
  int rounds = argc > 2 ? atoi(argv[2]) : 5;
  wasm_engine_t* engine = wasm_engine_new();
  wasm_store_t* store = wasm_store_new(engine);
  wasm_byte_vec_t binary;
  wasm_byte_vec_new(&binary, sizeof module_bytes - 1, module_bytes);
  wasm_module_t* module = wasm_module_new(store, &binary);
  wasm_byte_vec_delete(&binary);
  if (!module) {
    fprintf(stderr, "cannot compile the module\n");
    return 1;
  }
  wasm_extern_vec_t imports = WASM_EMPTY_VEC;
  wasm_instance_t* instance = wasm_instance_new(store, module, &imports, NULL);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  const wasm_func_t* id = wasm_extern_as_func(exports.data[0]);
  double best = 1e300;
  long sum = 0;
  for (int r = 0; r < rounds; r++) {
    double start = now_ns();
    for (long i = 0; i < calls; i++) {
      wasm_val_t arg[1] = {WASM_I32_VAL((int32_t)i)};
      wasm_val_t res[1] = {WASM_INIT_VAL};
      wasm_val_vec_t args = WASM_ARRAY_VEC(arg);
      wasm_val_vec_t results = WASM_ARRAY_VEC(res);
      wasm_trap_t* trap = wasm_func_call(id, &args, &results);
      if (trap) {
        fprintf(stderr, "the call trapped\n");
        return 1;
      }
      sum += res[0].of.i32;
    }
    double per = (now_ns() - start) / calls;
    if (per < best) best = per;
  }
  printf("%.1f ns per call (best of %d rounds of %ld; checksum %ld)\n", best, rounds, calls, sum);
  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  return 0;
}
