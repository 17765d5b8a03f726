/* Misuse of the C API gets an error value or a trap, never a crash:
 * null arguments, malformed modules, wrong argument counts and kinds,
 * missing imports, out-of-range table and memory operations, objects of
 * the wrong kind. Reads misuse.wasm from the current directory; exits 0
 * when every check holds, else prints the first that failed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wasm.h"

#include "check.h"

static wasm_trap_t* identity(const wasm_val_vec_t* args, wasm_val_vec_t* results) {
  results->data[0] = args->data[0];
  return NULL;
}

/* A trap whose message contains `part`; the trap is deleted. */
static int trap_says(wasm_trap_t* trap, const char* part) {
  if (!trap) return 0;
  wasm_message_t m;
  wasm_trap_message(trap, &m);
  int found = m.data && strstr(m.data, part) != NULL;
  wasm_byte_vec_delete(&m);
  wasm_trap_delete(trap);
  return found;
}

int main(void) {
  wasm_engine_t* engine = wasm_engine_new();
  CHECK(engine != NULL);
  wasm_store_t* store = wasm_store_new(engine);
  CHECK(store != NULL);

  /* Null and malformed inputs. */
  CHECK(wasm_store_new(NULL) == NULL);
  CHECK(wasm_module_new(NULL, NULL) == NULL);
  CHECK(wasm_module_new(store, NULL) == NULL);
  wasm_byte_vec_t junk;
  wasm_byte_vec_new(&junk, 4, "abcd");
  CHECK(wasm_module_new(store, &junk) == NULL);
  CHECK(!wasm_module_validate(store, &junk));
  CHECK(wasm_module_deserialize(store, &junk) == NULL);
  wasm_byte_vec_delete(&junk);
  wasm_byte_vec_delete(&junk); /* twice: harmless */
  CHECK(trap_says(wasm_func_call(NULL, NULL, NULL), "not a function"));
  CHECK(wasm_func_new(store, NULL, identity) == NULL);
  CHECK(wasm_valtype_new(77) == NULL);
  CHECK(wasm_functype_params(NULL) == NULL);
  CHECK(wasm_ref_as_func(NULL) == NULL);
  CHECK(wasm_extern_as_memory(NULL) == NULL);
  CHECK(wasm_table_get(NULL, 0) == NULL);
  CHECK(!wasm_memory_grow(NULL, 1));
  wasm_module_delete(NULL);
  wasm_instance_delete(NULL);
  wasm_val_vec_delete(NULL);

  /* The module. */
  FILE* file = fopen("misuse.wasm", "rb");
  CHECK(file != NULL);
  fseek(file, 0L, SEEK_END);
  size_t size = ftell(file);
  fseek(file, 0L, SEEK_SET);
  wasm_byte_vec_t binary;
  wasm_byte_vec_new_uninitialized(&binary, size);
  CHECK(fread(binary.data, size, 1, file) == 1);
  fclose(file);
  wasm_module_t* module = wasm_module_new(store, &binary);
  wasm_byte_vec_delete(&binary);
  CHECK(module != NULL);

  /* Too few imports, and an import of the wrong kind. */
  wasm_trap_t* trap = NULL;
  wasm_extern_vec_t none = WASM_EMPTY_VEC;
  CHECK(wasm_instance_new(store, module, &none, &trap) == NULL);
  CHECK(trap != NULL);
  wasm_trap_delete(trap);
  CHECK(wasm_instance_new(store, module, &none, NULL) == NULL);
  wasm_limits_t one = {1, 1};
  wasm_memorytype_t* mt = wasm_memorytype_new(&one);
  wasm_memory_t* mem = wasm_memory_new(store, mt);
  wasm_memorytype_delete(mt);
  wasm_extern_t* wrong[] = {wasm_memory_as_extern(mem)};
  wasm_extern_vec_t wrong_imports = WASM_ARRAY_VEC(wrong);
  trap = NULL;
  CHECK(wasm_instance_new(store, module, &wrong_imports, &trap) == NULL);
  CHECK(trap_says(trap, "incompatible"));
  CHECK(wasm_extern_as_func(wasm_memory_as_extern(mem)) == NULL);
  wasm_memory_delete(mem);

  /* A good instance. */
  wasm_functype_t* ft = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i32());
  wasm_func_t* host = wasm_func_new(store, ft, identity);
  wasm_functype_delete(ft);
  wasm_extern_t* good[] = {wasm_func_as_extern(host)};
  wasm_extern_vec_t imports = WASM_ARRAY_VEC(good);
  wasm_instance_t* instance = wasm_instance_new(store, module, &imports, NULL);
  CHECK(instance != NULL);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  CHECK(exports.size == 5);
  const wasm_func_t* add = wasm_extern_as_func_const(exports.data[0]);
  wasm_memory_t* m = wasm_extern_as_memory(exports.data[2]);
  wasm_table_t* t = wasm_extern_as_table(exports.data[3]);
  wasm_global_t* g = wasm_extern_as_global(exports.data[4]);
  CHECK(add && m && t && g);
  CHECK(wasm_extern_as_table(exports.data[2]) == NULL);

  /* Wrong argument counts and kinds, too little room for results. */
  wasm_val_t one_arg[1] = {WASM_I32_VAL(1)};
  wasm_val_vec_t args1 = WASM_ARRAY_VEC(one_arg);
  wasm_val_t res[1] = {WASM_INIT_VAL};
  wasm_val_vec_t results = WASM_ARRAY_VEC(res);
  CHECK(trap_says(wasm_func_call(add, &args1, &results), "arguments given"));
  wasm_val_t bad_kinds[2] = {WASM_I32_VAL(1), WASM_F64_VAL(2.0)};
  wasm_val_vec_t args_bad = WASM_ARRAY_VEC(bad_kinds);
  CHECK(trap_says(wasm_func_call(add, &args_bad, &results), "argument 1"));
  wasm_val_t two[2] = {WASM_I32_VAL(40), WASM_I32_VAL(2)};
  wasm_val_vec_t args2 = WASM_ARRAY_VEC(two);
  wasm_val_vec_t no_room = WASM_EMPTY_VEC;
  CHECK(trap_says(wasm_func_call(add, &args2, &no_room), "room"));
  CHECK(wasm_func_call(add, &args2, &results) == NULL);
  CHECK(res[0].kind == WASM_I32 && res[0].of.i32 == 42);

  /* Out-of-range tables and memories. */
  CHECK(wasm_table_size(t) == 2);
  CHECK(wasm_table_get(t, 5) == NULL);
  CHECK(!wasm_table_set(t, 5, NULL));
  CHECK(wasm_table_set(t, 1, NULL));
  CHECK(!wasm_table_grow(t, 5, NULL));
  CHECK(wasm_table_grow(t, 1, NULL));
  CHECK(wasm_table_size(t) == 3);
  CHECK(wasm_memory_size(m) == 1);
  CHECK(!wasm_memory_grow(m, 5));
  CHECK(wasm_memory_grow(m, 1));
  CHECK(wasm_memory_data_size(m) == 2 * 65536);
  CHECK(wasm_memory_data(m) != NULL);

  /* A global refuses a value of another kind. */
  wasm_val_t f = WASM_F64_VAL(1.5);
  wasm_global_set(g, &f);
  wasm_val_t got;
  wasm_global_get(g, &got);
  CHECK(got.kind == WASM_I32 && got.of.i32 == 1);

  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_func_delete(host);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  printf("ok\n");
  return 0;
}
