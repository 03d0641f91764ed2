#!/usr/bin/env bash
# How long does `dotnet test` on one topic take for a learner? Two timings, medians over N runs:
#   no-build     `dotnet test <topic> --no-build` (the tests alone, plus the test host's start)
#   incremental  after an edit of one stub, `dotnet test <topic>` (compile the kata project, then test)
# The edit is made in a temporary copy of the repository's tracked files, so the learner's files are never touched.
#
# Usage: tools/benchmarks/test-loop.sh [topic-folder] [runs]   (default katas/01-linear-algebra, 5 runs)
set -euo pipefail

TOPIC="${1:-katas/01-linear-algebra}"
RUNS="${2:-5}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/kata-loop-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

git -C "$ROOT" ls-files -z | (cd "$ROOT" && xargs -0 cp --parents -t "$WORK")
STUB="$(cd "$WORK" && ls "$TOPIC"/01-*/*.cs | grep -v 'Tests.cs$' | head -n 1)"
(cd "$WORK" && dotnet build "$TOPIC" > /dev/null 2>&1)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

no_build=() incremental=()
for ((i = 1; i <= RUNS; i++)); do
  start=$(now_ms); (cd "$WORK" && dotnet test "$TOPIC" --no-build > /dev/null 2>&1) || true; no_build+=($(( $(now_ms) - start )))
  printf '\n// edit %d\n' "$i" >> "$WORK/$STUB"
  start=$(now_ms); (cd "$WORK" && dotnet test "$TOPIC" > /dev/null 2>&1) || true; incremental+=($(( $(now_ms) - start )))
done
echo "$TOPIC over $RUNS runs: no-build median $(median "${no_build[@]}") ms (${no_build[*]}), incremental median $(median "${incremental[@]}") ms (${incremental[*]})"
