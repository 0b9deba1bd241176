"""Places: gazetteer matching of provinces, states, prefectures, counties, cities, countries.

Three passes over a length-preserving simplified copy of the text:

1. gazetteer names, leftmost-longest (:func:`tradeviz.extract.gazetteer.scan`);
   a name inside a slogan or policy name (长江经济带, 一带一路) is dropped;
2. an English city name that several places share takes the state written
   next to it ("Columbus, Georgia"), else the largest; bare "Washington" is
   the state where the article names Washington State or pairs it with a
   Chinese province (Washington-Sichuan), else the capital (US-DC);
3. one-character abbreviations (川, 渝, 美) on the characters no name covers,
   only in the constructions news uses: compounds of abbreviations (川浙,
   京津冀, 中美) and after/before the words of ``abbr_contexts.csv`` (来渝,
   援疆, 浙商).
"""
from __future__ import annotations

import re

from . import gazetteer as gz
from .mentions import Doc, Place

STATE_AFTER = re.compile(r",?\s*(?:the\s+)?(?:[Ss]tate of\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2}\b|[A-Z]\.[A-Z]\.)")
WASHINGTON = frozenset({"Washington", "华盛顿"})
JOINERS = re.compile(r"^\s*(?:-|–|—|/|、|与|和|and|,)\s*$")


def find_places(doc: Doc) -> list[Place]:
    """Every place mention in ``doc.text``, in text order, with its exact span.

    >>> [(p.name, p.region, p.country) for p in find_places(Doc("x", "四川省与浙江商会"))]
    [('四川省', 'CN-SC', 'CN'), ('浙江', 'CN-ZJ', 'CN')]
    >>> [(p.name, p.level, p.region) for p in find_places(Doc("x", "川浙两地企业来渝考察"))]
    [('川', 'province', 'CN-SC'), ('浙', 'province', 'CN-ZJ'), ('渝', 'province', 'CN-CQ')]
    """
    text = gz.to_simplified(doc.text)
    hits = gz.scan(text)
    places = [p for h in hits if not h.slogan for p in [place_of_hit(text, h)] if p is not None]
    places = resolve_washington(text, places)
    covered = bytearray(len(text))
    for h in hits:
        covered[h.start:h.end] = b"\x01" * (h.end - h.start)
    places += abbreviation_places(text, covered)
    places.sort(key=lambda p: (p.start, p.end))
    return places


def place_of_hit(text: str, hit: gz.Hit) -> Place | None:
    readings = gz.lookup(hit.surface)
    if not readings:
        return None
    e = readings[0]
    if len(readings) > 1 and gz.is_latin(hit.surface):
        e = reading_by_state(text, hit, readings) or e
    return Place(hit.surface, hit.start, hit.end, e.level, e.code, e.region, e.country)


def reading_by_state(text: str, hit: gz.Hit, readings) -> gz.Entry | None:
    """The reading of an ambiguous English city in the state written after it ("Columbus, Georgia")."""
    m = STATE_AFTER.match(text, hit.end)
    if not m:
        return None
    state = gz.us_state_codes().get(m.group(1).replace(".", ""))
    return next((e for e in readings if e.region == state), None) if state else None


def resolve_washington(text: str, places: list[Place]) -> list[Place]:
    """Bare Washington/华盛顿 as the state where the article points to the state, else the capital."""
    bare = [p for p in places if p.name in WASHINGTON and p.region == "US-DC"]
    if not bare:
        return places
    states = any(p.region == "US-WA" for p in places)
    explicit_dc = any(p.region == "US-DC" and p.name not in WASHINGTON for p in places)
    provinces = [p for p in places if p.country == "CN" and p.level == "province"]
    out = []
    for p in places:
        if p in bare and not explicit_dc and (states or paired_with_province(text, p, provinces)):
            p = Place(p.name, p.start, p.end, "province", "US-WA", "US-WA", "US")
        out.append(p)
    return out


