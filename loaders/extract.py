"""Parsed articles → Extraction records (actors, interactions, roles), and their flat JSON form."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from .actors import find_actors
from .interactions import find_interactions
from .nlp import model_id, parse
from .records import Article, Extraction, Interaction, Role
from .relations import relation_types

__all__ = ["extract_articles", "interaction_record", "role_record"]


def extract_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 16) -> Iterator[Extraction]:
    """One Extraction per article: parse in batches, find actors, then their interactions and roles."""
    model = model_id(nlp)
    for article, doc in parse(articles, nlp, batch_size=batch_size):
        actors = find_actors(doc, article.id, article.date)
        interactions = find_interactions(doc, actors, article.date)
        used = {a.id for i in interactions for a in (i.agent, i.target, i.place) if a is not None}
        used |= {a.id for r in actors.roles for a in (r.person, r.of, r.to) if a is not None}
        yield Extraction(
            article=article,
            actors=[actor for actor in actors.actors if actor.id in used],
            interactions=interactions,
            roles=actors.roles,
            model=model,
        )


def interaction_record(interaction: Interaction, article: Article) -> dict:
    """The `newsgraph extract` JSON line of an interaction (keys read by shared/eval/score.py).

    `relation` is the coarse type (an accusation counts as oppose); `type` keeps the finer one.
    """
    return {
        "doc": article.source,
        "subject": interaction.agent.as_dict(),
        "relation": relation_types()[interaction.relation].core,
        "type": interaction.relation,
        "object": interaction.target.as_dict(),
        "modality": interaction.modality,
        "trigger": interaction.trigger,
        "date": interaction.date,
        "date_text": interaction.date_text,
        "place": interaction.place.label if interaction.place else None,
        "sentence": interaction.sentence,
        "start": interaction.start,
        "end": interaction.end,
    }


def role_record(role: Role, article: Article) -> dict:
    """The `newsgraph extract` JSON line of a role ("record": "role")."""
    return {
        "record": "role",
        "doc": article.source,
        "person": role.person.as_dict(),
        "role": role.role,
        "of": role.of.as_dict() if role.of else None,
        "to": role.to.as_dict() if role.to else None,
        "sentence": role.sentence,
        "start": role.start,
        "end": role.end,
    }
