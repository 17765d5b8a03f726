#!/bin/sh
# The installation test (`make install-check`, part of `make test`):
# `make install` into a scratch prefix, move the whole tree somewhere else
# (it must be relocatable), then run the installed trident with an empty
# environment (Cargo off the PATH, no TRIDENT_* variables) from outside
# the repository: `create-exe` of a sightglass program must find the
# installed runtime library (no "building the headless runtime library"
# note: that would mean it fell back to the source tree) and the
# executable must print the expected output. Completions and man pages
# must be there. The C API: the standard `hello` example builds with
# `cc $(pkg-config --cflags --libs trident)` against the moved tree and
# prints what it should. Fails loudly on any difference.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=$ROOT/../shared
PROGRAM=$SHARED/benchmarks/sightglass/quicksort
[ -f "$PROGRAM/benchmark.wasm" ] || { echo "install-check: missing $PROGRAM/benchmark.wasm (../shared)" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
make -s -C "$ROOT" install PREFIX="$TMP/a" >/dev/null
mv "$TMP/a" "$TMP/b"
B=$TMP/b
for f in bin/trident lib/trident/libtrident_headless.a lib/libtrident.so lib/libtrident.a \
         include/wasm.h include/trident.h lib/pkgconfig/trident.pc \
         lib/trident/aarch64-unknown-linux-gnu/libtrident_headless.a \
         share/bash-completion/completions/trident share/zsh/site-functions/_trident \
         share/fish/vendor_completions.d/trident.fish share/man/man1/trident.1 \
         share/man/man1/trident-create-exe.1; do
  [ -s "$B/$f" ] || { echo "install-check: $f missing or empty" >&2; exit 1; }
done
if grep -rqs "$TMP/a" "$B/share"; then
  echo "install-check: the installed tree names its first prefix" >&2; exit 1
fi
mkdir "$TMP/work"
cp "$PROGRAM"/* "$TMP/work/"   # the program reads default.input from .
cp "$PROGRAM/benchmark.wasm" "$TMP/work/program.wasm"
cd "$TMP/work"
env -i PATH=/usr/bin:/bin HOME="$TMP" "$B/bin/trident" create-exe --backend cranelift program.wasm -o program 2> create-exe.err || {
  cat create-exe.err >&2; echo "install-check: create-exe from the installed copy failed" >&2; exit 1; }
if grep -q "building the headless runtime library" create-exe.err; then
  echo "install-check: the installed copy built its runtime from the source tree" >&2; exit 1
fi
env -i PATH=/usr/bin:/bin ./program > out.txt 2> err.txt || true
if [ -f "$PROGRAM/benchmark.stdout.expected" ]; then
  cmp -s out.txt "$PROGRAM/benchmark.stdout.expected" || {
    echo "install-check: the executable's output differs from benchmark.stdout.expected" >&2; diff out.txt "$PROGRAM/benchmark.stdout.expected" | head >&2; exit 1; }
fi
[ -s out.txt ] || { echo "install-check: the executable printed nothing" >&2; cat err.txt >&2; exit 1; }
echo "install-check: installed, moved, create-exe without Cargo or sources: ok ($(wc -c < program) byte executable)"
# The C API from the moved tree, through pkg-config.
EXAMPLES=$SHARED/wasm-c-api-examples
mkdir "$TMP/capi"
cd "$TMP/capi"
wat2wasm "$EXAMPLES/hello.wat" -o hello.wasm
PKG_CONFIG_PATH=$B/lib/pkgconfig
export PKG_CONFIG_PATH
# shellcheck disable=SC2046
cc "$EXAMPLES/hello.c" -o hello $(pkg-config --cflags --libs trident) || {
  echo "install-check: hello.c does not build with pkg-config's flags" >&2; exit 1; }
env -i PATH=/usr/bin:/bin ./hello > out.txt || {
  cat out.txt >&2; echo "install-check: the C API's hello failed" >&2; exit 1; }
cmp -s out.txt "$EXAMPLES/expected/hello.stdout" || {
  echo "install-check: the C API's hello printed something else" >&2; diff out.txt "$EXAMPLES/expected/hello.stdout" >&2; exit 1; }
echo "install-check: the C API (libtrident, wasm.h) builds with pkg-config from the moved tree and runs: ok"
