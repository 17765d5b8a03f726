#!/usr/bin/env python3
"""Replays the typed-function-reference cases that `typed-refs-cases DIR
FIRST COUNT` wrote (trident_fuzzing::typed_refs) on Wasmtime, the
independent reference, and compares each case's events with Trident's
(DIR/SEED.events): the same calls (every export, three rounds in name
order, arguments from DIR/SEED.seed as `typed_refs::arg` makes them), each
call's result or trap kind (the two null traps are one kind), then the
exported `acc` global. Needs `pip install wasmtime`. Prints every mismatch
and a summary; exits 1 if there was one. Usage: typed_refs_wasmtime.py DIR
"""
import os
import sys

import wasmtime

MASK = (1 << 64) - 1
ROUNDS = 3


def mix(x):
    """splitmix64, as `typed_refs::mix`."""
    x = (x + 0x9E37_79B9_7F4A_7C15) & MASK
    x = ((x ^ (x >> 30)) * 0xBF58_476D_1CE4_E5B9) & MASK
    x = ((x ^ (x >> 27)) * 0x94D0_49BB_1331_11EB) & MASK
    return x ^ (x >> 31)


def signed32(v):
    v &= 0xFFFF_FFFF
    return v - (1 << 32) if v >> 31 else v


def arg(seed, call, param):
    """`typed_refs::arg`."""
    r = mix(seed ^ mix(((call << 32) | param) & MASK))
    if r & 1 == 0:
        return signed32(r >> 8) & 15
    return signed32(r >> 16)


def trap_kind(message):
    """The kind `typed_refs::trap_kind` names, from Wasmtime's message."""
    m = message.lower()
    for needle, kind in [
        ("null", "null"),
        ("uninitialized element", "uninitialized element"),
        ("type mismatch", "signature mismatch"),
        ("out of bounds table", "table out of bounds"),
        ("unreachable", "unreachable"),
        ("stack", "stack overflow"),
    ]:
        if needle in m:
            return kind
    return "other: " + message.splitlines()[0]


def events(engine, wat, seed):
    store = wasmtime.Store(engine)
    module = wasmtime.Module(engine, wat)
    instance = wasmtime.Instance(store, module, [])
    exports = instance.exports(store)
    names = sorted((e.name for e in module.exports), key=lambda n: n.encode())
    funcs = [n for n in names if isinstance(exports[n], wasmtime.Func)]
    log = []
    i = 0
    for _ in range(ROUNDS):
        for name in funcs:
            f = exports[name]
            n = len(f.type(store).params)
            args = [arg(seed, i, j) for j in range(n)]
            try:
                log.append(f"call {name}: {f(store, *args)}")
            except wasmtime.Trap as t:
                log.append(f"call {name}: trap {trap_kind(t.message)}")
            except wasmtime.WasmtimeError as t:
                log.append(f"call {name}: trap {trap_kind(str(t))}")
            i += 1
    if "acc" in names:
        log.append(f"global acc: {exports['acc'].value(store)}")
    return log


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    folder = sys.argv[1]
    config = wasmtime.Config()
    config.wasm_function_references = True
    config.wasm_tail_call = True
    engine = wasmtime.Engine(config)
    seeds = sorted(int(f[:-4]) for f in os.listdir(folder) if f.endswith(".wat"))
    mismatches = 0
    calls = 0
    for seed in seeds:
        base = os.path.join(folder, str(seed))
        wat = open(base + ".wat").read()
        arg_seed = int(open(base + ".seed").read())
        want = open(base + ".events").read().splitlines()
        got = events(engine, wat, arg_seed)
        calls += sum(1 for e in got if e.startswith("call "))
        if got != want:
            mismatches += 1
            first = next(
                (f"Trident `{w}` vs Wasmtime `{g}`" for w, g in zip(want, got) if w != g),
                f"{len(want)} vs {len(got)} events",
            )
            print(f"case {seed}: {first}")
    print(f"{len(seeds)} cases, {calls} calls on Wasmtime {wasmtime.__name__}, {mismatches} mismatches")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
