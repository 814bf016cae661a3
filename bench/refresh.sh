#!/usr/bin/env bash
# Measure `source refresh --all` on N unchanged sources served from 127.0.0.1.
#
#   bench/refresh.sh [N]        (default: 200)
#
# Serves N article pages with Python's http.server (which answers 304 to
# If-Modified-Since) from a temporary folder on an ephemeral port of
# 127.0.0.1, stores each with `source add URL`, then times $RUNS runs
# (default 5) of `source refresh --all`: every source is fetched again and
# found unchanged. Target: at most 2 s for 200 sources. Nothing leaves the
# machine.
set -euo pipefail

cd "$(dirname "$0")/.."
N=${1:-200}
RUNS=${RUNS:-5}
cargo build --release --quiet --bin claimtrack
BIN=$PWD/target/release/claimtrack
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
export CLAIMTRACK_USER=bench NO_COLOR=1

mkdir -p "$WORK/site"
for i in $(seq 1 "$N"); do
    cat >"$WORK/site/story-$i.html" <<HTML
<!doctype html><html lang="en"><head><title>Story $i | Bench Herald</title>
<meta property="og:site_name" content="Bench Herald"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Story $i</h1>
<p>The council of town number $i voted on Monday to repair the old bridge, which has been closed to lorries since the spring floods damaged its piers.</p>
<p>"We cannot wait another winter," the mayor said, adding that the work would cost about $i thousand euros and take three months.</p>
<p>Residents said the detour had added half an hour to their daily journeys, and shop owners in the centre reported falling trade.</p>
</article><footer>Copyright Bench Herald</footer></body></html>
HTML
done

python3 -u -m http.server --bind 127.0.0.1 0 --directory "$WORK/site" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
PORT=
for _ in $(seq 1 50); do
    PORT=$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$WORK/server.log" | head -1)
    [ -n "$PORT" ] && break
    sleep 0.1
done
[ -n "$PORT" ] || { echo "bench: the local server did not start" >&2; exit 2; }

"$BIN" init "$WORK/store" >/dev/null
cd "$WORK/store"
for i in $(seq 1 "$N"); do
    "$BIN" source add "http://127.0.0.1:$PORT/story-$i.html" >/dev/null
done

echo "source refresh --all on $N unchanged sources ($RUNS runs):"
for _ in $(seq 1 "$RUNS"); do
    start=$EPOCHREALTIME
    "$BIN" source refresh --all >"$WORK/out.txt"
    end=$EPOCHREALTIME
    printf '  %s s  (%s)\n' "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')" \
        "$(grep '^refreshed' "$WORK/out.txt")"
done
