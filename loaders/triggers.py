"""The trigger lexicon (loaders/data/triggers.tsv): the words that signal an interaction, with their arguments.

Its own module so that both the interaction rules and the actor rules (which ask whether a verb is one people
use) read the one cached table.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .datafiles import DATA, read_table

__all__ = ["Trigger", "triggers"]


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a lemma and part of speech that signal a relation, with its argument prepositions."""

    lemma: str
    pos: str
    relation: str
    particle: str | None
    target_preps: frozenset[str]
    agent_preps: frozenset[str]
    indirect: str | None
    reciprocal: bool


@cache
def triggers() -> dict[tuple[str, str], list[Trigger]]:
    """The trigger lexicon by (lemma, pos)."""
    rows = read_table(DATA / "triggers.tsv")
    table: dict[tuple[str, str], list[Trigger]] = {}

    def _set(value: str) -> frozenset[str]:
        return frozenset() if value == "-" else frozenset(value.split(","))

    for row in rows:
        entry = Trigger(
            lemma=row["lemma"], pos=row["pos"], relation=row["relation"],
            particle=None if row["particle"] == "-" else row["particle"],
            target_preps=_set(row["target_preps"]), agent_preps=_set(row["agent_preps"]),
            indirect=None if row["indirect"] == "-" else row["indirect"], reciprocal=row["reciprocal"] == "yes",
        )
        table.setdefault((entry.lemma, entry.pos), []).append(entry)
    return table
