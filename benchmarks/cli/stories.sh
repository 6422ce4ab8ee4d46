#!/usr/bin/env sh
# The cost of stories end to end (issue 16): publishes the CLI of this tree for this platform, then alternates
# `check CORPUS --format jsonl --out … --stats` with `--stories auto` and `--stories none`, ROUNDS pairs (the order
# swaps every round), and prints one Markdown row per run: wall seconds, CPU-seconds (user + system, from GNU time),
# peak resident MB, GC pauses, and the CLI's own story line (signatures on the workers, grouping at the barrier and
# their share of the run, measured in the run itself).
#
#   sh benchmarks/cli/stories.sh ROUNDS CORPUS.jsonl
#
# Needs GNU time (/usr/bin/time). The build and the reports go to a temporary folder, removed at the end.
set -eu
rounds="$1"; corpus="$2"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
dotnet publish "$repo/src/ConsistencyCheck.Cli" -c Release -r "$rid" --self-contained false -o "$work/cli" >/dev/null

echo "| round | stories | wall s | CPU s | peak MB | GC pauses s | story work (CLI --stats) |"
echo "|---:|---|---:|---:|---:|---:|---|"
i=0
while [ "$i" -lt "$rounds" ]; do
  if [ $((i % 2)) -eq 0 ]; then order="auto none"; else order="none auto"; fi
  for mode in $order; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$work/cli/consistency-check" check "$corpus" --format jsonl \
      --out "$work/$mode.jsonl" --stories "$mode" --stats 2> "$work/stats"
    story="$(sed -n 's/^stats: stories: //p' "$work/stats")"
    pauses="$(sed -n 's/.*pauses \([0-9.]*\) s.*/\1/p' "$work/stats")"
    awk -v r="$i" -v m="$mode" -v st="${story:--}" -v p="$pauses" '{
      printf "| %d | %s | %.2f | %.2f | %.0f | %s | %s |\n", r, m, $1, $2 + $3, $4 / 1024, p, st }' "$work/time"
  done
  i=$((i + 1))
done
