"""Reading: paths, folders, globs, tables, strings and DataFrames into raw articles.

STUB, to be replaced: reads .txt files as UTF-8 only.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator


@dataclass(slots=True)
class RawArticle:
    """One input article before cleaning: the undecoded bytes (or a str)."""

    source: str                     # path as given, id column value, or "<text N>"
    data: bytes | str
    kind: str = "txt"               # txt | html | md
    meta: dict = field(default_factory=dict)   # title/url/date/id from table columns
    error: str = ""                 # set when the input could not be read at all
    article_id: str = ""


def iter_raw(inputs) -> Iterator[RawArticle]:
    """Raw articles from ``inputs`` in a stable order."""
    for p in [inputs] if isinstance(inputs, (str, Path)) else inputs:
        p = Path(p)
        files = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
        for f in files:
            data = f.read_bytes()
            yield RawArticle(source=str(f), data=data,
                             article_id=hashlib.sha256(f.name.encode() + b"\0" + data).hexdigest()[:16])
