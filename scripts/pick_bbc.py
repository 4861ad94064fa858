"""Draw BBC articles for a new gold set: a seeded random sample of one or more sections, leaving out every article
already in a gold file under tests/data/ (and near-copies of one by headline) and any listed in --exclude files.

Run: python3 scripts/pick_bbc.py --seed 61 --count 12 --sections tech entertainment --min-words 2
Prints one corpus-relative path per line (bbc/tech/x.txt), the form the gold files use. Standard library only, so the
choice can be repeated from any checkout; an article qualifies with at least --min-words trigger-like words (TRIGGERS)
and at most --max-length words.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
TRIGGERS = re.compile(
    r"\b(visit\w*|met|meet\w*|talks|summit\w*|back(?:s|ed|ing)|support\w*|criticis\w*|condemn\w*|welcom\w*|"
    r"greet\w*|prais\w*|accus\w*|reject\w*|host(?:s|ed|ing)|oppos\w*|endors\w*|attack\w*)\b",
    re.IGNORECASE,
)


def _headline(text: str) -> str:
    """The first line, folded, by which near-copies of one story are told apart."""
    first = text.strip().splitlines()[0]
    return re.sub(r"\W+", " ", first).strip().lower()


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _gold_docs(extra: list[Path]) -> set[str]:
    docs: set[str] = set()
    for gold in sorted((ROOT / "tests" / "data").glob("*.jsonl")) + extra:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line).get("doc", "")
                if doc.startswith("bbc/"):
                    docs.add(doc)
    return docs


def pick(seed: int, count: int, sections: list[str], min_words: int, max_length: int, extra: list[Path]) -> list[str]:
    """The seeded sample: candidates sorted by path, shuffled with random.Random(seed), first `count` taken."""
    taken = _gold_docs(extra)
    seen = {_headline(_read(CORPUS / doc)) for doc in taken if (CORPUS / doc).exists()}
    unique = []
    for section in sections:
        for path in sorted((CORPUS / "bbc" / section).glob("*.txt")):
            doc, text = f"bbc/{section}/{path.name}", _read(path)
            headline = _headline(text)
            if doc in taken or headline in seen:  # (near-copies among the candidates too: the first by path)
                continue
            if len(text.split()) > max_length or len(TRIGGERS.findall(text)) < min_words:
                continue
            seen.add(headline)
            unique.append(doc)
    random.Random(seed).shuffle(unique)
    return unique[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--sections", nargs="+", default=["tech", "entertainment"])
    parser.add_argument("--min-words", type=int, default=2)
    parser.add_argument("--max-length", type=int, default=900)
    parser.add_argument("--exclude", nargs="*", type=Path, default=[], help="more gold files whose docs are taken")
    parser.add_argument("--pool", action="store_true", help="print only the number of candidates")
    args = parser.parse_args()
    docs = pick(args.seed, 10**9 if args.pool else args.count, args.sections, args.min_words, args.max_length,
                args.exclude)
    print(len(docs) if args.pool else "\n".join(docs))


if __name__ == "__main__":
    main()
