#!/usr/bin/env bash
# Writes the CLI's reports over every fixed input into OUT, so that two trees can be compared byte for byte:
#   tools/refactor/report-bytes.sh /tmp/before && (change) && tools/refactor/report-bytes.sh /tmp/after && diff -r /tmp/before /tmp/after
# Inputs: samples/, every gold and holdout story file, each real-news story and all of them together (when
# ../shared/real-news exists), and a generated corpus of 10k documents (made once, cached in /tmp). Formats json and
# jsonl, through `check` and through `extract` + `compare`. Run both trees from the same path (reports name their sources).
set -euo pipefail
out=${1:?usage: report-bytes.sh OUTDIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
bin="$out/.cli"
dotnet build -c Release -v q -nologo "$root/src/ConsistencyCheck.Cli" -o "$bin" >/dev/null
cli() { dotnet "$bin/consistency-check.dll" "$@"; }
corpus=/tmp/consistencycheck-10k.jsonl
if [ ! -s "$corpus" ]; then
  dotnet run -c Release --project "$root/benchmarks/ConsistencyCheck.Benchmarks" -- generate --stories 2000 --out "$corpus" --truth /tmp/consistencycheck-10k.truth.jsonl >/dev/null
fi
declare -A inputs=([samples]="$root/samples" [gold]="$root/tests/ConsistencyCheck.Tests/Gold/stories.jsonl" [corpus10k]="$corpus")
for h in holdout holdout2 holdout3; do inputs[$h]="$root/tests/ConsistencyCheck.Tests/Gold/$h/stories.jsonl"; done
news="$root/../shared/real-news/basil-dev"
if [ -d "$news" ]; then
  inputs[realnews-all]="$news"
  for f in "$news"/*.jsonl; do inputs["realnews-$(basename "$f" .jsonl | cut -c1-8)"]="$f"; done
fi
for name in $(printf '%s\n' "${!inputs[@]}" | sort); do
  src=${inputs[$name]}
  for fmt in json jsonl; do
    cli check "$src" --format "$fmt" --out "$out/$name.check.$fmt" 2>/dev/null || true
  done
  cli extract "$src" --out "$out/$name.assertions.jsonl" 2>/dev/null || true
  # extract writes documents in completion order: sorted, so that two trees' files compare.
  LC_ALL=C sort -o "$out/$name.assertions.jsonl" "$out/$name.assertions.jsonl"
  for fmt in json jsonl; do
    cli compare "$out/$name.assertions.jsonl" --format "$fmt" --out "$out/$name.compare.$fmt" 2>/dev/null || true
  done
done
rm -rf "$bin"
ls "$out" | wc -l
