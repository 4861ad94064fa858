"""The NetworkX view of a newsgraph RDF graph: actors as nodes, one edge per interaction event, read with SPARQL.

Reading from RDF (not from the extraction records) means any newsgraph Turtle file can be analysed and drawn.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable

import networkx as nx
from rdflib import Graph

from graph.vocab import NG
from loaders.errors import NewsgraphError
from loaders.records import ACTOR_TYPES, MODALITIES
from loaders.relations import relation_types

__all__ = ["to_networkx", "collapse", "read_events", "read_actors", "EVENT_FIELDS"]

log = logging.getLogger(__name__)

#: The keys of each event dict from read_events().
EVENT_FIELDS = ("event", "relation", "agent", "target", "modality", "date", "date_text", "place", "trigger",
                "sentence", "start", "end", "article", "title", "source", "published")

_PREFIXES = """
PREFIX ng: <https://w3id.org/newsgraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
"""

# One row per event; several values of an optional property would multiply rows, so rows are merged per event.
_EVENTS_QUERY = _PREFIXES + """
SELECT ?event ?relation ?class ?agent ?target ?modality ?date ?dateText ?place ?trigger
       ?sentence ?start ?end ?article ?title ?source ?published
WHERE {
  ?event ng:agent ?agent ; ng:target ?target .
  OPTIONAL { ?event ng:relation ?relation }
  OPTIONAL { ?event a ?class }
  OPTIONAL { ?event ng:modality ?modality }
  OPTIONAL { ?event ng:date ?date }
  OPTIONAL { ?event ng:dateText ?dateText }
  OPTIONAL { ?event ng:place ?place }
  OPTIONAL { ?event ng:trigger ?trigger }
  OPTIONAL { ?event ng:evidence ?span .
             OPTIONAL { ?span nif:anchorOf ?sentence }
             OPTIONAL { ?span nif:beginIndex ?start }
             OPTIONAL { ?span nif:endIndex ?end } }
  OPTIONAL { ?event prov:wasDerivedFrom ?article .
             OPTIONAL { ?article schema:headline ?title }
             OPTIONAL { ?article ng:source ?source }
             OPTIONAL { ?article schema:datePublished ?published } }
}
"""

_ACTORS_QUERY = _PREFIXES + """
SELECT ?actor ?type ?label ?pref WHERE {
  VALUES ?type { ng:Person ng:Organization ng:Country ng:Place }
  ?actor a ?type .
  OPTIONAL { ?actor rdfs:label ?label }
  OPTIONAL { ?actor skos:prefLabel ?pref }
}
"""

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _slug_label(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")


def read_actors(kg: Graph) -> dict[str, dict[str, str]]:
    """Every typed actor in the graph: IRI -> {"label", "type"} (smallest label when several, for determinism)."""
    actors: dict[str, dict[str, str]] = {}
    for row in kg.query(_ACTORS_QUERY):
        iri = str(row.actor)
        type_ = str(row.type).rsplit("#", 1)[-1]
        label = str(row.label) if row.label is not None else (str(row.pref) if row.pref is not None else "")
        seen = actors.get(iri)
        if seen is None:
            actors[iri] = {"label": label, "type": type_}
            continue
        if label and (not seen["label"] or label < seen["label"]):
            seen["label"] = label
        if ACTOR_TYPES.index(type_) < ACTOR_TYPES.index(seen["type"]):
            seen["type"] = type_
    for info in actors.values():
        info.setdefault("label", "")
    return actors


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_events(kg: Graph) -> list[dict]:
    """Every interaction event as a flat dict (keys EVENT_FIELDS; missing values are None), sorted by event IRI."""
    by_class = {rt.rdf_class: rt.relation for rt in relation_types().values()}
    events: dict[str, dict] = {}
    for row in kg.query(_EVENTS_QUERY):
        iri = str(row.event)
        relation = str(row.relation) if row.relation is not None else None
        if relation is None and row["class"] is not None and str(row["class"]).startswith(str(NG._NS)):
            relation = by_class.get(_local(row["class"]))
        found = {
            "event": iri,
            "relation": relation,
            "agent": str(row.agent),
            "target": str(row.target),
            "modality": _local(row.modality).lower() if row.modality is not None else None,
            "date": str(row.date) if row.date is not None else None,
            "date_text": str(row.dateText) if row.dateText is not None else None,
            "place": str(row.place) if row.place is not None else None,
            "trigger": str(row.trigger) if row.trigger is not None else None,
            "sentence": str(row.sentence) if row.sentence is not None else None,
            "start": int(row.start) if row.start is not None else None,
            "end": int(row.end) if row.end is not None else None,
            "article": str(row.article) if row.article is not None else None,
            "title": str(row.title) if row.title is not None else None,
            "source": str(row.source) if row.source is not None else None,
            "published": str(row.published) if row.published is not None else None,
        }
        seen = events.get(iri)
        if seen is None:
            events[iri] = found
            continue
        for key, value in found.items():  # keep the smallest value of each field: order-independent
            if value is not None and (seen[key] is None or str(value) < str(seen[key])):
                seen[key] = value
    result = []
    for iri in sorted(events):
        event = events[iri]
        if event["relation"] is None:
            log.warning("event %s has no ng:relation nor a known class; skipped", iri)
            continue
        event["modality"] = event["modality"] or "asserted"
        result.append(event)
    return result


def _check_choice(values: Iterable[str] | None, valid: Iterable[str], what: str) -> set[str] | None:
    if values is None:
        return None
    chosen = {str(v).strip().lower() for v in values}
    valid = list(valid)
    unknown = sorted(chosen - set(valid))
    if unknown:
        raise NewsgraphError(f"unknown {what} {', '.join(map(repr, unknown))}; choose from {', '.join(valid)}")
    return chosen


def _check_date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    if not _DATE.match(value):
        raise NewsgraphError(f"bad --{name} date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _period_end(date: str) -> str:
    """The last string a partial ISO date stands for: "2018" -> "2018-99-99" (only compared, never parsed)."""
    return date + "-99-99"[: 10 - len(date)]


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    """A (possibly partial) date counts when the period it names overlaps [since, until]."""
    if since is None and until is None:
        return True
    if not date:
        return False
    if since is not None and _period_end(date) < since:
        return False
    if until is not None and date > _period_end(until):
        return False
    return True


def to_networkx(kg: Graph, *, relations: Iterable[str] | None = None, modalities: Iterable[str] | None = None,
                since: str | None = None, until: str | None = None) -> nx.MultiDiGraph:
    """Actors and their interaction events as a MultiDiGraph (edge key = event IRI), optionally filtered.

    Nodes are the actors taking part in at least one kept event (label, type, count of interactions); each edge
    carries relation, modality, date, date_text, place (label), trigger, sentence, article (IRI) and title.
    """
    wanted_relations = _check_choice(relations, relation_types(), "interaction type")
    wanted_modalities = _check_choice(modalities, MODALITIES, "modality")
    since, until = _check_date(since, "since"), _check_date(until, "until")
    actors = read_actors(kg)
    mg = nx.MultiDiGraph()
    kept = [e for e in read_events(kg)
            if (wanted_relations is None or e["relation"] in wanted_relations)
            and (wanted_modalities is None or e["modality"] in wanted_modalities)
            and _in_range(e["date"], since, until)]
    for iri in sorted({e["agent"] for e in kept} | {e["target"] for e in kept}):
        info = actors.get(iri, {})
        mg.add_node(iri, label=info.get("label") or _slug_label(iri), type=info.get("type", "Actor"), count=0)
    for e in kept:
        place = e["place"]
        place_label = (actors.get(place, {}).get("label") or _slug_label(place)) if place else None
        mg.add_edge(e["agent"], e["target"], key=e["event"], relation=e["relation"], modality=e["modality"],
                    date=e["date"], date_text=e["date_text"], place=place_label, trigger=e["trigger"],
                    sentence=e["sentence"], article=e["article"], title=e["title"])
        mg.nodes[e["agent"]]["count"] += 1
        if e["target"] != e["agent"]:
            mg.nodes[e["target"]]["count"] += 1
    log.debug("network view: %d actors, %d interactions", mg.number_of_nodes(), mg.number_of_edges())
    return mg


def collapse(mg: nx.MultiDiGraph, *, min_count: int = 1) -> nx.DiGraph:
    """One weighted edge per ordered actor pair: weight = count, relations = {relation: count}, sentences list.

    Pairs seen fewer than `min_count` times are dropped, and so are the actors left without an edge.
    """
    dg = nx.DiGraph()
    for u, v, data in mg.edges(data=True):
        if not dg.has_edge(u, v):
            dg.add_edge(u, v, weight=0, count=0, relations={}, sentences=[])
        attrs = dg.edges[u, v]
        attrs["weight"] += 1
        attrs["count"] += 1
        attrs["relations"][data["relation"]] = attrs["relations"].get(data["relation"], 0) + 1
        if data.get("sentence") and data["sentence"] not in attrs["sentences"]:
            attrs["sentences"].append(data["sentence"])
    if min_count > 1:
        dg.remove_edges_from([(u, v) for u, v, c in dg.edges(data="count") if c < min_count])
    result = nx.DiGraph()
    linked = {n for edge in dg.edges() for n in edge}
    for n, attrs in mg.nodes(data=True):
        if min_count <= 1 or n in linked:
            result.add_node(n, **attrs)
    for u, v, attrs in sorted(dg.edges(data=True), key=lambda e: (e[0], e[1])):
        attrs["relations"] = dict(sorted(attrs["relations"].items()))
        result.add_edge(u, v, **attrs)
    return result
