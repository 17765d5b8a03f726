#!/usr/bin/env python3
"""Replays a frozen differential case (tests/fuzz-regressions/differential/
*.case, or target/fuzz-failures/differential-SEED.case) on Wasmtime, as a
third opinion when Trident's back ends and the wasmi reference disagree.

It makes the same calls as `trident_fuzzing::differential` (every export,
three rounds in name order, arguments from the case's seed, null
references) and prints each call's results or trap and the exported
globals' values, in the differential log's order. Needs `pip install
wasmtime`. Usage: replay_wasmtime.py CASE
"""
import struct
import sys

import wasmtime

MASK = (1 << 64) - 1
I32S = [0, 1, -1, -(2**31), 2**31 - 1, 65536, 65535, 8]
I64S = [0, 1, -1, -(2**63), 2**63 - 1, 1 << 32, 2**32 - 1, 8]
F32S = [0, 0x8000_0000, 0x3F80_0000, 0x7F80_0000, 0xFF80_0000, 0x7FC0_0000, 0x4F00_0000, 1]
F64S = [0, 1 << 63, 0x3FF0 << 48, 0x7FF0 << 48, 0xFFF0 << 48, 0x7FF8 << 48, 0x43E0 << 48, 1]
ROUNDS = 3


def mix(x):
    """splitmix64, as `differential::mix`."""
    x = (x + 0x9E37_79B9_7F4A_7C15) & MASK
    x = ((x ^ (x >> 30)) * 0xBF58_476D_1CE4_E5B9) & MASK
    x = ((x ^ (x >> 27)) * 0x94D0_49BB_1331_11EB) & MASK
    return x ^ (x >> 31)


def signed(v, bits):
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


def arg(seed, export, param, ty):
    """Argument `param` of call `export`, as `differential::arg`."""
    r = mix(seed ^ mix(((export << 32) | param) & MASK))
    pick, bits = r & 0xF, mix(r)
    boundary, i = pick < 8, pick & 7
    f32 = lambda b: struct.unpack("<f", struct.pack("<I", b & 0xFFFF_FFFF))[0]
    f64 = lambda b: struct.unpack("<d", struct.pack("<Q", b & MASK))[0]
    if ty == "i32":
        return I32S[i] if boundary else signed(bits, 32)
    if ty == "i64":
        return I64S[i] if boundary else signed(bits, 64)
    if ty == "f32":
        return f32(F32S[i] if boundary else bits)
    if ty == "f64":
        return f64(F64S[i] if boundary else bits)
    if ty in ("funcref", "externref"):
        return None
    raise SystemExit(f"replay_wasmtime: parameters of type {ty} are not replayed")


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: replay_wasmtime.py CASE")
    data = open(sys.argv[1], "rb").read()
    if not data.startswith(b"TRDFCASE") or b"\0asm" not in data:
        raise SystemExit(f"replay_wasmtime: {sys.argv[1]} is not a frozen differential case")
    seed = struct.unpack("<Q", data[9:17])[0]
    wasm = data[data.index(b"\0asm"):]
    config = wasmtime.Config()
    config.wasm_memory64 = True
    config.wasm_multi_memory = True
    engine = wasmtime.Engine(config)
    store = wasmtime.Store(engine)
    instance = wasmtime.Instance(store, wasmtime.Module(engine, wasm), [])
    exports = sorted(instance.exports(store)._extern_map.items(), key=lambda kv: kv[0].encode())
    for i, (name, ext) in enumerate(e for _ in range(ROUNDS) for e in exports):
        if not isinstance(ext, wasmtime.Func):
            continue
        params = [arg(seed, i, j, str(t)) for j, t in enumerate(ext.type(store).params)]
        try:
            print(f"call {name!r}: {ext(store, *params)}")
        except wasmtime.Trap as trap:
            print(f"call {name!r}: trap {trap.trap_code}")
    for name, ext in exports:
        if isinstance(ext, wasmtime.Global):
            try:
                print(f"global {name!r}: {ext.value(store)}")
            except wasmtime.WasmtimeError:
                print(f"global {name!r}: (a value the Python API cannot show)")


if __name__ == "__main__":
    main()
