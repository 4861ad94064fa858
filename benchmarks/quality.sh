#!/usr/bin/env bash
# Extraction quality: newsgraph vs. the SVO baseline (benchmarks/baseline_svo.py) on the seed and on the
# BBC development set (tests/data/bbc_dev_gold.jsonl) and on the thirty-two held-out BBC test sets
# (tests/data/bbc_test_gold.jsonl, bbc_test2_gold.jsonl, bbc_test3_gold.jsonl, bbc_test4_gold.jsonl,
# bbc_test5_gold.jsonl, bbc_test6_gold.jsonl, bbc_test7_gold.jsonl, bbc_test8_gold.jsonl, bbc_test9_gold.jsonl, bbc_test10_gold.jsonl, bbc_test11_gold.jsonl, bbc_test12_gold.jsonl, bbc_test13_gold.jsonl, bbc_test14_gold.jsonl, bbc_test15_gold.jsonl, bbc_test16_gold.jsonl, bbc_test17_gold.jsonl, bbc_test18_gold.jsonl, bbc_test19_gold.jsonl, bbc_test20_gold.jsonl, bbc_test21_gold.jsonl, bbc_test22_gold.jsonl, bbc_test23_gold.jsonl, bbc_test24_gold.jsonl, bbc_test25_gold.jsonl and bbc_test26_gold.jsonl, bbc_test27_gold.jsonl, bbc_test28_gold.jsonl, bbc_test29_gold.jsonl, bbc_test30_gold.jsonl, bbc_test31_gold.jsonl, bbc_test32_gold.jsonl, never
# read while writing rules), each scored with ../shared/eval/score.py, and on the synthetic international-news sets
# (tests/data/synthetic/: articles written for this project; dev, dev2-dev47 are read while writing rules, test,
# test2-test35 are not). Prints the scorer's closing line for each run; the system outputs stay in $OUT.
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
TEST_GOLD=tests/data/bbc_test_gold.jsonl
TEST2_GOLD=tests/data/bbc_test2_gold.jsonl
TEST3_GOLD=tests/data/bbc_test3_gold.jsonl
TEST4_GOLD=tests/data/bbc_test4_gold.jsonl
TEST5_GOLD=tests/data/bbc_test5_gold.jsonl
TEST6_GOLD=tests/data/bbc_test6_gold.jsonl
TEST7_GOLD=tests/data/bbc_test7_gold.jsonl
TEST8_GOLD=tests/data/bbc_test8_gold.jsonl
TEST9_GOLD=tests/data/bbc_test9_gold.jsonl
TEST10_GOLD=tests/data/bbc_test10_gold.jsonl
TEST11_GOLD=tests/data/bbc_test11_gold.jsonl
TEST12_GOLD=tests/data/bbc_test12_gold.jsonl
TEST13_GOLD=tests/data/bbc_test13_gold.jsonl
TEST14_GOLD=tests/data/bbc_test14_gold.jsonl
TEST15_GOLD=tests/data/bbc_test15_gold.jsonl
TEST16_GOLD=tests/data/bbc_test16_gold.jsonl
TEST17_GOLD=tests/data/bbc_test17_gold.jsonl
TEST18_GOLD=tests/data/bbc_test18_gold.jsonl
TEST19_GOLD=tests/data/bbc_test19_gold.jsonl
TEST20_GOLD=tests/data/bbc_test20_gold.jsonl
TEST21_GOLD=tests/data/bbc_test21_gold.jsonl
TEST22_GOLD=tests/data/bbc_test22_gold.jsonl
TEST23_GOLD=tests/data/bbc_test23_gold.jsonl
TEST24_GOLD=tests/data/bbc_test24_gold.jsonl
TEST25_GOLD=tests/data/bbc_test25_gold.jsonl
TEST26_GOLD=tests/data/bbc_test26_gold.jsonl
TEST27_GOLD=tests/data/bbc_test27_gold.jsonl
TEST28_GOLD=tests/data/bbc_test28_gold.jsonl
TEST29_GOLD=tests/data/bbc_test29_gold.jsonl
TEST30_GOLD=tests/data/bbc_test30_gold.jsonl
TEST31_GOLD=tests/data/bbc_test31_gold.jsonl
TEST32_GOLD=tests/data/bbc_test32_gold.jsonl
SYN_DEV_GOLD=tests/data/synthetic_dev_gold.jsonl
SYN_TEST_GOLD=tests/data/synthetic_test_gold.jsonl
SYN_DEV2_GOLD=tests/data/synthetic_dev2_gold.jsonl
SYN_DEV3_GOLD=tests/data/synthetic_dev3_gold.jsonl
SYN_DEV4_GOLD=tests/data/synthetic_dev4_gold.jsonl
SYN_DEV5_GOLD=tests/data/synthetic_dev5_gold.jsonl
SYN_TEST3_GOLD=tests/data/synthetic_test3_gold.jsonl
SYN_TEST2_GOLD=tests/data/synthetic_test2_gold.jsonl
SYN_TEST4_GOLD=tests/data/synthetic_test4_gold.jsonl
SYN_DEV6_GOLD=tests/data/synthetic_dev6_gold.jsonl
SYN_DEV7_GOLD=tests/data/synthetic_dev7_gold.jsonl
SYN_DEV8_GOLD=tests/data/synthetic_dev8_gold.jsonl
SYN_TEST5_GOLD=tests/data/synthetic_test5_gold.jsonl
SYN_DEV9_GOLD=tests/data/synthetic_dev9_gold.jsonl
SYN_DEV10_GOLD=tests/data/synthetic_dev10_gold.jsonl
SYN_DEV11_GOLD=tests/data/synthetic_dev11_gold.jsonl
SYN_DEV12_GOLD=tests/data/synthetic_dev12_gold.jsonl
SYN_DEV13_GOLD=tests/data/synthetic_dev13_gold.jsonl
SYN_DEV14_GOLD=tests/data/synthetic_dev14_gold.jsonl
SYN_DEV15_GOLD=tests/data/synthetic_dev15_gold.jsonl
SYN_DEV16_GOLD=tests/data/synthetic_dev16_gold.jsonl
SYN_DEV17_GOLD=tests/data/synthetic_dev17_gold.jsonl
SYN_DEV18_GOLD=tests/data/synthetic_dev18_gold.jsonl
SYN_DEV19_GOLD=tests/data/synthetic_dev19_gold.jsonl
SYN_DEV20_GOLD=tests/data/synthetic_dev20_gold.jsonl
SYN_DEV21_GOLD=tests/data/synthetic_dev21_gold.jsonl
SYN_DEV22_GOLD=tests/data/synthetic_dev22_gold.jsonl
SYN_DEV23_GOLD=tests/data/synthetic_dev23_gold.jsonl
SYN_DEV24_GOLD=tests/data/synthetic_dev24_gold.jsonl
SYN_DEV25_GOLD=tests/data/synthetic_dev25_gold.jsonl
SYN_DEV26_GOLD=tests/data/synthetic_dev26_gold.jsonl
SYN_DEV27_GOLD=tests/data/synthetic_dev27_gold.jsonl
SYN_DEV28_GOLD=tests/data/synthetic_dev28_gold.jsonl
SYN_DEV29_GOLD=tests/data/synthetic_dev29_gold.jsonl
SYN_DEV30_GOLD=tests/data/synthetic_dev30_gold.jsonl
SYN_DEV31_GOLD=tests/data/synthetic_dev31_gold.jsonl
SYN_DEV32_GOLD=tests/data/synthetic_dev32_gold.jsonl
SYN_DEV33_GOLD=tests/data/synthetic_dev33_gold.jsonl
SYN_DEV34_GOLD=tests/data/synthetic_dev34_gold.jsonl
SYN_DEV35_GOLD=tests/data/synthetic_dev35_gold.jsonl
SYN_DEV36_GOLD=tests/data/synthetic_dev36_gold.jsonl
SYN_DEV37_GOLD=tests/data/synthetic_dev37_gold.jsonl
SYN_DEV38_GOLD=tests/data/synthetic_dev38_gold.jsonl
SYN_DEV39_GOLD=tests/data/synthetic_dev39_gold.jsonl
SYN_DEV40_GOLD=tests/data/synthetic_dev40_gold.jsonl
SYN_DEV41_GOLD=tests/data/synthetic_dev41_gold.jsonl
SYN_DEV42_GOLD=tests/data/synthetic_dev42_gold.jsonl
SYN_DEV43_GOLD=tests/data/synthetic_dev43_gold.jsonl
SYN_DEV44_GOLD=tests/data/synthetic_dev44_gold.jsonl
SYN_DEV45_GOLD=tests/data/synthetic_dev45_gold.jsonl
SYN_DEV46_GOLD=tests/data/synthetic_dev46_gold.jsonl
SYN_DEV47_GOLD=tests/data/synthetic_dev47_gold.jsonl
SYN_TEST6_GOLD=tests/data/synthetic_test6_gold.jsonl
SYN_TEST7_GOLD=tests/data/synthetic_test7_gold.jsonl
SYN_TEST8_GOLD=tests/data/synthetic_test8_gold.jsonl
SYN_TEST9_GOLD=tests/data/synthetic_test9_gold.jsonl
SYN_TEST10_GOLD=tests/data/synthetic_test10_gold.jsonl
SYN_TEST11_GOLD=tests/data/synthetic_test11_gold.jsonl
SYN_TEST12_GOLD=tests/data/synthetic_test12_gold.jsonl
SYN_TEST13_GOLD=tests/data/synthetic_test13_gold.jsonl
SYN_TEST14_GOLD=tests/data/synthetic_test14_gold.jsonl
SYN_TEST15_GOLD=tests/data/synthetic_test15_gold.jsonl
SYN_TEST16_GOLD=tests/data/synthetic_test16_gold.jsonl
SYN_TEST17_GOLD=tests/data/synthetic_test17_gold.jsonl
SYN_TEST18_GOLD=tests/data/synthetic_test18_gold.jsonl
SYN_TEST19_GOLD=tests/data/synthetic_test19_gold.jsonl
SYN_TEST20_GOLD=tests/data/synthetic_test20_gold.jsonl
SYN_TEST21_GOLD=tests/data/synthetic_test21_gold.jsonl
SYN_TEST22_GOLD=tests/data/synthetic_test22_gold.jsonl
SYN_TEST23_GOLD=tests/data/synthetic_test23_gold.jsonl
SYN_TEST24_GOLD=tests/data/synthetic_test24_gold.jsonl
SYN_TEST25_GOLD=tests/data/synthetic_test25_gold.jsonl
SYN_TEST26_GOLD=tests/data/synthetic_test26_gold.jsonl
SYN_TEST27_GOLD=tests/data/synthetic_test27_gold.jsonl
SYN_TEST28_GOLD=tests/data/synthetic_test28_gold.jsonl
SYN_TEST29_GOLD=tests/data/synthetic_test29_gold.jsonl
SYN_TEST30_GOLD=tests/data/synthetic_test30_gold.jsonl
SYN_TEST31_GOLD=tests/data/synthetic_test31_gold.jsonl
SYN_TEST32_GOLD=tests/data/synthetic_test32_gold.jsonl
SYN_TEST33_GOLD=tests/data/synthetic_test33_gold.jsonl
SYN_TEST34_GOLD=tests/data/synthetic_test34_gold.jsonl
SYN_TEST35_GOLD=tests/data/synthetic_test35_gold.jsonl

