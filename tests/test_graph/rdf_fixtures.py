"""Small newsgraph RDF graphs built by hand with rdflib, following notes/rdf-model.md, for the reading modules' tests.

They do not use graph/rdf.py on purpose: the readers (network, analysis, export, html) are tested against the
contract, not against one writer. Every sentence here is written for these tests.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from graph.vocab import ID, NG, NIF, SEM
from loaders.relations import relation_types

SCHEMA = "https://schema.org/"
_MODALITY = {"asserted": NG.Asserted, "planned": NG.Planned, "hypothetical": NG.Hypothetical, "negated": NG.Negated}


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def new_kg() -> Graph:
    """An empty graph with the model's prefixes bound."""
    kg = Graph()
    for prefix, ns in (("ng", str(NG._NS)), ("id", str(ID)), ("schema", SCHEMA), ("prov", str(PROV)),
                       ("skos", str(SKOS)), ("owl", str(OWL)), ("xsd", str(XSD)), ("rdfs", str(RDFS)),
                       ("dcterms", str(DCTERMS)), ("nif", str(NIF)), ("sem", str(SEM))):
        kg.bind(prefix, ns)
    return kg


def actor_iri(slug: str) -> URIRef:
    return ID[f"actor/{slug}"]


def add_actor(kg: Graph, slug: str, label: str, type_: str, alt: tuple[str, ...] = ()) -> URIRef:
    """An actor resource: id:actor/<slug> a ng:<type>, with its labels."""
    iri = actor_iri(slug)
    kg.add((iri, RDF.type, NG[type_]))
    kg.add((iri, RDFS.label, Literal(label)))
    kg.add((iri, SKOS.prefLabel, Literal(label)))
    for name in alt:
        kg.add((iri, SKOS.altLabel, Literal(name)))
    return iri


@dataclass
class ArticleRef:
    """What add_event needs to know about an article: its hash and text."""

    hash: str
    text: str

    @property
    def iri(self) -> URIRef:
        return ID[f"article/{self.hash}"]


def add_article(kg: Graph, text: str, title: str, source: str, date: str | None = None) -> ArticleRef:
    """An article resource plus its extraction activity; its hash is the SHA-256 prefix of `text`."""
    ref = ArticleRef(_hash(text), text)
    iri = ref.iri
    kg.add((iri, RDF.type, NG.Article))
    kg.add((iri, RDF.type, URIRef(SCHEMA + "NewsArticle")))
    kg.add((iri, URIRef(SCHEMA + "headline"), Literal(title)))
    if date:
        kg.add((iri, URIRef(SCHEMA + "datePublished"), Literal(date, datatype=XSD.date)))
    kg.add((iri, NG.source, Literal(source)))
    kg.add((iri, NG.contentHash, Literal(ref.hash)))
    activity = ID[f"extraction/{ref.hash}"]
    kg.add((activity, RDF.type, PROV.Activity))
    kg.add((activity, RDF.type, NG.Extraction))
    kg.add((activity, PROV.used, iri))
    kg.add((activity, NG.softwareVersion, Literal("0.1.0")))
    return ref


def _date_literal(value: str) -> Literal:
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(value)]
    return Literal(value, datatype=datatype)


def add_event(kg: Graph, article: ArticleRef, agent: str, relation: str, target: str, sentence: str, trigger: str,
              *, modality: str = "asserted", date: str | None = None, date_text: str | None = None,
              place: str | None = None) -> URIRef:
    """One interaction as the model writes it: event resource, evidence sentence, and the asserted direct edge."""
    start = article.text.index(sentence)
    end = start + len(sentence)
    rtype = relation_types()[relation]
    digest = hashlib.sha256(f"{agent}|{relation}|{target}|{trigger}".encode()).hexdigest()[:8]
    event = ID[f"event/{article.hash}-{start}-{digest}"]
    kg.add((event, RDF.type, NG[rtype.rdf_class]))
    kg.add((event, NG.relation, Literal(relation)))
    kg.add((event, NG.agent, actor_iri(agent)))
    kg.add((event, NG.target, actor_iri(target)))
    kg.add((event, NG.modality, _MODALITY[modality]))
    if date:
        kg.add((event, NG.date, _date_literal(date)))
    if date_text:
        kg.add((event, NG.dateText, Literal(date_text)))
    if place:
        kg.add((event, NG.place, actor_iri(place)))
    kg.add((event, NG.trigger, Literal(trigger)))
    kg.add((event, PROV.wasDerivedFrom, article.iri))
    kg.add((event, PROV.wasGeneratedBy, ID[f"extraction/{article.hash}"]))
    span = URIRef(f"{article.iri}#char={start},{end}")
    kg.add((event, NG.evidence, span))
    kg.add((span, RDF.type, NIF.String))
    kg.add((span, RDF.type, NIF.OffsetBasedString))
    kg.add((span, NIF.beginIndex, Literal(start)))
    kg.add((span, NIF.endIndex, Literal(end)))
    kg.add((span, NIF.anchorOf, Literal(sentence)))
    kg.add((span, NIF.referenceContext, article.iri))
    if modality == "asserted":
        kg.add((actor_iri(agent), NG[rtype.edge], actor_iri(target)))
    return event


