"""Extraction records -> rdflib Graph, following /work/notes/rdf-model.md: stable IRIs, provenance, direct edges.

Every resource gets an IRI (no blank nodes) derived from content, so rebuilding gives the same graph and two
articles naming the same actor share one node.
"""
from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from graph.vocab import ID, NG, NIF, PREFIXES, WD
from loaders.datafiles import read_table
from loaders.records import Actor, Article, Extraction, Interaction, Role
from loaders.relations import relation_types

__all__ = [
    "to_graph",
    "bind_prefixes",
    "actor_iri",
    "article_iri",
    "event_iri",
    "role_iri",
    "sentence_iri",
    "extraction_iri",
    "wikidata_table",
    "ACTOR_CLASSES",
    "MODALITY_IRIS",
    "ROLE_EDGES",
]

log = logging.getLogger(__name__)
_HERE = Path(__file__).resolve().parent  # graph/ is a namespace package: read data files by path

SCHEMA = PREFIXES["schema"]
_SCHEMA_NEWSARTICLE = URIRef(SCHEMA + "NewsArticle")
_SCHEMA_HEADLINE = URIRef(SCHEMA + "headline")
_SCHEMA_DATEPUBLISHED = URIRef(SCHEMA + "datePublished")

#: Actor.type -> its RDF class.
ACTOR_CLASSES: dict[str, URIRef] = {
    "Person": NG.Person,
    "Organization": NG.Organization,
    "Country": NG.Country,
    "Place": NG.Place,
}
#: Interaction.modality -> its individual.
MODALITY_IRIS: dict[str, URIRef] = {
    "asserted": NG.Asserted,
    "planned": NG.Planned,
    "hypothetical": NG.Hypothetical,
    "negated": NG.Negated,
}
#: Role word -> the direct edge written from the person to Role.of (rdf-model.md, "Role").
ROLE_EDGES: dict[str, URIRef] = {
    **dict.fromkeys(
        ("leader", "president", "prime minister", "king", "queen", "chairman", "chairwoman", "chair",
         "premier", "chancellor"),
        NG.leaderOf,
    ),
    **dict.fromkeys(("head", "chief", "director", "secretary-general", "secretary general"), NG.headOf),
    **dict.fromkeys(("ambassador", "envoy"), NG.ambassadorOf),
    **dict.fromkeys(("minister", "spokesperson", "spokesman", "spokeswoman", "official", "member", "other"),
                    NG.memberOf),
    **dict.fromkeys(("sister", "brother", "sibling"), NG.siblingOf),
    **dict.fromkeys(("wife", "husband", "spouse"), NG.spouseOf),
    **dict.fromkeys(
        ("father", "mother", "son", "daughter", "parent", "child", "uncle", "aunt", "cousin", "nephew",
         "niece", "grandfather", "grandmother", "grandson", "granddaughter", "relative", "family"),
        NG.relativeOf,
    ),
}
_NOT_THE_HOLDER = frozenset({"vice", "deputy", "former", "assistant"})
_ACTOR_CLASS_SET = frozenset(ACTOR_CLASSES.values())
_DATE_TYPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth),
    (re.compile(r"\d{4}"), XSD.gYear),
)


# ---------------------------------------------------------------- IRIs


def _short_hash(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:8]


def article_iri(article_id: str) -> URIRef:
    """id:article/<content hash>."""
    return ID[f"article/{article_id}"]


def extraction_iri(article_id: str) -> URIRef:
    """id:extraction/<content hash>: the activity that read one article."""
    return ID[f"extraction/{article_id}"]


def actor_iri(actor_id: str) -> URIRef:
    """id:actor/<slug>; a slug with unsafe characters is percent-encoded so the IRI stays valid."""
    return ID["actor/" + quote(actor_id, safe="-._~")]


def sentence_iri(article_id: str, start: int, end: int) -> URIRef:
    """id:article/<hash>#char=<start>,<end> (RFC 5147 fragment), a nif:String."""
    return URIRef(f"{article_iri(article_id)}#char={start},{end}")


def event_iri(article_id: str, interaction: Interaction) -> URIRef:
    """id:event/<hash>-<start>-<8 hex of sha256(agent|relation|target|trigger)>: stable across rebuilds."""
    digest = _short_hash(interaction.agent.id, interaction.relation, interaction.target.id, interaction.trigger)
    return ID[f"event/{article_id}-{interaction.start}-{digest}"]


