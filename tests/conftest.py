"""Session fixtures shared by every test: the RDF graphs of the real seed article and of the whole BBC corpus.

Both are built once per session with graph.pipeline.build from /work/shared (the repository's sibling folder,
read in place, never copied). Missing shared data fails the tests that need it: it is never a reason to skip.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_daf806983e2d4952.txt"
BBC = SHARED / "corpus" / "bbc"
#: Files in the BBC corpus (the five category folders); a smaller count means a partial copy of shared/.
BBC_ARTICLES = 2095


def _require(path: Path, what: str) -> Path:
    if not path.exists():
        pytest.fail(f"{what} not found at {path}: the tests read shared/ beside the repository ({SHARED}); "
                    "restore it instead of skipping", pytrace=False)
    return path


@pytest.fixture(scope="session")
def seed_graph() -> Graph:
    """graph.pipeline.build of the seed article (do not modify it: the whole session shares it)."""
    from graph.pipeline import build

    return build([_require(SEED, "the seed article")])


@pytest.fixture(scope="session")
def bbc_graph() -> Graph:
    """graph.pipeline.build of the whole BBC corpus, all 2,095 articles (shared by the session: do not modify)."""
    from graph.pipeline import build

    folder = _require(BBC, "the BBC corpus")
    files = sorted(folder.rglob("*.txt"))
    if len(files) != BBC_ARTICLES:
        pytest.fail(f"{folder} holds {len(files)} .txt files, not the corpus's {BBC_ARTICLES}", pytrace=False)
    errors: list = []
    kg = build([folder], errors=errors)
    assert errors == [], f"BBC files the readers rejected: {[str(e) for e in errors[:5]]}"
    return kg