mkdir -p "$OUT"
docs_of() {  # every distinct `doc` of a gold file, under ../shared/corpus/
  "$PY" -c '
import json, sys
docs = sorted({json.loads(line)["doc"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()})
print("\n".join(f"{sys.argv[2]}/corpus/{doc}" for doc in docs))
' "$1" "$SHARED"
}
mapfile -t DEV_DOCS < <(docs_of "$DEV_GOLD")
mapfile -t TEST_DOCS < <(docs_of "$TEST_GOLD")
mapfile -t TEST2_DOCS < <(docs_of "$TEST2_GOLD")
mapfile -t TEST3_DOCS < <(docs_of "$TEST3_GOLD")
mapfile -t TEST4_DOCS < <(docs_of "$TEST4_GOLD")
mapfile -t TEST5_DOCS < <(docs_of "$TEST5_GOLD")
mapfile -t TEST6_DOCS < <(docs_of "$TEST6_GOLD")
mapfile -t TEST7_DOCS < <(docs_of "$TEST7_GOLD")
mapfile -t TEST8_DOCS < <(docs_of "$TEST8_GOLD")
mapfile -t TEST9_DOCS < <(docs_of "$TEST9_GOLD")
mapfile -t TEST10_DOCS < <(docs_of "$TEST10_GOLD")
mapfile -t TEST11_DOCS < <(docs_of "$TEST11_GOLD")
mapfile -t TEST12_DOCS < <(docs_of "$TEST12_GOLD")
mapfile -t TEST13_DOCS < <(docs_of "$TEST13_GOLD")
mapfile -t TEST14_DOCS < <(docs_of "$TEST14_GOLD")
mapfile -t TEST15_DOCS < <(docs_of "$TEST15_GOLD")
mapfile -t TEST16_DOCS < <(docs_of "$TEST16_GOLD")
mapfile -t TEST17_DOCS < <(docs_of "$TEST17_GOLD")
mapfile -t TEST18_DOCS < <(docs_of "$TEST18_GOLD")
mapfile -t TEST19_DOCS < <(docs_of "$TEST19_GOLD")
mapfile -t TEST20_DOCS < <(docs_of "$TEST20_GOLD")
mapfile -t TEST21_DOCS < <(docs_of "$TEST21_GOLD")
mapfile -t TEST22_DOCS < <(docs_of "$TEST22_GOLD")
mapfile -t TEST23_DOCS < <(docs_of "$TEST23_GOLD")
mapfile -t TEST24_DOCS < <(docs_of "$TEST24_GOLD")
mapfile -t TEST25_DOCS < <(docs_of "$TEST25_GOLD")
mapfile -t TEST26_DOCS < <(docs_of "$TEST26_GOLD")
mapfile -t TEST27_DOCS < <(docs_of "$TEST27_GOLD")
mapfile -t TEST28_DOCS < <(docs_of "$TEST28_GOLD")
mapfile -t TEST29_DOCS < <(docs_of "$TEST29_GOLD")
mapfile -t TEST30_DOCS < <(docs_of "$TEST30_GOLD")
mapfile -t TEST31_DOCS < <(docs_of "$TEST31_GOLD")
mapfile -t TEST32_DOCS < <(docs_of "$TEST32_GOLD")
SYN_DEV_DOCS=(tests/data/synthetic/dev/*.txt)
SYN_TEST_DOCS=(tests/data/synthetic/test/*.txt)
SYN_DEV2_DOCS=(tests/data/synthetic/dev2/*.txt)
SYN_DEV3_DOCS=(tests/data/synthetic/dev3/*.txt)
SYN_DEV4_DOCS=(tests/data/synthetic/dev4/*.txt)
SYN_DEV5_DOCS=(tests/data/synthetic/dev5/*.txt)
SYN_TEST3_DOCS=(tests/data/synthetic/test3/*.txt)
SYN_TEST2_DOCS=(tests/data/synthetic/test2/*.txt)
SYN_TEST4_DOCS=(tests/data/synthetic/test4/*.txt)
SYN_DEV6_DOCS=(tests/data/synthetic/dev6/*.txt)
SYN_DEV7_DOCS=(tests/data/synthetic/dev7/*.txt)
SYN_DEV8_DOCS=(tests/data/synthetic/dev8/*.txt)
SYN_TEST5_DOCS=(tests/data/synthetic/test5/*.txt)
SYN_DEV9_DOCS=(tests/data/synthetic/dev9/*.txt)
SYN_DEV10_DOCS=(tests/data/synthetic/dev10/*.txt)
SYN_DEV11_DOCS=(tests/data/synthetic/dev11/*.txt)
SYN_DEV12_DOCS=(tests/data/synthetic/dev12/*.txt)
SYN_DEV13_DOCS=(tests/data/synthetic/dev13/*.txt)
SYN_DEV14_DOCS=(tests/data/synthetic/dev14/*.txt)
SYN_DEV15_DOCS=(tests/data/synthetic/dev15/*.txt)
SYN_DEV16_DOCS=(tests/data/synthetic/dev16/*.txt)
SYN_DEV17_DOCS=(tests/data/synthetic/dev17/*.txt)
SYN_DEV18_DOCS=(tests/data/synthetic/dev18/*.txt)
SYN_DEV19_DOCS=(tests/data/synthetic/dev19/*.txt)
SYN_DEV20_DOCS=(tests/data/synthetic/dev20/*.txt)
SYN_DEV21_DOCS=(tests/data/synthetic/dev21/*.txt)
SYN_DEV22_DOCS=(tests/data/synthetic/dev22/*.txt)
SYN_DEV23_DOCS=(tests/data/synthetic/dev23/*.txt)
SYN_DEV24_DOCS=(tests/data/synthetic/dev24/*.txt)
SYN_DEV25_DOCS=(tests/data/synthetic/dev25/*.txt)
SYN_DEV26_DOCS=(tests/data/synthetic/dev26/*.txt)
SYN_DEV27_DOCS=(tests/data/synthetic/dev27/*.txt)
SYN_DEV28_DOCS=(tests/data/synthetic/dev28/*.txt)
SYN_DEV29_DOCS=(tests/data/synthetic/dev29/*.txt)
SYN_DEV30_DOCS=(tests/data/synthetic/dev30/*.txt)
SYN_DEV31_DOCS=(tests/data/synthetic/dev31/*.txt)
SYN_DEV32_DOCS=(tests/data/synthetic/dev32/*.txt)
SYN_DEV33_DOCS=(tests/data/synthetic/dev33/*.txt)
SYN_DEV34_DOCS=(tests/data/synthetic/dev34/*.txt)
SYN_DEV35_DOCS=(tests/data/synthetic/dev35/*.txt)
SYN_DEV36_DOCS=(tests/data/synthetic/dev36/*.txt)
SYN_DEV37_DOCS=(tests/data/synthetic/dev37/*.txt)
SYN_DEV38_DOCS=(tests/data/synthetic/dev38/*.txt)
SYN_DEV39_DOCS=(tests/data/synthetic/dev39/*.txt)
SYN_DEV40_DOCS=(tests/data/synthetic/dev40/*.txt)
SYN_DEV41_DOCS=(tests/data/synthetic/dev41/*.txt)
SYN_DEV42_DOCS=(tests/data/synthetic/dev42/*.txt)
SYN_DEV43_DOCS=(tests/data/synthetic/dev43/*.txt)
SYN_DEV44_DOCS=(tests/data/synthetic/dev44/*.txt)
SYN_DEV45_DOCS=(tests/data/synthetic/dev45/*.txt)
SYN_DEV46_DOCS=(tests/data/synthetic/dev46/*.txt)
SYN_DEV47_DOCS=(tests/data/synthetic/dev47/*.txt)
SYN_TEST6_DOCS=(tests/data/synthetic/test6/*.txt)
SYN_TEST7_DOCS=(tests/data/synthetic/test7/*.txt)
SYN_TEST8_DOCS=(tests/data/synthetic/test8/*.txt)
SYN_TEST9_DOCS=(tests/data/synthetic/test9/*.txt)
SYN_TEST10_DOCS=(tests/data/synthetic/test10/*.txt)
SYN_TEST11_DOCS=(tests/data/synthetic/test11/*.txt)
SYN_TEST12_DOCS=(tests/data/synthetic/test12/*.txt)
SYN_TEST13_DOCS=(tests/data/synthetic/test13/*.txt)
SYN_TEST14_DOCS=(tests/data/synthetic/test14/*.txt)
SYN_TEST15_DOCS=(tests/data/synthetic/test15/*.txt)
SYN_TEST16_DOCS=(tests/data/synthetic/test16/*.txt)
SYN_TEST17_DOCS=(tests/data/synthetic/test17/*.txt)
SYN_TEST18_DOCS=(tests/data/synthetic/test18/*.txt)
SYN_TEST19_DOCS=(tests/data/synthetic/test19/*.txt)
SYN_TEST20_DOCS=(tests/data/synthetic/test20/*.txt)
SYN_TEST21_DOCS=(tests/data/synthetic/test21/*.txt)
SYN_TEST22_DOCS=(tests/data/synthetic/test22/*.txt)
SYN_TEST23_DOCS=(tests/data/synthetic/test23/*.txt)
SYN_TEST24_DOCS=(tests/data/synthetic/test24/*.txt)
SYN_TEST25_DOCS=(tests/data/synthetic/test25/*.txt)
SYN_TEST26_DOCS=(tests/data/synthetic/test26/*.txt)
SYN_TEST27_DOCS=(tests/data/synthetic/test27/*.txt)
SYN_TEST28_DOCS=(tests/data/synthetic/test28/*.txt)
SYN_TEST29_DOCS=(tests/data/synthetic/test29/*.txt)
SYN_TEST30_DOCS=(tests/data/synthetic/test30/*.txt)
SYN_TEST31_DOCS=(tests/data/synthetic/test31/*.txt)
SYN_TEST32_DOCS=(tests/data/synthetic/test32/*.txt)
SYN_TEST33_DOCS=(tests/data/synthetic/test33/*.txt)
SYN_TEST34_DOCS=(tests/data/synthetic/test34/*.txt)
SYN_TEST35_DOCS=(tests/data/synthetic/test35/*.txt)

"$NEWSGRAPH" extract "$SEED" --format jsonl > "$OUT/newsgraph-seed.jsonl"
"$NEWSGRAPH" extract "${DEV_DOCS[@]}" --format jsonl > "$OUT/newsgraph-dev.jsonl"
"$PY" benchmarks/baseline_svo.py "$SEED" > "$OUT/baseline-seed.jsonl"
"$PY" benchmarks/baseline_svo.py "${DEV_DOCS[@]}" > "$OUT/baseline-dev.jsonl"
"$NEWSGRAPH" extract "${TEST_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST_DOCS[@]}" > "$OUT/baseline-test.jsonl"
"$NEWSGRAPH" extract "${TEST2_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test2.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST2_DOCS[@]}" > "$OUT/baseline-test2.jsonl"
"$NEWSGRAPH" extract "${TEST3_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test3.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST3_DOCS[@]}" > "$OUT/baseline-test3.jsonl"
"$NEWSGRAPH" extract "${TEST4_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test4.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST4_DOCS[@]}" > "$OUT/baseline-test4.jsonl"
"$NEWSGRAPH" extract "${TEST5_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test5.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST5_DOCS[@]}" > "$OUT/baseline-test5.jsonl"
"$NEWSGRAPH" extract "${TEST6_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test6.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST6_DOCS[@]}" > "$OUT/baseline-test6.jsonl"
"$NEWSGRAPH" extract "${TEST7_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test7.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST7_DOCS[@]}" > "$OUT/baseline-test7.jsonl"
"$NEWSGRAPH" extract "${TEST8_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test8.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST8_DOCS[@]}" > "$OUT/baseline-test8.jsonl"
"$NEWSGRAPH" extract "${TEST9_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test9.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST9_DOCS[@]}" > "$OUT/baseline-test9.jsonl"
"$NEWSGRAPH" extract "${TEST10_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test10.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST10_DOCS[@]}" > "$OUT/baseline-test10.jsonl"
"$NEWSGRAPH" extract "${TEST11_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test11.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST11_DOCS[@]}" > "$OUT/baseline-test11.jsonl"
"$NEWSGRAPH" extract "${TEST12_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test12.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST12_DOCS[@]}" > "$OUT/baseline-test12.jsonl"
"$NEWSGRAPH" extract "${TEST13_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test13.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST13_DOCS[@]}" > "$OUT/baseline-test13.jsonl"
"$NEWSGRAPH" extract "${TEST14_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test14.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST14_DOCS[@]}" > "$OUT/baseline-test14.jsonl"
"$NEWSGRAPH" extract "${TEST15_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test15.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST15_DOCS[@]}" > "$OUT/baseline-test15.jsonl"
"$NEWSGRAPH" extract "${TEST16_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test16.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST16_DOCS[@]}" > "$OUT/baseline-test16.jsonl"
"$NEWSGRAPH" extract "${TEST17_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test17.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST17_DOCS[@]}" > "$OUT/baseline-test17.jsonl"
"$NEWSGRAPH" extract "${TEST18_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test18.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST18_DOCS[@]}" > "$OUT/baseline-test18.jsonl"
"$NEWSGRAPH" extract "${TEST19_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test19.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST19_DOCS[@]}" > "$OUT/baseline-test19.jsonl"
"$NEWSGRAPH" extract "${TEST20_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test20.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST20_DOCS[@]}" > "$OUT/baseline-test20.jsonl"
"$NEWSGRAPH" extract "${TEST21_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test21.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST21_DOCS[@]}" > "$OUT/baseline-test21.jsonl"
"$NEWSGRAPH" extract "${TEST22_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test22.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST22_DOCS[@]}" > "$OUT/baseline-test22.jsonl"
"$NEWSGRAPH" extract "${TEST23_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test23.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST23_DOCS[@]}" > "$OUT/baseline-test23.jsonl"
"$NEWSGRAPH" extract "${TEST24_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test24.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST24_DOCS[@]}" > "$OUT/baseline-test24.jsonl"
"$NEWSGRAPH" extract "${TEST25_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test25.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST25_DOCS[@]}" > "$OUT/baseline-test25.jsonl"
"$NEWSGRAPH" extract "${TEST26_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test26.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST26_DOCS[@]}" > "$OUT/baseline-test26.jsonl"
"$NEWSGRAPH" extract "${TEST27_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test27.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST27_DOCS[@]}" > "$OUT/baseline-test27.jsonl"
"$NEWSGRAPH" extract "${TEST28_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test28.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST28_DOCS[@]}" > "$OUT/baseline-test28.jsonl"
"$NEWSGRAPH" extract "${TEST29_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test29.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST29_DOCS[@]}" > "$OUT/baseline-test29.jsonl"
"$NEWSGRAPH" extract "${TEST30_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test30.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST30_DOCS[@]}" > "$OUT/baseline-test30.jsonl"
"$NEWSGRAPH" extract "${TEST31_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test31.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST31_DOCS[@]}" > "$OUT/baseline-test31.jsonl"
"$NEWSGRAPH" extract "${TEST32_DOCS[@]}" --format jsonl > "$OUT/newsgraph-test32.jsonl"
"$PY" benchmarks/baseline_svo.py "${TEST32_DOCS[@]}" > "$OUT/baseline-test32.jsonl"
"$NEWSGRAPH" extract "${SYN_DEV_DOCS[@]}" --format jsonl > "$OUT/newsgraph-syndev.jsonl"
"$PY" benchmarks/baseline_svo.py "${SYN_DEV_DOCS[@]}" > "$OUT/baseline-syndev.jsonl"
"$NEWSGRAPH" extract "${SYN_TEST_DOCS[@]}" --format jsonl > "$OUT/newsgraph-syntest.jsonl"
"$PY" benchmarks/baseline_svo.py "${SYN_TEST_DOCS[@]}" > "$OUT/baseline-syntest.jsonl"
for set in dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 dev14 dev15 dev16 dev17 dev18 dev19 dev20 dev21 dev22 dev23 dev24 dev25 dev26 dev27 dev28 dev29 dev30 dev31 dev32 dev33 dev34 dev35 dev36 dev37 dev38 dev39 dev40 dev41 dev42 dev43 dev44 dev45 dev46 dev47 test2 test3 test4 test5 test6 test7 test8 test9 test10 test11 test12 test13 test14 test15 test16 test17 test18 test19 test20 test21 test22 test23 test24 test25 test26 test27 test28 test29 test30 test31 test32 test33 test34 test35; do
  docs=SYN_${set^^}_DOCS[@]
  "$NEWSGRAPH" extract "${!docs}" --format jsonl > "$OUT/newsgraph-syn$set.jsonl"
  "$PY" benchmarks/baseline_svo.py "${!docs}" > "$OUT/baseline-syn$set.jsonl"
done

score() {  # system, set, gold file, output file
  printf '%-9s %-8s ' "$1" "$2"
  python3 "$SCORE" --gold "$3" --system "$4" | tail -n 1
}
echo "# ${#DEV_DOCS[@]} dev, ${#TEST_DOCS[@]} + ${#TEST2_DOCS[@]} + ${#TEST3_DOCS[@]} + ${#TEST4_DOCS[@]} + ${#TEST5_DOCS[@]} + ${#TEST6_DOCS[@]} + ${#TEST7_DOCS[@]} + ${#TEST8_DOCS[@]} + ${#TEST9_DOCS[@]} + ${#TEST10_DOCS[@]} + ${#TEST11_DOCS[@]} + ${#TEST12_DOCS[@]} + ${#TEST13_DOCS[@]} + ${#TEST14_DOCS[@]} + ${#TEST15_DOCS[@]} + ${#TEST16_DOCS[@]} + ${#TEST17_DOCS[@]} + ${#TEST18_DOCS[@]} + ${#TEST19_DOCS[@]} + ${#TEST20_DOCS[@]} + ${#TEST21_DOCS[@]} + ${#TEST22_DOCS[@]} + ${#TEST23_DOCS[@]} + ${#TEST24_DOCS[@]} + ${#TEST25_DOCS[@]} + ${#TEST26_DOCS[@]} + ${#TEST27_DOCS[@]} + ${#TEST28_DOCS[@]} + ${#TEST29_DOCS[@]} + ${#TEST30_DOCS[@]} + ${#TEST31_DOCS[@]} + ${#TEST32_DOCS[@]} held-out test documents (BBC);" \
  "synthetic dev ${#SYN_DEV_DOCS[@]} + ${#SYN_DEV2_DOCS[@]} + ${#SYN_DEV3_DOCS[@]} + ${#SYN_DEV4_DOCS[@]} + ${#SYN_DEV5_DOCS[@]} + ${#SYN_DEV6_DOCS[@]} + ${#SYN_DEV7_DOCS[@]} + ${#SYN_DEV8_DOCS[@]} + ${#SYN_DEV9_DOCS[@]} + ${#SYN_DEV10_DOCS[@]} + ${#SYN_DEV11_DOCS[@]} + ${#SYN_DEV12_DOCS[@]} + ${#SYN_DEV13_DOCS[@]} + ${#SYN_DEV14_DOCS[@]} + ${#SYN_DEV15_DOCS[@]} + ${#SYN_DEV16_DOCS[@]} + ${#SYN_DEV17_DOCS[@]} + ${#SYN_DEV18_DOCS[@]} + ${#SYN_DEV19_DOCS[@]} + ${#SYN_DEV20_DOCS[@]} + ${#SYN_DEV21_DOCS[@]} + ${#SYN_DEV22_DOCS[@]} + ${#SYN_DEV23_DOCS[@]} + ${#SYN_DEV24_DOCS[@]} + ${#SYN_DEV25_DOCS[@]} + ${#SYN_DEV26_DOCS[@]} + ${#SYN_DEV27_DOCS[@]} + ${#SYN_DEV28_DOCS[@]} + ${#SYN_DEV29_DOCS[@]} + ${#SYN_DEV30_DOCS[@]} + ${#SYN_DEV31_DOCS[@]} + ${#SYN_DEV32_DOCS[@]} + ${#SYN_DEV33_DOCS[@]} + ${#SYN_DEV34_DOCS[@]} + ${#SYN_DEV35_DOCS[@]} + ${#SYN_DEV36_DOCS[@]} + ${#SYN_DEV37_DOCS[@]} + ${#SYN_DEV38_DOCS[@]} + ${#SYN_DEV39_DOCS[@]} + ${#SYN_DEV40_DOCS[@]} + ${#SYN_DEV41_DOCS[@]} + ${#SYN_DEV42_DOCS[@]} + ${#SYN_DEV43_DOCS[@]} + ${#SYN_DEV44_DOCS[@]} + ${#SYN_DEV45_DOCS[@]} + ${#SYN_DEV46_DOCS[@]} + ${#SYN_DEV47_DOCS[@]}," \
  "test ${#SYN_TEST_DOCS[@]} + ${#SYN_TEST2_DOCS[@]} + ${#SYN_TEST3_DOCS[@]} + ${#SYN_TEST4_DOCS[@]} + ${#SYN_TEST5_DOCS[@]} + ${#SYN_TEST6_DOCS[@]} + ${#SYN_TEST7_DOCS[@]} + ${#SYN_TEST8_DOCS[@]} + ${#SYN_TEST9_DOCS[@]} + ${#SYN_TEST10_DOCS[@]} + ${#SYN_TEST11_DOCS[@]} + ${#SYN_TEST12_DOCS[@]} + ${#SYN_TEST13_DOCS[@]} + ${#SYN_TEST14_DOCS[@]} + ${#SYN_TEST15_DOCS[@]} + ${#SYN_TEST16_DOCS[@]} + ${#SYN_TEST17_DOCS[@]} + ${#SYN_TEST18_DOCS[@]} + ${#SYN_TEST19_DOCS[@]} + ${#SYN_TEST20_DOCS[@]} + ${#SYN_TEST21_DOCS[@]} + ${#SYN_TEST22_DOCS[@]} + ${#SYN_TEST23_DOCS[@]} + ${#SYN_TEST24_DOCS[@]} + ${#SYN_TEST25_DOCS[@]} + ${#SYN_TEST26_DOCS[@]} + ${#SYN_TEST27_DOCS[@]} + ${#SYN_TEST28_DOCS[@]} + ${#SYN_TEST29_DOCS[@]} + ${#SYN_TEST30_DOCS[@]} + ${#SYN_TEST31_DOCS[@]} + ${#SYN_TEST32_DOCS[@]} + ${#SYN_TEST33_DOCS[@]} + ${#SYN_TEST34_DOCS[@]} + ${#SYN_TEST35_DOCS[@]}; outputs in $OUT"
score newsgraph seed "$SEED_GOLD" "$OUT/newsgraph-seed.jsonl"
score baseline  seed "$SEED_GOLD" "$OUT/baseline-seed.jsonl"
score newsgraph dev  "$DEV_GOLD" "$OUT/newsgraph-dev.jsonl"
score baseline  dev  "$DEV_GOLD" "$OUT/baseline-dev.jsonl"
score newsgraph test "$TEST_GOLD" "$OUT/newsgraph-test.jsonl"
score baseline  test "$TEST_GOLD" "$OUT/baseline-test.jsonl"
score newsgraph test2 "$TEST2_GOLD" "$OUT/newsgraph-test2.jsonl"
score baseline  test2 "$TEST2_GOLD" "$OUT/baseline-test2.jsonl"
score newsgraph test3 "$TEST3_GOLD" "$OUT/newsgraph-test3.jsonl"
score baseline  test3 "$TEST3_GOLD" "$OUT/baseline-test3.jsonl"
score newsgraph test4 "$TEST4_GOLD" "$OUT/newsgraph-test4.jsonl"
score baseline  test4 "$TEST4_GOLD" "$OUT/baseline-test4.jsonl"
score newsgraph test5 "$TEST5_GOLD" "$OUT/newsgraph-test5.jsonl"
score baseline  test5 "$TEST5_GOLD" "$OUT/baseline-test5.jsonl"
score newsgraph test6 "$TEST6_GOLD" "$OUT/newsgraph-test6.jsonl"
score baseline  test6 "$TEST6_GOLD" "$OUT/baseline-test6.jsonl"
score newsgraph test7 "$TEST7_GOLD" "$OUT/newsgraph-test7.jsonl"
score baseline  test7 "$TEST7_GOLD" "$OUT/baseline-test7.jsonl"
score newsgraph test8 "$TEST8_GOLD" "$OUT/newsgraph-test8.jsonl"
score baseline  test8 "$TEST8_GOLD" "$OUT/baseline-test8.jsonl"
score newsgraph test9 "$TEST9_GOLD" "$OUT/newsgraph-test9.jsonl"
score baseline  test9 "$TEST9_GOLD" "$OUT/baseline-test9.jsonl"
score newsgraph test10 "$TEST10_GOLD" "$OUT/newsgraph-test10.jsonl"
score baseline  test10 "$TEST10_GOLD" "$OUT/baseline-test10.jsonl"
score newsgraph test11 "$TEST11_GOLD" "$OUT/newsgraph-test11.jsonl"
score baseline  test11 "$TEST11_GOLD" "$OUT/baseline-test11.jsonl"
score newsgraph test12 "$TEST12_GOLD" "$OUT/newsgraph-test12.jsonl"
score baseline  test12 "$TEST12_GOLD" "$OUT/baseline-test12.jsonl"
score newsgraph test13 "$TEST13_GOLD" "$OUT/newsgraph-test13.jsonl"
score baseline  test13 "$TEST13_GOLD" "$OUT/baseline-test13.jsonl"
score newsgraph test14 "$TEST14_GOLD" "$OUT/newsgraph-test14.jsonl"
score baseline  test14 "$TEST14_GOLD" "$OUT/baseline-test14.jsonl"
score newsgraph test15 "$TEST15_GOLD" "$OUT/newsgraph-test15.jsonl"
score baseline  test15 "$TEST15_GOLD" "$OUT/baseline-test15.jsonl"
score newsgraph test16 "$TEST16_GOLD" "$OUT/newsgraph-test16.jsonl"
score baseline  test16 "$TEST16_GOLD" "$OUT/baseline-test16.jsonl"
score newsgraph test17 "$TEST17_GOLD" "$OUT/newsgraph-test17.jsonl"
score baseline  test17 "$TEST17_GOLD" "$OUT/baseline-test17.jsonl"
score newsgraph test18 "$TEST18_GOLD" "$OUT/newsgraph-test18.jsonl"
score baseline  test18 "$TEST18_GOLD" "$OUT/baseline-test18.jsonl"
score newsgraph test19 "$TEST19_GOLD" "$OUT/newsgraph-test19.jsonl"
score baseline  test19 "$TEST19_GOLD" "$OUT/baseline-test19.jsonl"
score newsgraph test20 "$TEST20_GOLD" "$OUT/newsgraph-test20.jsonl"
score baseline  test20 "$TEST20_GOLD" "$OUT/baseline-test20.jsonl"
score newsgraph test21 "$TEST21_GOLD" "$OUT/newsgraph-test21.jsonl"
score baseline  test21 "$TEST21_GOLD" "$OUT/baseline-test21.jsonl"
score newsgraph test22 "$TEST22_GOLD" "$OUT/newsgraph-test22.jsonl"
score baseline  test22 "$TEST22_GOLD" "$OUT/baseline-test22.jsonl"
score newsgraph test23 "$TEST23_GOLD" "$OUT/newsgraph-test23.jsonl"
score baseline  test23 "$TEST23_GOLD" "$OUT/baseline-test23.jsonl"
score newsgraph test24 "$TEST24_GOLD" "$OUT/newsgraph-test24.jsonl"
score baseline  test24 "$TEST24_GOLD" "$OUT/baseline-test24.jsonl"
score newsgraph test25 "$TEST25_GOLD" "$OUT/newsgraph-test25.jsonl"
score baseline  test25 "$TEST25_GOLD" "$OUT/baseline-test25.jsonl"
score newsgraph test26 "$TEST26_GOLD" "$OUT/newsgraph-test26.jsonl"
score baseline  test26 "$TEST26_GOLD" "$OUT/baseline-test26.jsonl"
score newsgraph test27 "$TEST27_GOLD" "$OUT/newsgraph-test27.jsonl"
score baseline  test27 "$TEST27_GOLD" "$OUT/baseline-test27.jsonl"
score newsgraph test28 "$TEST28_GOLD" "$OUT/newsgraph-test28.jsonl"
score baseline  test28 "$TEST28_GOLD" "$OUT/baseline-test28.jsonl"
score newsgraph test29 "$TEST29_GOLD" "$OUT/newsgraph-test29.jsonl"
score baseline  test29 "$TEST29_GOLD" "$OUT/baseline-test29.jsonl"
score newsgraph test30 "$TEST30_GOLD" "$OUT/newsgraph-test30.jsonl"
score baseline  test30 "$TEST30_GOLD" "$OUT/baseline-test30.jsonl"
score newsgraph test31 "$TEST31_GOLD" "$OUT/newsgraph-test31.jsonl"
score baseline  test31 "$TEST31_GOLD" "$OUT/baseline-test31.jsonl"
score newsgraph test32 "$TEST32_GOLD" "$OUT/newsgraph-test32.jsonl"
score baseline  test32 "$TEST32_GOLD" "$OUT/baseline-test32.jsonl"
score newsgraph syndev "$SYN_DEV_GOLD" "$OUT/newsgraph-syndev.jsonl"
score baseline  syndev "$SYN_DEV_GOLD" "$OUT/baseline-syndev.jsonl"
score newsgraph syntest "$SYN_TEST_GOLD" "$OUT/newsgraph-syntest.jsonl"
score baseline  syntest "$SYN_TEST_GOLD" "$OUT/baseline-syntest.jsonl"
score newsgraph syndev2 "$SYN_DEV2_GOLD" "$OUT/newsgraph-syndev2.jsonl"
score baseline  syndev2 "$SYN_DEV2_GOLD" "$OUT/baseline-syndev2.jsonl"
score newsgraph syndev3 "$SYN_DEV3_GOLD" "$OUT/newsgraph-syndev3.jsonl"
score baseline  syndev3 "$SYN_DEV3_GOLD" "$OUT/baseline-syndev3.jsonl"
score newsgraph syndev4 "$SYN_DEV4_GOLD" "$OUT/newsgraph-syndev4.jsonl"
score baseline  syndev4 "$SYN_DEV4_GOLD" "$OUT/baseline-syndev4.jsonl"
score newsgraph syndev5 "$SYN_DEV5_GOLD" "$OUT/newsgraph-syndev5.jsonl"
score baseline  syndev5 "$SYN_DEV5_GOLD" "$OUT/baseline-syndev5.jsonl"
score newsgraph syndev6 "$SYN_DEV6_GOLD" "$OUT/newsgraph-syndev6.jsonl"
score baseline  syndev6 "$SYN_DEV6_GOLD" "$OUT/baseline-syndev6.jsonl"
score newsgraph syndev7 "$SYN_DEV7_GOLD" "$OUT/newsgraph-syndev7.jsonl"
score baseline  syndev7 "$SYN_DEV7_GOLD" "$OUT/baseline-syndev7.jsonl"
score newsgraph syndev8 "$SYN_DEV8_GOLD" "$OUT/newsgraph-syndev8.jsonl"
score baseline  syndev8 "$SYN_DEV8_GOLD" "$OUT/baseline-syndev8.jsonl"
score newsgraph syndev9 "$SYN_DEV9_GOLD" "$OUT/newsgraph-syndev9.jsonl"
score baseline  syndev9 "$SYN_DEV9_GOLD" "$OUT/baseline-syndev9.jsonl"
score newsgraph syndev10 "$SYN_DEV10_GOLD" "$OUT/newsgraph-syndev10.jsonl"
score baseline  syndev10 "$SYN_DEV10_GOLD" "$OUT/baseline-syndev10.jsonl"
score newsgraph syndev11 "$SYN_DEV11_GOLD" "$OUT/newsgraph-syndev11.jsonl"
score baseline  syndev11 "$SYN_DEV11_GOLD" "$OUT/baseline-syndev11.jsonl"
score newsgraph syndev12 "$SYN_DEV12_GOLD" "$OUT/newsgraph-syndev12.jsonl"
score baseline  syndev12 "$SYN_DEV12_GOLD" "$OUT/baseline-syndev12.jsonl"
score newsgraph syndev13 "$SYN_DEV13_GOLD" "$OUT/newsgraph-syndev13.jsonl"
score baseline  syndev13 "$SYN_DEV13_GOLD" "$OUT/baseline-syndev13.jsonl"
score newsgraph syndev14 "$SYN_DEV14_GOLD" "$OUT/newsgraph-syndev14.jsonl"
score baseline  syndev14 "$SYN_DEV14_GOLD" "$OUT/baseline-syndev14.jsonl"
score newsgraph syndev15 "$SYN_DEV15_GOLD" "$OUT/newsgraph-syndev15.jsonl"
score baseline  syndev15 "$SYN_DEV15_GOLD" "$OUT/baseline-syndev15.jsonl"
score newsgraph syndev16 "$SYN_DEV16_GOLD" "$OUT/newsgraph-syndev16.jsonl"
score baseline  syndev16 "$SYN_DEV16_GOLD" "$OUT/baseline-syndev16.jsonl"
score newsgraph syndev17 "$SYN_DEV17_GOLD" "$OUT/newsgraph-syndev17.jsonl"
score baseline  syndev17 "$SYN_DEV17_GOLD" "$OUT/baseline-syndev17.jsonl"
score newsgraph syndev18 "$SYN_DEV18_GOLD" "$OUT/newsgraph-syndev18.jsonl"
score baseline  syndev18 "$SYN_DEV18_GOLD" "$OUT/baseline-syndev18.jsonl"
score newsgraph syndev19 "$SYN_DEV19_GOLD" "$OUT/newsgraph-syndev19.jsonl"
score baseline  syndev19 "$SYN_DEV19_GOLD" "$OUT/baseline-syndev19.jsonl"
score newsgraph syndev20 "$SYN_DEV20_GOLD" "$OUT/newsgraph-syndev20.jsonl"
score baseline  syndev20 "$SYN_DEV20_GOLD" "$OUT/baseline-syndev20.jsonl"
score newsgraph syndev21 "$SYN_DEV21_GOLD" "$OUT/newsgraph-syndev21.jsonl"
score baseline  syndev21 "$SYN_DEV21_GOLD" "$OUT/baseline-syndev21.jsonl"
score newsgraph syndev22 "$SYN_DEV22_GOLD" "$OUT/newsgraph-syndev22.jsonl"
score baseline  syndev22 "$SYN_DEV22_GOLD" "$OUT/baseline-syndev22.jsonl"
score newsgraph syndev23 "$SYN_DEV23_GOLD" "$OUT/newsgraph-syndev23.jsonl"
score baseline  syndev23 "$SYN_DEV23_GOLD" "$OUT/baseline-syndev23.jsonl"
score newsgraph syndev24 "$SYN_DEV24_GOLD" "$OUT/newsgraph-syndev24.jsonl"
score baseline  syndev24 "$SYN_DEV24_GOLD" "$OUT/baseline-syndev24.jsonl"
score newsgraph syndev25 "$SYN_DEV25_GOLD" "$OUT/newsgraph-syndev25.jsonl"
score baseline  syndev25 "$SYN_DEV25_GOLD" "$OUT/baseline-syndev25.jsonl"
score newsgraph syndev26 "$SYN_DEV26_GOLD" "$OUT/newsgraph-syndev26.jsonl"
score baseline  syndev26 "$SYN_DEV26_GOLD" "$OUT/baseline-syndev26.jsonl"
score newsgraph syndev27 "$SYN_DEV27_GOLD" "$OUT/newsgraph-syndev27.jsonl"
score baseline  syndev27 "$SYN_DEV27_GOLD" "$OUT/baseline-syndev27.jsonl"
score newsgraph syndev28 "$SYN_DEV28_GOLD" "$OUT/newsgraph-syndev28.jsonl"
score baseline  syndev28 "$SYN_DEV28_GOLD" "$OUT/baseline-syndev28.jsonl"
score newsgraph syndev29 "$SYN_DEV29_GOLD" "$OUT/newsgraph-syndev29.jsonl"
score baseline  syndev29 "$SYN_DEV29_GOLD" "$OUT/baseline-syndev29.jsonl"
score newsgraph syndev30 "$SYN_DEV30_GOLD" "$OUT/newsgraph-syndev30.jsonl"
score baseline  syndev30 "$SYN_DEV30_GOLD" "$OUT/baseline-syndev30.jsonl"
score newsgraph syndev31 "$SYN_DEV31_GOLD" "$OUT/newsgraph-syndev31.jsonl"
score baseline  syndev31 "$SYN_DEV31_GOLD" "$OUT/baseline-syndev31.jsonl"
score newsgraph syndev32 "$SYN_DEV32_GOLD" "$OUT/newsgraph-syndev32.jsonl"
score baseline  syndev32 "$SYN_DEV32_GOLD" "$OUT/baseline-syndev32.jsonl"
score newsgraph syndev33 "$SYN_DEV33_GOLD" "$OUT/newsgraph-syndev33.jsonl"
score baseline  syndev33 "$SYN_DEV33_GOLD" "$OUT/baseline-syndev33.jsonl"
score newsgraph syndev34 "$SYN_DEV34_GOLD" "$OUT/newsgraph-syndev34.jsonl"
score baseline  syndev34 "$SYN_DEV34_GOLD" "$OUT/baseline-syndev34.jsonl"
score newsgraph syndev35 "$SYN_DEV35_GOLD" "$OUT/newsgraph-syndev35.jsonl"
score baseline  syndev35 "$SYN_DEV35_GOLD" "$OUT/baseline-syndev35.jsonl"
score newsgraph syndev36 "$SYN_DEV36_GOLD" "$OUT/newsgraph-syndev36.jsonl"
score baseline  syndev36 "$SYN_DEV36_GOLD" "$OUT/baseline-syndev36.jsonl"
score newsgraph syndev37 "$SYN_DEV37_GOLD" "$OUT/newsgraph-syndev37.jsonl"
score baseline  syndev37 "$SYN_DEV37_GOLD" "$OUT/baseline-syndev37.jsonl"
score newsgraph syndev38 "$SYN_DEV38_GOLD" "$OUT/newsgraph-syndev38.jsonl"
score baseline  syndev38 "$SYN_DEV38_GOLD" "$OUT/baseline-syndev38.jsonl"
score newsgraph syndev39 "$SYN_DEV39_GOLD" "$OUT/newsgraph-syndev39.jsonl"
score baseline  syndev39 "$SYN_DEV39_GOLD" "$OUT/baseline-syndev39.jsonl"
score newsgraph syndev40 "$SYN_DEV40_GOLD" "$OUT/newsgraph-syndev40.jsonl"
score baseline  syndev40 "$SYN_DEV40_GOLD" "$OUT/baseline-syndev40.jsonl"
score newsgraph syndev41 "$SYN_DEV41_GOLD" "$OUT/newsgraph-syndev41.jsonl"
score baseline  syndev41 "$SYN_DEV41_GOLD" "$OUT/baseline-syndev41.jsonl"
score newsgraph syndev42 "$SYN_DEV42_GOLD" "$OUT/newsgraph-syndev42.jsonl"
score baseline  syndev42 "$SYN_DEV42_GOLD" "$OUT/baseline-syndev42.jsonl"
score newsgraph syndev43 "$SYN_DEV43_GOLD" "$OUT/newsgraph-syndev43.jsonl"
score baseline  syndev43 "$SYN_DEV43_GOLD" "$OUT/baseline-syndev43.jsonl"
score newsgraph syndev44 "$SYN_DEV44_GOLD" "$OUT/newsgraph-syndev44.jsonl"
score baseline  syndev44 "$SYN_DEV44_GOLD" "$OUT/baseline-syndev44.jsonl"
score newsgraph syndev45 "$SYN_DEV45_GOLD" "$OUT/newsgraph-syndev45.jsonl"
score baseline  syndev45 "$SYN_DEV45_GOLD" "$OUT/baseline-syndev45.jsonl"
score newsgraph syndev46 "$SYN_DEV46_GOLD" "$OUT/newsgraph-syndev46.jsonl"
score baseline  syndev46 "$SYN_DEV46_GOLD" "$OUT/baseline-syndev46.jsonl"
score newsgraph syndev47 "$SYN_DEV47_GOLD" "$OUT/newsgraph-syndev47.jsonl"
score baseline  syndev47 "$SYN_DEV47_GOLD" "$OUT/baseline-syndev47.jsonl"
score newsgraph syntest2 "$SYN_TEST2_GOLD" "$OUT/newsgraph-syntest2.jsonl"
score baseline  syntest2 "$SYN_TEST2_GOLD" "$OUT/baseline-syntest2.jsonl"
score newsgraph syntest3 "$SYN_TEST3_GOLD" "$OUT/newsgraph-syntest3.jsonl"
score baseline  syntest3 "$SYN_TEST3_GOLD" "$OUT/baseline-syntest3.jsonl"
score newsgraph syntest4 "$SYN_TEST4_GOLD" "$OUT/newsgraph-syntest4.jsonl"
score baseline  syntest4 "$SYN_TEST4_GOLD" "$OUT/baseline-syntest4.jsonl"
score newsgraph syntest5 "$SYN_TEST5_GOLD" "$OUT/newsgraph-syntest5.jsonl"
score baseline  syntest5 "$SYN_TEST5_GOLD" "$OUT/baseline-syntest5.jsonl"
score newsgraph syntest6 "$SYN_TEST6_GOLD" "$OUT/newsgraph-syntest6.jsonl"
score baseline  syntest6 "$SYN_TEST6_GOLD" "$OUT/baseline-syntest6.jsonl"
score newsgraph syntest7 "$SYN_TEST7_GOLD" "$OUT/newsgraph-syntest7.jsonl"
score baseline  syntest7 "$SYN_TEST7_GOLD" "$OUT/baseline-syntest7.jsonl"
score newsgraph syntest8 "$SYN_TEST8_GOLD" "$OUT/newsgraph-syntest8.jsonl"
score baseline  syntest8 "$SYN_TEST8_GOLD" "$OUT/baseline-syntest8.jsonl"
score newsgraph syntest9 "$SYN_TEST9_GOLD" "$OUT/newsgraph-syntest9.jsonl"
score baseline  syntest9 "$SYN_TEST9_GOLD" "$OUT/baseline-syntest9.jsonl"
score newsgraph syntest10 "$SYN_TEST10_GOLD" "$OUT/newsgraph-syntest10.jsonl"
score baseline  syntest10 "$SYN_TEST10_GOLD" "$OUT/baseline-syntest10.jsonl"
score newsgraph syntest11 "$SYN_TEST11_GOLD" "$OUT/newsgraph-syntest11.jsonl"
score baseline  syntest11 "$SYN_TEST11_GOLD" "$OUT/baseline-syntest11.jsonl"
score newsgraph syntest12 "$SYN_TEST12_GOLD" "$OUT/newsgraph-syntest12.jsonl"
score baseline  syntest12 "$SYN_TEST12_GOLD" "$OUT/baseline-syntest12.jsonl"
score newsgraph syntest13 "$SYN_TEST13_GOLD" "$OUT/newsgraph-syntest13.jsonl"
score baseline  syntest13 "$SYN_TEST13_GOLD" "$OUT/baseline-syntest13.jsonl"
score newsgraph syntest14 "$SYN_TEST14_GOLD" "$OUT/newsgraph-syntest14.jsonl"
score baseline  syntest14 "$SYN_TEST14_GOLD" "$OUT/baseline-syntest14.jsonl"
score newsgraph syntest15 "$SYN_TEST15_GOLD" "$OUT/newsgraph-syntest15.jsonl"
score baseline  syntest15 "$SYN_TEST15_GOLD" "$OUT/baseline-syntest15.jsonl"
score newsgraph syntest16 "$SYN_TEST16_GOLD" "$OUT/newsgraph-syntest16.jsonl"
score baseline  syntest16 "$SYN_TEST16_GOLD" "$OUT/baseline-syntest16.jsonl"
score newsgraph syntest17 "$SYN_TEST17_GOLD" "$OUT/newsgraph-syntest17.jsonl"
score baseline  syntest17 "$SYN_TEST17_GOLD" "$OUT/baseline-syntest17.jsonl"
score newsgraph syntest18 "$SYN_TEST18_GOLD" "$OUT/newsgraph-syntest18.jsonl"
score baseline  syntest18 "$SYN_TEST18_GOLD" "$OUT/baseline-syntest18.jsonl"
score newsgraph syntest19 "$SYN_TEST19_GOLD" "$OUT/newsgraph-syntest19.jsonl"
score baseline  syntest19 "$SYN_TEST19_GOLD" "$OUT/baseline-syntest19.jsonl"
score newsgraph syntest20 "$SYN_TEST20_GOLD" "$OUT/newsgraph-syntest20.jsonl"
score baseline  syntest20 "$SYN_TEST20_GOLD" "$OUT/baseline-syntest20.jsonl"
score newsgraph syntest21 "$SYN_TEST21_GOLD" "$OUT/newsgraph-syntest21.jsonl"
score baseline  syntest21 "$SYN_TEST21_GOLD" "$OUT/baseline-syntest21.jsonl"
score newsgraph syntest22 "$SYN_TEST22_GOLD" "$OUT/newsgraph-syntest22.jsonl"
score baseline  syntest22 "$SYN_TEST22_GOLD" "$OUT/baseline-syntest22.jsonl"
score newsgraph syntest23 "$SYN_TEST23_GOLD" "$OUT/newsgraph-syntest23.jsonl"
score baseline  syntest23 "$SYN_TEST23_GOLD" "$OUT/baseline-syntest23.jsonl"
score newsgraph syntest24 "$SYN_TEST24_GOLD" "$OUT/newsgraph-syntest24.jsonl"
score baseline  syntest24 "$SYN_TEST24_GOLD" "$OUT/baseline-syntest24.jsonl"
score newsgraph syntest25 "$SYN_TEST25_GOLD" "$OUT/newsgraph-syntest25.jsonl"
score baseline  syntest25 "$SYN_TEST25_GOLD" "$OUT/baseline-syntest25.jsonl"
score newsgraph syntest26 "$SYN_TEST26_GOLD" "$OUT/newsgraph-syntest26.jsonl"
score baseline  syntest26 "$SYN_TEST26_GOLD" "$OUT/baseline-syntest26.jsonl"
score newsgraph syntest27 "$SYN_TEST27_GOLD" "$OUT/newsgraph-syntest27.jsonl"
score baseline  syntest27 "$SYN_TEST27_GOLD" "$OUT/baseline-syntest27.jsonl"
score newsgraph syntest28 "$SYN_TEST28_GOLD" "$OUT/newsgraph-syntest28.jsonl"
score baseline  syntest28 "$SYN_TEST28_GOLD" "$OUT/baseline-syntest28.jsonl"
score newsgraph syntest29 "$SYN_TEST29_GOLD" "$OUT/newsgraph-syntest29.jsonl"
score baseline  syntest29 "$SYN_TEST29_GOLD" "$OUT/baseline-syntest29.jsonl"
score newsgraph syntest30 "$SYN_TEST30_GOLD" "$OUT/newsgraph-syntest30.jsonl"
score baseline  syntest30 "$SYN_TEST30_GOLD" "$OUT/baseline-syntest30.jsonl"
score newsgraph syntest31 "$SYN_TEST31_GOLD" "$OUT/newsgraph-syntest31.jsonl"
score baseline  syntest31 "$SYN_TEST31_GOLD" "$OUT/baseline-syntest31.jsonl"
score newsgraph syntest32 "$SYN_TEST32_GOLD" "$OUT/newsgraph-syntest32.jsonl"
score baseline  syntest32 "$SYN_TEST32_GOLD" "$OUT/baseline-syntest32.jsonl"
score newsgraph syntest33 "$SYN_TEST33_GOLD" "$OUT/newsgraph-syntest33.jsonl"
score baseline  syntest33 "$SYN_TEST33_GOLD" "$OUT/baseline-syntest33.jsonl"
score newsgraph syntest34 "$SYN_TEST34_GOLD" "$OUT/newsgraph-syntest34.jsonl"
score baseline  syntest34 "$SYN_TEST34_GOLD" "$OUT/baseline-syntest34.jsonl"
score newsgraph syntest35 "$SYN_TEST35_GOLD" "$OUT/newsgraph-syntest35.jsonl"
score baseline  syntest35 "$SYN_TEST35_GOLD" "$OUT/baseline-syntest35.jsonl"
