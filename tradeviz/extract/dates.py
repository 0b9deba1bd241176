"""Dates: absolute, partial, relative and ranged dates resolved to partial ISO 8601."""
from __future__ import annotations

from .mentions import DateMention, Doc


def find_dates(doc: Doc) -> list[DateMention]:
    """Every date mention in ``doc.text`` (stub: to be implemented)."""
    return []
