"""Deterministic serialisation of a graph: Turtle, N-Triples, JSON-LD and TriG, byte-identical for the same triples.

rdflib's own writers follow store insertion order for objects and may invent prefixes, so Turtle, TriG and
JSON-LD are written here from sorted triples with the fixed prefixes of graph.vocab.PREFIXES.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from graph.vocab import NG, NIF, PREFIXES
from loaders.errors import NewsgraphError
from loaders.relations import relation_types

__all__ = ["FORMATS", "SUFFIXES", "format_for_path", "serialize", "jsonld_context", "article_graphs"]

#: Output formats and what each one is.
FORMATS: dict[str, str] = {
    "turtle": "Turtle (sorted, fixed prefixes)",
    "nt": "N-Triples (sorted lines)",
    "jsonld": "JSON-LD with the local context graph/context.jsonld inlined",
    "trig": "TriG, one named graph per article (graph IRI = article IRI), actors in the default graph",
}
#: File suffix -> format.
SUFFIXES: dict[str, str] = {".ttl": "turtle", ".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld", ".trig": "trig"}

# A conservative PN_LOCAL: prefixed names only when the local part needs no escaping.
_PN_LOCAL = re.compile(r"[A-Za-z0-9_]([A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?")
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_INTEGER = re.compile(r"[+-]?[0-9]+")
# Longest namespace first, so actor: wins over id: for actor IRIs.
_NAMESPACES = sorted(PREFIXES.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def format_for_path(path: str | Path) -> str:
    """The format for a file name by its suffix (.ttl .nt .jsonld .json .trig); anything else is an error."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise NewsgraphError(f"{path}: unknown graph format {suffix or '(no suffix)'!r}; use one of {', '.join(SUFFIXES)}")
    return SUFFIXES[suffix]


