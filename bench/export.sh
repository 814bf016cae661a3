#!/usr/bin/env bash
# How long `export --format sqlite` takes, and how much memory, on stores.
#
#   bench/export.sh [STORE…]     (default: /tmp/claimtrack-bench/10000 and /100000,
#                                 made by bench/run.sh)
#   CLAIMTRACK=path RUNS=3 bench/export.sh …
#
# Each store is exported RUNS times (default 3) into a temporary folder; the
# best wall time, the peak memory of that run (/usr/bin/time, Debian package
# `time`), the database's size and the load average before the runs are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${CLAIMTRACK:-}" ]]; then
  cargo build --release --quiet --bin claimtrack
  CLAIMTRACK="$PWD/target/release/claimtrack"
fi
RUNS=${RUNS:-3}
STORES=("$@")
if [ ${#STORES[@]} -eq 0 ]; then
  STORES=(/tmp/claimtrack-bench/10000 /tmp/claimtrack-bench/100000)
fi
if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing; install Debian's \`time\` package" >&2
  exit 2
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-40s %8s %10s %10s %8s  %s\n' store claims seconds peak_KB db_MB load
for store in "${STORES[@]}"; do
  if [ ! -d "$store/claims" ]; then
    echo "bench: $store holds no claims/ (bench/run.sh generates stores)" >&2
    exit 2
  fi
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  best=""
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$out/time" -f '%e %M' "$CLAIMTRACK" --store "$store" export "$out/x.db" 2>/dev/null
    m=$(tail -1 "$out/time")
    if [[ -z "$best" ]] || awk -v a="${m%% *}" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then
      best=$m
    fi
  done
  claims=$(find "$store/claims" -maxdepth 1 -name '*.yaml' | wc -l)
  mb=$(( $(stat -c %s "$out/x.db") / 1048576 ))
  printf '%-40s %8s %10s %10s %8s  %s\n' "$store" "$claims" "${best%% *}" "${best##* }" "$mb" "$load"
done
