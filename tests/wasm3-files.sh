#!/bin/sh
# The root files of the Wasm 3.0 suite that back end $1 is expected to
# pass: every ../shared/testsuite/wasm-3.0/*.wast not listed for $1 in
# tests/wasm3-expected-failures.txt (a line without a back-end column
# lists the file for every back end). With --new as $2, only the files
# that are not also in the Wasm 2.0 suite. Used by the Makefile's spec
# targets; the integration test reads the same list.
set -e
backend="$1"
here="$(dirname "$0")"
# Relative to the repository root when run from there (the Makefile).
if [ "$(cd "$here/.." && pwd)" = "$(pwd)" ]; then shared="../shared/testsuite"; else shared="$here/../../shared/testsuite"; fi
[ -n "$backend" ] || { echo "usage: $0 BACKEND [--new]" >&2; exit 2; }
[ -d "$shared/wasm-3.0" ] || { echo "error: $shared/wasm-3.0 is missing" >&2; exit 1; }
failing="$(awk -v b="$backend" '!/^#/ && NF { if (NF < 3 || index("," $3 ",", "," b ",")) print $1 }' "$here/wasm3-expected-failures.txt")"
for f in "$shared"/wasm-3.0/*.wast; do
  name="$(basename "$f")"
  echo "$failing" | grep -qx "$name" && continue
  [ "$2" = "--new" ] && [ -e "$shared/wasm-2.0/$name" ] && continue
  echo "$f"
done
