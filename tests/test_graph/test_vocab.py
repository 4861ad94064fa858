"""The vocabulary: vocab.ttl and vocab.py define the same terms, and interaction classes match relations.tsv."""
from __future__ import annotations

import json
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from graph.vocab import NG, NG_NAMESPACE, PREFIXES
from loaders.relations import relation_types

GRAPH_DIR = Path(__file__).resolve().parents[2] / "graph"
SCHEMA = "https://schema.org/"


def _vocab() -> Graph:
    return Graph().parse(GRAPH_DIR / "vocab.ttl", format="turtle")


def _python_terms() -> set[str]:
    return {name for name in NG.__annotations__ if not name.startswith("_")}


def test_every_python_term_is_defined_in_turtle_and_vice_versa():
    vocab = _vocab()
    defined = {str(s)[len(NG_NAMESPACE):] for s in vocab.subjects(RDF.type, None) if str(s).startswith(NG_NAMESPACE)}
    used = {str(t)[len(NG_NAMESPACE):] for triple in vocab for t in triple
            if isinstance(t, URIRef) and str(t).startswith(NG_NAMESPACE)}
    assert defined == _python_terms()
    assert used <= defined


def test_every_term_has_label_and_comment():
    vocab = _vocab()
    for name in _python_terms():
        term = NG[name]
        assert isinstance(vocab.value(term, RDFS.label), Literal), name
        assert len(str(vocab.value(term, RDFS.comment))) > 10, name


def test_interaction_classes_match_relations_table():
    vocab = _vocab()
    table = relation_types()
    classes = {s for s in vocab.subjects(RDFS.subClassOf, NG.Interaction)}
    assert classes == {NG[r.rdf_class] for r in table.values()}
    for rtype in table.values():
        cls, edge = NG[rtype.rdf_class], NG[rtype.edge]
        assert str(vocab.value(cls, NG.ploverCategory)) == rtype.plover_category
        assert str(vocab.value(cls, NG.ploverMode) or "") == rtype.plover_mode
        assert str(vocab.value(cls, NG.cameoCode)) == rtype.cameo
        assert vocab.value(cls, NG.quadClass).toPython() == rtype.quad_class
        assert (edge, RDFS.subPropertyOf, NG.interactedWith) in vocab
        assert ((edge, RDF.type, OWL.SymmetricProperty) in vocab) == rtype.symmetric


def test_links_to_standard_vocabularies():
    vocab = _vocab()
    assert (NG.Person, RDFS.subClassOf, URIRef(SCHEMA + "Person")) in vocab
    assert (NG.Organization, RDFS.subClassOf, URIRef(SCHEMA + "Organization")) in vocab
    assert (NG.Country, RDFS.subClassOf, URIRef(SCHEMA + "Country")) in vocab
    assert (NG.Place, RDFS.subClassOf, URIRef(SCHEMA + "Place")) in vocab
    assert (NG.Interaction, RDFS.subClassOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")) in vocab
    assert (NG.Interaction, RDFS.subClassOf, URIRef(SCHEMA + "Event")) in vocab
    assert (NG.Extraction, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Activity")) in vocab
    for modality in (NG.Asserted, NG.Planned, NG.Hypothetical, NG.Negated):
        assert (modality, RDF.type, NG.Modality) in vocab


def test_jsonld_context_declares_the_fixed_prefixes():
    context = json.loads((GRAPH_DIR / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert context == PREFIXES


def test_wikidata_table_is_well_formed():
    lines = (GRAPH_DIR / "data" / "wikidata.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert rows[0] == ["label", "type", "qid"]
    keys = set()
    for label, kind, qid in rows[1:]:
        assert kind in {"Person", "Organization", "Country"}, label
        assert qid.startswith("Q") and qid[1:].isdigit(), label
        assert (label.casefold(), kind) not in keys, label
        keys.add((label.casefold(), kind))
    countries = {qid for _, kind, qid in rows[1:] if kind == "Country"}
    assert len(countries) >= 193
