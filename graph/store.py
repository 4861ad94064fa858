"""Load, write and update graph files: format from the suffix, atomic writes, incremental updates by content hash."""
from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset, Graph

from graph.rdf import bind_prefixes, to_graph
from graph.serialize import format_for_path, serialize
from graph.vocab import NG
from loaders.errors import InputError, NewsgraphError
from loaders.records import Extraction

__all__ = ["load_graph", "write_graph", "atomic_write", "article_hashes", "update_graph"]

log = logging.getLogger(__name__)

# Our format names -> rdflib parser names.
_PARSERS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def load_graph(path: str | Path) -> Graph:
    """Read a graph file (format from its suffix); TriG named graphs are merged into one graph.

    A missing or unparsable file raises InputError("PATH: cause").
    """
    path = Path(path)
    try:
        fmt = format_for_path(path)
    except NewsgraphError as error:
        raise InputError(str(error)) from None
    if not path.is_file():
        raise InputError(f"{path}: no such graph file")
    try:
        if fmt == "trig":
            dataset = Dataset()
            dataset.parse(path, format="trig")
            kg = Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                kg.add((s, p, o))
        else:
            kg = Graph()
            kg.parse(path, format=_PARSERS[fmt])
    except Exception as error:  # rdflib raises many unrelated types for bad input
        raise InputError(f"{path}: cannot parse as {fmt}: {_one_line(error)}") from None
    return bind_prefixes(kg)


def write_graph(kg: Graph, path: str | Path, fmt: str | None = None) -> None:
    """Serialise kg to path atomically (see atomic_write)."""
    path = Path(path)
    fmt = fmt or format_for_path(path)
    data = serialize(kg, fmt).encode("utf-8")
    atomic_write(path, lambda out: out.write(data))
    log.info("wrote %s (%s, %d triples)", path, fmt, len(kg))


def atomic_write(path: str | Path, write: Callable[[BinaryIO], object]) -> None:
    """Write through `write(file)` into a temporary file beside `path`, then move it over `path` in one step.

    Missing folders are created; a failure leaves any existing file as it was and no temporary file behind;
    the new file keeps the old one's permissions (or gets the usual umask-based ones).
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise NewsgraphError(f"{path}: cannot write: {error.strerror or _one_line(error)}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        _copy_mode(path, temp)
        os.replace(temp, path)
    except BaseException as error:
        Path(temp).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise NewsgraphError(f"{path}: cannot write: {error.strerror or _one_line(error)}") from None
        raise


def _copy_mode(path: Path, temp: str) -> None:
    """Give the new file the old file's permissions, or the usual umask-based ones (mkstemp makes it 0600)."""
    if path.exists():
        os.chmod(temp, path.stat().st_mode & 0o7777)
    else:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)


def article_hashes(kg: Graph) -> set[str]:
    """The content hashes of the articles in kg."""
    return {str(h) for h in kg.objects(None, NG.contentHash)}


def update_graph(path: str | Path, extractions: Iterable[Extraction]) -> tuple[Graph, int]:
    """Add the articles whose content hash is new to the graph file at path (created if missing).

    Returns the graph and the number of articles added. The file is rewritten atomically and only if something
    was added; on any error (bad file, failing extractions, unwritable folder) it is left as it was.
    """
    path = Path(path)
    kg = load_graph(path) if path.exists() else bind_prefixes(Graph())
    before = article_hashes(kg)
    to_graph(extractions, kg)
    added = len(article_hashes(kg) - before)
    if added or not path.exists():
        write_graph(kg, path)
    else:
        log.info("%s: no new articles; file left unchanged", path)
    return kg, added

