#!/usr/bin/env bash
# Measure a merge of two desks' clones of one store in git.
#
#   bench/merge.sh [N]           (default: 100000 claims)
#
# A store of N claims (the `bench-store` example, under
# $BENCH_DIR/v2/N, default /tmp/claimtrack-bench) is committed in a git
# repository; two clones, `alice` and `bob`, each change $CHANGES claims
# (default 1000) through the CLI, $OVERLAP of them (default 100) on both
# sides, and commit. Then bob's commit is merged into alice's clone with
# the claimtrack merge driver registered as README says, $RUNS times
# (default 3; each from alice's commit, tagged `before-merge`). Printed: the median wall
# time of `git merge`, how many times git ran the driver and how long they
# took in all, the conflicts left (there must be none), and `claimtrack
# check` on the merged store. The repositories stay under
# $BENCH_DIR/merge-N (SETUP=1 builds them again).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
N=${1:-100000}
BENCH_DIR=${BENCH_DIR:-/tmp/claimtrack-bench}
CHANGES=${CHANGES:-1000}
OVERLAP=${OVERLAP:-100}
RUNS=${RUNS:-3}
W=$BENCH_DIR/merge-$N

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    cargo build --release --quiet --bin claimtrack --example bench-store
fi
BIN=$ROOT/target/release/claimtrack
GEN=$ROOT/target/release/examples/bench-store
# `claimtrack` on the PATH, as the driver line in README names it.
export PATH=$ROOT/target/release:$PATH NO_COLOR=1
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.org
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.org
# The driver runs through a wrapper that logs each run's wall time.
DRIVER_LOG=$W/driver.log
ms() { echo $(($(date +%s%N) / 1000000)); }

id_of() { printf 'claim-%06d' "$1"; }

# change DESK FIRST COUNT: the desk changes claims FIRST … FIRST+COUNT-1 through
# the CLI, one command each: evidence, assign, respond, tag, in turn.
change() {
    local desk=$1 first=$2 count=$3 i id
    for ((i = first; i < first + count; i++)); do
        id=$(id_of "$i")
        case $((i % 4)) in
            0) claimtrack evidence "$id" --stance context --summary "$desk found the budget line" \
                --url "https://$desk.example/$i" ;;
            1) claimtrack assign "$id" --to "$desk" --due 2030-01-0$((i % 9 + 1)) ;;
            2) claimtrack respond "$id" --party "Office of the $desk desk" --kind declined ;;
            3) claimtrack edit "$id" --tag "$desk-desk" ;;
        esac >/dev/null
    done
}

if [ "${SETUP:-0}" = 1 ] || [ ! -f "$W/ready" ]; then
    rm -rf "$W"
    mkdir -p "$W"
    store=$BENCH_DIR/v2/$N
    if [ ! -d "$store/claims" ]; then
        echo "generating $N claims in $store …" >&2
        mkdir -p "$BENCH_DIR/v2"
        "$GEN" generate "$N" "$store"
    fi
    t=$(ms)
    cp -r "$store" "$W/base"
    find "$W/base" -maxdepth 1 -name '.claimtrack-*' -exec rm -rf {} +
    git -C "$W/base" init -q -b main
    git -C "$W/base" add -A
    git -C "$W/base" commit -q -m "store of $N claims"
    echo "set up: $N claims committed in $((($(ms) - t) / 1000)) s" >&2
    for desk in alice bob; do
        git clone -q "$W/base" "$W/$desk"
        git -C "$W/$desk" config merge.claimtrack.driver \
            "$ROOT/bench/merge-driver-timed.sh $DRIVER_LOG %O %A %B"
    done
    # alice changes claims [0, CHANGES); bob [CHANGES-OVERLAP, 2·CHANGES-OVERLAP):
    # the last OVERLAP of alice's are bob's first.
    t=$(ms)
    (cd "$W/alice" && CLAIMTRACK_USER=alice CLAIMTRACK_NOW=2026-03-01T10:00:00Z change alice 0 "$CHANGES")
    (cd "$W/bob" && CLAIMTRACK_USER=bob CLAIMTRACK_NOW=2026-03-01T11:00:00Z \
        change bob $((CHANGES - OVERLAP)) "$CHANGES")
    echo "set up: $((2 * CHANGES)) changes through the CLI in $((($(ms) - t) / 1000)) s" >&2
    for desk in alice bob; do
        git -C "$W/$desk" add -A
        git -C "$W/$desk" commit -q -m "$desk: $CHANGES claims changed"
    done
    git -C "$W/alice" fetch -q "$W/bob" main:bob
    # What each run starts from: alice's commit, before the merge.
    git -C "$W/alice" tag before-merge
    touch "$W/ready"
fi

cd "$W/alice"
git reset -q --hard before-merge
changed_a=$(git diff --name-only HEAD~1 HEAD | wc -l)
changed_b=$(git diff --name-only bob~1 bob | wc -l)
both=$(comm -12 <(git diff --name-only HEAD~1 HEAD | sort) <(git diff --name-only bob~1 bob | sort) | wc -l)

echo "merge of two clones of a $N-claim store: $changed_a files changed by alice, $changed_b by bob, $both by both"
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(git --version)"
walls=()
for _ in $(seq "$RUNS"); do
    git reset -q --hard before-merge
    : >"$DRIVER_LOG"
    t0=$(date +%s%N)
    git merge -q --no-edit bob >/dev/null 2>"$W/merge.err" || true
    t1=$(date +%s%N)
    walls+=($(((t1 - t0) / 1000000)))
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
runs=$(wc -l <"$DRIVER_LOG")
driver_ms=$(awk '{ s += $1 } END { print s + 0 }' "$DRIVER_LOG")
conflicts=$(git diff --name-only --diff-filter=U | wc -l)
markers=$(git grep -l -E '^(<<<<<<<|>>>>>>>) ' -- claims | wc -l || true)
merged=$(git log -1 --format=%s)
echo
echo "| what | figure |"
echo "| --- | --- |"
echo "| \`git merge\` (median of $RUNS: ${walls[*]} ms) | $(awk -v m="$median" 'BEGIN { printf "%.2f s", m / 1000 }') |"
echo "| merge driver runs, and their time in all (last run) | $runs, $driver_ms ms |"
echo "| conflicts left (files unmerged; files with markers) | $conflicts; $markers |"
echo "| merge commit | $merged |"
t0=$(date +%s%N)
code=0
CLAIMTRACK_STORE=$W/alice claimtrack check >"$W/check.out" 2>&1 || code=$?
t1=$(date +%s%N)
echo "| \`claimtrack check\` of the merged store | exit $code in $(((t1 - t0) / 1000000)) ms: $(tail -1 "$W/check.out" | cut -c1-100) |"
if [ -s "$W/merge.err" ]; then
    echo
    echo "git said:"
    head -5 "$W/merge.err"
fi
[ "$conflicts" = 0 ] && [ "$markers" = 0 ] && [ "$code" = 0 ]
