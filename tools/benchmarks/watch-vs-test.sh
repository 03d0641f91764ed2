#!/usr/bin/env bash
# How long does a learner wait between saving a kata file and seeing the result?
#
# Measures, on the same edits of katas/00-prerequisites/01-sigma-and-pi/Notation.cs:
#   plain  the time of `dotnet test katas/00-prerequisites` started right after the save;
#   watch  the time from the save until `kata watch prerequisites/sigma-and-pi` prints its result line;
# and prints both medians and their ratio (the goal is watch / plain <= 0.6).
#
# Everything happens in two temporary copies of the repository's tracked files, one per contender, so the learner's
# own files are never touched and watch never sees the plain runs' edits. Plain and watch runs alternate, so a busy
# machine slows both alike. The edits alternate between the committed stub and the stub with Notation.Sum
# implemented, so the kata stays red and watch stays on it.
#
# Usage: tools/benchmarks/watch-vs-test.sh [runs]     (default 5; needs git, bash, perl, GNU date)
set -euo pipefail

RUNS="${1:-5}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/kata-bench-XXXXXX")"
PLAIN="$WORK/plain"
WATCHED="$WORK/watched"
KATA="prerequisites/sigma-and-pi"
STUB="katas/00-prerequisites/01-sigma-and-pi/Notation.cs"
LOG="$WORK/watch.log"
WATCH_PID=""

cleanup() {
  if [[ -n "$WATCH_PID" ]] && kill -0 "$WATCH_PID" 2>/dev/null; then
    # SIGTERM: watch stops its runs and its private compiler server, then exits.
    kill -TERM "$WATCH_PID" 2>/dev/null || true
    wait "$WATCH_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

median() { # the median of its arguments
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }

echo "Copying the repository's tracked files to $WORK (twice) ..."
for copy in "$PLAIN" "$WATCHED"; do
  mkdir -p "$copy"
  (cd "$ROOT" && git ls-files -z | tar --null -cf - -T -) | (cd "$copy" && tar -xf -)
done

# The two versions the edits alternate between: the committed stub, and the same with Sum implemented.
git -C "$ROOT" show "HEAD:$STUB" > "$WORK/stub-a.cs"
perl -0pe 's/throw new NotImplementedException\("TODO Notation\.Sum[^;]*;/return values.Sum();/' "$WORK/stub-a.cs" > "$WORK/stub-b.cs"
if cmp -s "$WORK/stub-a.cs" "$WORK/stub-b.cs"; then
  printf '\n// benchmark edit\n' >> "$WORK/stub-b.cs" # the stub has changed shape: any real edit will do
fi

edit() { # edit <copy> <n>: save version a or b, like a learner pressing Ctrl+S
  if (( $2 % 2 )); then cp "$WORK/stub-b.cs" "$1/$STUB"; else cp "$WORK/stub-a.cs" "$1/$STUB"; fi
}

echo "Building the kata tool and warming up both copies (not measured) ..."
for copy in "$PLAIN" "$WATCHED"; do
  edit "$copy" 0
  (cd "$copy" && dotnet test katas/00-prerequisites > /dev/null 2>&1) || true
done
dotnet build "$WATCHED/tools/MathForML.Kata" -nologo -v:q > /dev/null

results() { grep -cE '^\[[0-9]{2}:[0-9]{2}:[0-9]{2}\] ' "$LOG" || true; }

dotnet "$WATCHED/tools/MathForML.Kata/bin/Debug/net10.0/kata.dll" watch "$KATA" --root "$WATCHED" > "$LOG" 2>&1 &
WATCH_PID=$!
for ((t = 0; t < 600 && $(results) < 1; t++)); do sleep 0.5; done
if (( $(results) < 1 )); then echo "watch printed no result within 5 minutes:"; cat "$LOG"; exit 1; fi
sleep 5 # let watch finish warming up its compiler, as it does while a learner reads the first result

plain=()
watch=()
for ((i = 1; i <= RUNS; i++)); do
  edit "$PLAIN" "$i"
  start=$(now_ms)
  (cd "$PLAIN" && dotnet test katas/00-prerequisites > /dev/null 2>&1) || true # red tests exit non-zero
  plain+=($(( $(now_ms) - start )))
  sleep 1

  before=$(results)
  edit "$WATCHED" "$i"
  start=$(now_ms)
  until (( $(results) > before )); do
    sleep 0.02
    if (( $(now_ms) - start > 300000 )); then echo "watch did not react within 5 minutes:"; cat "$LOG"; exit 1; fi
  done
  watch+=($(( $(now_ms) - start )))
  echo "  run $i: plain $(seconds "${plain[-1]}") s, watch $(seconds "${watch[-1]}") s"
  sleep 2
done

echo "watch's own result lines (its timing covers compile and tests, not the debounce and the file event):"
grep -E '^\[[0-9]{2}:[0-9]{2}:[0-9]{2}\] ' "$LOG" | sed 's/^/    /'

plain_median=$(median "${plain[@]}")
watch_median=$(median "${watch[@]}")
echo
echo "plain  dotnet test katas/00-prerequisites  save to result: median $(seconds "$plain_median") s over $RUNS runs"
echo "watch  kata watch $KATA     save to result: median $(seconds "$watch_median") s over $RUNS runs"
awk -v w="$watch_median" -v p="$plain_median" 'BEGIN { r = w / p; printf "ratio watch / plain: %.2f (goal <= 0.60: %s)\n", r, (r <= 0.6 ? "met" : "not met") }'
