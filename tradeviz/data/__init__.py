"""The package's data files (gazetteers, lexicons, calendars, patterns) and their loaders.

Every file here is UTF-8; lines starting with ``#`` are comments, and the first
of them names the file's source. These small readers are the one way code
reads the files, so that each step's loader (cached in its own module) only
says which file it wants and what it builds from it.
"""
from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path


def path(name: str) -> Path:
    """The path of data file ``name`` (may include a folder, e.g. ``places/cn_names.csv``).

    >>> path("fairs.csv").name
    'fairs.csv'
    """
    return Path(str(resources.files(__name__).joinpath(name)))


def text(name: str) -> str:
    """The whole text of data file ``name``."""
    return path(name).read_text(encoding="utf-8")


def lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of data file ``name``, stripped.

    >>> lines("non_actor_roles.txt")[:2]
    ['本报记者', '特约记者']
    """
    with open(path(name), encoding="utf-8") as f:
        return [s for s in (line.strip() for line in f) if s and not s.startswith("#")]


def rows(name: str) -> list[dict[str, str]]:
    """Rows of CSV data file ``name`` as dicts, comment lines skipped.

    >>> rows("fairs.csv")[0]["key"]
    'ciie'
    """
    with open(path(name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))
