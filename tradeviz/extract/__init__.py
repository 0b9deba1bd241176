"""Extraction: from one cleaned article to places, dates, sectors, actors and events.

The chain is a list of small steps; each reads the ``Doc`` (and what earlier
steps found) and returns its own findings. Later steps rely on earlier ones:
actors take their side from places, events take host, guest and dates from
places, actors and dates.
"""
from __future__ import annotations

import bisect
import itertools

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
    doc.places = drop_places_inside_persons(doc.places, doc.actors, doc.text)
    doc.events = find_events(doc)
    return doc


def drop_places_inside_persons(places: list[Place], actors: list[Actor], text: str = "") -> list[Place]:
    """Places that are not (part of) a person's name: a person may be named 岳阳 or 杨海宁.

    A place is dropped when it lies inside any mention of a person's name in
    ``text`` (actors may record one span per person, names recur), or when it
    is written exactly as a person's name: once 岳阳 is a person in an article,
    the bare 岳阳 there is that person, while 岳阳市 stays a place.

    >>> p = Place("岳阳", 5, 7, "prefecture", "430600", "CN-HN", "CN")
    >>> a = Actor("岳阳", "person", "副主任", "CN-ZJ", 5, 7)
    >>> drop_places_inside_persons([p], [a])
    []
    >>> r = Place("Tai'an", 27, 33, "prefecture", "370900", "CN-SD", "CN")
    >>> drop_places_inside_persons([r], [Actor("黄泰安", "person", "", "", 0, 3, "Huang Tai'an")], "黄泰安副市长出席。 Vice Mayor Huang Tai'an")
    []
    >>> text = "副州长杨海宁出席。杨海宁表示欢迎。"
    >>> q = Place("海宁", 10, 12, "county", "330481", "CN-ZJ", "CN")
    >>> drop_places_inside_persons([q], [Actor("杨海宁", "person", "副州长", "", 3, 6)], text)
    []
    """
    persons = [a for a in actors if a.kind == "person"]
    # a bilingual article's person is one actor with both names: Huang Tai'an holds Tai'an too
    names = {a.name for a in persons} | {a.name_en for a in persons if a.name_en}
    spans = [(a.start, a.end) for a in persons]
    for name in names:
        start = text.find(name)
        while len(name) > 1 and start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + len(name))
    # a place lies inside a span when one of the spans starting at or before it ends at or after it
    spans.sort()
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    return [p for p in places if p.name not in names
            and not ((k := bisect.bisect_right(starts, p.start)) and reach[k - 1] >= p.end)]
