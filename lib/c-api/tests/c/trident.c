/* trident.h: configuration errors come back as trident_error_t with a
 * message; fuel and epoch deadlines stop a spinning function with a
 * trap; the back end and bounds style set here win over the
 * environment. Reads trident.wasm; exits 0 when every check holds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "trident.h"

#include "check.h"

/* An error whose message contains `part`; the error is deleted. */
static int error_says(trident_error_t* e, const char* part) {
  if (!e) return 0;
  wasm_name_t m;
  trident_error_message(e, &m);
  int found = strstr(m.data, part) != NULL;
  wasm_byte_vec_delete(&m);
  trident_error_delete(e);
  return found;
}

static int trap_says(wasm_trap_t* trap, const char* part) {
  if (!trap) return 0;
  wasm_message_t m;
  wasm_trap_message(trap, &m);
  int found = strstr(m.data, part) != NULL;
  wasm_byte_vec_delete(&m);
  wasm_trap_delete(trap);
  return found;
}

static wasm_byte_vec_t binary;

/* Instantiates the module in `store`; its exports in `out`. */
static int exports_of(wasm_store_t* store, wasm_extern_vec_t* out) {
  wasm_module_t* module = wasm_module_new(store, &binary);
  if (!module) return 0;
  wasm_extern_vec_t imports = WASM_EMPTY_VEC;
  wasm_instance_t* instance = wasm_instance_new(store, module, &imports, NULL);
  wasm_module_delete(module);
  if (!instance) return 0;
  wasm_instance_exports(instance, out);
  wasm_instance_delete(instance);
  return out->size == 2;
}

int main(void) {
  FILE* file = fopen("trident.wasm", "rb");
  CHECK(file != NULL);
  fseek(file, 0L, SEEK_END);
  size_t size = ftell(file);
  fseek(file, 0L, SEEK_SET);
  wasm_byte_vec_new_uninitialized(&binary, size);
  CHECK(fread(binary.data, size, 1, file) == 1);
  fclose(file);

  /* Bad settings are errors with a message. */
  wasm_config_t* config = wasm_config_new();
  CHECK(error_says(trident_config_backend(config, "nope"), "no back end"));
  CHECK(error_says(trident_config_backend(NULL, "cranelift"), "no configuration"));
  CHECK(error_says(trident_config_bounds_checks(config, "sideways"), "sideways"));
  CHECK(error_says(trident_config_opt_level(config, "fastest"), "fastest"));
  CHECK(error_says(trident_config_features(config, "3.0,-nope"), "nope"));
  CHECK(trident_config_features(config, "3.0") == NULL);
  CHECK(trident_config_opt_level(config, "speed") == NULL);
  trident_config_relaxed_simd_native(config, false);

  /* Fuel: the spinning function runs out. */
  const char* backend = getenv("TRIDENT_BACKEND");
  CHECK(trident_config_backend(config, backend ? backend : "singlepass") == NULL);
  CHECK(trident_config_bounds_checks(config, "dynamic") == NULL);
  trident_config_consume_fuel(config, true);
  wasm_engine_t* engine = wasm_engine_new_with_config(config);
  CHECK(engine != NULL);
  wasm_store_t* store = wasm_store_new(engine);
  CHECK(trident_store_set_fuel(store, 10000) == NULL);
  wasm_extern_vec_t exports;
  CHECK(exports_of(store, &exports));
  wasm_val_vec_t none = WASM_EMPTY_VEC;
  CHECK(trap_says(wasm_func_call(wasm_extern_as_func(exports.data[0]), &none, &none),
                  "all fuel consumed"));
  uint64_t left = 1;
  CHECK(trident_store_get_fuel(store, &left) == NULL);
  CHECK(left == 0);
  wasm_extern_vec_delete(&exports);
  wasm_store_delete(store);
  wasm_engine_delete(engine);

  /* Without fuel counting, fuel calls are errors. */
  engine = wasm_engine_new();
  store = wasm_store_new(engine);
  CHECK(error_says(trident_store_set_fuel(store, 1), "does not count fuel"));
  wasm_store_delete(store);
  wasm_engine_delete(engine);

  /* Epochs: a deadline one tick away, the epoch advanced: interrupted. */
  config = wasm_config_new();
  trident_config_epoch_interruption(config, true);
  engine = wasm_engine_new_with_config(config);
  store = wasm_store_new(engine);
  CHECK(exports_of(store, &exports));
  trident_store_set_epoch_deadline(store, 1);
  wasm_val_t out[1] = {WASM_INIT_VAL};
  wasm_val_vec_t results = WASM_ARRAY_VEC(out);
  CHECK(wasm_func_call(wasm_extern_as_func(exports.data[1]), &none, &results) == NULL);
  CHECK(out[0].of.i32 == 42);
  trident_engine_increment_epoch(engine);
  CHECK(trap_says(wasm_func_call(wasm_extern_as_func(exports.data[0]), &none, &none),
                  "interrupted"));
  wasm_extern_vec_delete(&exports);
  wasm_store_delete(store);
  wasm_engine_delete(engine);

  wasm_byte_vec_delete(&binary);
  printf("ok\n");
  return 0;
}
