/*
 * trident.h — what only Trident offers, beside the standard wasm.h:
 * the back end, bounds-check style, optimization level, Wasm feature set
 * and relaxed SIMD mode of a configuration; fuel and epoch deadlines of
 * a store; errors as owned objects with a message.
 *
 * Functions that can fail return an owned `trident_error_t*` (null on
 * success); nothing aborts on bad input.
 */

#ifndef TRIDENT_H
#define TRIDENT_H

#include "wasm.h"

#ifdef __cplusplus
extern "C" {
#endif

/* An error: delete it after reading its message. */
typedef struct trident_error_t trident_error_t;
void trident_error_delete(trident_error_t*);
/* The message, ending in a zero byte (delete with wasm_byte_vec_delete). */
void trident_error_message(const trident_error_t*, wasm_name_t* out);

/* Configuration (before wasm_engine_new_with_config). */
/* A back end compiled into this library: "cranelift", "singlepass",
 * "llvm". */
trident_error_t* trident_config_backend(wasm_config_t*, const char* name);
/* "static" (reservation and guard pages) or "dynamic" (explicit
 * checks). */
trident_error_t* trident_config_bounds_checks(wasm_config_t*,
                                              const char* style);
/* "none", "speed" or "speed-and-size". */
trident_error_t* trident_config_opt_level(wasm_config_t*, const char* level);
/* A feature set as the CLI spells it: "3.0", "2.0", with "+proposal" or
 * "-proposal" changes ("3.0,-gc", "2.0,+tail-call"). */
trident_error_t* trident_config_features(wasm_config_t*, const char* spec);
/* Count fuel (see trident_store_set_fuel). */
void trident_config_consume_fuel(wasm_config_t*, bool on);
/* Check epoch deadlines (see trident_store_set_epoch_deadline). */
void trident_config_epoch_interruption(wasm_config_t*, bool on);
/* Relaxed SIMD's host-native forms instead of the deterministic ones. */
void trident_config_relaxed_simd_native(wasm_config_t*, bool on);

/* Fuel left in a store; running out traps with "out of fuel". */
trident_error_t* trident_store_set_fuel(wasm_store_t*, uint64_t fuel);
trident_error_t* trident_store_get_fuel(const wasm_store_t*, uint64_t* out);
/* The store's code traps ("interrupted") once the engine's epoch has
 * advanced `ticks` past its value now. */
void trident_store_set_epoch_deadline(wasm_store_t*, uint64_t ticks);
/* Advances the engine's epoch by one (any thread may call it). */
void trident_engine_increment_epoch(wasm_engine_t*);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* TRIDENT_H */
