#!/usr/bin/env bash
# How long does a learner wait between saving a kata file and seeing the result?
#
# Measures, on the same edits of katas/00-prerequisites/Notation.cs:
#   plain  the time of `dotnet test katas/00-prerequisites` started right after the save;
#   watch  the time from the save until `kata watch prerequisites/sigma-and-pi` prints its result line;
# and prints both medians and their ratio (the goal is watch / plain <= 0.6).
#
# Everything happens in a temporary copy of the repository's tracked files: the learner's own files are never
# touched. The edits alternate between the committed stub and the stub with Notation.Sum implemented, so the kata
# stays red and watch stays on it.
#
# Usage: tools/benchmarks/watch-vs-test.sh [runs]     (default 5; needs git, bash, GNU date)
set -euo pipefail

RUNS="${1:-5}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/kata-bench-XXXXXX")"
KATA="prerequisites/sigma-and-pi"
STUB="katas/00-prerequisites/Notation.cs"
LOG="$WORK/.watch.log"
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

median() { # prints the median of its arguments (milliseconds)
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }

echo "Copying the repository's tracked files to $WORK ..."
(cd "$ROOT" && git ls-files -z | tar --null -cf - -T -) | (cd "$WORK" && tar -xf -)

# The two versions the edits alternate between: the committed stub, and the same with Sum implemented.
git -C "$ROOT" show "HEAD:$STUB" > "$WORK/.stub-a.cs"
perl -0pe 's/throw new NotImplementedException\("TODO Notation\.Sum[^;]*;/return values.Sum();/' "$WORK/.stub-a.cs" > "$WORK/.stub-b.cs"
if cmp -s "$WORK/.stub-a.cs" "$WORK/.stub-b.cs"; then
  printf '\n// benchmark edit\n' >> "$WORK/.stub-b.cs" # the stub has changed shape: any real edit will do
fi
cp "$WORK/.stub-a.cs" "$WORK/$STUB"

edit() { # edit <n>: save version a or b, like a learner pressing Ctrl+S
  if (( $1 % 2 )); then cp "$WORK/.stub-b.cs" "$WORK/$STUB"; else cp "$WORK/.stub-a.cs" "$WORK/$STUB"; fi
}

cd "$WORK"
echo "Building the kata tool and warming up the topic (not measured) ..."
dotnet build tools/MathForML.Kata -nologo -v:q > /dev/null
dotnet test katas/00-prerequisites > /dev/null 2>&1 || true

plain=()
for ((i = 1; i <= RUNS; i++)); do
  edit "$i"
  start=$(now_ms)
  dotnet test katas/00-prerequisites > /dev/null 2>&1 || true # red tests exit non-zero
  plain+=($(( $(now_ms) - start )))
  echo "  plain run $i: $(seconds "${plain[-1]}") s"
done

results() { grep -cE '^\[[0-9]{2}:[0-9]{2}:[0-9]{2}\] ' "$LOG" || true; }

dotnet tools/MathForML.Kata/bin/Debug/net10.0/kata.dll watch "$KATA" --root "$WORK" > "$LOG" 2>&1 &
WATCH_PID=$!
for ((t = 0; t < 600 && $(results) < 1; t++)); do sleep 0.5; done
if (( $(results) < 1 )); then echo "watch printed no result within 5 minutes:"; cat "$LOG"; exit 1; fi
sleep 5 # let watch finish warming up its compiler, as it does while a learner reads the first result

watch=()
for ((i = 1; i <= RUNS; i++)); do
  before=$(results)
  edit "$((i + RUNS))" # continue the alternation where the plain runs left it
  start=$(now_ms)
  until (( $(results) > before )); do
    sleep 0.02
    if (( $(now_ms) - start > 300000 )); then echo "watch did not react within 5 minutes:"; cat "$LOG"; exit 1; fi
  done
  watch+=($(( $(now_ms) - start )))
  echo "  watch run $i: $(seconds "${watch[-1]}") s"
  sleep 2
done

echo "watch's own result lines (its timing covers compile and tests, not the debounce and the file event):"
grep -E '^\[[0-9]{2}:[0-9]{2}:[0-9]{2}\] ' "$LOG" | sed 's/^/    /'

plain_median=$(median "${plain[@]}")
watch_median=$(median "${watch[@]}")
echo
echo "plain dotnet test katas/00-prerequisites, save to result: median $(seconds "$plain_median") s over $RUNS runs"
echo "kata watch $KATA, save to result:              median $(seconds "$watch_median") s over $RUNS runs"
awk -v w="$watch_median" -v p="$plain_median" 'BEGIN { r = w / p; printf "ratio watch / plain: %.2f (goal <= 0.60: %s)\n", r, (r <= 0.6 ? "met" : "not met") }'
