"""Quality floors: the BBC development set (tests/data/bbc_dev_gold.jsonl) and the seed, extracted with the
default pipeline and scored by shared/eval/score.py. A drop below a floor fails the build."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.extract import extract_articles, interaction_record
from loaders.nlp import load_pipeline
from loaders.readers import read_articles

REPO = Path(__file__).resolve().parents[1]
#: shared/ sits beside the repository's root, in this clone and in CI's.
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
DEV_GOLD = REPO / "tests" / "data" / "bbc_dev_gold.jsonl"
SEED_GOLD = SHARED / "eval" / "seed_gold.jsonl"
SEED = SHARED / "seeds" / "000_daf806983e2d4952.txt"

# Floors: about 0.01-0.05 below what `score.py --quiet` printed for the extractor when these were last set
# (2026-12-06, fourteenth round: dev F1 0.599, dev modality 0.968 on 230 articles at 559cb3b, 0.603 on 242 at
# 8292d6b; fifteenth round: 0.593 on 254 and 0.583 on 266 at d07b3e6, 0.591 on 266 and 0.579 on 278 at 8c91a3d; seed
# F1 1.000, modality 0.909; sixteenth round: 0.574 on 290 at 053db5c, 0.575 on 290 and 0.572 on 302 at 7b3832c;
# seventeenth round: 0.567 on 314 at 0f8a57b, 0.569 at its end; eighteenth round: 0.561 on 326 at 62a53a0, 0.564 at
# its end, 0.560 on 338 at a96aa6d; nineteenth round: 0.560 on 338 at 8243b92, 0.561 at its end, 0.555 on 350 at
# 16e1ab4; twentieth round: 0.556 on 350 at its end; twenty-first round: 0.549 on 362 at 056c132, below the floor,
# which was re-based to 0.540, 0.549 at its end, 0.542 on 374 at 51d7845, 0.542 at the twenty-second round's end, 0.541 on 386 at adfaccd, 0.544 at the twenty-third round's end, 0.534 on 398 at 6eaba3c, below the floor, which
# was re-based to 0.525, 0.534 at the twenty-fourth round's end, 0.531 on 410 at baf9ffc, 0.537 at the twenty-fifth round's end, 0.533 on 422 at d1ac144, 0.533 at the twenty-sixth round's end, 0.521 on 434 at 26bc0cf, below
# the floor, which was re-based to 0.515, 0.521 at the twenty-seventh round's end, 0.517 on 446 at d2e6ec1, 0.520 at the twenty-eighth round's end, 0.517 on 458 at 8cd115d, 0.517 at the twenty-ninth round's end, 0.516 on 470 at 1799e49, 0.521 at the thirtieth round's end, 0.516 on 482 at fff02d1, 0.523 at the thirty-first round's end, when the floor was raised to 0.520, 0.513 on 494 at 8a25373, below the floor, which was re-based to 0.510, 0.524 at the thirty-second round's end, when the floor was raised to 0.520, 0.517 on 506 at 05e0909, below the floor, which was re-based to 0.510, 0.519 at the thirty-third round's end, 0.512 on 518 at 6738b01, 0.516 at the thirty-fourth round's end, when the floor was raised to 0.515, 0.514 on 530 at 86950e3, below the floor, which was re-based to 0.510, 0.520 at the thirty-fifth round's end, when the floor was raised to 0.515, 0.520 on 542 at 60790db, 0.520 at the thirty-sixth round's end). The dev set grew from 21 to 35, 63, 86, 110, 122, 134, 146, 170, 194, 206, 218,
# 230, 242, 254, 266, 278, 290, 302, 314, 326, 338, 350, 362, 374, 386, 398, 410, 422, 434, 446, 458, 470, 482, 494, 506, 518, 530, 542 and then 554 articles with blind batches by other annotators (tests/data/README.md); a growth that took the dev score onto the floor (338 articles: 0.560) or
# took the dev score below the floor re-based it, since text the rules were not written against scores lower (the eighth batch scored 0.400
# blind, the ninth 0.641, the tenth 0.500, the eleventh and twelfth 0.357 and 0.439, the thirteenth and fourteenth
# 0.167 and 0.233, the fifteenth 0.485, the sixteenth and seventeenth 0.114 and 0.080, the eighteenth 0.582, the
# nineteenth and twentieth 0.276 and 0.308, the twenty-first 0.286, the twenty-second 0.235, the twenty-third 0.429, the twenty-fourth 0.333, most of its pieces with nothing to find, the twenty-fifth 0.278, the twenty-sixth 0.235, eight of its twelve pieces with nothing to find, the twenty-seventh 0.182, the twenty-eighth 0.100, seven of its twelve pieces with only optional lines, the twenty-ninth 0.095, the thirtieth 0.429, seven of its twelve pieces with only optional lines, the thirty-first 0.071, 1 of
# its 27 required lines found, the thirty-second 0.182, nine of its twelve tech and entertainment pieces with only
# optional lines, the thirty-third 0.133, six of its twelve with only optional lines, the thirty-fourth 0.105,
# seven of its twelve pieces sport, drawn when the tech and entertainment pool ran low, the thirty-fifth 0.296,
# nine of its twelve sport, the thirty-sixth 0.250, six of its twelve with only optional lines, the thirty-seventh 0.467, the thirty-eighth 0.231, four of its twelve with only optional lines, the thirty-ninth 0.204, the fortieth 0.222, four of its twelve with only optional lines, the forty-first, ten politics and two business pieces drawn at --min-words 1, 0.176, the forty-second, eight of its twelve sport and eight with only optional lines, 0.333, the forty-third, eleven of its twelve with only optional lines, 0.000 on its one required line, the forty-fourth, seven of its twelve sport, 0.235 on fifteen required lines, most of them quoted praise). Raise the floors when the extractor improves;
# never lower them to make a regression pass.
DEV_FLOOR_F1 = 0.515
DEV_FLOOR_MODALITY = 0.920
SEED_FLOOR_F1 = 0.970
SEED_FLOOR_MODALITY = 0.879

_CLOSING = re.compile(r"^F1 (?P<f1>[\d.]+) P (?P<p>[\d.]+) R (?P<r>[\d.]+) modality (?P<modality>[\d.]+)", re.M)


def _dev_paths() -> list[Path]:
    docs = {json.loads(line)["doc"] for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()}
    return [SHARED / "corpus" / doc for doc in sorted(docs)]


def _score(paths: list[Path], gold: Path, tmp_path: Path) -> dict[str, float]:
    system = tmp_path / "system.jsonl"
    with system.open("w", encoding="utf-8") as out:
        for extraction in extract_articles(read_articles(paths), load_pipeline()):
            for interaction in extraction.interactions:
                out.write(json.dumps(interaction_record(interaction, extraction.article), ensure_ascii=False) + "\n")
    done = subprocess.run([shutil.which("python3") or sys.executable, str(SCORER), "--gold", str(gold),
                           "--system", str(system), "--quiet"], capture_output=True, text=True, check=True)
    match = _CLOSING.search(done.stdout)
    assert match, done.stdout
    return {key: float(value) for key, value in match.groupdict().items()}


def test_dev_set_lists_existing_articles():
    paths = _dev_paths()
    assert len(paths) >= 15
    missing = [str(p) for p in paths if not p.is_file()]
    assert not missing, missing


OTHER_GOLD = [
    ("bbc_test_gold.jsonl", SHARED / "corpus"),
    ("bbc_test2_gold.jsonl", SHARED / "corpus"),
    ("bbc_test3_gold.jsonl", SHARED / "corpus"),
    ("bbc_test4_gold.jsonl", SHARED / "corpus"),
    ("bbc_test5_gold.jsonl", SHARED / "corpus"),
    ("bbc_test6_gold.jsonl", SHARED / "corpus"),
    ("bbc_test7_gold.jsonl", SHARED / "corpus"),
    ("bbc_test8_gold.jsonl", SHARED / "corpus"),
    ("bbc_test9_gold.jsonl", SHARED / "corpus"),
    ("bbc_test10_gold.jsonl", SHARED / "corpus"),
    ("bbc_test11_gold.jsonl", SHARED / "corpus"),
    ("bbc_test12_gold.jsonl", SHARED / "corpus"),
    ("bbc_test13_gold.jsonl", SHARED / "corpus"),
    ("bbc_test14_gold.jsonl", SHARED / "corpus"),
    ("bbc_test15_gold.jsonl", SHARED / "corpus"),
    ("bbc_test16_gold.jsonl", SHARED / "corpus"),
    ("bbc_test17_gold.jsonl", SHARED / "corpus"),
    ("bbc_test18_gold.jsonl", SHARED / "corpus"),
    ("bbc_test19_gold.jsonl", SHARED / "corpus"),
    ("bbc_test20_gold.jsonl", SHARED / "corpus"),
    ("bbc_test21_gold.jsonl", SHARED / "corpus"),
    ("bbc_test22_gold.jsonl", SHARED / "corpus"),
    ("bbc_test23_gold.jsonl", SHARED / "corpus"),
    ("bbc_test24_gold.jsonl", SHARED / "corpus"),
    ("bbc_test25_gold.jsonl", SHARED / "corpus"),
    ("bbc_test26_gold.jsonl", SHARED / "corpus"),
    ("bbc_test27_gold.jsonl", SHARED / "corpus"),
    ("bbc_test28_gold.jsonl", SHARED / "corpus"),
    ("bbc_test29_gold.jsonl", SHARED / "corpus"),
    ("bbc_test30_gold.jsonl", SHARED / "corpus"),
    ("bbc_test31_gold.jsonl", SHARED / "corpus"),
    ("bbc_test32_gold.jsonl", SHARED / "corpus"),
    ("synthetic_dev_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev2_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev3_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev4_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev5_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test3_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test2_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test4_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev6_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev7_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev8_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test5_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev9_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev10_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev11_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev12_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev13_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev14_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev15_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev16_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev17_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev18_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev19_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev20_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev21_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev22_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev23_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev24_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev25_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev26_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev27_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev28_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev29_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev30_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev31_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev32_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev33_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev34_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev35_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev36_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev37_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev38_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev39_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev40_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev41_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev42_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev43_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev44_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev45_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev46_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_dev47_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test6_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test7_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test8_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test9_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test10_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test11_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test12_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test13_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test14_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test15_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test16_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test17_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test18_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test19_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test20_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test21_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test22_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test23_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test24_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test25_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test26_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test27_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test28_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test29_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test30_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test31_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test32_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test33_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test34_gold.jsonl", REPO / "tests" / "data"),
    ("synthetic_test35_gold.jsonl", REPO / "tests" / "data"),
]


def test_every_gold_file_is_checked():
    """Every gold file in tests/data but the dev set is in OTHER_GOLD (the forty-fifth synthetic dev set once was not)."""
    present = {path.name for path in (REPO / "tests" / "data").glob("*_gold.jsonl")} - {"bbc_dev_gold.jsonl"}
    assert present == {gold for gold, _ in OTHER_GOLD}


@pytest.mark.parametrize(("gold", "root"), OTHER_GOLD)
def test_other_gold_sets_list_existing_articles_and_score(gold, root):
    """Every other gold file names articles that exist and parses with the scorer (its figure is reported by
    benchmarks/quality.sh, not asserted here: the held-out sets are not tuned against)."""
    path = REPO / "tests" / "data" / gold
    docs = {json.loads(line)["doc"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert len(docs) >= 6
    missing = [doc for doc in sorted(docs) if not (root / doc).is_file()]
    assert not missing, missing
    done = subprocess.run([shutil.which("python3") or sys.executable, str(SCORER), "--gold", str(path),
                           "--system", "/dev/null", "--quiet"], capture_output=True, text=True, check=True)
    match = _CLOSING.search(done.stdout)
    assert match and float(match["f1"]) == 0.0, done.stdout


@pytest.mark.parametrize(("name", "floor_f1", "floor_modality"), [
    ("dev", DEV_FLOOR_F1, DEV_FLOOR_MODALITY),
    ("seed", SEED_FLOOR_F1, SEED_FLOOR_MODALITY),
])
def test_score_stays_above_the_floor(name, floor_f1, floor_modality, tmp_path):
    paths, gold = (_dev_paths(), DEV_GOLD) if name == "dev" else ([SEED], SEED_GOLD)
    figures = _score(paths, gold, tmp_path)
    assert figures["f1"] >= floor_f1, figures
    assert figures["modality"] >= floor_modality, figures
