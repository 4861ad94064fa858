"""Resolve date words ("early Monday", "this March", "Sept. 9", "April 13 to April 18") to ISO 8601 strings.

Relative expressions are resolved against the article date (the anchor); without an anchor only absolute dates
resolve. Results are "YYYY-MM-DD", "YYYY-MM" for a month, "YYYY" for a year. Pure functions: no network, no locale.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["DateMention", "find_date", "find_dates", "resolve_date", "resolve_span"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _month(name: str, *, full_only: bool = False) -> str:
    """A capitalised month name (or abbreviation, "Sept." style) captured in group `name`."""
    full = "January|February|March|April|May|June|July|August|September|October|November|December"
    abbrev = r"Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
    return rf"(?P<{name}>{full if full_only else full + '|' + abbrev})(?![A-Za-z])"


_DAY = r"(?P<{0}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?P<{0}>(?:1[5-9]|2[01])\d\d)(?![\d%])"
_WEEKDAY = r"(?P<{0}>" + "|".join(_WEEKDAYS) + r")(?![A-Za-z])"
_WEEKDAY_PREFIX = r"(?:(?:" + "|".join(_WEEKDAYS) + r"),?\s+)?"
# Named days that are not the weekday of the surrounding week.
_HOLIDAY_GUARD = r"(?<!Black )(?<!Good )(?<!Super )(?<!Ash )(?<!Cyber )(?<!Holy )(?<!Maundy )(?<!Easter )"


def _d(name: str) -> str:
    return _DAY.format(name)


def _y(name: str) -> str:
    return _YEAR.format(name)


# Each pattern: (kind, regex). Candidates are taken by position, the longest at the same position first.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\d])")),
    ("mdy", re.compile(_WEEKDAY_PREFIX + _month("mon") + r"\s*" + _d("d") + r",?\s+" + _y("y"))),
    ("dmy", re.compile(_WEEKDAY_PREFIX + r"(?<!\d)" + _d("d") + r"\s+(?:of\s+)?" + _month("mon") + r",?\s+" + _y("y"))),
    ("my", re.compile(_month("mon") + r",?\s+(?:of\s+)?" + _y("y"))),
    ("md", re.compile(_WEEKDAY_PREFIX + _month("mon") + r"\s*" + _d("d"))),
    ("dm", re.compile(_WEEKDAY_PREFIX + r"(?<!\d)" + _d("d") + r"\s+(?:of\s+)?" + _month("mon"))),
    ("rel_month", re.compile(r"(?i:(?P<q>this|last|next|past|coming|previous|the same))\s+month\b")),
    ("rel_year", re.compile(r"(?i:(?P<q>this|last|next|past|coming|previous|the same))\s+year\b")),
    (
        "month",
        re.compile(
            r"(?:(?P<q>(?i:this|last|next|coming|past|previous))\s+)?(?:(?P<p>(?i:in|early|late|mid|since|until|by"
            r"|during|from|before|after|of|through|as early as|as late as|end of|start of|beginning of))[\s-]+)?"
            + _month("mon", full_only=True)
            + r"(?!\s*(?:of\s+)?\d)"  # a day or year after it makes it a fuller pattern's match
        ),
    ),
    ("rel_day", re.compile(r"(?i:\b(?P<w>the day before yesterday|the day after tomorrow|yesterday|today|tonight"
                           r"|tomorrow|this (?:morning|afternoon|evening)))\b")),
    ("weekday", re.compile(r"(?:(?P<q>(?i:last|next|this|coming|this coming|past))\s+)?" + _HOLIDAY_GUARD
                           + _WEEKDAY.format("wd"))),
    ("year", re.compile(r"(?<![\d,.$£€¥-])" + _y("y") + r"(?!s\b|,\d|\.\d|-\d)")),
]

# After a first date: "to", "through", "until", a dash; "and" only after "between".
_CONNECTOR = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*")
_BARE_DAY = re.compile(_d("d") + r"(?:,?\s+" + _y("y") + r")?")
_ANNIVERSARY = re.compile(r"\banniversary\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Value:
    """A resolved date at day, month or year precision."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def of(cls, day: dt.date) -> _Value:
        return cls(day.year, day.month, day.day)


