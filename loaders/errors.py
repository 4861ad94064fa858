"""The errors newsgraph raises for user mistakes: the CLI prints them as one line."""
from __future__ import annotations

__all__ = ["NewsgraphError", "InputError", "ModelError"]


class NewsgraphError(Exception):
    """A user-facing problem: bad input, a missing model, a bad option value."""


class InputError(NewsgraphError):
    """An article or graph file that cannot be read; the message names the file and the cause."""


class ModelError(NewsgraphError):
    """A spaCy pipeline that is not installed or not usable."""
