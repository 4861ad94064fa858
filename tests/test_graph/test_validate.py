"""SHACL validation: good graphs conform, hand-broken ones give readable one-line violations."""
from __future__ import annotations

from rdflib import RDF, RDFS, Literal, URIRef

from graph.rdf import actor_iri
from graph.validate import ValidationResult, validate_graph
from graph.vocab import NG, NIF


def _event(kg, cls=NG.Visit) -> URIRef:
    return sorted(kg.subjects(RDF.type, cls), key=str)[0]


def test_good_graph_conforms(kg):
    result = validate_graph(kg)
    assert isinstance(result, ValidationResult)
    assert result.conforms and result.violations == []


def test_missing_agent_is_reported_readably(kg):
    event = _event(kg)
    kg.remove((event, NG.agent, None))
    result = validate_graph(kg)
    assert not result.conforms
    assert len(result.violations) == 1
    line = result.violations[0]
    assert line.startswith(f"event:{str(event).rsplit('/', 1)[1]} ng:agent:")
    assert "exactly one ng:agent" in line and "\n" not in line


def test_two_modalities_and_bad_modality(kg):
    event = next(kg.subjects(NG.modality, NG.Asserted))
    kg.add((event, NG.modality, NG.Negated))
    assert any("ng:modality" in v for v in validate_graph(kg).violations)
    kg.remove((event, NG.modality, None))
    kg.add((event, NG.modality, URIRef("https://w3id.org/newsgraph/ns#Maybe")))
    violations = validate_graph(kg).violations
    assert any("ng:modality" in v and "ng:Maybe" in v for v in violations)


def test_event_with_two_interaction_classes_fails(kg):
    event = _event(kg)
    kg.add((event, RDF.type, NG.Meeting))
    assert any("rdf:type" in v and "interaction class" in v for v in validate_graph(kg).violations)


def test_actor_without_label_or_with_two_classes_fails(kg):
    voss = actor_iri("mara-voss")
    kg.remove((voss, RDFS.label, None))
    kg.add((actor_iri("eldoria"), RDF.type, NG.Place))
    violations = validate_graph(kg).violations
    assert any(v.startswith("actor:mara-voss rdfs:label") for v in violations)
    assert any(v.startswith("actor:eldoria rdf:type") for v in violations)


def test_evidence_without_offsets_fails(kg):
    event = _event(kg)
    sentence = kg.value(event, NG.evidence)
    kg.remove((sentence, NIF.beginIndex, None))
    assert any("nif:beginIndex" in v for v in validate_graph(kg).violations)


def test_article_without_hash_fails(kg):
    article = next(kg.subjects(RDF.type, NG.Article))
    kg.remove((article, NG.contentHash, None))
    kg.add((article, NG.contentHash, Literal("not-a-hash")))
    assert any("ng:contentHash" in v for v in validate_graph(kg).violations)
