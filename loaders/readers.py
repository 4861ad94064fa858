"""Read articles from .txt, .html/.htm, folders and .jsonl/.csv dumps into cleaned Article records.

Every article's text goes through loaders.clean.clean_text and starts with its headline; its date is the
caller's date, else the file's metadata, else a date line near the top of the text.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from loaders.clean import clean_text
from loaders.dates import find_date
from loaders.errors import InputError
from loaders.records import Article

__all__ = ["ARTICLE_SUFFIXES", "read_articles"]

logger = logging.getLogger(__name__)

_TEXT = (".txt",)
_HTML = (".html", ".htm")
_DUMPS = (".jsonl", ".csv")
#: File name endings read_articles understands; a folder is searched for these.
ARTICLE_SUFFIXES = _TEXT + _HTML + _DUMPS

_HEADLINE_MAX_WORDS = 25
_HEADLINE_MAX_CHARS = 200
# How far down a date line or dateline may sit to count as the publication date.
_DATE_BLOCKS = 4
_DATE_LINE_WORDS = 15
_DATELINE = re.compile(r"^(?P<head>.{0,80}?)\s(?:--|—|–|-)\s|^(?P<paren>.{0,80}?)\(")


def read_articles(
    paths: Iterable[str | Path],
    *,
    date: dt.date | None = None,
    errors: list[InputError] | None = None,
) -> Iterator[Article]:
    """Yield the articles in `paths` (files, folders, dumps) in order; `date` overrides every article's date.

    A file that cannot be read raises InputError, or, when `errors` is a list, is recorded there and skipped.
    """
    for path in paths:
        path = Path(path)
        try:
            files = _expand(path)
        except InputError as exc:
            _report(exc, errors)
            continue
        for file in files:
            try:
                for item in _read_file(file, date):
                    if isinstance(item, InputError):
                        _report(item, errors)
                    else:
                        yield item
            except InputError as exc:
                _report(exc, errors)


def _report(exc: InputError, errors: list[InputError] | None) -> None:
    if errors is None:
        raise exc
    logger.warning("skipped: %s", exc)
    errors.append(exc)


def _expand(path: Path) -> list[Path]:
    """The article files behind a path: itself, or a folder's known files in sorted order."""
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in ARTICLE_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            raise InputError(f"{path}: no article files ({', '.join(ARTICLE_SUFFIXES)}) in this folder")
        return files
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise InputError(
            f"{path}: unknown file type {path.suffix or '(none)'!r}; expected one of {', '.join(ARTICLE_SUFFIXES)}"
        )
    return [path]


def _read_file(path: Path, date: dt.date | None) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    raw = _decode(path)
    if suffix in _TEXT:
        yield _article(str(path), clean_text(raw), "", date, None)
    elif suffix in _HTML:
        yield _read_html(path, raw, date)
    elif suffix == ".jsonl":
        yield from _read_jsonl(path, raw, date)
    else:
        yield from _read_csv(path, raw, date)


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in data:
        raise InputError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 (nor Windows-1252) text") from None
    logger.info("%s: not UTF-8, read as Windows-1252", path)
    return text


def _article(source: str, text: str, title: str, date: dt.date | None, meta_date: dt.date | None) -> Article:
    """An Article from cleaned text: headline first, title from metadata or the headline line."""
    text = text.strip()
    if not text:
        raise InputError(f"{source}: no article text left after cleaning")
    title = " ".join(title.split())
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    title = title or _headline(text)
    return Article.from_text(text, source=source, title=title, date=date or meta_date or _text_date(text))


def _headline(text: str) -> str:
    """The first line when it looks like a headline: short and without a final period (an ellipsis may end it)."""
    first = text.split("\n", 1)[0].strip()
    words = len(first.split())
    if 0 < words <= _HEADLINE_MAX_WORDS and len(first) <= _HEADLINE_MAX_CHARS and not re.search(r"(?<!\.\.)\.$|[:;,]$", first):
        return first
    return ""


def _text_date(text: str) -> dt.date | None:
    """A publication date near the top: a short date line, or a dateline ("CITY, April 23, 2018 --")."""
    for block in text.split("\n\n")[:_DATE_BLOCKS]:
        for line in block.split("\n"):
            if len(line.split()) <= _DATE_LINE_WORDS:
                found = find_date(line)
                if found:
                    return found
        dateline = _DATELINE.match(block)
        if dateline:
            found = find_date(dateline.group("head") or dateline.group("paren") or "")
            if found:
                return found
    return None


def _parse_date(value: object) -> dt.date | None:
    """A metadata date: ISO 8601 with or without a time, or any written full date."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return find_date(value)


def _read_html(path: Path, raw: str, date: dt.date | None) -> Article:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        doc = trafilatura.bare_extraction(
            raw,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises many types on malformed markup
        raise InputError(f"{path}: HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    body = getattr(doc, "text", None) if doc is not None else None
    if not body:
        raise InputError(f"{path}: no article text found in the HTML")
    paragraphs = "\n\n".join(line for line in body.split("\n") if line.strip())
    return _article(str(path), clean_text(paragraphs), doc.title or "", date, _parse_date(doc.date))


def _row_article(path: Path, key: object, row: dict, date: dt.date | None) -> Article | InputError:
    source = f"{path}#{key}"
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(f"{source}: no 'text' field")
    title = row.get("title")
    meta_date = _parse_date(row.get("published")) or _parse_date(row.get("date"))
    try:
        return _article(source, clean_text(text), title if isinstance(title, str) else "", date, meta_date)
    except InputError as exc:
        return exc


def _row_key(row: dict, number: int) -> str:
    key = row.get("id")
    return str(key).strip() if key is not None and str(key).strip() else str(number)


def _read_jsonl(path: Path, raw: str, date: dt.date | None) -> Iterator[Article | InputError]:
    """One article per JSON line; a bad line is reported and the rest still read."""
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{path}: line {number}: bad JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            yield InputError(f"{path}: line {number}: not a JSON object")
            continue
        yield _row_article(path, _row_key(row, number), row, date)


def _read_csv(path: Path, raw: str, date: dt.date | None) -> Iterator[Article | InputError]:
    """One article per row with columns text, title, date, id, url; rows are numbered from 1."""
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    try:
        if not reader.fieldnames or "text" not in reader.fieldnames:
            raise InputError(f"{path}: no 'text' column (columns: {', '.join(reader.fieldnames or [])})")
        for number, row in enumerate(reader, start=1):
            yield _row_article(path, _row_key(row, number), row, date)
    except csv.Error as exc:
        raise InputError(f"{path}: bad CSV ({exc})") from None
