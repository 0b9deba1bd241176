"""Extraction: from one cleaned article to places, dates, sectors, actors and events.

The chain is a list of small steps; each reads the ``Doc`` (and what earlier
steps found) and returns its own findings. Later steps rely on earlier ones:
actors take their side from places, events take host, guest and dates from
places, actors and dates.
"""
from __future__ import annotations

from .mentions import Actor, DateMention, Doc, Event, Place, SectorHit

__all__ = ["Actor", "DateMention", "Doc", "Event", "Place", "SectorHit", "extract_doc"]


def extract_doc(doc: Doc) -> Doc:
    """Run every extraction step on ``doc`` and return it, filled in.

    >>> d = extract_doc(Doc(article_id="x", text="山西省代表团访问纽约州。"))
    >>> sorted({p.region for p in d.places})
    ['CN-SX', 'US-NY']
    """
    from .actors import find_actors
    from .dates import find_dates
    from .events import find_events
    from .places import find_places
    from .sectors import find_sectors

    doc.places = find_places(doc)
    doc.dates = find_dates(doc)
    doc.sectors = find_sectors(doc)
    doc.actors = find_actors(doc)
    doc.events = find_events(doc)
    return doc