def add_role(kg: Graph, article: ArticleRef, person: str, role: str, of: str, sentence: str) -> URIRef:
    """A role statement (person, role, of) with its evidence, as the model writes it."""
    start = article.text.index(sentence)
    digest = hashlib.sha256(f"{person}|{role}|{of}|".encode()).hexdigest()[:8]
    iri = ID[f"role/{article.hash}-{start}-{digest}"]
    kg.add((iri, RDF.type, NG.RoleStatement))
    kg.add((iri, NG.person, actor_iri(person)))
    kg.add((iri, NG.role, Literal(role)))
    kg.add((iri, NG.roleOf, actor_iri(of)))
    kg.add((iri, NG.evidence, URIRef(f"{article.iri}#char={start},{start + len(sentence)}")))
    kg.add((iri, PROV.wasDerivedFrom, article.iri))
    return iri


# --- ready-made graphs -----------------------------------------------------------------------------------------

KOREA_TEXT = (
    "Pyongyang and Beijing mend ties\n"
    "North Korean leader Kim Jong Un went to the Chinese embassy in Pyongyang on Monday. "
    "Kim told Chinese President Xi Jinping he was sorry for the bus crash that killed Chinese tourists. "
    "China backed North Korea at the talks, the foreign ministry said. "
    "Kim met South Korean President Moon Jae-in at the border village. "
    "Moon will meet Xi Jinping in Beijing next month. "
    "Kim did not meet Donald Trump this spring. "
    "Trump criticised North Korea over its missile tests. "
    "The United States imposed sanctions on North Korea last year. "
    "Kim Yo Jong is the sister of Kim Jong Un."
)


def korea_kg() -> Graph:
    """A seed-like story: Kim Jong Un at the centre, China-North Korea support, a path Moon -> Kim -> Xi.

    Actors (8): Kim Jong Un, Xi Jinping, Moon Jae-in, Donald Trump, China, North Korea, United States,
    Chinese embassy in Pyongyang (+ Pyongyang, Beijing as places, + Kim Yo Jong with a role only).
    Events (8): visit, condole, support, meet, meet (planned), meet (negated), oppose, sanction.
    """
    kg = new_kg()
    add_actor(kg, "kim-jong-un", "Kim Jong Un", "Person", ("Kim", "North Korean leader"))
    add_actor(kg, "xi-jinping", "Xi Jinping", "Person", ("Xi",))
    add_actor(kg, "moon-jae-in", "Moon Jae-in", "Person", ("Moon",))
    add_actor(kg, "donald-trump", "Donald Trump", "Person", ("Trump",))
    add_actor(kg, "kim-yo-jong", "Kim Yo Jong", "Person")
    add_actor(kg, "china", "China", "Country")
    add_actor(kg, "north-korea", "North Korea", "Country")
    add_actor(kg, "united-states", "United States", "Country")
    add_actor(kg, "chinese-embassy-in-pyongyang", "Chinese embassy in Pyongyang", "Organization")
    add_actor(kg, "pyongyang", "Pyongyang", "Place")
    add_actor(kg, "beijing", "Beijing", "Place")
    art = add_article(kg, KOREA_TEXT, "Pyongyang and Beijing mend ties", "tests/korea.txt", "2018-04-23")
    sentences = KOREA_TEXT.split("\n", 1)[1].split(". ")
    s = [x if x.endswith(".") else x + "." for x in sentences]
    add_event(kg, art, "kim-jong-un", "visit", "chinese-embassy-in-pyongyang", s[0], "went",
              date="2018-04-23", date_text="on Monday", place="pyongyang")
    add_event(kg, art, "kim-jong-un", "condole", "xi-jinping", s[1], "sorry", date="2018-04-23")
    add_event(kg, art, "china", "support", "north-korea", s[2], "backed")
    add_event(kg, art, "kim-jong-un", "meet", "moon-jae-in", s[3], "met", date="2018-04")
    add_event(kg, art, "moon-jae-in", "meet", "xi-jinping", s[4], "meet", modality="planned", date="2018-05",
              date_text="next month", place="beijing")
    add_event(kg, art, "kim-jong-un", "meet", "donald-trump", s[5], "meet", modality="negated", date="2018")
    add_event(kg, art, "donald-trump", "oppose", "north-korea", s[6], "criticised")
    add_event(kg, art, "united-states", "sanction", "north-korea", s[7], "imposed sanctions", date="2017")
    add_role(kg, art, "kim-yo-jong", "sister", "kim-jong-un", s[8])
    add_role(kg, art, "kim-jong-un", "leader", "north-korea", s[0])
    return kg


