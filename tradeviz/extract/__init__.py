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
    doc.places = drop_places_inside_persons(doc.places, doc.actors)
    doc.events = find_events(doc)
    return doc


def drop_places_inside_persons(places: list[Place], actors: list[Actor]) -> list[Place]:
    """Places that are not a person's name (a person may be named 岳阳).

    A place is dropped when its span lies inside a person's span, or when it is
    written exactly as a person's name is: once 岳阳 is a person in an article,
    the bare 岳阳 there is that person, while 岳阳市 stays a place.

    >>> p = Place("岳阳", 5, 7, "prefecture", "430600", "CN-HN", "CN")
    >>> a = Actor("岳阳", "person", "副主任", "CN-ZJ", 5, 7)
    >>> drop_places_inside_persons([p], [a])
    []
    """
    persons = [a for a in actors if a.kind == "person"]
    names = {a.name for a in persons}
    spans = [(a.start, a.end) for a in persons]
    return [p for p in places
            if p.name not in names and not any(s <= p.start and p.end <= e for s, e in spans)]
