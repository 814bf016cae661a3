#!/usr/bin/env bash
# Measure claimtrack on generated stores of 1k, 10k and 100k claims, beside
# the same text report written in Python with PyYAML's C loader.
#
#   bench/run.sh [SIZES…]        (default: 1000 10000 100000)
#
# Stores are generated once by the `bench-store` example (bench/store.rs)
# under $BENCH_DIR/v2/N (default /tmp/claimtrack-bench), never inside the
# repository, and left as they were found: claims the bench adds are
# removed and claim files it changes are put back at the end.
#
# Each command runs once cold, then $RUNS times warm (default 3); the table
# gives the median warm wall time, the cold one, and the peak memory (the
# largest maximum resident set of all runs, from /usr/bin/time, Debian
# package `time`). Cold: claimtrack's derived files (`.claimtrack-*` in the
# store: claim cache, check cache, search index) deleted, and the kernel's
# page cache dropped too when the script may (root; DROP_CACHES=0 to skip):
# the table's heading says which. Warm: the runs after it, with whatever the
# cold run left behind.
#
# Environment: BENCH_DIR, RUNS, DROP_CACHES (auto|0), PEER=0 to skip the
# Python peer, PEER_JOBS (its processes; default: every core), SKIP_BUILD=1
# to use target/release as it is, SHAPE=0 not to describe the store (a
# full parse), SEARCH=0 to leave out `search` and `add` without
# --no-similar (a cold search builds the index: minutes at a million claims).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH_DIR=${BENCH_DIR:-/tmp/claimtrack-bench}
RUNS=${RUNS:-3}
PEER=${PEER:-1}
PEER_JOBS=${PEER_JOBS:-$(nproc)}
DROP_CACHES=${DROP_CACHES:-auto}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 100000)

if [ ! -x /usr/bin/time ]; then
    echo "bench: /usr/bin/time is missing; install Debian's \`time\` package" >&2
    exit 2
fi
if [ "$PEER" = 1 ] && ! python3 -c 'import yaml; yaml.CSafeLoader' 2>/dev/null; then
    echo "bench: the peer needs PyYAML built with libyaml (python3-yaml); PEER=0 skips it" >&2
    exit 2
fi
if [ "$DROP_CACHES" = auto ]; then
    if [ -w /proc/sys/vm/drop_caches ]; then DROP_CACHES=1; else DROP_CACHES=0; fi
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    cargo build --release --quiet --bin claimtrack --example bench-store
fi
BIN=$ROOT/target/release/claimtrack
GEN=$ROOT/target/release/examples/bench-store
# One clock for the whole run, so that the peer's report and claimtrack's
# can be compared byte for byte.
export CLAIMTRACK_USER=bench NO_COLOR=1 CLAIMTRACK_NOW=${CLAIMTRACK_NOW:-$(date -u +%Y-%m-%dT%H:%M:%SZ)}
unset COLUMNS

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

# Claimtrack's derived files in STORE (all of them can be deleted at any time).
derived() { find "$1" -maxdepth 1 -name '.claimtrack-*' ! -name '*.lock' 2>/dev/null; }

make_cold() {
    derived "$1" | xargs -r rm -rf
    if [ "$DROP_CACHES" = 1 ]; then
        sync
        echo 3 >/proc/sys/vm/drop_caches
    fi
}

# run_once CMD… : one timed run; prints "ms kb exit". `@N@` in an argument
# (or in $PRE, run untimed before) becomes a fresh number.
run_once() {
    local token=$RANDOM$RANDOM
    if [ -n "${PRE:-}" ]; then eval "${PRE//@N@/$token}" >/dev/null 2>&1 || true; fi
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -o "$WORK/time" -f '%M %x' "${@//@N@/$token}" >"$WORK/stdout" 2>"$WORK/stderr" || true
    t1=$(date +%s%N)
    # Wall time from the shell's clock: /usr/bin/time rounds to 10 ms.
    echo "$(((t1 - t0) / 1000000)) $(tail -1 "$WORK/time")"
}

