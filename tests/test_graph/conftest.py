"""Small hand-made Extraction records (fictional people and places, our own sentences) for the graph tests."""
from __future__ import annotations

import pytest
from record_fixtures import make_first, make_second

from loaders.records import Extraction


@pytest.fixture
def first() -> Extraction:
    return make_first()


@pytest.fixture
def second() -> Extraction:
    return make_second()


@pytest.fixture
def extractions(first, second) -> list[Extraction]:
    return [first, second]


@pytest.fixture
def kg(extractions):
    from graph.rdf import to_graph

    return to_graph(extractions)
