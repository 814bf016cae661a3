#!/usr/bin/env bash
# Time claimtrack on hostile inputs: every YAML test suite case as a claim
# file and as source.yaml, a quadratic alias expansion, a 10 MB file.
# Each must be reported or accepted in under a second.
#
#   bench/robustness.sh [SUITE_CASES_DIR]   (default ../shared/corpus/yaml-test-suite/cases)
set -euo pipefail

cd "$(dirname "$0")/.."
CASES=${1:-../shared/corpus/yaml-test-suite/cases}
if [ ! -d "$CASES" ]; then
    echo "skipped: $CASES is absent" >&2
    exit 0
fi
cargo build --release --quiet --bin claimtrack
BIN=$PWD/target/release/claimtrack
WORK=$(mktemp -d /tmp/claimtrack-robust.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export NO_COLOR=1 CLAIMTRACK_USER=bench

# time_ms CMD… : wall time in ms; fails the script on a panic (exit 101).
time_ms() {
    local t0 t1 code=0
    t0=$(date +%s%N)
    "$@" >/dev/null 2>"$WORK/stderr" || code=$?
    t1=$(date +%s%N)
    if [ "$code" -gt 2 ] || grep -q panicked "$WORK/stderr"; then
        echo "PANIC or crash (exit $code): $*" >&2
        cat "$WORK/stderr" >&2
        exit 1
    fi
    echo $(( (t1 - t0) / 1000000 ))
}

max=0; slow=0; n=0
for case in "$CASES"/*/; do
    [ -f "$case/in.yaml" ] || continue
    store=$WORK/store
    rm -rf "$store"
    "$BIN" init "$store" >/dev/null
    id=case-$(basename "$case" | tr 'A-Z' 'a-z')
    cp "$case/in.yaml" "$store/claims/$id.yaml"
    mkdir -p "$store/sources/$id"
    cp "$case/in.yaml" "$store/sources/$id/source.yaml"
    ms=$(time_ms "$BIN" --store "$store" check)
    n=$((n + 1))
    [ "$ms" -gt "$max" ] && max=$ms
    [ "$ms" -ge 1000 ] && slow=$((slow + 1))
done
echo "yaml-test-suite: $n cases as claim and source: slowest check ${max} ms, ${slow} over 1 s"

store=$WORK/store
rm -rf "$store"
"$BIN" init "$store" >/dev/null
xs=$(printf 'x, %.0s' $(seq 3000)); refs=$(printf '*a, %.0s' $(seq 3000))
printf 'id: bomb\nstatement: s\ntags: &a [%s]\nhedge: [%s]\n' "${xs%, }" "${refs%, }" >"$store/claims/bomb.yaml"
echo "alias bomb (3000 × 3000): show $(time_ms "$BIN" --store "$store" show bomb) ms, check $(time_ms "$BIN" --store "$store" check) ms"
rm "$store/claims/bomb.yaml"
{ echo "id: huge"; head -c 10485760 /dev/zero | tr '\0' 'x' | fold -w 100 | sed 's/^/# /'; } >"$store/claims/huge.yaml"
echo "10 MB claim file: show $(time_ms "$BIN" --store "$store" show huge) ms, check $(time_ms "$BIN" --store "$store" check) ms"
