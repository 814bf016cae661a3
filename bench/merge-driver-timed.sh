#!/usr/bin/env bash
# The merge driver as bench/merge.sh registers it: `claimtrack merge-driver`,
# its wall time in milliseconds appended to the log named first.
log=$1
shift
t0=$(date +%s%N)
code=0
claimtrack merge-driver "$@" || code=$?
echo "$((($(date +%s%N) - t0) / 1000000)) $code" >>"$log"
exit "$code"
