"""Which side (region or country code) an actor belongs to, from the places around it."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import accumulate

from .mentions import Doc, Place

# titles whose holder belongs to the article's own province or city even with no place named
_IMPLICIT_SIDE = re.compile("^省|^市|省长|市长|省委|市委|自治区|区委|县长|省人大|市人大|省政协|市政协|省政府|市政府|厅|局|委")


_NATIONAL = re.compile("^(?:中共中央|中央|国家|国务院|全国)")
_LATIN = re.compile("[A-Za-z]")
# the five province-level autonomous regions (自治区), ISO 3166-2:CN
_AUTONOMOUS = {"CN-XZ", "CN-XJ", "CN-GX", "CN-NM", "CN-NX"}


def place_code(p: Place) -> str:
    """The side code of a place: its province/state, or its country."""
    return p.region or p.country


class _PlacesIndex:
    """The places of one article ordered by start, and its main regions, built once per list.

    >>> ps = [Place("纽约", 4, 6, "city", "", "US-NY", "US"), Place("山西", 0, 2, "province", "CN-SX", "CN-SX", "CN")]
    >>> [p.name for p in _PlacesIndex(ps).within(0, 6)]
    ['纽约', '山西']
    """

    __slots__ = ("places", "size", "order", "starts", "mains", "widest")

    def __init__(self, places: list[Place]):
        self.places, self.size = places, len(places)
        by_start = sorted([(p.start, k) for k, p in enumerate(places)])
        self.order = [k for _, k in by_start]
        self.starts = [s for s, _ in by_start]
        self.mains: dict[tuple[str, str], str] = {}
        self.widest: list[int] | None = None

    def covers(self, start: int, end: int) -> bool:
        """Whether one place spans ``[start, end)``: among the places opening at or before
        ``start`` (a prefix in start order), the widest end decides."""
        if self.widest is None:
            self.widest = list(accumulate((self.places[k].end for k in self.order), max))
        k = bisect_right(self.starts, start)
        return k > 0 and self.widest[k - 1] >= end

    def within(self, start: int, end: int) -> list[Place]:
        """``[p for p in places if p.start >= start and p.end <= end]``, in the list's order."""
        lo, hi = bisect_left(self.starts, start), bisect_right(self.starts, end)
        if lo == hi:
            return []   # the common case: no place starts inside
        places, order = self.places, self.order
        ks = sorted(order[j] for j in range(lo, hi) if places[order[j]].end <= end)
        return [places[k] for k in ks]


_last_index: list[_PlacesIndex | None] = [None]


def _index_of(doc: Doc) -> _PlacesIndex:
    """The index of ``doc.places``, reused while the same list (same object, same length) is asked
    about: the chain sets a new list rather than editing one, and the held reference keeps its id unique."""
    idx = _last_index[0]
    places = doc.places
    if idx is None or idx.places is not places or idx.size != len(places):
        idx = _last_index[0] = _PlacesIndex(places)
    return idx


def inside_place(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc.text[start:end]`` lies inside one of ``doc.places``.

    >>> d = Doc("x", "浙江省经信委", places=[Place("浙江省", 0, 3, "province", "CN-ZJ", "CN-ZJ", "CN")])
    >>> inside_place(d, 1, 3), inside_place(d, 2, 4)
    (True, False)
    """
    return _index_of(doc).covers(start, end)


def main_region(doc: Doc, country: str = "") -> str:
    """The region named most often in the article, or ''.

    >>> d = Doc("x", "山西山西纽约", places=[Place("山西", 0, 2, "province", "CN-SX", "CN-SX", "CN"),
    ...     Place("山西", 2, 4, "province", "CN-SX", "CN-SX", "CN"), Place("纽约", 4, 6, "city", "", "US-NY", "US")])
    >>> main_region(d)
    'CN-SX'
    """
    return _most_named(doc, ("", country), lambda p: not country or p.country == country)


def main_foreign_region(doc: Doc, home: str = "CN") -> str:
    """The region named most often in the article outside ``home`` (a US state, a Japanese prefecture), or ''.

    >>> d = Doc("x", "山西纽约纽约", places=[Place("山西", 0, 2, "province", "CN-SX", "CN-SX", "CN"),
    ...     Place("纽约", 2, 4, "city", "", "US-NY", "US"), Place("纽约", 4, 6, "city", "", "US-NY", "US")])
    >>> main_foreign_region(d)
    'US-NY'
    """
    return _most_named(doc, ("foreign", home), lambda p: p.country and p.country != home)


def _most_named(doc: Doc, key: tuple, keep) -> str:
    """The region named most often among the places ``keep`` accepts, counted once per
    article and ``key``."""
    mains = _index_of(doc).mains
    if key not in mains:
        counts = Counter(p.region for p in doc.places if p.region and keep(p))
        mains[key] = counts.most_common(1)[0][0] if counts else ""
    return mains[key]


def region_of_span(doc: Doc, start: int, end: int, title: str = "") -> str:
    """The side of an actor whose title/name covers ``doc.text[start:end]``.

    ``X驻Y大使`` belongs to X; otherwise the first place below country level wins,
    then the article's main region for titles that imply one (省长, 市委书记).

    >>> d = Doc("x", "浙江省经信委副主任岳阳", places=[Place("浙江省", 0, 3, "province", "CN-ZJ", "CN-ZJ", "CN")])
    >>> region_of_span(d, 0, 11)
    'CN-ZJ'
    """
    inside = _index_of(doc).within(start, end)
    if inside:
        k = doc.text.find("驻", start, end)
        k = k - start if k >= 0 else -1
        if k >= 0:
            first = [p for p in inside if p.start < start + k]
            if first:
                return place_code(first[-1])
        # the body's own place comes first: 山西援疆前方指挥部, 美国加州州长
        specific = [p for p in inside if p.region]
        return place_code(specific[0] if specific else inside[-1])
    if title and _NATIONAL.match(title):
        return "CN"   # 中共中央对外联络部副部长: a national body
    if title and "自治区" in title:
        counts = Counter(p.region for p in doc.places if p.region in _AUTONOMOUS)
        if counts:
            return counts.most_common(1)[0][0]
    if title and _IMPLICIT_SIDE.search(title) and not _LATIN.search(title):
        return main_region(doc, "CN")   # 副省长 with no place: the article's Chinese province
    return ""
