"""Sectors: lexicon terms mapped to ISIC Rev.4."""
from __future__ import annotations

from .mentions import Doc, SectorHit


def find_sectors(doc: Doc) -> list[SectorHit]:
    """Every sector term in ``doc.text`` (stub: to be implemented)."""
    return []
