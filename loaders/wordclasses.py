"""Closed word classes the extraction rules read (loaders/data/wordclasses.tsv)."""
from __future__ import annotations

from collections import defaultdict
from functools import cache

from .datafiles import DATA, read_table

__all__ = ["words"]


@cache
def _table() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = defaultdict(set)
    for row in read_table(DATA / "wordclasses.tsv"):
        classes[row["class"]].add(row["word"])
    return {name: frozenset(members) for name, members in classes.items()}


def words(name: str) -> frozenset[str]:
    """The words of one class; an unknown class name is a programming error and raises KeyError."""
    return _table()[name]
