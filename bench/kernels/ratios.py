#!/usr/bin/env python3
"""Run time per kernel as a multiple of native, from a `trident bench
compare --format csv` file with a `native` peer (bench/kernels/compare.sh);
geometric mean per engine at the end."""
import csv
import math
import sys

rows = list(csv.DictReader(open(sys.argv[1])))
by_module = {}
for r in rows:
    name = r["module"].rsplit("/", 1)[-1].removesuffix(".wasm")
    if r["failure"]:
        print(f"{name}: {r['backend']} FAILED: {r['failure']}")
        continue
    by_module.setdefault(name, {})[r["backend"]] = float(r["process_ms"])
engines = [
    e
    for e in dict.fromkeys(r["backend"] for r in rows)
    if e.startswith("trident-") or e.startswith("wasmtime")
]
print("kernel".ljust(10) + "native ms".rjust(11) + "".join(e.rjust(20) for e in engines))
logs = {e: [] for e in engines}
for name, times in sorted(by_module.items()):
    native = times.get("native")
    if not native:
        continue
    line = name.ljust(10) + f"{native:11.1f}"
    for e in engines:
        if e in times:
            ratio = times[e] / native
            logs[e].append(math.log(ratio))
            line += f"{ratio:19.2f}x"
        else:
            line += "-".rjust(20)
    print(line)
print("geomean".ljust(21) + "".join(
    (f"{math.exp(sum(l) / len(l)):19.2f}x" if l else "-".rjust(20)) for l in logs.values()))