@cache
def jsonld_context() -> dict:
    """The local JSON-LD context (graph/context.jsonld), read from the package, never fetched."""
    text = (Path(__file__).resolve().parent / "context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]


# ---------------------------------------------------------------- terms


def _qname(iri: str) -> tuple[str, str] | None:
    for prefix, namespace in _NAMESPACES:
        if iri.startswith(namespace):
            local = iri[len(namespace):]
            if local == "" or _PN_LOCAL.fullmatch(local):
                return prefix, local
    return None


def _escape(text: str) -> str:
    out = []
    for char in text:
        if char in _ECHAR:
            out.append(_ECHAR[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return "".join(out)


def _iri(iri: str, used: set[str]) -> str:
    qname = _qname(iri)
    if qname is None:
        return "<" + iri.replace(">", "%3E") + ">"
    used.add(qname[0])
    return f"{qname[0]}:{qname[1]}"


def _term(term: Node, used: set[str]) -> str:
    if isinstance(term, URIRef):
        return "a" if term == RDF.type else _iri(str(term), used)
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        lexical = str(term)
        if term.language:
            return f'"{_escape(lexical)}"@{term.language}'
        if term.datatype is None:
            return f'"{_escape(lexical)}"'
        if term.datatype == XSD.integer and _INTEGER.fullmatch(lexical) and lexical == str(int(lexical)):
            return lexical
        return f'"{_escape(lexical)}"^^{_iri(str(term.datatype), used)}'
    raise TypeError(f"cannot serialise {term!r}")


def _sort_key(term: Node) -> tuple:
    if isinstance(term, Literal):
        return (2, str(term), str(term.datatype or ""), term.language or "")
    return (0 if isinstance(term, URIRef) else 1, str(term))


def _predicate_key(term: Node) -> tuple:
    return (term != RDF.type, str(term))


# ---------------------------------------------------------------- Turtle and TriG


def _turtle_body(triples: Iterable[tuple[Node, Node, Node]], used: set[str], indent: str = "") -> list[str]:
    by_subject: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        by_subject[s][p].add(o)
    lines: list[str] = []
    for subject in sorted(by_subject, key=_sort_key):
        predicates = by_subject[subject]
        lines.append(indent + _object(subject, used))
        ordered = sorted(predicates, key=_predicate_key)
        for i, predicate in enumerate(ordered):
            objects = ", ".join(_object(o, used) for o in sorted(predicates[predicate], key=_sort_key))
            end = " ." if i == len(ordered) - 1 else " ;"
            lines.append(f"{indent}    {_term(predicate, used)} {objects}{end}")
        lines.append("")
    return lines


def _object(term: Node, used: set[str]) -> str:
    # rdf:type as an object must be written as an IRI, not as the keyword `a`.
    return _iri(str(term), used) if term == RDF.type else _term(term, used)


def _prefix_lines(used: set[str], keyword: str = "@prefix") -> list[str]:
    return [f"{keyword} {prefix}: <{PREFIXES[prefix]}> ." for prefix in sorted(used)]


def _turtle(kg: Graph) -> str:
    used: set[str] = set()
    body = _turtle_body(kg, used)
    head = _prefix_lines(used)
    return "\n".join(head + ([""] if head else []) + body).rstrip("\n") + "\n"


def article_graphs(kg: Graph) -> tuple[set[tuple], dict[URIRef, set[tuple]]]:
    """Split kg into the default graph and one triple set per article (see FORMATS["trig"]).

    An article's graph holds the article, its extraction activity, its events, roles and sentences, and the
    direct edges its asserted events and roles imply; whatever no article claims stays in the default graph.
    """
    named: dict[URIRef, set[tuple]] = {}
    claimed: set[tuple] = set()
    for article in sorted(set(kg.subjects(RDF.type, NG.Article)), key=str):
        owned = {article, *kg.subjects(PROV.used, article), *kg.subjects(PROV.wasDerivedFrom, article),
                 *kg.subjects(NIF.referenceContext, article)}
        triples = {t for node in owned for t in kg.triples((node, None, None))}
        for statement in kg.subjects(PROV.wasDerivedFrom, article):
            triples |= _implied_edges(kg, statement)
        named[article] = triples
        claimed |= triples
    default = {t for t in kg if t not in claimed}
    return default, named


def _implied_edges(kg: Graph, node: Node) -> set[tuple]:
    """The direct actor-to-actor triples in kg that an asserted event or a role statement accounts for."""
    if (node, RDF.type, NG.RoleStatement) in kg:
        person = kg.value(node, NG.person)
        others = [*kg.objects(node, NG.roleOf), *kg.objects(node, NG.roleTo)]
        return {(person, p, o) for o in others for p in _ROLE_EDGES if (person, p, o) in kg}
    if (node, NG.modality, NG.Asserted) not in kg:
        return set()
    agent, target = kg.value(node, NG.agent), kg.value(node, NG.target)
    return {
        (agent, edge, target)
        for cls in kg.objects(node, RDF.type)
        if (edge := _class_edges().get(cls)) is not None and (agent, edge, target) in kg
    }


@cache
def _class_edges() -> dict[URIRef, URIRef]:
    return {NG[r.rdf_class]: NG[r.edge] for r in relation_types().values()}


_ROLE_EDGES = (NG.leaderOf, NG.headOf, NG.ambassadorOf, NG.ambassadorTo, NG.memberOf, NG.siblingOf, NG.spouseOf,
               NG.relativeOf)


def _trig(kg: Graph) -> str:
    used: set[str] = set()
    default, named = article_graphs(kg)
    lines = _turtle_body(default, used)
    for article in sorted(named, key=str):
        label = _iri(str(article), used)
        lines.append(f"{label} {{")
        body = _turtle_body(named[article], used, indent="    ")
        lines.extend(body[:-1] if body and body[-1] == "" else body)
        lines.append("}")
        lines.append("")
    head = _prefix_lines(used)
    return "\n".join(head + ([""] if head else []) + lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------- N-Triples and JSON-LD


def _ntriples(kg: Graph) -> str:
    text = kg.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted(set(line for line in text.splitlines() if line.strip()))
    return "\n".join(lines) + ("\n" if lines else "")


def _compact(iri: str) -> str:
    for prefix, namespace in _NAMESPACES:
        if iri.startswith(namespace) and not iri[len(namespace):].startswith("//"):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _jsonld_value(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"@id": _compact(str(term))}
    if isinstance(term, BNode):
        return {"@id": f"_:{term}"}
    value: dict = {"@value": str(term)}
    if term.language:
        value["@language"] = term.language
    elif term.datatype is not None:
        value["@type"] = _compact(str(term.datatype))
    return value


def _jsonld(kg: Graph) -> str:
    nodes = []
    for subject in sorted(set(kg.subjects()), key=_sort_key):
        node: dict = {"@id": _jsonld_value(subject)["@id"]}
        types = sorted(kg.objects(subject, RDF.type), key=_sort_key)
        if types:
            node["@type"] = [_compact(str(t)) for t in types]
        for predicate in sorted(set(kg.predicates(subject)) - {RDF.type}, key=str):
            objects = sorted(kg.objects(subject, predicate), key=_sort_key)
            node[_compact(str(predicate))] = [_jsonld_value(o) for o in objects]
        nodes.append(node)
    document = {"@context": jsonld_context(), "@graph": nodes}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


_WRITERS = {"turtle": _turtle, "nt": _ntriples, "jsonld": _jsonld, "trig": _trig}


def serialize(kg: Graph, fmt: str = "turtle") -> str:
    """kg as text in fmt (see FORMATS); the same triples always give the same string, whatever their order."""
    if fmt not in _WRITERS:
        raise NewsgraphError(f"unknown graph format {fmt!r}; use one of {', '.join(FORMATS)}")
    return _WRITERS[fmt](kg)
