"""SHACL validation of a newsgraph graph (graph/shapes.ttl, with graph/vocab.ttl as the ontology) via pySHACL."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pyshacl import validate
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH

from graph.vocab import PREFIXES

__all__ = ["ValidationResult", "validate_graph", "shapes_graph", "vocabulary_graph"]

log = logging.getLogger(__name__)


@dataclass
class ValidationResult:
    """Whether a graph conforms, and one readable line per violation: focus node, path, message."""

    conforms: bool
    violations: list[str] = field(default_factory=list)


@cache
def _packaged_graph(name: str) -> Graph:
    text = (Path(__file__).resolve().parent / name).read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def shapes_graph() -> Graph:
    """graph/shapes.ttl, parsed once."""
    return _packaged_graph("shapes.ttl")


def vocabulary_graph() -> Graph:
    """graph/vocab.ttl, parsed once."""
    return _packaged_graph("vocab.ttl")


def _short(term) -> str:
    if term is None:
        return "-"
    text = str(term)
    if isinstance(term, URIRef):
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(namespace) and text != namespace:
                return f"{prefix}:{text[len(namespace):]}"
        return f"<{text}>"
    return repr(text)


def validate_graph(kg: Graph) -> ValidationResult:
    """Validate kg against the shapes; the vocabulary supplies subclass links, so ng:Visit nodes count as
    interactions and ng:Person nodes as actors. Violations are sorted, one line each."""
    conforms, report, _ = validate(
        kg,
        shacl_graph=shapes_graph(),
        ont_graph=vocabulary_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
    )
    lines = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        value = report.value(result, SH.value)
        line = f"{_short(focus)} {_short(path)}: {message or 'violates ' + _short(report.value(result, SH.sourceShape))}"
        if value is not None and value != focus:
            line += f" (value {_short(value)})"
        lines.add(line)
    violations = sorted(lines)
    for line in violations:
        log.info("SHACL: %s", line)
    return ValidationResult(conforms=bool(conforms), violations=violations)
