"""The newsgraph vocabulary as code: a typo in a term fails at import time (mirrors vocab.ttl)."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["NG", "NG_NAMESPACE", "ID_BASE", "ID", "NIF", "SEM", "WD", "PREFIXES", "ASSERTED_ONLY_NOTE"]

#: The vocabulary namespace; change it here (and in vocab.ttl) to publish under another IRI.
NG_NAMESPACE = "https://w3id.org/newsgraph/ns#"
#: Where actor, article and event resources live.
ID_BASE = "https://w3id.org/newsgraph/id/"
ID = Namespace(ID_BASE)
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")

#: The prefixes every serialisation uses (and graph/context.jsonld declares), in a fixed order.
#: actor:, article:, event:, role: and extraction: abbreviate the id: sub-folders so Turtle stays readable.
PREFIXES: dict[str, str] = {
    "ng": NG_NAMESPACE,
    "id": ID_BASE,
    "actor": ID_BASE + "actor/",
    "article": ID_BASE + "article/",
    "event": ID_BASE + "event/",
    "role": ID_BASE + "role/",
    "extraction": ID_BASE + "extraction/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "nif": str(NIF),
    "sem": str(SEM),
    "wd": str(WD),
}

ASSERTED_ONLY_NOTE = (
    "Direct actor-to-actor edges (ng:visited, ng:met, ...) are written for asserted interactions "
    "only; planned, hypothetical and negated ones exist only as event resources."
)


class NG(DefinedNamespace):
    """Terms of https://w3id.org/newsgraph/ns# ."""

    _fail = True
    _NS = Namespace(NG_NAMESPACE)

    # actor classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Place: URIRef
    # article and evidence
    Article: URIRef
    Extraction: URIRef
    # interaction classes (loaders/data/relations.tsv, column `class`)
    Interaction: URIRef
    Visit: URIRef
    Meeting: URIRef
    Greeting: URIRef
    Support: URIRef
    Opposition: URIRef
    Request: URIRef
    Promise: URIRef
    Condolence: URIRef
    Cooperation: URIRef
    Accusation: URIRef
    Sanction: URIRef
    # modality individuals
    Modality: URIRef
    Asserted: URIRef
    Planned: URIRef
    Hypothetical: URIRef
    Negated: URIRef
    # event properties
    agent: URIRef
    target: URIRef
    modality: URIRef
    date: URIRef
    dateText: URIRef
    place: URIRef
    trigger: URIRef
    evidence: URIRef
    relation: URIRef
    # mappings to event-coding schemes (on interaction classes)
    ploverCategory: URIRef
    ploverMode: URIRef
    cameoCode: URIRef
    quadClass: URIRef
    # articles
    contentHash: URIRef
    source: URIRef
    # direct actor-to-actor edges (loaders/data/relations.tsv, column `edge`), asserted only
    interactedWith: URIRef  # super-property of every direct interaction edge
    visited: URIRef
    met: URIRef
    greeted: URIRef
    supported: URIRef
    opposed: URIRef
    requested: URIRef
    promised: URIRef
    condoledWith: URIRef
    cooperatedWith: URIRef
    accused: URIRef
    sanctioned: URIRef
    # roles
    RoleStatement: URIRef
    person: URIRef
    role: URIRef
    roleOf: URIRef
    roleTo: URIRef
    leaderOf: URIRef
    headOf: URIRef
    ambassadorOf: URIRef
    ambassadorTo: URIRef
    memberOf: URIRef
    siblingOf: URIRef
    spouseOf: URIRef
    relativeOf: URIRef
    # extraction activity
    modelName: URIRef
    modelVersion: URIRef
    softwareVersion: URIRef
