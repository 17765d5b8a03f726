#!/bin/sh
# Tail calls on AArch64 (used by `make test-aarch64`):
#
#   tail-calls.sh BACKEND
#       tests/programs/tail-calls.c (musttail mutual recursion, return_call
#       with arguments beyond the registers; `make tail-calls`) 10^7 calls
#       deep prints what its x86-64 native build prints, both under the
#       emulated `trident run` and as an executable cross-built by
#       `create-exe --target aarch64-unknown-linux-gnu`. LLVM is not in
#       the AArch64 trident: its code is cross-compiled on x86-64, as an
#       artifact (which the emulated trident runs) and an executable.
set -eu
backend=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/trident-a64-tail-calls.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED $backend tail calls: $*"; exit 1; }
wasm=$root/target/tail-calls/tail-calls.wasm
[ -f "$wasm" ] || fail "$wasm is missing: run \`make tail-calls\`"
want=$("$root/target/tail-calls/tail-calls-native" 10000000)
if [ "$backend" = llvm ]; then
  "$root/$TRIDENT" -q compile --target aarch64-unknown-linux-gnu --backend llvm \
    -o "$work/tail-calls.trident" "$wasm" || fail "compile"
  got=$($QEMU "$root/$A64_TRIDENT" -q run --no-cache "$work/tail-calls.trident" 10000000) ||
    fail "trident run of the artifact exited $?"
else
  got=$($QEMU "$root/$A64_TRIDENT" -q run --no-cache --backend "$backend" "$wasm" 10000000) ||
    fail "trident run exited $?"
fi
[ "$got" = "$want" ] || fail "trident run printed '$got', native '$want'"
"$root/$TRIDENT" -q create-exe --target aarch64-unknown-linux-gnu --backend "$backend" \
  -o "$work/tail-calls" "$wasm" || fail "create-exe"
got=$($QEMU "$work/tail-calls" 10000000) || fail "the executable exited $?"
[ "$got" = "$want" ] || fail "the executable printed '$got', native '$want'"
echo "ok   tail calls on $backend (trident run and executable, 10^7 calls)"