def role_iri(article_id: str, role: Role) -> URIRef:
    """id:role/<hash>-<start>-<8 hex of sha256(person|role|of|to)>."""
    digest = _short_hash(
        role.person.id, role.role, role.of.id if role.of else "", role.to.id if role.to else ""
    )
    return ID[f"role/{article_id}-{role.start}-{digest}"]


def bind_prefixes(kg: Graph) -> Graph:
    """Bind the project's fixed prefixes (graph.vocab.PREFIXES) on kg, replacing clashing bindings; returns kg."""
    for prefix, namespace in PREFIXES.items():
        kg.bind(prefix, namespace, override=True, replace=True)
    return kg


# ---------------------------------------------------------------- Wikidata table


def _norm_label(label: str) -> str:
    text = unicodedata.normalize("NFKC", label).casefold().strip()
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"^the ", "", text)


@cache
def wikidata_table() -> dict[tuple[str, str], str]:
    """The curated offline table graph/data/wikidata.tsv as {(normalised label, type): QID}."""
    rows = read_table(_HERE / "data" / "wikidata.tsv")
    return {(_norm_label(row["label"]), row["type"]): row["qid"] for row in rows}


def _wikidata_qid(actor: Actor) -> str | None:
    table = wikidata_table()
    # News treats a country and its government alike, and a tagger may call a country a place.
    types = ("Country",) if actor.type in ("Country", "Place") else (actor.type,)
    # a body's label may be a British spelling of the table's name; a person's aliases are bare surnames
    names = (actor.label,) if actor.type == "Person" else (actor.label, *actor.aliases)
    for name in names:
        key = _norm_label(name)
        for kind in types:
            if (key, kind) in table:
                return table[(key, kind)]
    return None


# ---------------------------------------------------------------- building


@cache
def _software_version() -> str:
    try:
        return metadata.version("newsgraph")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "0.1.0"


def _date_literal(value: str) -> Literal | None:
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(value):
            return Literal(value, datatype=datatype)
    return None


def _add_actor(kg: Graph, actor: Actor) -> URIRef:
    """Describe an actor once: one label and one class per node, aliases merged as skos:altLabel."""
    node = actor_iri(actor.id)
    existing = kg.value(node, RDFS.label)
    if existing is None:
        kg.add((node, RDFS.label, Literal(actor.label)))
        kg.add((node, SKOS.prefLabel, Literal(actor.label)))
        pref = actor.label
    else:
        pref = str(existing)
        if actor.label != pref:
            kg.add((node, SKOS.altLabel, Literal(actor.label)))
    classes = set(kg.objects(node, RDF.type)) & _ACTOR_CLASS_SET
    cls = ACTOR_CLASSES.get(actor.type)
    if cls is None:
        log.warning("actor %s has unknown type %r; typed as ng:Actor", actor.id, actor.type)
        cls = NG.Actor
    if not classes:
        kg.add((node, RDF.type, cls))
    elif cls not in classes:
        log.warning("actor %s typed %s elsewhere; keeping that, not %s", actor.id, sorted(classes), actor.type)
    for alias in actor.aliases:
        if alias and alias != pref:
            kg.add((node, SKOS.altLabel, Literal(alias)))
    qid = _wikidata_qid(actor)
    if qid:
        kg.add((node, OWL.sameAs, WD[qid]))
    return node


