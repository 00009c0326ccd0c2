#!/usr/bin/env bash
# Serves mutated KIS answers to the unchanged client, one process per seed, and counts what comes out:
#   crashes (a process that died), clean failures (a KISError naming field and rule), unchanged results, and
#   wrong-data successes (a changed result that passed every check; by field, to compare with the documented
#   `undetectable` list in Tests/KISAPITests/Fuzz/ReplyFuzzTests.swift).
# Usage: scripts/fuzz-replies.sh [seeds (default 5)] [cases per seed (default 2000)]
set -uo pipefail
cd "$(dirname "$0")/.."
SEEDS="${1:-5}"
CASES="${2:-2000}"
swift build --build-tests >/dev/null 2>&1 || { echo "fuzz: build failed" >&2; exit 1; }
crashes=0; total=0; clean=0; unchanged=0; wrong=0; other=0
for seed in $(seq 1 "$SEEDS"); do
  out="$(KISDASH_FUZZ_SEED=$seed KISDASH_FUZZ_CASES=$CASES swift test --skip-build --filter ReplyFuzzTests 2>&1)"
  line="$(grep -E '^fuzz seed' <<<"$out")"
  if [ -z "$line" ]; then crashes=$((crashes + 1)); echo "seed $seed: the process died"; continue; fi
  echo "$line"
  grep -E '^fuzz wrong-data fields' <<<"$out" | cut -c1-400
  grep -E 'wrong-data successes: \[' <<<"$out" | sed 's/^.*wrong-data successes:/  NOT IN THE UNDETECTABLE LIST:/'
  read -r n c u w o < <(sed -E 's/.*: ([0-9]+) mutated replies: clean failures ([0-9]+) .*unchanged ([0-9]+), wrong-data successes ([0-9]+), other errors ([0-9]+)/\1 \2 \3 \4 \5/' <<<"$line")
  total=$((total + n)); clean=$((clean + c)); unchanged=$((unchanged + u)); wrong=$((wrong + w)); other=$((other + o))
done
echo "fuzz total: $total mutated replies over $SEEDS seeds: crashes $crashes, clean failures $clean," \
  "unchanged $unchanged, wrong-data successes $wrong (fields no rule can check; see the list), other errors $other"
