"""Tests for graph/pipeline.py: paths → RDF graph on the real seed (read from shared/) and on short articles of
our own: duplicate articles merge, the same person is one node across articles, bad files are collected."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from rdflib import RDFS, Graph, Literal

from graph.pipeline import build, extract, update
from graph.store import article_hashes, write_graph
from graph.validate import validate_graph
from graph.vocab import NG
from loaders.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_daf806983e2d4952.txt"
SAMPLES = sorted((ROOT / "loaders" / "samples").glob("*.txt"))

FIRST = (
    "Trudeau Tours the Fjords\n"
    "Justin Trudeau visited Norway on Monday and met Jonas Gahr Store in Oslo.\n"
)
SECOND = (
    "Arctic Council Backs Ottawa\n"
    "Finland praised Justin Trudeau on Thursday for his climate plan.\n"
)


def _events(kg: Graph) -> set:
    return set(kg.subjects(NG.agent, None))


def _assert_conforms(kg: Graph) -> None:
    result = validate_graph(kg)
    assert result.conforms, "\n".join(result.violations)


@pytest.fixture(scope="module")
def seed_kg(seed_graph) -> Graph:
    return seed_graph  # built once per session in tests/conftest.py


@pytest.fixture()
def own(tmp_path) -> tuple[Path, Path]:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    return first, second


def test_the_seed_graph_has_events_and_validates(seed_kg):
    assert len(_events(seed_kg)) >= 11
    _assert_conforms(seed_kg)


def test_the_packaged_samples_build_graphs_that_validate():
    assert SAMPLES, "loaders/samples/ holds no .txt article"
    for sample in SAMPLES:
        kg = build([sample])
        assert len(_events(kg)) >= 3, sample.name
        _assert_conforms(kg)


def test_a_renamed_copy_of_an_article_adds_no_events(seed_kg, tmp_path):
    copy = tmp_path / "renamed-copy.txt"
    shutil.copyfile(SEED, copy)
    both = build([SEED, copy])
    assert len(_events(both)) == len(_events(seed_kg))
    assert len(article_hashes(both)) == 1
    _assert_conforms(both)


def test_two_articles_naming_the_same_person_give_one_node(own):
    kg = build(list(own))
    nodes = set(kg.subjects(RDFS.label, Literal("Justin Trudeau")))
    assert len(nodes) == 1
    [node] = nodes
    agents = {kg.value(event, NG.target) for event in kg.subjects(NG.agent, node)}
    targets = {kg.value(event, NG.agent) for event in kg.subjects(NG.target, node)}
    labels = {str(kg.value(n, RDFS.label)) for n in agents | targets}
    assert {"Norway", "Finland"} <= labels  # one visit from the first article, praise from the second
    assert len(article_hashes(kg)) == 2
    _assert_conforms(kg)


def test_build_is_deterministic(own):
    first = build(list(own)).serialize(format="nt")
    second = build(list(own)).serialize(format="nt")
    assert sorted(first.splitlines()) == sorted(second.splitlines())


def test_extract_collects_bad_files_and_goes_on(own, tmp_path):
    errors: list[InputError] = []
    missing = tmp_path / "missing.txt"
    found = list(extract([own[0], missing], errors=errors))
    assert [e.article.source for e in found] == [str(own[0])]
    assert len(errors) == 1 and str(missing) in str(errors[0])


def test_extract_without_an_error_list_raises(tmp_path):
    with pytest.raises(InputError, match="missing.txt"):
        list(extract([tmp_path / "missing.txt"]))


def test_date_resolves_weekdays(own):
    [extraction] = list(extract([own[0]], date=dt.date(2023, 6, 14)))
    visits = [i for i in extraction.interactions if i.relation == "visit"]
    assert [(i.target.label, i.date) for i in visits] == [("Norway", "2023-06-12")]


def test_update_adds_only_new_articles(own, tmp_path):
    path = tmp_path / "kg.ttl"
    write_graph(build([own[0]]), path)
    before = path.read_bytes()
    kg, added = update(path, [own[0]])
    assert added == 0 and path.read_bytes() == before
    kg, added = update(path, list(own))
    assert added == 1 and len(article_hashes(kg)) == 2
    assert path.read_bytes() != before
    saved = Graph().parse(path, format="turtle")
    assert len(article_hashes(saved)) == 2
    _assert_conforms(saved)
