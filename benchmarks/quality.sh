#!/usr/bin/env bash
# Extraction quality: newsgraph vs. the SVO baseline (benchmarks/baseline_svo.py) on the seed and on the
# BBC development set (tests/data/bbc_dev_gold.jsonl), each scored with ../shared/eval/score.py.
# Prints the scorer's closing line for each of the four runs; the system outputs stay in $OUT.
#
#     benchmarks/quality.sh            # from the project root, after `make install`
#     OUT=/tmp/q benchmarks/quality.sh # keep the JSONL outputs elsewhere (default: out/quality)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
NEWSGRAPH=${NEWSGRAPH:-.venv/bin/newsgraph}
SHARED=${SHARED:-../shared}
OUT=${OUT:-out/quality}
SCORE="$SHARED/eval/score.py"
SEED="$SHARED/seeds/000_daf806983e2d4952.txt"
SEED_GOLD="$SHARED/eval/seed_gold.jsonl"
DEV_GOLD=tests/data/bbc_dev_gold.jsonl

mkdir -p "$OUT"
# The dev set's documents: every distinct `doc` of the gold file, under ../shared/corpus/.
mapfile -t DEV_DOCS < <("$PY" -c '
import json, sys
docs = sorted({json.loads(line)["doc"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()})
print("\n".join(f"{sys.argv[2]}/corpus/{doc}" for doc in docs))
' "$DEV_GOLD" "$SHARED")

"$NEWSGRAPH" extract "$SEED" --format jsonl > "$OUT/newsgraph-seed.jsonl"
"$NEWSGRAPH" extract "${DEV_DOCS[@]}" --format jsonl > "$OUT/newsgraph-dev.jsonl"
"$PY" benchmarks/baseline_svo.py "$SEED" > "$OUT/baseline-seed.jsonl"
"$PY" benchmarks/baseline_svo.py "${DEV_DOCS[@]}" > "$OUT/baseline-dev.jsonl"

score() {  # system, set, gold file, output file
  printf '%-9s %-5s ' "$1" "$2"
  python3 "$SCORE" --gold "$3" --system "$4" | tail -n 1
}
echo "# ${#DEV_DOCS[@]} dev documents; outputs in $OUT"
score newsgraph seed "$SEED_GOLD" "$OUT/newsgraph-seed.jsonl"
score baseline  seed "$SEED_GOLD" "$OUT/baseline-seed.jsonl"
score newsgraph dev  "$DEV_GOLD" "$OUT/newsgraph-dev.jsonl"
score baseline  dev  "$DEV_GOLD" "$OUT/baseline-dev.jsonl"
