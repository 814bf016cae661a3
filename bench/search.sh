#!/usr/bin/env bash
# Measure search: quality on CheckThat! 2022 Task 2A through the real command
# line, and speed on that 14k-claim store and on a generated 100k store.
#
#   bench/search.sh [quality|speed|all]      (default: all)
#
# Stores go under $BENCH_DIR (default /tmp/claimtrack-search-bench), never
# inside the repository; the corpus is read from ../shared (or $CORPUS).
set -euo pipefail

cd "$(dirname "$0")/.."
WHAT=${1:-all}
CORPUS=${CORPUS:-$PWD/../shared/corpus/checkthat-2022-2a}
BENCH_DIR=${BENCH_DIR:-/tmp/claimtrack-search-bench}
RUNS=${RUNS:-21}
[ -f "$CORPUS/vclaims.csv" ] || { echo "bench: $CORPUS/vclaims.csv is missing" >&2; exit 2; }

cargo build --release --quiet --bin claimtrack --example checkthat --example bench-store
BIN=$PWD/target/release/claimtrack
CT=$PWD/target/release/examples/checkthat
GEN=$PWD/target/release/examples/bench-store
export CLAIMTRACK_USER=bench NO_COLOR=1
mkdir -p "$BENCH_DIR"

ms() { echo $(( ($2 - $1) / 1000000 )); }
# cpu LABEL CMD…: one run's wall and CPU time and peak memory (/usr/bin/time,
# Debian package `time`); CPU time is what compares on a busy machine.
cpu() {
    local label=$1; shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "$label: %e s wall, %U s user + %S s system, %M KB peak" "$@" >/dev/null
    else
        "$@" >/dev/null
    fi
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

S14=$BENCH_DIR/checkthat
if [ ! -d "$S14/claims" ] || [ "${FRESH:-0}" = 1 ]; then
    rm -rf "$S14"
    "$BIN" init "$S14" >/dev/null
    t0=$(date +%s%N)
    "$BIN" --store "$S14" import --format csv "$CORPUS/vclaims.csv" --map vclaim_id=id \
        --map vclaim=statement --map title=evidence_summary --map page_url=evidence_url | tail -1
    echo "import of vclaims.csv: $(ms "$t0" "$(date +%s%N)") ms"
fi

if [ "$WHAT" = quality ] || [ "$WHAT" = all ]; then
    rm -f "$S14"/.claimtrack-search.*
    t0=$(date +%s%N)
    "$BIN" --store "$S14" search --limit 1 "index build" >/dev/null
    echo "14k: first search, building the index: $(ms "$t0" "$(date +%s%N)") ms"
    Q="$CORPUS/CT2022-Task2A-EN-Train-Dev_Queries.tsv"
    for set in Train Dev; do
        echo -n "$set: "
        "$CT" score "$BIN" "$S14" "$Q" "$CORPUS/CT2022-Task2A-EN-${set}_QRELs.tsv"
    done
    echo -n "Dev-Test: "
    "$CT" score "$BIN" "$S14" "$CORPUS/CT2022-Task2A-EN-Dev-Test_Queries.tsv" \
        "$CORPUS/CT2022-Task2A-EN-Dev-Test_QRELs.tsv"
fi

# update STORE ID: edit one claim (untimed), then time the search that takes it in.
update() {
    local best=()
    for i in 1 2 3 4 5; do
        "$BIN" --store "$1" edit "$2" --statement "Changed wording number $i of this claim" >/dev/null
        sleep 2.1   # past the two seconds in which a file is read again on every search
        local t0 t1
        t0=$(date +%s%N)
        "$BIN" --store "$1" search --limit 5 "changed wording" >/dev/null
        t1=$(date +%s%N)
        best+=("$(ms "$t0" "$t1")")
    done
    echo "search after one changed claim: ${best[*]} ms"
}

if [ "$WHAT" = speed ] || [ "$WHAT" = all ]; then
    TWEET="Trump takes off his hat, forgetting he is not wearing his wig. pic.twitter.com/tcUeu0L3nN — sylvie (@SassyGirlBoss) April 21, 2019"
    for i in 1 2 3; do
        cpu "14k: one search" "$BIN" --store "$S14" search --format json --limit 5 "$TWEET"
    done
    echo -n "14k search process: "
    "$CT" time "$RUNS" "$BIN" --store "$S14" search --format json --limit 5 "$TWEET"
    echo -n "14k list (for comparison): "
    "$CT" time 5 "$BIN" --store "$S14" list --status refuted
    echo -n "14k add with the similar-claims check: "
    "$CT" time 9 "$BIN" --store "$S14" add "A viral video shows a 10-meter-long anaconda swimming across a river in Brazil." --source csv-vclaims
    echo -n "14k add --no-similar: "
    "$CT" time 9 "$BIN" --store "$S14" add "A viral video shows a 10-meter-long anaconda swimming across a river in Brazil." --source csv-vclaims --no-similar
    echo -n "14k: 1 MB query: "
    head -c 1000000 "$CORPUS/vclaims.csv" | tr ',' ' ' > "$BENCH_DIR/big-query.txt"
    "$CT" time 3 "$BIN" --store "$S14" search --limit 5 --file "$BENCH_DIR/big-query.txt"
    echo -n "14k: " && update "$S14" vclaim-sno-10-meter-anaconda

    S100=$BENCH_DIR/s100k
    if [ ! -d "$S100/claims" ]; then
        "$GEN" generate 100000 "$S100"
    fi
    rm -f "$S100"/.claimtrack-search.*
    cpu "100k: first search, building the index" "$BIN" --store "$S100" search --limit 5 "working families"
    for i in 1 2 3; do
        cpu "100k: one search" "$BIN" --store "$S100" search --format json --limit 5 "rural hospitals lost funding for clean energy programs"
    done
    echo -n "100k search process: "
    "$CT" time "$RUNS" "$BIN" --store "$S100" search --format json --limit 5 "rural hospitals lost funding for clean energy programs"
    # (The first name by a glob: `ls | head -1` dies of SIGPIPE under pipefail.)
    for FIRST in "$S100"/claims/*.yaml; do break; done
    FIRST=$(basename "$FIRST" .yaml)
    echo -n "100k: " && update "$S100" "$FIRST"
    ls -l "$S14"/.claimtrack-search.idx "$S100"/.claimtrack-search.idx | awk '{print "index size: " $5 " bytes " $9}'
fi
