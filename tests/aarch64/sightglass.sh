#!/bin/sh
# Runs the sightglass programs of ../shared/benchmarks/sightglass/MANIFEST.tsv
# as AArch64 code under qemu user-mode emulation and compares their stdout
# and stderr with the expected files byte for byte (exit status must be 0).
# Used by `make test-aarch64`; see the Makefile for the CI budget.
#
#   sightglass.sh run BACKEND MAX_SECONDS
#       the AArch64 build of trident ($A64_TRIDENT) runs each program with
#       `trident run --backend BACKEND` under $QEMU (JIT on the emulated CPU);
#   sightglass.sh exe BACKEND MAX_SECONDS
#       the x86-64 trident ($TRIDENT) builds each program into an AArch64
#       executable (`create-exe --target aarch64-unknown-linux-gnu`), which
#       then runs under $QEMU;
#   sightglass.sh artifact BACKEND MAX_SECONDS
#       the x86-64 trident compiles each program into an AArch64 artifact
#       (`compile --target aarch64-unknown-linux-gnu`), which the AArch64
#       trident runs under $QEMU without compiling.
#
# Only programs whose reference time (the MANIFEST's wasmtime_s column) is
# below MAX_SECONDS run. Each program runs in its own folder, pre-opened as
# `.`, with stdin empty and a time limit of $LIMIT seconds (default 300).
# Prints one line per program and exits 1 if any failed.
set -u
mode=$1 backend=$2 max=$3
: "${QEMU:?QEMU must name the qemu-aarch64 command}"
limit=${LIMIT:-300}
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=$root/../shared/benchmarks/sightglass
work=$(mktemp -d "${TMPDIR:-/tmp}/trident-a64-sightglass.XXXXXX")
trap 'rm -rf "$work"' EXIT
failed=0 ran=0
# Skip the header; columns: program needs stdout stderr wasmtime_s.
tail -n +2 "$dir/MANIFEST.tsv" | {
while IFS="$(printf '\t')" read -r program needs out err secs; do
  [ -n "$program" ] || continue
  if ! awk -v s="$secs" -v m="$max" 'BEGIN { exit !(s + 0 < m + 0) }'; then
    continue
  fi
  ran=$((ran + 1))
  folder=$dir/$(dirname "$program")
  name=$(basename "$program")
  start=$(date +%s)
  case $mode in
    run)
      (cd "$folder" && timeout "$limit" $QEMU "$root/$A64_TRIDENT" run --no-cache \
        --backend "$backend" --dir . "$name") </dev/null >"$work/out" 2>"$work/err"
      status=$? ;;
    exe)
      exe=$work/${name%.wasm}
      if ! "$root/$TRIDENT" create-exe --target aarch64-unknown-linux-gnu \
          --backend "$backend" -o "$exe" "$dir/$program" 2>"$work/err"; then
        echo "FAILED $program: create-exe: $(head -c 2000 "$work/err")"
        failed=$((failed + 1)); continue
      fi
      (cd "$folder" && timeout "$limit" $QEMU "$exe") </dev/null >"$work/out" 2>"$work/err"
      status=$? ;;
    artifact)
      art=$work/${name%.wasm}.trident
      if ! "$root/$TRIDENT" compile --target aarch64-unknown-linux-gnu \
          --backend "$backend" -o "$art" "$dir/$program" 2>"$work/err"; then
        echo "FAILED $program: compile: $(head -c 2000 "$work/err")"
        failed=$((failed + 1)); continue
      fi
      (cd "$folder" && timeout "$limit" $QEMU "$root/$A64_TRIDENT" run --no-cache \
        --dir . "$art") </dev/null >"$work/out" 2>"$work/err"
      status=$? ;;
    *) echo "unknown mode $mode"; exit 2 ;;
  esac
  problem=
  [ "$status" -eq 0 ] || problem="exit status $status: $(head -c 500 "$work/err")"
  for stream in out err; do
    eval "expected=\$$stream"
    if [ -z "$problem" ] && [ "$expected" != "-" ] && ! cmp -s "$folder/$expected" "$work/$stream"; then
      problem="std$stream differs from $expected"
    fi
  done
  if [ -n "$problem" ]; then
    echo "FAILED $program ($backend, $mode): $problem"
    failed=$((failed + 1))
  else
    echo "ok $program ($backend, $mode, $(( $(date +%s) - start )) s)"
  fi
done
echo "$backend $mode: $ran programs, $failed failed"
[ "$ran" -gt 0 ] && [ "$failed" -eq 0 ]
}