fmt_ms() { awk -v m="$1" 'BEGIN { if (m == "") print "-"; else if (m >= 1000) printf "%.2f s", m / 1000; else printf "%d ms", m }'; }
fmt_mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }

# measure LABEL TARGET COLD(0|1) CMD… : a table row; sets MEDIAN (ms).
measure() {
    local label=$1 target=$2 cold=$3; shift 3
    local cold_ms="" peak=0 code=0 walls=() ms kb x
    if [ "$cold" = 1 ]; then
        make_cold "$CLAIMTRACK_STORE"
        read -r ms kb x < <(run_once "$@")
        cold_ms=$ms peak=$kb code=$x
    fi
    for _ in $(seq "$RUNS"); do
        read -r ms kb x < <(run_once "$@")
        walls+=("$ms")
        [ "$kb" -gt "$peak" ] && peak=$kb
        [ "$x" != 0 ] && code=$x
    done
    MEDIAN=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    local note=""
    [ "$code" != 0 ] && note=" (exit $code: $(head -c 120 "$WORK/stderr" | tr '\n' ' '))"
    [ -n "${SEEN[$label]:-}" ] || { SEEN[$label]=1; LABELS+=("$label"); }
    SUMMARY[$n,$label]=$MEDIAN
    printf '| %s | %s | %s | %s | %s |%s\n' "$label" "$(fmt_ms "$MEDIAN")" \
        "$(if [ "$cold" = 1 ]; then fmt_ms "$cold_ms"; else echo "-"; fi)" "$(fmt_mb "$peak")" \
        "$target" "$note"
}

echo "claimtrack benchmark: $(git -C "$ROOT" log -1 --format='%h %s' | cut -c1-72)"
echo "$(nproc) cores, load average $(load) at the start, $(date -u '+%Y-%m-%d %H:%M UTC')"
if [ "$DROP_CACHES" = 1 ]; then
    COLD_IS="derived files deleted and the page cache dropped"
else
    COLD_IS="derived files deleted (page cache kept)"
fi
echo "warm: median of $RUNS runs; cold: one run with $COLD_IS"

