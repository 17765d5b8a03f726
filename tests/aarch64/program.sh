#!/bin/sh
# C programs on AArch64 (used by `make test-aarch64`):
#
#   program.sh PROGRAM BACKEND [ARGS…]
#       target/PROGRAM/PROGRAM.wasm (from tests/programs/PROGRAM.c, `make
#       PROGRAM`) run with ARGS prints what its x86-64 native build
#       (target/PROGRAM/PROGRAM-native) prints, both under the emulated
#       `trident run` and as an executable cross-built by `create-exe
#       --target aarch64-unknown-linux-gnu`. LLVM is not in the AArch64
#       trident: its code is cross-compiled on x86-64, as an artifact
#       (which the emulated trident runs) and an executable.
#
# The programs: tail-calls (musttail mutual recursion, return_call with
# arguments beyond the registers, 10^7 calls deep) and relaxed-simd (a
# kernel on every relaxed SIMD operator, whose deterministic results must
# be the x86-64 native build's).
set -eu
program=$1
backend=$2
shift 2
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/trident-a64-$program.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED $backend $program: $*"; exit 1; }
wasm=$root/target/$program/$program.wasm
[ -f "$wasm" ] || fail "$wasm is missing: run \`make $program\`"
want=$("$root/target/$program/$program-native" "$@")
if [ "$backend" = llvm ]; then
  "$root/$TRIDENT" -q compile --target aarch64-unknown-linux-gnu --backend llvm \
    -o "$work/$program.trident" "$wasm" || fail "compile"
  got=$($QEMU "$root/$A64_TRIDENT" -q run --no-cache "$work/$program.trident" "$@") ||
    fail "trident run of the artifact exited $?"
else
  got=$($QEMU "$root/$A64_TRIDENT" -q run --no-cache --backend "$backend" "$wasm" "$@") ||
    fail "trident run exited $?"
fi
[ "$got" = "$want" ] || fail "trident run printed '$got', native '$want'"
"$root/$TRIDENT" -q create-exe --target aarch64-unknown-linux-gnu --backend "$backend" \
  -o "$work/$program" "$wasm" || fail "create-exe"
got=$($QEMU "$work/$program" "$@") || fail "the executable exited $?"
[ "$got" = "$want" ] || fail "the executable printed '$got', native '$want'"
echo "ok   $program on $backend (trident run and executable)"
