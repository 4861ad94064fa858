"""Loading, atomic writing and incremental updates of graph files."""
from __future__ import annotations

import os
import tempfile

import pytest
from record_fixtures import make_first, make_second
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.rdf import to_graph
from graph.store import article_hashes, load_graph, update_graph, write_graph
from graph.validate import validate_graph
from loaders.errors import InputError, NewsgraphError


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld", ".trig"])
def test_write_then_load_round_trips(tmp_path, kg, suffix):
    path = tmp_path / f"g{suffix}"
    write_graph(kg, path)
    assert isomorphic(load_graph(path), kg)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_load_missing_or_broken_file_raises_input_error(tmp_path):
    with pytest.raises(InputError, match=r"nope\.ttl: no such graph file"):
        load_graph(tmp_path / "nope.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix ng: <x> .\nng:a ng:b ", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_graph(broken)
    message = str(caught.value)
    assert message.startswith(f"{broken}: cannot parse as turtle") and "\n" not in message


def test_article_hashes(kg, first, second):
    assert article_hashes(kg) == {first.article.id, second.article.id}
    assert article_hashes(Graph()) == set()


def test_update_adds_only_new_articles(tmp_path, first, second):
    path = tmp_path / "g.ttl"
    kg, added = update_graph(path, [first])
    assert added == 1 and article_hashes(kg) == {first.article.id}
    kg, added = update_graph(path, [first, second])
    assert added == 1
    assert path.read_bytes() == tmp_path.joinpath("g.ttl").read_bytes()
    full = tmp_path / "full.ttl"
    write_graph(to_graph([make_first(), make_second()]), full)
    assert path.read_bytes() == full.read_bytes()  # update == building everything at once
    assert validate_graph(load_graph(path)).conforms


def test_update_with_only_known_articles_changes_nothing(tmp_path, first):
    path = tmp_path / "g.ttl"
    update_graph(path, [first])
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    kg, added = update_graph(path, [make_first()])
    assert added == 0
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime


def test_update_failing_midway_leaves_the_file_as_it_was(tmp_path, first, second):
    path = tmp_path / "g.ttl"
    update_graph(path, [first])
    before = path.read_bytes()

    def extractions():
        yield second
        raise RuntimeError("extractor crashed")

    with pytest.raises(RuntimeError, match="extractor crashed"):
        update_graph(path, extractions())
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.ttl"]


def test_update_into_unwritable_folder_leaves_the_file_as_it_was(tmp_path, first, second, monkeypatch):
    path = tmp_path / "g.ttl"
    update_graph(path, [first])
    before = path.read_bytes()

    def refuse(*args, **kwargs):  # what mkstemp does in a folder without write permission (even as root here)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(NewsgraphError, match="g.ttl: cannot write: Permission denied"):
        update_graph(path, [second])
    assert path.read_bytes() == before


def test_failed_write_keeps_old_file_and_leaves_no_temp(tmp_path, kg, monkeypatch):
    path = tmp_path / "g.ttl"
    path.write_text("old content\n", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(NewsgraphError, match="No space left on device"):
        write_graph(kg, path)
    assert path.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_update_with_broken_existing_file_raises_and_keeps_it(tmp_path, first):
    path = tmp_path / "g.ttl"
    path.write_text("not turtle at all {", encoding="utf-8")
    with pytest.raises(InputError):
        update_graph(path, [first])
    assert path.read_text(encoding="utf-8") == "not turtle at all {"


def test_write_creates_missing_folders(tmp_path, kg):
    path = tmp_path / "out" / "deeper" / "g.ttl"
    write_graph(kg, path)
    assert isomorphic(load_graph(path), kg)
