"""Closed word classes the extraction rules read (loaders/data/wordclasses.tsv)."""
from __future__ import annotations

from collections import defaultdict
from functools import cache
from importlib import resources

__all__ = ["words"]


@cache
def _table() -> dict[str, frozenset[str]]:
    text = resources.files("loaders").joinpath("data/wordclasses.tsv").read_text(encoding="utf-8")
    classes: dict[str, set[str]] = defaultdict(set)
    for line in text.splitlines()[1:]:
        if line and not line.startswith("#") and line != "class\tword":
            name, word = line.split("\t")
            classes[name].add(word)
    return {name: frozenset(members) for name, members in classes.items()}


def words(name: str) -> frozenset[str]:
    """The words of one class; an unknown class name is a programming error and raises KeyError."""
    return _table()[name]