def paired_with_province(text: str, p: Place, provinces: list[Place]) -> bool:
    """True when a Chinese province is joined to ``p`` by a dash, slash, 与/和/and (Washington-Sichuan)."""
    for q in provinces:
        gap = text[p.end:q.start] if q.start >= p.end else text[q.end:p.start]
        if len(gap) <= 5 and JOINERS.match(gap):
            return True
    return False


def abbreviation_places(text: str, covered: bytearray) -> list[Place]:
    """Places written as one-character abbreviations, on characters no gazetteer name covers."""
    abbr = gz.abbreviations()
    out: list[Place] = []
    i, n = 0, len(text)
    while i < n:
        if covered[i] or not any((text[i], s) in abbr for s in ("cn", "world")):
            i += 1
            continue
        j = i
        while j < n and not covered[j] and any((text[j], s) in abbr for s in ("cn", "world")):
            j += 1
        out += run_places(text, i, j)
        i = j
    return out


def run_places(text: str, i: int, j: int) -> list[Place]:
    """Places in a run ``text[i:j]`` of abbreviation characters.

    A compound needs three characters or one that is not compound-only
    (新成果 is no Xinjiang-Chengdu pair; 津甘, 甘青宁 are compounds), and a
    two-character one must not end in the first half of a word (新台阶).
    """
    abbr = gz.abbreviations()
    run = text[i:j]
    if len(run) >= 2 and run[0] == "中":
        chain = compound_chain(run, "world")
        if len(chain) >= 2:
            return [abbr_place(text, i + k, abbr[(run[k], "world")]) for k in range(len(chain))]
    chain = compound_chain(run, "cn")
    if len(chain) >= 3 or (len(chain) == 2 and any(abbr[(c, "cn")].strength != "compound" for c in chain)
                           and text[i + 1:i + 3] not in gz.ordinary_bigrams()):
        places = [abbr_place(text, i + k, abbr[(run[k], "cn")]) for k in range(len(chain))]
        return places + run_places(text, i + len(chain), j) if i + len(chain) < j else places
    places = []
    for k in range(i, j):
        a = contextual_abbreviation(text, k)
        if a is not None:
            places.append(abbr_place(text, k, a))
    return places


def compound_chain(run: str, set_: str) -> str:
    """The longest prefix of ``run`` that reads as a compound of abbreviations of one set (川浙, 中美)."""
    abbr = gz.abbreviations()
    k = 0
    while k < len(run) and (run[k], set_) in abbr:
        if k > 0:
            a, b = abbr[(run[k - 1], set_)], abbr[(run[k], set_)]
            if a.code == b.code or run[k - 1:k + 1] in gz.rejected_pairs():
                break
        k += 1
    return run[:k]


def contextual_abbreviation(text: str, k: int) -> gz.Abbreviation | None:
    """The abbreviation at ``text[k]`` when a context word makes it a place (来渝, 浙商), else None."""
    before, after = gz.abbreviation_contexts()
    abbr = gz.abbreviations()
    for set_ in ("cn", "world"):
        a = abbr.get((text[k], set_))
        if a is None or a.strength == "compound":
            continue
        ok = lambda applies: applies == "all" or a.strength == "strong"
        words = gz.ordinary_bigrams()
        if text[k:k + 2] not in words and any(text.endswith(w, 0, k) and ok(v) for w, v in before.items()):
            return a        # 来渝, not 在京东
        for w, v in after.items():
            if text.startswith(w, k + 1) and ok(v) and text[k - 1:k + 1] not in words \
                    and text[k + 1:k + 1 + len(w) + 1] not in words:
                return a    # 浙商, not 平台资源
    return None


def abbr_place(text: str, k: int, a: gz.Abbreviation) -> Place:
    if a.level == "country":
        return Place(text[k], k, k + 1, "country", a.code, "", a.code)
    if a.level == "province":
        return Place(text[k], k, k + 1, "province", a.code, a.code, gz.country_of_region(a.code))
    e = gz.by_code(a.code)
    return Place(text[k], k, k + 1, a.level, a.code, e.region if e else "", e.country if e else "CN")
