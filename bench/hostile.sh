#!/usr/bin/env bash
# How long `check` (and `list`) take, and how much memory, on a hostile
# store: a FIFO, links to a device and to a file outside the store, a
# linked source folder, a 2 MiB alias bomb with bare CR line breaks, and
# 2 MiB files nested as deep as they can be. Target: each run under 2 s and
# 1 GB, naming every file. (Every line-break convention is covered by
# tests/cli/hostile.rs; BOMBS="lf cr crlf nel ls" puts one of each here.)
#
#   bench/hostile.sh            # builds the release binary first
#   CLAIMTRACK=path bench/hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${CLAIMTRACK:-}" ]]; then
  cargo build --release --quiet
  CLAIMTRACK="$PWD/target/release/claimtrack"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store="$work/store"
"$CLAIMTRACK" init "$store" >/dev/null
cd "$store"
mkfifo claims/fifo.yaml
ln -s /dev/zero claims/zero.yaml
echo "https://alice:ghp_secret@github.com" >"$work/credentials"
ln -s "$work/credentials" claims/secret.yaml
mkdir "$work/outside"
ln -s "$work/outside" sources/linked
BOMBS="${BOMBS:-cr}" python3 - <<'EOF'
limit = 2 * 1024 * 1024 - 64
import os
breaks = {"lf": "\n", "cr": "\r", "crlf": "\r\n", "nel": "\u0085", "ls": "\u2028"}
for name in os.environ.get("BOMBS", "cr").split():
    br = breaks[name]
    # As many aliases as fit: every one expands to the whole anchored list.
    n = 3000
    xs = ",".join(["x"] * n)
    head = f"id: bomb-{name}{br}statement: s{br}rating: [{br}&a [{xs}],{br}[{br}"
    refs = []
    size = len(head.encode())
    while size < limit:
        refs.append("*a")
        size += len(("*a," + br).encode())
    text = head + ("," + br).join(refs) + "]]" + br
    open(f"claims/bomb-{name}.yaml", "w", encoding="utf-8", newline="").write(text)
depth = (limit - 40) // 2
open("claims/nested-flow.yaml", "w").write("id: nested-flow\nrating: " + "[" * depth + "]" * depth + "\n")
open("claims/nested-map.yaml", "w").write("id: nested-map\nrating: " + "{a: " * (depth // 3) + "}" * (depth // 3) + "\n")
open("claims/nested-block.yaml", "w").write("id: nested-block\nrating:\n" + "- " * depth + "x\n")
EOF
ls -l claims | sed 's/^/  /'
for cmd in check list; do
  echo "== claimtrack $cmd"
  /usr/bin/time -f "  %e s elapsed, %M KB peak resident" "$CLAIMTRACK" "$cmd" >"$work/out" 2>"$work/err" || true
  tail -1 "$work/err"
  cat "$work/out" "$work/err" | grep -o 'claims/[a-z-]*\.yaml\|sources/linked' | sort -u | tr '\n' ' '
  echo
done
