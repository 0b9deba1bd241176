"""What the extraction steps find in one document.

Each step of the chain (places, dates, sectors, actors, events) returns a list
of one of these records; :mod:`tradeviz.tabulate` turns them into table rows.
Offsets (``start``/``end``) index ``Doc.text`` so later steps can look at the
context of an earlier step's finding.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Place:
    name: str          # surface form, as in the (simplified) text
    start: int
    end: int
    level: str         # country | province | prefecture | county | city
    code: str          # most specific code: ISO 3166-2, ISO 3166-1 or GB/T 2260
    region: str        # ISO 3166-2 of the province/state it lies in; "" for a country
    country: str       # ISO 3166-1 alpha-2


@dataclass(frozen=True, slots=True)
class DateMention:
    start: str         # partial ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD, or ""
    end: str
    begin: int         # character span in Doc.text
    stop: int
    text: str          # the surface form
    relative: bool = False   # resolved against the publication date


@dataclass(frozen=True, slots=True)
class SectorHit:
    isic: str          # ISIC Rev.4: section letter, optionally a division (C28)
    sector: str        # library label
    term: str          # surface term in the text
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: str          # person | government | company | association | education | other_org
    title: str
    region: str        # ISO 3166-2 or ISO 3166-1 of the actor's side, or ""
    start: int
    end: int
    name_en: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    event_type: str    # visit | meeting | forum | expo | signing | promotion | other
    start: str
    end: str
    host: str
    guest: str
    scope: str         # us_china | interprovincial | international | domestic
    primary: bool
    evidence: str


@dataclass(slots=True)
class Doc:
    """One cleaned article on its way through the extraction chain.

    ``text`` is cleaned and in simplified Chinese; ``parts`` lists the
    language parts of a bilingual article as ``(language, start, end)``.
    The chain fills the lists below in order.
    """

    article_id: str
    text: str
    title: str = ""
    published: str = ""
    language: str = ""
    url: str = ""
    parts: list[tuple[str, int, int]] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    sectors: list[SectorHit] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
