"""Reading the rule and gazetteer tables: tab-separated, a header line, '#' comment lines and blank lines skipped."""
from __future__ import annotations

import csv
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

__all__ = ["DATA", "read_table"]

#: The folder of loaders' data files, wherever the package is installed.
DATA: Traversable = resources.files("loaders").joinpath("data")


def read_table(path: Path | Traversable) -> list[dict[str, str]]:
    """The rows of a TSV data file as dicts keyed by its header, in file order."""
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
