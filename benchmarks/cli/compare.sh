#!/usr/bin/env sh
# End to end, the way users run it: publishes the CLI of this tree and of a baseline commit for this platform
# (ReadyToRun where the project asks for it), then alternates `check CORPUS --format jsonl --out … --stats` between
# the two builds, ROUNDS times per corpus, and prints one Markdown row per run: wall seconds, MB/s, CPU-seconds
# (user + system, from GNU time), MB per CPU-second, peak resident MB and the CLI's own stage times. The last run of
# each build's report lines are compared byte for byte.
#
#   sh benchmarks/cli/compare.sh BASELINE_COMMIT ROUNDS CORPUS.jsonl [CORPUS.jsonl …]
#
# Needs GNU time (/usr/bin/time), git and tar. Sources and builds go to a temporary folder, removed at the end.
set -eu
base="$1"; rounds="$2"; shift 2
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"

mkdir "$work/base-src"
git -C "$repo" archive "$base" | tar -x -C "$work/base-src"
dotnet publish "$work/base-src/src/ConsistencyCheck.Cli" -c Release -r "$rid" --self-contained false -o "$work/base" >/dev/null
dotnet publish "$repo/src/ConsistencyCheck.Cli" -c Release -r "$rid" --self-contained false -o "$work/new" >/dev/null

echo "| build | corpus | MB | wall s | MB/s | CPU s | MB per CPU-s | peak MB | stages (CLI --stats) |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
for corpus in "$@"; do
  bytes="$(wc -c < "$corpus")"
  i=0
  while [ "$i" -lt "$rounds" ]; do
    for build in base new; do
      /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$work/$build/consistency-check" check "$corpus" --format jsonl \
        --out "$work/$build.jsonl" --stats 2> "$work/stats"
      stages="$(sed -n 's/^stats: seconds: //p' "$work/stats")"
      awk -v b="$build" -v c="$(basename "$corpus")" -v bytes="$bytes" -v st="$stages" '{
        cpu = $2 + $3; mb = bytes / 1e6
        printf "| %s | %s | %.1f | %.2f | %.2f | %.2f | %.2f | %.0f | %s |\n", b, c, mb, $1, mb / $1, cpu, mb / cpu, $4 / 1024, st }' "$work/time"
    done
    i=$((i + 1))
  done
  if cmp -s "$work/base.jsonl" "$work/new.jsonl"; then echo "<!-- $(basename "$corpus"): report lines identical -->"; else echo "<!-- $(basename "$corpus"): REPORT LINES DIFFER -->"; fi
done
