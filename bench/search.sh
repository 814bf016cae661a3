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

# once STORE: one search for the changed claim, as "WALL_MS CPU_MS" (CPU:
# user + system, bash's own timing of the child, to the millisecond).
once() {
    local TIMEFORMAT='%3R %3U %3S' out
    out=$( { time "$BIN" --store "$1" search --limit 5 "changed wording" >/dev/null 2>&1; } 2>&1 )
    awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$out"
}
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# update STORE ID: the cost of taking one changed claim into the index.
# Five times: change the claim (untimed), let it settle (a file changed in
# the last two seconds is read again by every search, so its cost would
# show in every search), then time the search that takes it in and, right
# after, the same search with nothing changed; the update's own cost is the
# difference. Once through `edit`, which renames a new file into claims/ (the
# folder changed: it is listed again, and the overlay rewritten), and once
# written in place as an editor might (the folder unchanged: that one file
# read again, the overlay rewritten).
# remove_added STORE: remove the claim files added since claims-before.txt
# was written, so that the store stays as it was found.
remove_added() {
    LC_ALL=C ls "$1/claims" | LC_ALL=C comm -13 "$BENCH_DIR/claims-before.txt" - | sed "s|^|$1/claims/|" | xargs -r rm -f
}

update() {
    local store=$1 id=$2 file=$1/claims/$2.yaml
    local ew=() ec=() iw=() ic=() sw=() sc=() w c
    for i in 1 2 3 4 5; do
        "$BIN" --store "$store" edit "$id" --statement "Changed wording number $i of this claim" >/dev/null
        sleep 2.1
        read -r w c < <(once "$store"); ew+=("$w"); ec+=("$c")
        read -r w c < <(once "$store"); sw+=("$w"); sc+=("$c")
        sed "s/Changed wording number $i /Changed wording in place $i /" "$file" > "$BENCH_DIR/claim.tmp"
        cat "$BENCH_DIR/claim.tmp" > "$file"
        sleep 2.1
        read -r w c < <(once "$store"); iw+=("$w"); ic+=("$c")
        read -r w c < <(once "$store"); sw+=("$w"); sc+=("$c")
    done
    local s_w s_c
    s_w=$(median "${sw[@]}"); s_c=$(median "${sc[@]}")
    echo "  search with nothing changed: median $s_w ms wall, $s_c ms CPU (${sw[*]})"
    echo "  search taking in a claim changed by edit: median $(median "${ew[@]}") ms wall, $(median "${ec[@]}") ms CPU (${ew[*]});" \
        "the update: $(( $(median "${ew[@]}") - s_w )) ms wall, $(( $(median "${ec[@]}") - s_c )) ms CPU"
    echo "  search taking in a claim changed in place: median $(median "${iw[@]}") ms wall, $(median "${ic[@]}") ms CPU (${iw[*]});" \
        "the update: $(( $(median "${iw[@]}") - s_w )) ms wall, $(( $(median "${ic[@]}") - s_c )) ms CPU"
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
    LC_ALL=C ls "$S14/claims" > "$BENCH_DIR/claims-before.txt"
    echo -n "14k add with the similar-claims check: "
    "$CT" time 9 "$BIN" --store "$S14" add "A viral video shows a 10-meter-long anaconda swimming across a river in Brazil." --source csv-vclaims
    echo -n "14k add --no-similar: "
    "$CT" time 9 "$BIN" --store "$S14" add "A viral video shows a 10-meter-long anaconda swimming across a river in Brazil." --source csv-vclaims --no-similar
    remove_added "$S14"
    echo -n "14k: 1 MB query: "
    head -c 1000000 "$CORPUS/vclaims.csv" | tr ',' ' ' > "$BENCH_DIR/big-query.txt"
    "$CT" time 3 "$BIN" --store "$S14" search --limit 5 --file "$BENCH_DIR/big-query.txt"
    echo "14k, one changed claim:" && update "$S14" vclaim-sno-10-meter-anaconda

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
    # The generated claims quote their articles; a claim added here quotes
    # what the first one quotes, from the same article.
    QUOTE=$(sed -n 's/^  quote: //p' "$S100/claims/claim-000000.yaml" | head -1)
    LC_ALL=C ls "$S100/claims" > "$BENCH_DIR/claims-before.txt"
    echo -n "100k add with the similar-claims check: "
    "$CT" time 9 "$BIN" --store "$S100" add "Rural hospitals lost funding for clean energy programs." \
        --source article-00000 --quote "$QUOTE"
    echo -n "100k add --no-similar: "
    "$CT" time 9 "$BIN" --store "$S100" add "Rural hospitals lost funding for clean energy programs." \
        --source article-00000 --quote "$QUOTE" --no-similar
    remove_added "$S100"
    # (The first name by a glob: `ls | head -1` dies of SIGPIPE under pipefail.)
    for FIRST in "$S100"/claims/*.yaml; do break; done
    FIRST=$(basename "$FIRST" .yaml)
    echo "100k, one changed claim:" && update "$S100" "$FIRST"
    ls -l "$S14"/.claimtrack-search.idx "$S100"/.claimtrack-search.idx | awk '{print "index size: " $5 " bytes " $9}'
fi
