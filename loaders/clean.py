"""Remove web-page furniture (icon runs, share buttons, paywall and sponsored blocks) from article text.

The rules are general and their vocabulary lives in loaders/data/furniture.tsv; paragraphs that survive are
kept verbatim except for whitespace normalisation, because character offsets downstream index the result.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["clean_text", "normalise_whitespace"]

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace except the newline, including NBSP and tabs
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_BULLET = re.compile(r"^([•·▪◦●‣∙*]|-(?=\s)|\d+[.)](?=\s))\s*")
_WORD = re.compile(r"\w[\w'’.-]*")
_STOPWORDS = frozenset("a an and the of on in to via with us this our your for by at from or".split())
# A real article paragraph after a paywall marker: marketing blurbs in paywall blocks run to ~15 words,
# news paragraphs rarely fall under 20 (checked on the seed page and BBC corpus paragraphs).
_SUBSTANTIAL_WORDS = 20
# A marker phrase in a longer line that reads as a sentence is prose about the thing, not the thing itself;
# paywall and sponsor labels run to 8 words or end without a full stop (checked on the seed page).
_MARKER_LINE_WORDS = 8


@dataclass(frozen=True)
class _Vocabulary:
    icons: frozenset[str]
    lines: re.Pattern[str]
    markers: re.Pattern[str]
    placeholders: re.Pattern[str]
    perks: re.Pattern[str]


@cache
def _vocabulary() -> _Vocabulary:
    text = (Path(__file__).parent / "data" / "furniture.tsv").read_text(encoding="utf-8")
    kinds: dict[str, list[str]] = {"icon": [], "line": [], "marker": [], "placeholder": [], "perk": []}
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#") or raw.startswith("kind\t"):
            continue
        kind, _, pattern = raw.partition("\t")
        kinds[kind].append(pattern)

    def union(patterns: list[str], *, full: bool = False) -> re.Pattern[str]:
        body = "|".join(f"(?:{p})" for p in patterns)
        return re.compile(f"^(?:{body})$" if full else body, re.IGNORECASE)

    return _Vocabulary(
        icons=frozenset(kinds["icon"]),
        lines=union(kinds["line"], full=True),
        markers=union(kinds["marker"]),
        placeholders=re.compile("|".join(kinds["placeholder"])),
        perks=union(kinds["perk"]),
    )


def normalise_whitespace(raw: str) -> str:
    """Unify line ends, drop zero-width characters, collapse runs of spaces and strip every line."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = _ZERO_WIDTH.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


def _camel_parts(token: str) -> list[str]:
    return re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", token)


def _is_glued(token: str) -> bool:
    """A token like "ChevronIcon" or "Sketch.Title": capitalised words run together."""
    return bool(re.fullmatch(r"[A-Za-z]+(?:\.[A-Za-z]+)*", token)) and bool(re.search(r"[a-z](?:\.)?[A-Z]", token))


def _is_icon_run(line: str) -> bool:
    vocab = _vocabulary().icons
    tokens = [t.strip(".,;:!?|/·•()[]") for t in line.split()]
    tokens = [t for t in tokens if t and t.lower() not in _STOPWORDS]
    if not tokens:
        return False
    ui = glued = 0
    for token in tokens:
        is_glued = _is_glued(token)
        glued += is_glued
        if token.lower() in vocab or (is_glued and any(p.lower() in vocab for p in _camel_parts(token))):
            ui += 1
    if len(tokens) == 1:
        return ui == 1 or (glued == 1 and len(_camel_parts(tokens[0])) >= 3)
    ratio = ui / len(tokens)
    return ratio >= 0.75 or (ratio >= 0.5 and glued >= 2) or (glued >= 3 and glued / len(tokens) >= 0.5)


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _is_marker(line: str) -> bool:
    vocab = _vocabulary()
    if not vocab.markers.search(line):
        return False
    return (
        _word_count(line) <= _MARKER_LINE_WORDS
        or not _SENTENCE_END.search(line)
        or bool(vocab.placeholders.search(line))
    )


def _is_furniture(line: str) -> bool:
    vocab = _vocabulary()
    if vocab.placeholders.search(line):
        return True
    if _is_marker(line):
        return True
    bullet = _BULLET.match(line)
    body = line[bullet.end():] if bullet else line
    if not body:
        return True  # a bare bullet or dash
    if bullet and vocab.perks.search(body):
        return True
    if _word_count(body) <= 40 and vocab.lines.match(body):
        return True
    return _is_icon_run(body)


def _blocks(text: str) -> list[list[str]]:
    """Paragraphs as lists of lines; a text with no blank lines and unwrapped lines gets one per line."""
    lines = text.split("\n")
    if "" not in lines and len(lines) > 1 and not _looks_hard_wrapped(lines):
        return [[line] for line in lines]
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Lines broken mid-sentence (the next one starts in lower case) mark a hard-wrapped paragraph."""
    breaks = sum(
        1 for a, b in zip(lines, lines[1:]) if a and b and not _SENTENCE_END.search(a) and b[:1].islower()
    )
    return breaks >= max(1, (len(lines) - 1) * 0.3)


def _is_substantial(lines: list[str]) -> bool:
    kept = [line for line in lines if not _is_furniture(line)]
    joined = " ".join(kept)
    return _word_count(joined) >= _SUBSTANTIAL_WORDS and bool(_SENTENCE_END.search(joined))


def _truncate_tail(blocks: list[list[str]]) -> list[list[str]]:
    """Cut at the first paywall/sponsored marker that no real article paragraph follows."""
    last = max((i for i, block in enumerate(blocks) if _is_substantial(block)), default=-1)
    for i in range(last + 1, len(blocks)):
        if any(_is_marker(line) for line in blocks[i]):
            return blocks[:i]
    return blocks


def _headline_like(block: list[str], max_words: int = 25) -> bool:
    return len(block) == 1 and _word_count(block[0]) <= max_words and not re.search(r"[.:;,]$", block[0])


def _drop_kicker(blocks: list[list[str]]) -> list[list[str]]:
    """Drop a short section label ("World", "International relations") standing above a headline."""
    if len(blocks) < 3:
        return blocks
    label, headline = blocks[0], blocks[1]
    if (
        _headline_like(label, max_words=3)
        and len(label[0]) <= 40
        and not re.search(r"[\d!?\"“”]", label[0])
        and _headline_like(headline)
        and not _SENTENCE_END.search(headline[0])
        and _word_count(headline[0]) >= 4
    ):
        return blocks[1:]
    return blocks


def clean_text(raw: str) -> str:
    """The article text of a page: furniture lines and trailing paywall blocks removed, paragraphs kept.

    Paragraphs are separated by one blank line; lines inside a kept paragraph are unchanged except for
    whitespace normalisation.
    """
    blocks = _truncate_tail(_blocks(normalise_whitespace(raw)))
    kept = [[line for line in block if not _is_furniture(line)] for block in blocks]
    kept = _drop_kicker([block for block in kept if block])
    return "\n\n".join("\n".join(block) for block in kept)
