#!/bin/sh
# Cross-compilation checks for AArch64 (used by `make test-aarch64`):
#
#   cross.sh obj BACKEND
#       `create-obj --target aarch64-unknown-linux-gnu` on x86-64 ($TRIDENT)
#       writes an AArch64 ELF relocatable object whose calls are
#       R_AARCH64_CALL26 relocations and which has no absolute relocation
#       (the executables are position independent and linked with -z text);
#   cross.sh same BACKEND WASM
#       compiling WASM for aarch64-unknown-linux-gnu gives byte-identical
#       artifacts and objects on x86-64 ($TRIDENT) and on AArch64
#       ($A64_TRIDENT under $QEMU): code generation does not depend on the
#       machine it runs on.
set -eu
mode=$1 backend=$2
target=aarch64-unknown-linux-gnu
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/trident-a64-cross.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED $backend $mode: $*"; exit 1; }
case $mode in
  obj)
    "$root/$TRIDENT" create-obj --target $target --backend "$backend" \
      -o "$work/calls.o" "$root/tests/aarch64/calls.wat"
    readelf -W -h -r "$work/calls.o" >"$work/readelf"
    grep -q 'Machine:.*AArch64' "$work/readelf" || fail "not an AArch64 object"
    grep -q 'REL (Relocatable file)' "$work/readelf" || fail "not a relocatable object"
    grep -q 'R_AARCH64_CALL26' "$work/readelf" || fail "no R_AARCH64_CALL26 call relocation"
    if grep -q 'R_AARCH64_ABS' "$work/readelf"; then fail "absolute relocation"; fi
    echo "ok $backend: create-obj --target $target (R_AARCH64_CALL26 calls, no absolute relocations)" ;;
  same)
    wasm=$3
    for cmd in compile create-obj; do
      "$root/$TRIDENT" $cmd --target $target --backend "$backend" -o "$work/x86" "$wasm"
      $QEMU "$root/$A64_TRIDENT" $cmd --target $target --backend "$backend" -o "$work/a64" "$wasm"
      cmp -s "$work/x86" "$work/a64" || fail "$cmd output differs between x86-64 and AArch64 hosts"
    done
    echo "ok $backend: compile and create-obj --target $target identical on x86-64 and AArch64 ($(basename "$wasm"))" ;;
  *) echo "unknown mode $mode"; exit 2 ;;
esac
