"""Serialisation: every format round-trips to an isomorphic graph, and output bytes ignore insertion order."""
from __future__ import annotations

import json
import random

import pytest
from record_fixtures import make_first, make_second
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graph.rdf import article_iri, to_graph
from graph.serialize import FORMATS, article_graphs, format_for_path, serialize
from graph.vocab import NG
from loaders.errors import NewsgraphError

_PARSERS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}


def _parse(text: str, fmt: str) -> Graph:
    if fmt == "trig":
        dataset = Dataset()
        dataset.parse(data=text, format="trig")
        kg = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            kg.add((s, p, o))
        return kg
    return Graph().parse(data=text, format=_PARSERS[fmt])


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip_is_isomorphic(kg, fmt):
    back = _parse(serialize(kg, fmt), fmt)
    assert len(back) == len(kg)
    assert isomorphic(back, kg)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_same_input_gives_identical_bytes(fmt):
    one = serialize(to_graph([make_first(), make_second()]), fmt)
    two = serialize(to_graph([make_first(), make_second()]), fmt)
    assert one == two


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_shuffled_insertion_gives_identical_bytes(kg, fmt):
    triples = sorted(kg, key=lambda t: tuple(map(str, t)))
    expected = serialize(kg, fmt)
    for seed in (1, 2, 3):
        random.Random(seed).shuffle(triples)
        shuffled = Graph()
        for triple in triples:
            shuffled.add(triple)
        assert serialize(shuffled, fmt) == expected


def test_article_order_does_not_change_turtle():
    assert serialize(to_graph([make_first(), make_second()])) == serialize(to_graph([make_second(), make_first()]))


def test_turtle_is_readable_and_uses_fixed_prefixes(kg):
    text = serialize(kg, "turtle")
    assert "@prefix ng: <https://w3id.org/newsgraph/ns#> ." in text
    assert "actor:mara-voss\n    a ng:Person ;" in text
    assert "ns1:" not in text and "_:" not in text


def test_special_characters_survive_turtle():
    kg = Graph()
    node = URIRef("https://w3id.org/newsgraph/id/actor/odd")
    kg.add((node, NG.trigger, Literal('quote " backslash \\ newline \n tab \t done')))
    kg.add((node, NG.dateText, Literal("été", lang="fr")))
    for fmt in FORMATS:
        assert isomorphic(_parse(serialize(kg, fmt), fmt), kg)


def test_trig_has_one_named_graph_per_article(kg, first, second):
    dataset = Dataset()
    dataset.parse(data=serialize(kg, "trig"), format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)} - {str(dataset.default_graph.identifier)}
    assert names == {str(article_iri(first.article.id)), str(article_iri(second.article.id))}
    one = dataset.graph(article_iri(first.article.id))
    # the article's events live in its graph; actor descriptions live in the default graph
    assert len(set(one.subjects(NG.relation, None))) == 3
    assert not list(one.triples((None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None)))
    default, named = article_graphs(kg)
    assert (URIRef("https://w3id.org/newsgraph/id/actor/mara-voss"), NG.visited,
            URIRef("https://w3id.org/newsgraph/id/actor/valdora")) in named[article_iri(first.article.id)]
    assert all(t not in default for triples in named.values() for t in triples)


def test_jsonld_inlines_the_local_context(kg):
    document = json.loads(serialize(kg, "jsonld"))
    assert document["@context"]["ng"] == "https://w3id.org/newsgraph/ns#"
    ids = [node["@id"] for node in document["@graph"]]
    assert ids == sorted(ids) and "actor:mara-voss" in ids


@pytest.mark.parametrize(("name", "fmt"), [("g.ttl", "turtle"), ("g.nt", "nt"), ("G.JSONLD", "jsonld"),
                                           ("g.json", "jsonld"), ("dir/g.trig", "trig")])
def test_format_for_path(name, fmt):
    assert format_for_path(name) == fmt


def test_unknown_format_is_an_error():
    with pytest.raises(NewsgraphError, match="g.xml"):
        format_for_path("g.xml")
    with pytest.raises(NewsgraphError, match="turtle"):
        serialize(Graph(), "rdfxml")
