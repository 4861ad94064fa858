"""graph/network.py: the NetworkX view read from hand-built RDF graphs and from Turtle text."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Graph

sys.path.insert(0, str(Path(__file__).parent))
import rdf_fixtures as fx  # noqa: E402

from graph.network import collapse, read_events, to_networkx  # noqa: E402
from loaders.errors import NewsgraphError  # noqa: E402

KIM = str(fx.actor_iri("kim-jong-un"))
XI = str(fx.actor_iri("xi-jinping"))
MOON = str(fx.actor_iri("moon-jae-in"))
CHINA = str(fx.actor_iri("china"))
NK = str(fx.actor_iri("north-korea"))


def test_nodes_are_the_actors_of_events_with_label_type_and_count():
    mg = to_networkx(fx.korea_kg())
    assert mg.number_of_nodes() == 8  # places and the role-only actor are not interaction partners
    assert mg.nodes[KIM] == {"label": "Kim Jong Un", "type": "Person", "count": 4}
    assert mg.nodes[NK]["type"] == "Country" and mg.nodes[NK]["count"] == 3
    assert str(fx.actor_iri("kim-yo-jong")) not in mg
    assert str(fx.actor_iri("pyongyang")) not in mg


def test_one_edge_per_event_with_its_attributes():
    kg = fx.korea_kg()
    mg = to_networkx(kg)
    assert mg.number_of_edges() == 8
    visits = [(u, v, k, d) for u, v, k, d in mg.edges(keys=True, data=True) if d["relation"] == "visit"]
    assert len(visits) == 1
    u, v, key, data = visits[0]
    assert (u, v) == (KIM, str(fx.actor_iri("chinese-embassy-in-pyongyang")))
    assert key.startswith("https://w3id.org/newsgraph/id/event/")
    assert data == {
        "relation": "visit", "modality": "asserted", "date": "2018-04-23", "date_text": "on Monday",
        "place": "Pyongyang", "trigger": "went",
        "sentence": "North Korean leader Kim Jong Un went to the Chinese embassy in Pyongyang on Monday.",
        "article": str(fx.ID["article/" + fx._hash(fx.KOREA_TEXT)]),
        "title": "Pyongyang and Beijing mend ties",
    }


def test_reads_any_turtle_file_the_same_as_the_graph_in_memory(tmp_path):
    kg = fx.korea_kg()
    path = tmp_path / "g.ttl"
    path.write_text(kg.serialize(format="turtle"), encoding="utf-8")
    again = Graph().parse(path)
    a, b = to_networkx(kg), to_networkx(again)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_symmetric_relation_stays_one_directed_edge_as_recorded():
    mg = to_networkx(fx.korea_kg(), relations=["meet"], modalities=["asserted"])
    assert list(mg.edges()) == [(KIM, MOON)]


def test_filters_by_relation_and_modality():
    mg = to_networkx(fx.korea_kg(), relations=["meet"])
    assert sorted(d["modality"] for _, _, d in mg.edges(data=True)) == ["asserted", "negated", "planned"]
    mg = to_networkx(fx.korea_kg(), modalities=["planned", "hypothetical"])
    assert [(u, v) for u, v in mg.edges()] == [(MOON, XI)]
    assert set(mg.nodes) == {MOON, XI}


@pytest.mark.parametrize(("since", "until", "expected"), [
    ("2018-04", "2018-04", {"visit", "condole", "meet/asserted", "meet/negated"}),  # "2018" overlaps April
    ("2018-05-01", None, {"meet/planned", "meet/negated"}),
    (None, "2017-12-31", {"sanction"}),
    ("2019", None, set()),
])
def test_filters_by_date_range_with_partial_dates(since, until, expected):
    mg = to_networkx(fx.korea_kg(), since=since, until=until)
    found = {d["relation"] if d["relation"] != "meet" else f"meet/{d['modality']}" for _, _, d in mg.edges(data=True)}
    assert found == expected


@pytest.mark.parametrize("kwargs", [{"relations": ["hug"]}, {"modalities": ["maybe"]}, {"since": "April 2018"},
                                    {"until": "2018/04/01"}])
def test_bad_filter_values_raise_newsgraph_error_naming_the_value(kwargs):
    with pytest.raises(NewsgraphError) as err:
        to_networkx(fx.korea_kg(), **kwargs)
    value = next(iter(kwargs.values()))
    value = value[0] if isinstance(value, list) else value
    assert value in str(err.value)


def test_collapse_sums_parallel_events_and_drops_rare_pairs():
    kg = fx.new_kg()
    fx.add_actor(kg, "a", "A", "Country")
    fx.add_actor(kg, "b", "B", "Country")
    fx.add_actor(kg, "c", "C", "Country")
    text = "A backed B. A backed B again. A met B. A criticised C."
    art = fx.add_article(kg, text, "t", "t.txt")
    fx.add_event(kg, art, "a", "support", "b", "A backed B.", "backed")
    fx.add_event(kg, art, "a", "support", "b", "A backed B again.", "backed")
    fx.add_event(kg, art, "a", "meet", "b", "A met B.", "met")
    fx.add_event(kg, art, "a", "oppose", "c", "A criticised C.", "criticised")
    mg = to_networkx(kg)
    assert mg.number_of_edges() == 4
    dg = collapse(mg)
    a, b, c = (str(fx.actor_iri(x)) for x in "abc")
    assert dg.number_of_edges() == 2
    assert dg.edges[a, b]["weight"] == 3
    assert dg.edges[a, b]["relations"] == {"meet": 1, "support": 2}
    assert dg.edges[a, b]["sentences"] == ["A backed B.", "A backed B again.", "A met B."]
    strong = collapse(mg, min_count=2)
    assert list(strong.edges()) == [(a, b)]
    assert c not in strong


def test_events_missing_optional_parts_still_read():
    kg = fx.new_kg()
    fx.add_actor(kg, "a", "A", "Person")
    art = fx.add_article(kg, "A visited Z.", "t", "t.txt")
    fx.add_event(kg, art, "a", "visit", "z", "A visited Z.", "visited")  # target has no actor resource
    [event] = read_events(kg)
    assert event["date"] is None and event["place"] is None
    mg = to_networkx(kg)
    assert mg.nodes[str(fx.actor_iri("z"))]["label"] == "z"  # falls back to the IRI's slug


def test_output_is_deterministic():
    one, two = to_networkx(fx.korea_kg()), to_networkx(fx.korea_kg())
    assert list(one.edges(keys=True)) == list(two.edges(keys=True))
    assert list(one.nodes) == sorted(one.nodes)
