"""The graph at corpus scale: the named queries, actor merging, SHACL, sentence offsets and byte-identical Turtle
on the real seed and on the whole BBC corpus (2,095 articles), both built once per session (tests/conftest.py)."""
from __future__ import annotations

import random
import re
from collections import Counter, defaultdict

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from graph.query import named_queries, resolve_query, run_query
from graph.serialize import serialize
from graph.validate import validate_graph
from graph.vocab import NG, NIF
from loaders.readers import read_articles

ACTOR_CLASSES = (NG.Person, NG.Organization, NG.Country, NG.Place)
#: The actor that parameterised queries ask about, per graph.
ACTOR = {"seed": "Kim Jong Un", "bbc": "Tony Blair"}
#: Interaction events whose sentence offsets are checked against the BBC source files.
SAMPLE = 200


@pytest.fixture(scope="module")
def graphs(seed_graph, bbc_graph) -> dict[str, Graph]:
    return {"seed": seed_graph, "bbc": bbc_graph}


_RESULTS: dict[tuple[int, str, str], list[dict]] = {}


def _run(kg: Graph, name: str, actor: str = "") -> list[dict]:
    """The rows of a named query; each is run once per graph and actor (actor-timeline takes ~20 s on BBC)."""
    declared = named_queries()[name].params
    assert set(declared) <= {"actor_label"}, f"query {name} declares a parameter this test cannot fill: {declared}"
    key = (id(kg), name, actor if declared else "")
    if key not in _RESULTS:
        _RESULTS[key] = run_query(kg, resolve_query(name, {p: actor for p in declared})).to_dict(orient="records")
    return _RESULTS[key]


def _actors(kg: Graph) -> set[URIRef]:
    return {node for cls in ACTOR_CLASSES for node in kg.subjects(RDF.type, cls)}


def _events(kg: Graph) -> list[URIRef]:
    return sorted(set(kg.subjects(NG.agent, None)), key=str)


def _node(kg: Graph, label: str) -> URIRef:
    nodes = [n for n in kg.subjects(RDFS.label, None) if str(kg.value(n, RDFS.label)) == label and n in _actors(kg)]
    assert len(nodes) == 1, f"{label!r} is {len(nodes)} actor nodes: {nodes}"
    return nodes[0]


def _dates_in_order(rows: list[dict]) -> bool:
    dated = [r["date"] for r in rows if r["date"]]
    undated_from = next((i for i, r in enumerate(rows) if not r["date"]), len(rows))
    return dated == sorted(dated) and all(not r["date"] for r in rows[undated_from:])


# ---- every named query on both graphs ----------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["seed", "bbc"])
@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_returns_rows(graphs, which, name):
    rows = _run(graphs[which], name, ACTOR[which])
    assert rows, f"query {name} found nothing in the {which} graph"


def test_seed_queries_tell_the_story(seed_graph):
    met = {(r["agent"], r["target"]) for r in _run(seed_graph, "who-met-whom")}
    assert ("Song Tao", "Kim Jong Un") in met
    visits = _run(seed_graph, "visits-by-actor", "Kim Jong Un")
    assert {r["agent"] for r in visits} == {"Kim Jong Un"}
    assert ("Chinese Embassy in Pyongyang", "asserted") in {(r["target"], r["modality"]) for r in visits}
    timeline = _run(seed_graph, "actor-timeline", "Kim Jong Un")
    assert all("Kim Jong Un" in (r["agent"], r["target"]) for r in timeline)
    assert {"Song Tao", "Moon Jae-in", "Donald Trump"} <= {r["agent"] for r in timeline} | {r["target"] for r in timeline}
    assert _dates_in_order(timeline)
    modalities = {r["modality"] for r in _run(seed_graph, "interactions-by-modality")}
    assert {"asserted", "planned", "hypothetical"} <= modalities
    roles = {(r["person"], r["role"], r["of"]) for r in _run(seed_graph, "roles")}
    assert ("Kim Jong Un", "leader", "North Korea") in roles
    actors = _run(seed_graph, "actors")
    top = max(int(r["interactions"]) for r in actors)
    assert "Kim Jong Un" in {r["label"] for r in actors if int(r["interactions"]) == top}