declare -A SUMMARY SEEN
LABELS=()
for n in "${SIZES[@]}"; do
    store=$BENCH_DIR/v2/$n
    if [ ! -d "$store/claims" ]; then
        echo "generating $n claims in $store …" >&2
        rm -rf "$store"
        mkdir -p "$BENCH_DIR/v2"
        "$GEN" generate "$n" "$store"
    fi
    export CLAIMTRACK_STORE=$store
    show_id=claim-$(printf '%06d' $((n / 2)))
    edit_id=claim-$(printf '%06d' $((n / 5)))
    verify_id=claim-$(printf '%06d' $((n / 3)))
    # Put back at the end what the bench changes.
    for id in "$show_id" "$edit_id" "$verify_id"; do cp -p "$store/claims/$id.yaml" "$WORK/$id.yaml"; done
    restore() {
        for id in "$show_id" "$edit_id" "$verify_id"; do cp -p "$WORK/$id.yaml" "$store/claims/$id.yaml"; done
        rm -f "$store"/claims/bench-claim-*.yaml
    }

    echo
    echo "## $n claims"
    echo
    if [ "${SHAPE:-1}" = 1 ]; then
        echo "$("$GEN" shape "$store"); $(du -sh "$store/claims" | cut -f1) on disk."
    else
        echo "$n claims, $(du -sh "$store/claims" | cut -f1) of claim files on disk."
    fi
    echo "Load average before: $(load)."
    echo
    echo "| command | warm | cold | peak memory | target at 100k |"
    echo "| --- | --- | --- | --- | --- |"
    for f in text markdown csv claimreview json html; do
        case $f in json | html) t="≤ 1.5 s, ≤ 300 MB" ;; *) t="≤ 1.0 s, ≤ 300 MB" ;; esac
        measure "\`report --format $f\`" "$t" 1 "$BIN" report --format "$f"
        [ "$f" = text ] && text_ms=$MEDIAN
    done
    measure "\`list --open\`" "≤ 0.5 s" 1 "$BIN" list --open
    measure "\`list\` (every claim)" "-" 1 "$BIN" list
    measure "\`check --no-cache\` (reads every file)" "-" 0 "$BIN" check --no-cache
    measure "\`check\`, nothing changed" "≤ 1.0 s" 1 "$BIN" check
    PRE="\"$BIN\" assign $edit_id --to desk-@N@" \
        measure "\`check\` after one claim file changed" "≤ 1.2 s" 0 "$BIN" check
    measure "\`show\`" "≤ 30 ms" 0 "$BIN" show "$show_id"
    measure "\`log\`" "≤ 30 ms" 0 "$BIN" log "$show_id"
    quote=$(sed -n 's/^  quote: //p' "$store/claims/claim-000000.yaml" | head -1)
    measure "\`add --no-similar\`" "≤ 30 ms" 0 "$BIN" add "Bench claim @N@" --source article-00000 \
        --quote "$quote" --no-similar
    PRE="\"$BIN\" mark $verify_id in-review" \
        measure "\`verify\`" "≤ 30 ms" 0 "$BIN" verify "$verify_id" --summary "bench @N@" \
        --url https://e.example/2
    measure "\`edit\`" "≤ 30 ms" 0 "$BIN" edit "$edit_id" --due 2030-01-01 --tag "t@N@"
    # Last: at a million claims the index's cold build takes minutes.
    if [ "${SEARCH:-1}" = 1 ]; then
        measure "\`search\` (cold: the index built)" "-" 1 "$BIN" search "the governor cut funding for public schools"
        measure "\`add\` (looks for similar claims)" "-" 0 "$BIN" add "Bench claim @N@ on taxes" \
            --source article-00000 --quote "$quote"
    fi
    if [ "$PEER" = 1 ]; then
        measure "PyYAML peer: text report ($PEER_JOBS processes)" "claimtrack ≥ 30× faster" 0 \
            python3 "$ROOT/bench/peer_report.py" "$store" --jobs "$PEER_JOBS"
        ratio=$(awk -v p="$MEDIAN" -v c="$text_ms" 'BEGIN { printf "%.0f", p / (c > 0 ? c : 1) }')
        SUMMARY[$n,ratio]=$ratio
        "$BIN" report >"$WORK/report.txt" 2>/dev/null || true
        if cmp -s "$WORK/stdout" "$WORK/report.txt"; then
            same="byte for byte the same as claimtrack's"
        else
            same="NOT the same as claimtrack's: $(diff "$WORK/stdout" "$WORK/report.txt" | grep -c '^[<>]') lines differ"
        fi
        echo
        echo "claimtrack's text report is ${ratio}× faster than the peer (warm medians); the peer's report is $same."
    fi
    restore
    echo "Load average after: $(load). Derived files now: $(derived "$store" | xargs -r du -sh |
        awk '{ sub(".*/", "", $2); printf "%s%s %s", sep, $2, $1; sep = ", " }')."
    unset CLAIMTRACK_STORE
done

echo
echo "## Warm medians side by side"
echo
printf '| command |'
for n in "${SIZES[@]}"; do printf ' %s |' "$n"; done
printf '\n| --- |'
for _ in "${SIZES[@]}"; do printf ' --- |'; done
echo
RATIO="the text report: the peer's time ÷ claimtrack's"
for row in "${LABELS[@]}" ratio; do
    if [ "$row" = ratio ]; then printf '| %s |' "$RATIO"; else printf '| %s |' "$row"; fi
    for n in "${SIZES[@]}"; do
        v=${SUMMARY[$n,$row]:-}
        if [ "$row" = ratio ]; then printf ' %s |' "${v:+$v×}"; else printf ' %s |' "$(fmt_ms "$v")"; fi
    done
    echo
done
echo
echo "Load average at the end: $(load)."
