#!/usr/bin/env bash
# Measure claimtrack on generated stores of 1k, 10k and 100k claims.
#
#   bench/run.sh [SIZES…]        (default: 1000 10000 100000)
#
# Stores are generated once under $BENCH_DIR (default /tmp/claimtrack-bench),
# never inside the repository. Each command runs $RUNS times (default 3);
# the best wall time and the peak memory of that run are printed, from
# /usr/bin/time -v (Debian package `time`). `report` is measured when the
# binary has that command. Commands that touch one claim (show, add, verify)
# must stay within 30 ms at any size; check and report within 1.5 s and
# 400 MB at 100k claims.
set -euo pipefail

cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-/tmp/claimtrack-bench}
RUNS=${RUNS:-3}
SIZES=("${@:-1000 10000 100000}")
# shellcheck disable=SC2206
SIZES=(${SIZES[*]})

if [ ! -x /usr/bin/time ]; then
    echo "bench: /usr/bin/time is missing; install Debian's \`time\` package" >&2
    exit 2
fi

cargo build --release --quiet --bin claimtrack --example bench-store
BIN=$PWD/target/release/claimtrack
GEN=$PWD/target/release/examples/bench-store
export CLAIMTRACK_USER=bench NO_COLOR=1

has_report=0
if "$BIN" report --help >/dev/null 2>&1; then has_report=1; fi

# measure LABEL CMD… : best wall time and its peak RSS over RUNS runs.
# `@N@` in an argument becomes a fresh number each run; $PRE runs untimed before each.
TIMES=$(mktemp)
trap 'rm -f "$TIMES"' EXIT
measure() {
    local label=$1; shift
    local best="" best_mem="" best_code=""
    for _ in $(seq "$RUNS"); do
        if [ -n "${PRE:-}" ]; then eval "$PRE" >/dev/null 2>&1 || true; fi
        local token=$RANDOM$RANDOM$RANDOM
        local t0 t1
        t0=$(date +%s%N)
        /usr/bin/time -o "$TIMES" -f '%e %M %x' "${@//@N@/$token}" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        read -r _ mem code < <(tail -1 "$TIMES")
        # Wall time in ms from the shell's clock: /usr/bin/time -v rounds to 10 ms.
        local wall=$(( (t1 - t0) / 1000000 ))
        if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN{exit !(a < b)}'; then
            best=$wall; best_mem=$mem; best_code=$code
        fi
    done
    printf '  %-22s %7d ms %8.1f MB   (exit %s)\n' "$label" "$best" \
        "$(awk -v m="$best_mem" 'BEGIN{print m/1024}')" "$best_code"
}

echo "claimtrack benchmark, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${SIZES[@]}"; do
    store=$BENCH_DIR/$n
    if [ ! -d "$store/claims" ]; then
        echo "generating $n claims in $store …"
        rm -rf "$store"
        "$GEN" generate "$n" "$store"
    fi
    echo
    echo "== $n claims ($(du -sh "$store/claims" | cut -f1) of claim files)"
    echo "  bare parse:           $("$GEN" parse "$store")"
    export CLAIMTRACK_STORE=$store
    # check keeps what it concluded (.claimtrack-check.cache): the first
    # figure reads everything, the second reuses it all (warm), the third
    # reads again the one claim file changed before each run.
    measure "check --no-cache" "$BIN" check --no-cache
    measure "check (warm)" "$BIN" check
    changed=claim-$(printf '%06d' $((n / 4)))
    PRE="\"$BIN\" assign $changed --to bench\$RANDOM" \
        measure "check (1 changed)" "$BIN" check
    if [ "$has_report" = 1 ]; then
        measure "report" "$BIN" report
        measure "report --format json" "$BIN" report --format json
    else
        echo "  report                (not on this branch)"
    fi
    measure "list --open" "$BIN" list --open
    id=claim-$(printf '%06d' $((n / 2)))
    measure "show" "$BIN" show "$id"
    quote=$(sed -n 's/^  quote: //p' "$store/claims/claim-000000.yaml" | head -1)
    measure "add" "$BIN" add "Bench claim @N@" --source article-00000 --quote "$quote"
    target=claim-$(printf '%06d' $((n / 3)))
    "$BIN" evidence "$target" --stance supports --summary "bench evidence" \
        --url https://e.example/1 >/dev/null 2>&1 || true
    PRE="\"$BIN\" mark $target in-review" \
        measure "verify" "$BIN" verify "$target" --summary "bench @N@" --url https://e.example/2
    unset CLAIMTRACK_STORE
done