def test_bbc_queries_at_corpus_scale(bbc_graph):
    met = _run(bbc_graph, "who-met-whom")
    counts = [int(r["meetings"]) for r in met]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 2
    visits = _run(bbc_graph, "visits-by-actor", "Tony Blair")
    assert visits and {r["agent"] for r in visits} == {"Tony Blair"}
    assert len({r["article"] for r in visits}) >= 2  # the one node gathers visits from several articles
    assert _run(bbc_graph, "visits-by-actor", "tony-blair") == visits  # the slug finds the same node
    timeline = _run(bbc_graph, "actor-timeline", "Tony Blair")
    assert len(timeline) >= 30 and all("Tony Blair" in (r["agent"], r["target"]) for r in timeline)
    assert _dates_in_order(timeline)
    by_modality = Counter()
    for r in _run(bbc_graph, "interactions-by-modality"):
        by_modality[r["modality"]] += int(r["interactions"])
    assert {"asserted", "planned", "hypothetical", "negated"} <= set(by_modality)
    assert by_modality["asserted"] > by_modality["planned"] > 0
    assert sum(by_modality.values()) == len(_events(bbc_graph))
    roles = {(r["person"], r["role"], r["of"]) for r in _run(bbc_graph, "roles")}
    assert ("Tony Blair", "prime minister", "United Kingdom") in roles
    actors = _run(bbc_graph, "actors")
    assert len(actors) == len({r["actor"] for r in actors}) == len(_actors(bbc_graph))
    assert actors[0]["interactions"] == str(max(int(r["interactions"]) for r in actors))


# ---- one node per actor ------------------------------------------------------------------------------------------


def _article_local(node: URIRef) -> bool:
    """Unnamed groups and visited facilities ("visitors", "the tomb of ...") are article-local actors: their slug
    ends in the first 8 hex digits of their article's hash, so equal labels in two articles stay two nodes."""
    return re.search(r"-[0-9a-f]{8}$", str(node)) is not None


@pytest.mark.parametrize("which", ["seed", "bbc"])
def test_one_actor_node_per_label(graphs, which):
    kg = graphs[which]
    labels = defaultdict(list)
    for node in _actors(kg):
        [label] = kg.objects(node, RDFS.label)
        if not _article_local(node):
            labels[str(label)].append(str(node))
    shared = {label: sorted(nodes) for label, nodes in labels.items() if len(nodes) > 1}
    assert shared == {}
    for node in filter(_article_local, _actors(kg)):
        used_in = {str(a) for s in kg.subjects(None, node) if (a := kg.value(s, PROV.wasDerivedFrom)) is not None}
        assert used_in and all(a.rsplit("/", 1)[1][:8] == str(node)[-8:] for a in used_in), node


def test_tony_blair_is_one_node_across_many_articles(bbc_graph):
    blair = _node(bbc_graph, "Tony Blair")
    assert (blair, RDF.type, NG.Person) in bbc_graph
    assert "Blair" in {str(a) for a in bbc_graph.objects(blair, SKOS.altLabel)}
    events = set(bbc_graph.subjects(NG.agent, blair)) | set(bbc_graph.subjects(NG.target, blair))
    articles = {bbc_graph.value(e, PROV.wasDerivedFrom) for e in events}
    assert len(articles) >= 20
    timeline = _run(bbc_graph, "actor-timeline", "Tony Blair")
    assert sorted(r["event"] for r in timeline) == sorted(map(str, events))


@pytest.mark.parametrize("full", ["Tony Blair", "Gordon Brown", "Michael Howard", "Charles Kennedy", "Jack Straw"])
def test_no_article_splits_a_leader_into_name_and_surname(bbc_graph, full):
    """Within one article "Mr Brown" is Gordon Brown: no second node for the surname beside the full name."""
    kg = bbc_graph
    person = _node(kg, full)
    surname = full.split()[-1]
    split = [n for n in kg.subjects(RDFS.label, Literal(surname)) if n in _actors(kg)]
    if not split:
        return
    [alone] = split
    with_person = {kg.value(s, PROV.wasDerivedFrom) for s in kg.subjects(None, person)}
    with_surname = {kg.value(s, PROV.wasDerivedFrom) for s in kg.subjects(None, alone)}
    assert with_person.isdisjoint(with_surname)


