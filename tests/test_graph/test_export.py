"""graph/export.py: GraphML/GEXF readable back by networkx, the event table as CSV and Parquet."""
from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))
import rdf_fixtures as fx  # noqa: E402

from graph.export import EVENT_COLUMNS, event_table, write_event_table, write_gexf, write_graphml  # noqa: E402
from graph.network import collapse, to_networkx  # noqa: E402
from loaders.errors import NewsgraphError  # noqa: E402


@pytest.fixture(scope="module")
def korea_kg():
    return fx.korea_kg()


def test_graphml_round_trip_keeps_nodes_edges_and_attributes(tmp_path, korea_kg):
    mg = to_networkx(korea_kg)
    path = tmp_path / "g.graphml"
    write_graphml(mg, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == mg.number_of_nodes()
    assert back.number_of_edges() == mg.number_of_edges()
    kim = str(fx.actor_iri("kim-jong-un"))
    assert back.nodes[kim]["label"] == "Kim Jong Un" and back.nodes[kim]["count"] == 4
    keys = {k for _, _, k in back.edges(keys=True)}
    assert keys == {k for _, _, k in mg.edges(keys=True)}  # edge ids are the event IRIs
    support = [d for _, _, d in back.edges(data=True) if d["relation"] == "support"][0]
    assert support["sentence"] == "China backed North Korea at the talks, the foreign ministry said."
    assert "date" not in support  # None values are left out, not written as "None"


def test_collapsed_graph_with_dict_and_list_attributes_is_legal(tmp_path, korea_kg):
    dg = collapse(to_networkx(korea_kg))
    write_graphml(dg, tmp_path / "c.graphml")
    write_gexf(dg, tmp_path / "c.gexf")
    back = nx.read_gexf(tmp_path / "c.gexf")
    kim, xi = str(fx.actor_iri("kim-jong-un")), str(fx.actor_iri("xi-jinping"))
    assert back.edges[kim, xi]["relations"] == "condole=1"
    assert nx.read_graphml(tmp_path / "c.graphml").edges[kim, xi]["weight"] == 1


def test_gexf_reads_back_and_is_byte_identical(tmp_path, korea_kg):
    mg = to_networkx(korea_kg)
    write_gexf(mg, tmp_path / "a.gexf")
    write_gexf(to_networkx(fx.korea_kg()), tmp_path / "b.gexf")
    assert (tmp_path / "a.gexf").read_bytes() == (tmp_path / "b.gexf").read_bytes()
    assert b"lastmodifieddate" not in (tmp_path / "a.gexf").read_bytes()
    back = nx.read_gexf(tmp_path / "a.gexf")
    assert back.number_of_edges() == 8
    assert {d["label"] for _, d in back.nodes(data=True)} >= {"Kim Jong Un", "Xi Jinping"}


def test_event_table_layout_and_codes(korea_kg):
    df = event_table(korea_kg)
    assert tuple(df.columns) == EVENT_COLUMNS
    assert len(df) == 8
    visit = df[df["event_type"] == "visit"].iloc[0]
    assert (visit["source_actor"], visit["source_type"]) == ("Kim Jong Un", "Person")
    assert (visit["target_actor"], visit["target_type"]) == ("Chinese embassy in Pyongyang", "Organization")
    assert (visit["plover_category"], visit["plover_mode"], visit["cameo"], visit["quad_class"]) == \
        ("CONSULT", "visit", "042", 1)
    assert (visit["date"], visit["date_text"], visit["place"]) == ("2018-04-23", "on Monday", "Pyongyang")
    assert visit["source"] == "tests/korea.txt"
    assert fx.KOREA_TEXT[visit["start"]:visit["end"]] == visit["sentence"]
    sanction = df[df["event_type"] == "sanction"].iloc[0]
    assert (sanction["quad_class"], sanction["cameo"]) == (4, "163")
    assert list(df["date"].iloc[:2]) == ["2017", "2018"] and df["date"].iloc[-1:].isna().all()


def test_event_table_csv_and_parquet(tmp_path, korea_kg):
    write_event_table(korea_kg, tmp_path / "e.csv")
    write_event_table(korea_kg, tmp_path / "e.parquet")
    csv = pd.read_csv(tmp_path / "e.csv", dtype={"cameo": str})
    parquet = pd.read_parquet(tmp_path / "e.parquet")
    assert list(csv.columns) == list(EVENT_COLUMNS) == list(parquet.columns)
    assert len(csv) == len(parquet) == 8
    assert set(csv["cameo"]) == set(parquet["cameo"]) >= {"042", "018"}
    first = (tmp_path / "e.csv").read_bytes()
    write_event_table(fx.korea_kg(), tmp_path / "e.csv")
    assert (tmp_path / "e.csv").read_bytes() == first
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_event_table_rejects_unknown_suffix_and_exports_create_folders(tmp_path, korea_kg):
    with pytest.raises(NewsgraphError, match="csv or .parquet"):
        write_event_table(korea_kg, tmp_path / "e.xlsx")
    target = tmp_path / "missing" / "g.graphml"
    write_graphml(to_networkx(korea_kg), target)
    assert target.read_text(encoding="utf-8").startswith("<?xml")


def test_exports_get_the_usual_file_mode(tmp_path, korea_kg):
    import os

    umask = os.umask(0)
    os.umask(umask)
    target = tmp_path / "events.csv"
    write_event_table(korea_kg, target)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_atomic_write_leaves_old_file_when_writing_fails(tmp_path, korea_kg, monkeypatch):
    path = tmp_path / "g.graphml"
    path.write_text("old", encoding="utf-8")

    def half_then_fail(g, handle, **kwargs):
        handle.write(b"<graphml>")
        raise OSError("disk full")

    monkeypatch.setattr(nx, "write_graphml", half_then_fail)
    with pytest.raises(NewsgraphError, match="cannot write: disk full"):
        write_graphml(to_networkx(korea_kg), path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]
