"""The interaction-type table (loaders/data/relations.tsv): classes, edges, PLOVER and CAMEO codes."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .datafiles import DATA, read_table

__all__ = ["RelationType", "relation_types", "CORE_RELATIONS"]

#: The five types every article is scored on.
CORE_RELATIONS = ("visit", "meet", "greet", "support", "oppose")


@dataclass(frozen=True)
class RelationType:
    """One interaction type and its mappings to RDF and to the event-coding schemes."""

    relation: str
    rdf_class: str
    edge: str
    symmetric: bool
    plover_category: str
    plover_mode: str
    cameo: str
    quad_class: int
    broader: str | None
    meaning: str

    @property
    def core(self) -> str:
        """The type scored and drawn at the coarse level: itself, or the core type it narrows."""
        return self.broader or self.relation


@cache
def relation_types() -> dict[str, RelationType]:
    """All interaction types by their record name, in file order."""
    rows = read_table(DATA / "relations.tsv")
    return {
        row["relation"]: RelationType(
            relation=row["relation"],
            rdf_class=row["class"],
            edge=row["edge"],
            symmetric=row["symmetric"] == "yes",
            plover_category=row["plover_category"],
            plover_mode=row["plover_mode"],
            cameo=row["cameo"],
            quad_class=int(row["quad_class"]),
            broader=None if row["broader"] == "-" else row["broader"],
            meaning=row["meaning"],
        )
        for row in rows
    }