def _add_sentence(kg: Graph, article: Article, start: int, end: int, sentence: str) -> URIRef:
    node = sentence_iri(article.id, start, end)
    anchor = article.text[start:end]
    if sentence and anchor != sentence:
        log.warning("article %s: offsets %d-%d do not slice the sentence %r", article.id, start, end, sentence[:60])
    kg.add((node, RDF.type, NIF.String))
    kg.add((node, RDF.type, NIF.OffsetBasedString))
    kg.add((node, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger)))
    kg.add((node, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
    kg.add((node, NIF.anchorOf, Literal(anchor)))
    kg.add((node, NIF.referenceContext, article_iri(article.id)))
    return node


def _add_article(kg: Graph, extraction: Extraction) -> None:
    article = extraction.article
    node = article_iri(article.id)
    kg.add((node, RDF.type, NG.Article))
    kg.add((node, RDF.type, _SCHEMA_NEWSARTICLE))
    if article.title:
        kg.add((node, _SCHEMA_HEADLINE, Literal(article.title)))
    if article.date is not None:
        kg.add((node, _SCHEMA_DATEPUBLISHED, Literal(article.date.isoformat(), datatype=XSD.date)))
    kg.add((node, NG.source, Literal(article.source)))
    kg.add((node, NG.contentHash, Literal(article.id)))

    activity = extraction_iri(article.id)
    kg.add((activity, RDF.type, PROV.Activity))
    kg.add((activity, RDF.type, NG.Extraction))
    kg.add((activity, PROV.used, node))
    kg.add((activity, NG.softwareVersion, Literal(_software_version())))
    if extraction.model:
        name, _, version = extraction.model.strip().rpartition(" ")
        if not name:  # a bare name without a version
            name, version = version, ""
        kg.add((activity, NG.modelName, Literal(name)))
        if version:
            kg.add((activity, NG.modelVersion, Literal(version)))


def _add_interaction(kg: Graph, article: Article, item: Interaction) -> None:
    rtype = relation_types().get(item.relation)
    modality = MODALITY_IRIS.get(item.modality)
    if rtype is None or modality is None:
        log.warning("article %s: skipping interaction with unknown relation %r or modality %r",
                    article.id, item.relation, item.modality)
        return
    node = event_iri(article.id, item)
    agent = _add_actor(kg, item.agent)
    target = _add_actor(kg, item.target)
    kg.add((node, RDF.type, NG[rtype.rdf_class]))
    kg.add((node, NG.relation, Literal(item.relation)))
    kg.add((node, NG.agent, agent))
    kg.add((node, NG.target, target))
    kg.add((node, NG.modality, modality))
    if item.date:
        literal = _date_literal(item.date)
        if literal is None:
            log.warning("article %s: date %r is not ISO 8601; kept only as text", article.id, item.date)
        else:
            kg.add((node, NG.date, literal))
    if item.date_text:
        kg.add((node, NG.dateText, Literal(item.date_text)))
    if item.place is not None:
        kg.add((node, NG.place, _add_actor(kg, item.place)))
    kg.add((node, NG.trigger, Literal(item.trigger)))
    kg.add((node, PROV.wasDerivedFrom, article_iri(article.id)))
    kg.add((node, PROV.wasGeneratedBy, extraction_iri(article.id)))
    kg.add((node, NG.evidence, _add_sentence(kg, article, item.start, item.end, item.sentence)))
    if item.modality == "asserted":
        kg.add((agent, NG[rtype.edge], target))


def _add_role(kg: Graph, article: Article, role: Role) -> None:
    node = role_iri(article.id, role)
    person = _add_actor(kg, role.person)
    kg.add((node, RDF.type, NG.RoleStatement))
    kg.add((node, NG.person, person))
    kg.add((node, NG.role, Literal(role.role)))
    kg.add((node, PROV.wasDerivedFrom, article_iri(article.id)))
    kg.add((node, PROV.wasGeneratedBy, extraction_iri(article.id)))
    if role.end > role.start:
        kg.add((node, NG.evidence, _add_sentence(kg, article, role.start, role.end, role.sentence)))
    edge = _role_edge(role.role)
    if role.to is not None:
        to = _add_actor(kg, role.to)
        kg.add((node, NG.roleTo, to))
        if edge == NG.ambassadorOf:
            kg.add((person, NG.ambassadorTo, to))
    if role.of is not None:
        of = _add_actor(kg, role.of)
        kg.add((node, NG.roleOf, of))
        kg.add((person, edge, of))

def _role_edge(role: str) -> URIRef:
    """The direct edge for a role word; unlisted titles ("foreign minister", "army chief") go by their last word,
    deputies and former holders ("vice president", "former premier") count as members, anything else too."""
    word = " ".join(role.lower().split())
    if word in ROLE_EDGES:
        return ROLE_EDGES[word]
    if word.split(" ", 1)[0] in _NOT_THE_HOLDER or word.startswith(("ex-", "vice-")):
        return NG.memberOf
    return ROLE_EDGES.get(word.rsplit(" ", 1)[-1], NG.memberOf)


def to_graph(extractions: Iterable[Extraction], kg: Graph | None = None) -> Graph:
    """Add each extraction's article, actors, events, sentences, roles and edges to kg (a new graph if None).

    An article whose content hash is already in kg is skipped entirely, so adding a duplicate changes nothing.
    """
    kg = bind_prefixes(Graph() if kg is None else kg)
    for extraction in extractions:
        article = extraction.article
        if (None, NG.contentHash, Literal(article.id)) in kg:
            log.info("article %s (%s) is already in the graph; skipped", article.id, article.source)
            continue
        _add_article(kg, extraction)
        for actor in extraction.actors:
            _add_actor(kg, actor)
        for interaction in extraction.interactions:
            _add_interaction(kg, article, interaction)
        for role in extraction.roles:
            _add_role(kg, article, role)
    return kg
