#!/bin/sh
# Side by side, in the same run: our recognizers and the peer's number and datetime models on the same text.
# Usage (from the repository root): sh benchmarks/peer/compare.sh [STORIES] [PEER_MAX_BYTES]
# Installs the peer into benchmarks/peer/node_modules (ignored by git) on first use.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
stories=${1:-100}
peer_bytes=${2:-200000}
work=${TMPDIR:-/tmp}/cc-peer
mkdir -p "$work"

[ -d "$here/node_modules/@microsoft/recognizers-text-suite" ] || npm install --prefix "$here" --no-audit --no-fund >/dev/null
dotnet build -c Release "$root/benchmarks/ConsistencyCheck.Benchmarks" >/dev/null
bench="$root/benchmarks/ConsistencyCheck.Benchmarks/bin/Release/net10.0/ConsistencyCheck.Benchmarks"

"$bench" generate --stories "$stories" --out "$work/corpus.jsonl" --text-out "$work/news.txt" 2>/dev/null
head -c "$peer_bytes" "$work/news.txt" | sed '$d' > "$work/peer.txt"

ours=$("$bench" recognizers --text "$work/peer.txt" --seconds 3)
peer=$(node "$here/peer.mjs" "$work/peer.txt" "$peer_bytes")
echo "$ours"
echo "$peer"

value() { echo "$1" | grep "^$2" | head -1 | sed 's/.*: \([0-9.]*\) MB\/s.*/\1/'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f", a / b; else print "n/a" }'; }
echo "ratio numbers (ours numbers / peer numbers): $(ratio "$(value "$ours" 'numbers:')" "$(value "$peer" 'peer numbers:')")x"
echo "ratio numbers+dates (ours / peer): $(ratio "$(value "$ours" 'numbers+dates:')" "$(value "$peer" 'peer numbers+dates:')")x"
echo "ratio whole stage (ours numbers+quantities+dates / peer numbers+dates): $(ratio "$(value "$ours" 'whole stage')" "$(value "$peer" 'peer numbers+dates:')")x"