def star_kg(n_leaves: int = 3) -> Graph:
    """A star: hub H meets leaves L1..Ln once each (H is agent). Degree and betweenness are known by hand."""
    kg = new_kg()
    add_actor(kg, "hub", "Hub", "Person")
    lines = [f"Hub met Leaf {i} today." for i in range(1, n_leaves + 1)]
    art = add_article(kg, " ".join(lines), "Star", "tests/star.txt", "2020-01-02")
    for i, line in enumerate(lines, 1):
        add_actor(kg, f"leaf-{i}", f"Leaf {i}", "Person")
        add_event(kg, art, "hub", "meet", f"leaf-{i}", line, "met", date="2020-01-02")
    return kg


INJECTION_SCRIPT = "<script>alert(1)</script>"
INJECTION_IMG = "<img src=x onerror=alert(1)>"


def injection_kg() -> Graph:
    """An article whose actor names, title and sentences carry HTML/script payloads that must stay text."""
    kg = new_kg()
    text = (f"{INJECTION_SCRIPT} visited {INJECTION_IMG} yesterday. "
            f"Alice Example praised {INJECTION_SCRIPT} and said \"</script><b>bold</b>\" twice.")
    add_actor(kg, "script-actor", INJECTION_SCRIPT, "Person")
    add_actor(kg, "img-actor", INJECTION_IMG, "Organization")
    add_actor(kg, "alice-example", "Alice Example", "Person")
    art = add_article(kg, text, f"Title {INJECTION_IMG}", "tests/<inject>.txt", "2021-06-01")
    s1, s2 = text.split(". ", 1)
    add_event(kg, art, "script-actor", "visit", "img-actor", s1 + ".", "visited")
    add_event(kg, art, "alice-example", "support", "script-actor", s2, "praised", modality="hypothetical")
    return kg


def large_kg(n_actors: int = 1000, n_events: int = 2500, seed: int = 7) -> Graph:
    """A random but reproducible graph for size tests (one article per 50 events)."""
    import random

    rng = random.Random(seed)
    kg = new_kg()
    types = ("Person", "Organization", "Country", "Place")
    for i in range(n_actors):
        add_actor(kg, f"a{i}", f"Actor {i:04d}", types[i % 4])
    relations = list(relation_types())
    modalities = ("asserted", "asserted", "asserted", "planned", "hypothetical", "negated")
    art = None
    text_lines: list[str] = []
    plan: list[tuple[int, int, str, str]] = []
    for j in range(n_events):
        a = rng.randrange(n_actors)
        b = (a + 1 + rng.randrange(n_actors - 1)) % n_actors
        if j < n_actors:  # connect everyone at least once
            a, b = j, (j + 1) % n_actors
        plan.append((a, b, rng.choice(relations), rng.choice(modalities)))
    for chunk_start in range(0, n_events, 50):
        chunk = plan[chunk_start:chunk_start + 50]
        text_lines = [f"Event {chunk_start + k}: Actor {a} and Actor {b} interacted ({rel})."
                      for k, (a, b, rel, _) in enumerate(chunk)]
        art = add_article(kg, " ".join(text_lines), f"Batch {chunk_start}", f"tests/batch{chunk_start}.txt")
        for line, (a, b, rel, mod) in zip(text_lines, chunk):
            add_event(kg, art, f"a{a}", rel, f"a{b}", line, rel, modality=mod, date=f"2019-{1 + a % 12:02d}")
    return kg