def _month_number(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, anchor: dt.date | None, future: bool) -> _Value | None:
    """A month and day without a year: the nearest one on/before the anchor, or on/after it when `future`."""
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year + (1 if future else -1)):
        candidate = _safe_date(year, month, day)
        if candidate and (candidate >= anchor if future else candidate <= anchor):
            return _Value.of(candidate)
    return None


def _bare_month(month: int, qualifier: str, anchor: dt.date, future: bool) -> _Value:
    year = anchor.year
    if qualifier in ("last", "past", "previous"):
        year -= month >= anchor.month
    elif qualifier in ("next", "coming"):
        year += month <= anchor.month
    elif qualifier != "this":
        if future:
            year += month < anchor.month
        else:
            year -= month > anchor.month
    return _Value(year, month)


def _weekday(index: int, qualifier: str, anchor: dt.date, future: bool) -> _Value:
    today = anchor.weekday()
    if qualifier in ("last", "past"):
        delta = -((today - index - 1) % 7 + 1)
    elif qualifier == "next":
        delta = (index - today - 1) % 7 + 1
    elif future or qualifier in ("coming", "this coming"):
        delta = (index - today) % 7
    else:
        delta = -((today - index) % 7)
    return _Value.of(anchor + dt.timedelta(days=delta))


def _shift_month(anchor: dt.date, months: int) -> _Value:
    total = anchor.year * 12 + anchor.month - 1 + months
    return _Value(total // 12, total % 12 + 1)


_REL_DAYS = {
    "the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0, "this morning": 0,
    "this afternoon": 0, "this evening": 0, "tomorrow": 1, "the day after tomorrow": 2,
}  # fmt: skip
_REL_STEP = {"this": 0, "the same": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}


def _resolve(kind: str, m: re.Match[str], anchor: dt.date | None, future: bool) -> _Value | None:
    g = m.groupdict()
    if kind == "iso":
        day = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return _Value.of(day) if day else None
    if kind in ("mdy", "dmy"):
        day = _safe_date(int(g["y"]), _month_number(g["mon"]), int(g["d"]))
        return _Value.of(day) if day else None
    if kind == "my":
        return _Value(int(g["y"]), _month_number(g["mon"]))
    if kind == "year":
        return _Value(int(g["y"]))
    if anchor is None:
        return None
    if kind in ("md", "dm"):
        upcoming = future or bool(_ANNIVERSARY.search(m.string, 0, m.start()))
        return _month_day(_month_number(g["mon"]), int(g["d"]), anchor, upcoming)
    if kind == "month":
        if g["mon"] == "May" and not (g["q"] or g["p"]):
            return None  # "May" alone is far more often the modal verb at a sentence start
        return _bare_month(_month_number(g["mon"]), (g["q"] or "").lower(), anchor, future)
    if kind == "rel_month":
        return _shift_month(anchor, _REL_STEP[g["q"].lower()])
    if kind == "rel_year":
        return _Value(anchor.year + _REL_STEP[g["q"].lower()])
    if kind == "rel_day":
        return _Value.of(anchor + dt.timedelta(days=_REL_DAYS[g["w"].lower()]))
    if kind == "weekday":
        return _weekday(_WEEKDAYS.index(g["wd"]), (g["q"] or "").lower(), anchor, future)
    return None


def _candidates(text: str) -> list[tuple[str, re.Match[str]]]:
    found = [(kind, m) for kind, pattern in _PATTERNS for m in pattern.finditer(text)]
    found.sort(key=lambda item: (item[1].start(), -(item[1].end() - item[1].start())))
    return found


def _span_end(text: str, kind: str, m: re.Match[str], start: _Value) -> tuple[_Value, int] | None:
    """The end of a span that starts with match `m` and where it stops: "April 13 to April 18", "April 13-18"."""
    connector = _CONNECTOR.match(text, m.end())
    if not connector:
        return None
    word = connector.group().strip()
    if word == "and" and not re.search(r"\bbetween\s+$", text[: m.start()], re.IGNORECASE):
        return None
    rest = connector.end()
    start_day = dt.date(start.year, start.month or 1, start.day or 1)
    if kind in ("md", "mdy") and start.day is not None:
        bare = _BARE_DAY.match(text, rest)
        if bare and not re.match(r"\s*(?:of\s+)?" + _month("x"), text[bare.end():]):
            year = int(bare.group("y")) if bare.group("y") else start.year
            end = _safe_date(year, start.month, int(bare.group("d")))
            return (_Value.of(end), bare.end()) if end and end >= start_day else None
    for end_kind, end_match in _candidates(text[rest:]):
        if end_match.start() != 0:
            break
        # The end follows the start: resolve relative expressions against the start, forwards.
        end = _resolve(end_kind, end_match, start_day, True)
        if end is not None:
            if end_kind in ("md", "dm") and kind in ("mdy", "dmy") and end.iso() < start.iso():
                return None
            return end, rest + end_match.end()
    return None


_DAY_FIRST_SPAN = re.compile(
    r"(?<!\d)" + _d("d1") + r"\s*(?:-|–|to|until|till)\s*" + _d("d2") + r"\s+(?:of\s+)?" + _month("mon")
    + r"(?:,?\s+" + _y("y") + ")?"
)


def _day_first_span(m: re.Match[str], anchor: dt.date | None, future: bool) -> tuple[_Value, _Value] | None:
    """ "13-18 April (2018)" and "13 to 18 April": the first day stands before the month it shares."""
    month = _month_number(m.group("mon"))
    if m.group("y"):
        start = _safe_date(int(m.group("y")), month, int(m.group("d1")))
        first = _Value.of(start) if start else None
    else:
        first = _month_day(month, int(m.group("d1")), anchor, future)
    if first is None:
        return None
    end = _safe_date(first.year, month, int(m.group("d2")))
    if end is None or end.day < first.day:
        return None
    return first, _Value.of(end)


@dataclass(frozen=True)
class DateMention:
    """Date words found in a text, where they are, and what they resolve to (ISO 8601)."""

    text: str  # the words as written
    start: int  # character offsets in the searched text
    end: int
    value: str  # the date, or the start of a span
    until: str | None = None  # the end of a span ("April 13 to April 18"), else None


def _mention(
    text: str, kind: str, m: re.Match[str], anchor: dt.date | None, future: bool
) -> DateMention | None:
    value = _resolve(kind, m, anchor, future)
    if value is None:
        return None
    span = _span_end(text, kind, m, value)
    if span and kind == "weekday" and not future and anchor and span[0].iso() > anchor.isoformat():
        # A past span of weekdays ends by the anchor: "ran from Monday to Wednesday" on a Monday is last week.
        value = _Value.of(dt.date(value.year, value.month or 1, value.day or 1) - dt.timedelta(days=7))
        span = _span_end(text, kind, m, value)
    stop = span[1] if span else m.end()
    return DateMention(text[m.start():stop], m.start(), stop, value.iso(), span[0].iso() if span else None)


def find_dates(text: str, anchor: dt.date | None, *, future: bool = False) -> list[DateMention]:
    """Every resolvable date expression in `text`, in order and not overlapping, resolved against `anchor`.

    `future=True` resolves bare weekdays, months and month-days forwards from the anchor (a planned event).
    """
    found: list[DateMention] = []
    for m in _DAY_FIRST_SPAN.finditer(text):
        resolved = _day_first_span(m, anchor, future)
        if resolved:
            found.append(DateMention(m.group(), m.start(), m.end(), resolved[0].iso(), resolved[1].iso()))
    for kind, m in _candidates(text):
        mention = _mention(text, kind, m, anchor, future)
        if mention:
            found.append(mention)
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[DateMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def resolve_span(
    text: str, anchor: dt.date | None, *, future: bool = False
) -> tuple[str | None, str | None]:
    """The start and end (ISO 8601) of the first date expression in `text`; end is None for a single date."""
    mentions = find_dates(text, anchor, future=future)
    return (mentions[0].value, mentions[0].until) if mentions else (None, None)


def resolve_date(text: str, anchor: dt.date | None, *, future: bool = False) -> str | None:
    """The ISO 8601 date (or YYYY-MM, YYYY) of the first date expression in `text`; a span gives its start."""
    return resolve_span(text, anchor, future=future)[0]


def find_date(text: str) -> dt.date | None:
    """The first complete calendar date written in `text` ("April 23, 2018", "23 April 2018", "2018-04-23")."""
    for kind, m in _candidates(text):
        if kind in ("iso", "mdy", "dmy"):
            value = _resolve(kind, m, None, False)
            if value is not None:
                return dt.date(value.year, value.month or 1, value.day or 1)
    return None
