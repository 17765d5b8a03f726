#!/bin/sh
# `run --profile guest` on AArch64 under qemu (used by `make test-aarch64`):
#
#   profile.sh BACKEND
#       the epoch builtin's AArch64 assembly walks the wasm stack (the
#       profile of two-paths.wat has $main > $heavy and $main > $light >
#       $heavy stacks) and preserves every register of the code it
#       interrupts (live-across-checks.wat gives the same results sampled
#       every 20 µs as unsampled).
set -eu
backend=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/trident-a64-profile.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED $backend profile: $*"; exit 1; }
run() { $QEMU "$root/$A64_TRIDENT" -q run --no-cache --backend "$backend" "$@"; }
run --profile guest --profile-output "$work/p.json" "$root/tests/programs/profile/two-paths.wat" ||
  fail "two-paths.wat exited $?"
python3 - "$work/p.json" <<'PY' || fail "profile of two-paths.wat"
import json, sys
d = json.load(open(sys.argv[1]))
frames = [f["name"] for f in d["shared"]["frames"]]
p = d["profiles"][0]
assert p["type"] == "sampled" and len(p["samples"]) == len(p["weights"]) >= 20, p
stacks = {tuple(frames[i] for i in s) for s in p["samples"]}
for want in [("prof!main", "prof!heavy"), ("prof!main", "prof!light", "prof!heavy")]:
    assert want in stacks, (want, stacks)
PY
plain=$(run --invoke mix "$root/tests/programs/profile/live-across-checks.wat" 200000)
sampled=$(run --profile guest --profile-interval 20us --profile-output "$work/l.json" \
  --invoke mix "$root/tests/programs/profile/live-across-checks.wat" 200000)
[ "$plain" = "$sampled" ] || fail "results differ when sampled: $plain / $sampled"
echo "ok $backend: guest profile stacks, registers preserved across sampled checks ($(echo $plain))"