# ---- SHACL, evidence offsets, determinism ------------------------------------------------------------------------


def test_bbc_graph_conforms_to_the_shapes(bbc_graph):
    result = validate_graph(bbc_graph)
    assert result.conforms, "\n".join(result.violations[:50])


def test_sampled_bbc_events_point_at_their_sentences(bbc_graph):
    events = _events(bbc_graph)
    assert len(events) > 2 * SAMPLE  # 599 events at the time of writing
    sample = random.Random(20240423).sample(events, SAMPLE)
    by_source: dict[str, list[URIRef]] = defaultdict(list)
    for event in sample:
        article = bbc_graph.value(event, PROV.wasDerivedFrom)
        by_source[str(bbc_graph.value(article, NG.source))].append(event)
    checked = 0
    for source, group in sorted(by_source.items()):
        [article] = read_articles([source])
        for event in group:
            sentence = bbc_graph.value(event, NG.evidence)
            start = int(bbc_graph.value(sentence, NIF.beginIndex))
            end = int(bbc_graph.value(sentence, NIF.endIndex))
            anchor = str(bbc_graph.value(sentence, NIF.anchorOf))
            assert 0 <= start < end <= len(article.text), (event, source)
            assert article.text[start:end] == anchor, (event, source)
            assert str(sentence) == f"https://w3id.org/newsgraph/id/article/{article.id}#char={start},{end}"
            assert bbc_graph.value(sentence, NIF.referenceContext) == bbc_graph.value(event, PROV.wasDerivedFrom)
            checked += 1
    assert checked == SAMPLE


def test_bbc_turtle_is_byte_identical_whatever_the_insertion_order(bbc_graph):
    first = serialize(bbc_graph)
    shuffled = list(bbc_graph)
    random.Random(7).shuffle(shuffled)
    again = Graph()
    for triple in shuffled:
        again.add(triple)
    assert serialize(again) == first
    assert serialize(bbc_graph) == first
    # read back, real article text and all, it is the same graph and writes the same bytes
    parsed = Graph().parse(data=first, format="turtle")
    assert len(parsed) == len(bbc_graph)
    assert serialize(parsed) == first


def _norm(label: str) -> str:
    return re.sub(r"[^a-z0-9]", "", label.casefold())


def test_no_two_named_actors_differ_only_in_spelling(bbc_graph):
    """ "Asia Pacific Economic Co-operation" and "Asia-Pacific Economic Cooperation" are one actor."""
    kg = bbc_graph
    spellings = defaultdict(set)
    for node in _actors(kg):
        if not _article_local(node):
            spellings[_norm(str(kg.value(node, RDFS.label)))].add(str(kg.value(node, RDFS.label)))
    assert {key: labels for key, labels in spellings.items() if len(labels) > 1} == {}


def test_no_actor_interacts_with_itself(bbc_graph):
    kg = bbc_graph
    same = [e for e in _events(kg)
            if _norm(str(kg.value(kg.value(e, NG.agent), RDFS.label)))
            == _norm(str(kg.value(kg.value(e, NG.target), RDFS.label)))]
    assert same == []


def test_no_surname_node_beside_the_full_name_in_an_article(bbc_graph):
    """Within one article "Mr Kilroy-Silk" and "LSE" are the full-named actor, not nodes of their own."""
    kg = bbc_graph
    per_article = defaultdict(set)
    for event in _events(kg):
        for part in (NG.agent, NG.target):
            per_article[kg.value(event, PROV.wasDerivedFrom)].add(kg.value(event, part))
    split = []
    for article, nodes in per_article.items():
        labels = {node: str(kg.value(node, RDFS.label)) for node in nodes}
        surnames = {label.split()[-1] for node, label in labels.items()
                    if (node, RDF.type, NG.Person) in kg and len(label.split()) > 1}
        split += [(str(article), label) for label in labels.values() if label in surnames]
    assert split == []


def test_labels_and_aliases_start_with_a_letter_or_digit(bbc_graph):
    kg = bbc_graph
    names = [str(name) for node in _actors(kg) for name in [*kg.objects(node, RDFS.label), *kg.objects(node, SKOS.altLabel)]]
    assert names and [name for name in names if not name[:1].isalnum()] == []
