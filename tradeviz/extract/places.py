"""Places: gazetteer matching of provinces, states, prefectures, counties, cities, countries."""
from __future__ import annotations

from .mentions import Doc, Place


def find_places(doc: Doc) -> list[Place]:
    """Every place mention in ``doc.text`` (stub: to be implemented)."""
    return []
