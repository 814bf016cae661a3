#!/usr/bin/env bash
# Run each cargo-fuzz target for a set time (default 600 s each).
#
#   bench/fuzz.sh [SECONDS] [TARGET…]
#
# Needs `cargo install cargo-fuzz`. libFuzzer needs nightly features;
# RUSTC_BOOTSTRAP=1 lets the stable toolchain build it. Seeds come from
# fuzz/seeds/<target>/; the growing corpus stays in fuzz/corpus/ and any
# crash in fuzz/artifacts/<target>/ (both ignored by git).
set -euo pipefail

cd "$(dirname "$0")/../fuzz"
SECONDS_EACH=${1:-600}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    mapfile -t TARGETS < <(cargo fuzz list 2>/dev/null || ls fuzz_targets | sed 's/\.rs$//')
fi
export RUSTC_BOOTSTRAP=1
status=0
for t in "${TARGETS[@]}"; do
    mkdir -p "corpus/$t"
    if [ -d "seeds/$t" ]; then cp -n seeds/"$t"/* "corpus/$t/" 2>/dev/null || true; fi
    echo "== $t for ${SECONDS_EACH}s"
    if ! cargo fuzz build "$t"; then
        echo "== $t does not build" >&2
        status=2
        continue
    fi
    if ! cargo fuzz run "$t" "corpus/$t" -- -max_total_time="$SECONDS_EACH" -max_len=65536 \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1; then
        echo "== $t FOUND A CRASH: see fuzz/artifacts/$t/" >&2
        status=1
    fi
done
exit $status
