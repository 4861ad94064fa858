"""The whole flow in a screenful: paths → articles → extractions → RDF graph (and updates of a saved graph)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import Graph

from loaders.errors import InputError
from loaders.extract import extract_articles
from loaders.nlp import load_pipeline
from loaders.readers import read_articles
from loaders.records import Extraction

from .rdf import to_graph
from .store import article_hashes, load_graph, write_graph

__all__ = ["extract", "build", "update"]


def extract(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    date: dt.date | None = None,
    errors: list[InputError] | None = None,
    skip: set[str] | frozenset[str] = frozenset(),
) -> Iterator[Extraction]:
    """Read, clean, parse and extract each article; `errors` collects bad files instead of raising."""
    nlp = load_pipeline(model)
    articles = (a for a in read_articles(paths, date=date, errors=errors) if a.id not in skip)
    yield from extract_articles(articles, nlp)


def build(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    date: dt.date | None = None,
    errors: list[InputError] | None = None,
) -> Graph:
    """The RDF graph of all articles under `paths`: one node per actor across articles."""
    return to_graph(extract(paths, model=model, date=date, errors=errors))


def update(
    graph_path: str | Path,
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    date: dt.date | None = None,
    errors: list[InputError] | None = None,
) -> tuple[Graph, int]:
    """Add the articles under `paths` that `graph_path` lacks; the file is replaced atomically or left as it was."""
    kg = load_graph(graph_path)
    known = article_hashes(kg)
    before = len(known)
    to_graph(extract(paths, model=model, date=date, errors=errors, skip=known), kg)
    added = len(article_hashes(kg)) - before
    if added:
        write_graph(kg, graph_path)
    return kg, added
