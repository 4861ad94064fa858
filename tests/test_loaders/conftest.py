"""Shared fixtures for the extractor tests: the spaCy pipeline once per session, and helpers that run
parse → find_actors → find_interactions on one short text (each distinct text is parsed once per session)."""
from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import pytest
from spacy.language import Language

from loaders.actors import ArticleActors, find_actors
from loaders.interactions import find_interactions
from loaders.nlp import load_pipeline
from loaders.records import Article, Interaction, Role

#: Interaction types whose agent and target can be swapped without changing the meaning.
SYMMETRIC = {"meet", "cooperate"}

REPO = Path(__file__).resolve().parents[2]
#: shared/ sits beside the repository's root in every clone (dev and CI).
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_daf806983e2d4952.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default newsgraph pipeline (load_pipeline caches it, so this is cheap after the first call)."""
    return load_pipeline()


@cache
def _run(text: str, anchor: dt.date | None) -> tuple[Article, ArticleActors, tuple[Interaction, ...]]:
    article = Article.from_text(text, source="test.txt", date=anchor)
    doc = load_pipeline()(text)
    actors = find_actors(doc, article.id, anchor)
    return article, actors, tuple(find_interactions(doc, actors, anchor))


def run_text(text: str, anchor: dt.date | None = None) -> tuple[Article, ArticleActors, tuple[Interaction, ...]]:
    """Article, actors and interactions of a short text (cached: the same text is parsed once)."""
    return _run(text, anchor)


def interactions_of(text: str, anchor: dt.date | None = None) -> tuple[Interaction, ...]:
    return run_text(text, anchor)[2]


def roles_of(text: str) -> list[Role]:
    return run_text(text)[1].roles


def _key(i: Interaction) -> tuple[str, str, str, str]:
    agent, target = i.agent.label, i.target.label
    if i.relation in SYMMETRIC and target < agent:
        agent, target = target, agent
    return agent, i.relation, target, i.modality


def quads(text: str, anchor: dt.date | None = None) -> set[tuple[str, str, str, str]]:
    """{(agent label, relation, target label, modality)}; symmetric relations with the labels sorted."""
    return {_key(i) for i in interactions_of(text, anchor)}


def triples(text: str, anchor: dt.date | None = None) -> set[tuple[str, str, str]]:
    """{(agent label, relation, target label)}, ignoring modality."""
    return {q[:3] for q in quads(text, anchor)}


def norm(expected) -> set[tuple[str, ...]]:
    """Expected tuples with symmetric relations' labels sorted, as `quads` gives them."""
    out = set()
    for item in expected:
        agent, relation, target, *rest = item
        if relation in SYMMETRIC and target < agent:
            agent, target = target, agent
        out.add((agent, relation, target, *rest))
    return out


def role_set(text: str) -> set[tuple[str, str, str | None, str | None]]:
    """{(person label, role, of label, to label)} of a text."""
    return {(r.person.label, r.role, r.of.label if r.of else None, r.to.label if r.to else None)
            for r in roles_of(text)}


class Extractor(SimpleNamespace):
    """The helpers above as one fixture: `ex.quads(text)`, `ex.interactions(text)`, `ex.roles(text)`..."""


@pytest.fixture(scope="session")
def ex(nlp: Language) -> Extractor:
    """Run the extractor on short texts; each distinct text is parsed once per session."""
    return Extractor(run=run_text, interactions=interactions_of, quads=quads, triples=triples, norm=norm,
                     roles=roles_of, role_set=role_set, nlp=nlp)
