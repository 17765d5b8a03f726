#!/bin/sh
# Relaxed SIMD, deterministic against native (`make relaxed-simd-bench`):
# tests/programs/relaxed-simd.c (every relaxed operator in a vectorized
# kernel) run for ROUNDS rounds under `trident run --backend B
# --relaxed-simd M`, every back end and mode interleaved in each of RUNS
# passes (the machine's noise hits all alike), after one unmeasured run
# each that also fills the compile cache. Prints each pair's wall-clock
# medians and native/deterministic ratio, and each mode's checksum line
# (native results may differ from deterministic ones, within what the
# proposal allows). Usage: relaxed-native.sh TRIDENT WASM [ROUNDS] [RUNS]
set -eu
trident=$1 wasm=$2 rounds=${3:-3000000} runs=${4:-5}
backends=${BACKENDS:-"singlepass cranelift llvm"}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for b in $backends; do
  for m in deterministic native; do
    "$trident" run --backend "$b" --relaxed-simd "$m" "$wasm" 10 > /dev/null
  done
done
i=0
while [ "$i" -lt "$runs" ]; do
  for b in $backends; do
    for m in deterministic native; do
      start=$(date +%s%N)
      "$trident" run --backend "$b" --relaxed-simd "$m" "$wasm" "$rounds" > "$out/$b-$m.stdout"
      end=$(date +%s%N)
      echo $(( (end - start) / 1000000 )) >> "$out/$b-$m.ms"
    done
  done
  i=$((i + 1))
done
median() { sort -n "$1" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
printf '%-11s %15s %10s %7s\n' "back end" "deterministic" "native" "ratio"
for b in $backends; do
  d=$(median "$out/$b-deterministic.ms") n=$(median "$out/$b-native.ms")
  printf '%-11s %12s ms %7s ms %7s\n' "$b" "$d" "$n" "$(echo "$n $d" | awk '{printf "%.2f", $1 / $2}')"
done
for b in $backends; do
  for m in deterministic native; do
    echo "$b $m: $(cat "$out/$b-$m.stdout")"
  done
done
