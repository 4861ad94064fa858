"""SPARQL over the graph: the named queries shipped in graph/queries/*.rq, parameters, results as DataFrames.

Parameters: a query declares one with a comment line `# param NAME: what it is` and uses `?NAME` in its WHERE
clause. resolve_query(query, {"NAME": "value"}) binds it by writing the escaped string literal "value" in place of
every ?NAME of the query body, so the value is visible in every group, FILTER and subquery. Values are always
string literals; the shipped queries compare them with labels, aliases, actor slugs and IRIs themselves.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd
from rdflib import Graph, Literal
from rdflib.plugins.sparql.parser import parseQuery

from graph.vocab import PREFIXES
from loaders.errors import InputError, NewsgraphError

__all__ = ["NamedQuery", "named_queries", "resolve_query", "run_query", "query_params"]

log = logging.getLogger(__name__)

_PARAM_LINE = re.compile(r"#\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)")
_WHERE_OPEN = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_PROLOGUE = re.compile(r"^\s*(PREFIX\s+[^\s:]*:\s*<[^>]*>\s*|BASE\s*<[^>]*>\s*|#[^\n]*\n\s*)*", re.IGNORECASE)


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped with newsgraph: its name (the file stem), a one-line description and the SPARQL text."""

    name: str
    description: str
    sparql: str
    params: dict[str, str] = field(default_factory=dict)  # parameter name -> what it is


@cache
def named_queries() -> dict[str, NamedQuery]:
    """The queries in graph/queries/*.rq by name; the first comment line of each file is its description."""
    folder = Path(__file__).resolve().parent / "queries"
    queries = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        queries[entry.name[:-3]] = _named_query(entry.name[:-3], text)
    return queries


def _named_query(name: str, text: str) -> NamedQuery:
    lines = text.splitlines()
    description = lines[0].lstrip("#").strip() if lines and lines[0].startswith("#") else ""
    return NamedQuery(name=name, description=description, sparql=text, params=query_params(text))


def query_params(sparql: str) -> dict[str, str]:
    """The parameters a query declares with `# param NAME: description` comment lines."""
    return {m.group(1): m.group(2).strip() for line in sparql.splitlines() if (m := _PARAM_LINE.match(line.strip()))}


def _names_hint() -> str:
    return "named queries: " + ", ".join(named_queries())


def _check_syntax(sparql: str, origin: str) -> None:
    try:
        parseQuery(sparql)
    except Exception as error:  # pyparsing raises ParseException; others for odd input
        raise NewsgraphError(f"{origin}: SPARQL syntax error: {_one_line(error)}; {_names_hint()}") from None


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def _literal(value: str) -> str:
    return Literal(value).n3()


def _bind_params(sparql: str, params: dict[str, str], origin: str) -> str:
    for name in params:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise NewsgraphError(f"{origin}: bad parameter name {name!r}")
    if not params:
        return sparql
    # Each ?name becomes the escaped literal itself, so the value is visible in every group and subquery
    # (a VALUES clause would not reach inside a subquery, which named queries use to find an actor first).
    body_start = _PROLOGUE.match(sparql).end()
    body = sparql[body_start:]
    for name, value in params.items():
        body = re.sub(rf"[?$]{name}\b", lambda _m, v=value: _literal(v), body)
    return sparql[:body_start] + body


def resolve_query(text_or_name_or_path: str, params: dict[str, str] | None = None) -> str:
    """The SPARQL text for a named query, a .rq file or a SPARQL string, with params bound (see module doc).

    An unknown name, a missing file, a missing declared parameter or bad SPARQL raises NewsgraphError.
    """
    params = dict(params or {})
    text = text_or_name_or_path.strip()
    queries = named_queries()
    if text in queries:
        origin, sparql = f"query {text}", queries[text].sparql
    elif text.lower().endswith(".rq") or (not re.search(r"[\s{]", text) and Path(text).is_file()):
        path = Path(text)
        if not path.is_file():
            raise InputError(f"{path}: no such query file; {_names_hint()}")
        origin, sparql = str(path), path.read_text(encoding="utf-8")
    elif not re.search(r"[\s{]", text):
        raise NewsgraphError(f"unknown query {text!r}; {_names_hint()}")
    else:
        origin, sparql = "query", text_or_name_or_path
    _check_syntax(sparql, origin)
    missing = sorted(set(query_params(sparql)) - set(params))
    if missing:
        needs = ", ".join(f"{n} ({query_params(sparql)[n]})" for n in missing)
        raise NewsgraphError(f"{origin} needs parameter {needs}")
    resolved = _bind_params(sparql, params, origin)
    _check_syntax(resolved, origin)
    return resolved


def _cell(value) -> str:
    return "" if value is None else str(value)


def run_query(kg: Graph, sparql: str) -> pd.DataFrame:
    """Run a SELECT (a frame with a column per variable, every value a plain string, "" when unbound) or an
    ASK (a one-cell frame, column `ask`, "true"/"false"). Standard prefixes are predeclared."""
    try:
        result = kg.query(sparql, initNs=PREFIXES)
    except Exception as error:
        raise NewsgraphError(f"SPARQL error: {_one_line(error)}") from None
    if result.type == "ASK":
        return pd.DataFrame({"ask": ["true" if result.askAnswer else "false"]}, dtype=object)
    if result.type != "SELECT":
        raise NewsgraphError(f"only SELECT and ASK queries give tables, not {result.type}")
    columns = [str(var) for var in result.vars]
    try:
        rows = [[_cell(row[i]) for i in range(len(columns))] for row in result]
    except Exception as error:  # evaluation is lazy in rdflib: errors surface while iterating
        raise NewsgraphError(f"SPARQL error: {_one_line(error)}") from None
    return pd.DataFrame(rows, columns=columns, dtype=object)
