#!/usr/bin/env bash
# How fast does the tool answer? Medians over N runs of each command, the tool already built:
#   ./kata <args>                                        the launcher at the repository root
#   dotnet run --project tools/MathForML.Kata -- <args>  the README's portable command (checks the build first)
# and their ratio. Commands that only read the catalog (hint, list) should answer within 0.3 s through ./kata.
#
# Usage: tools/benchmarks/launcher.sh [runs] [-- args...]   (default 5 runs of `hint svd` and of `list`)
set -euo pipefail

RUNS="${1:-5}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
if [ "${2:-}" = "--" ]; then shift 2; COMMANDS=("$*"); else COMMANDS=("hint svd" "list"); fi

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
time_runs() {
  local times=() start
  for ((i = 1; i <= RUNS; i++)); do
    start=$(now_ms); "$@" > /dev/null 2>&1 || true; times+=($(( $(now_ms) - start )))
  done
  median "${times[@]}"
}

# Warm both paths first: the launcher's build and dotnet run's own build and restore.
./kata --help > /dev/null 2>&1
dotnet run --project tools/MathForML.Kata -- --help > /dev/null 2>&1

for command in "${COMMANDS[@]}"; do
  read -r -a args <<< "$command"
  ./kata "${args[@]}" > /dev/null 2>&1 || true   # once untimed: fills the caches (list's test counts) as a learner's first run does
  launcher=$(time_runs ./kata "${args[@]}")
  portable=$(time_runs dotnet run --project tools/MathForML.Kata -- "${args[@]}")
  echo "$command over $RUNS runs: ./kata median $launcher ms, dotnet run median $portable ms, ratio $(awk -v a="$portable" -v b="$launcher" 'BEGIN { printf "%.1f", a / b }')×"
done
