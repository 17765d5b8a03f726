#!/usr/bin/env python3
"""Runs a WASI command module on Wasmtime (the `wasmtime` Python package,
`pip install wasmtime`), for `bench compare --peer`: `wasmtime_run.py
FILE.wasm [STRATEGY]`, STRATEGY `cranelift` (default) or `winch`. The
module is compiled once and kept beside it as FILE.wasm.STRATEGY.cwasm,
so runs measure instantiation and execution, as Trident's peers run
precompiled artifacts. Exits with the program's status."""
import os
import sys

import wasmtime

path = sys.argv[1]
strategy = sys.argv[2] if len(sys.argv) > 2 else "cranelift"
config = wasmtime.Config()
if strategy == "winch":
    # The Python wrapper only names auto and cranelift; the C API's
    # strategy 2 is Winch.
    wasmtime._ffi.wasmtime_config_strategy_set(config.ptr(), 2)
else:
    config.strategy = strategy
engine = wasmtime.Engine(config)
cached = f"{path}.{strategy}.cwasm"
if os.path.exists(cached):
    module = wasmtime.Module.deserialize_file(engine, cached)
else:
    module = wasmtime.Module.from_file(engine, path)
    with open(cached, "wb") as f:
        f.write(module.serialize())
linker = wasmtime.Linker(engine)
linker.define_wasi()
store = wasmtime.Store(engine)
wasi = wasmtime.WasiConfig()
wasi.inherit_stdout()
wasi.inherit_stderr()
store.set_wasi(wasi)
instance = linker.instantiate(store, module)
try:
    instance.exports(store)["_start"](store)
except wasmtime.ExitTrap as e:
    sys.exit(e.code)
