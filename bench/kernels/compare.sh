#!/bin/sh
# Run time of the C kernels (bench/kernels/*.c) on every Trident back end
# natively and, when `pip install wasmtime` has been done, on Wasmtime
# (Cranelift and Winch, through bench/kernels/wasmtime_run.py), side
# by side in one `trident bench compare` run: whole-process time, medians
# of interleaved runs, artifacts precompiled so compile time is excluded.
#
# usage: bench/kernels/compare.sh OUT.csv [RUNS]   (after `make kernels`)
# Prints each engine's run time as a multiple of native (geomean at the end).
set -e
OUT=${1:?usage: compare.sh OUT.csv [RUNS]}
RUNS=${2:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
K=$ROOT/target/kernels
T=$ROOT/target/release/trident
[ -x "$T" ] || { echo "error: build trident first (cargo build --release -p trident-cli)" >&2; exit 1; }
[ -f "$K/fib.wasm" ] || { echo "error: run make kernels first" >&2; exit 1; }
PEERS="--peer native=./{wasm}.native"
for b in singlepass cranelift llvm; do
  for w in "$K"/*.wasm; do
    "$T" -q compile --backend $b "$w" -o "$w.$b.trident"
  done
  PEERS="$PEERS --peer trident-$b=$T\ run\ {wasm}.$b.trident"
done
if python3 -c 'import wasmtime' 2>/dev/null; then
  W="$ROOT/bench/kernels/wasmtime_run.py"
  for w in "$K"/*.wasm; do   # compile once: runs load the .cwasm
    (cd "$K" && python3 "$W" "$(basename "$w")" cranelift >/dev/null && python3 "$W" "$(basename "$w")" winch >/dev/null)
  done
  PEERS="$PEERS --peer wasmtime-cranelift=python3\ $W\ {wasm}\ cranelift --peer wasmtime-winch=python3\ $W\ {wasm}\ winch"
fi
eval "$T" bench compare --backends singlepass --runs "$RUNS" --warmup 1 --format csv $PEERS "$K"/*.wasm > "$OUT"
python3 "$ROOT/bench/kernels/ratios.py" "$OUT"
