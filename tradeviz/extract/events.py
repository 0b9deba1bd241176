"""Events: the exchanges an article reports, with type, dates, host, guest and scope.

An event is read from one sentence: its type from the first of its
highest-weighted trigger words (``data/event_triggers.csv``: verbs such as
会见 outrank the noun 代表团; ceremony-like words count only when nothing
stronger is there), its dates from the date mentions in the sentence, its host from
the place the sentence puts the event in (在X举行, 来X, 赴X, 访问X, held in X,
visit X) or the venue of a recurring fair (``data/fairs.csv``), its guest from
the travelling side (X代表团, X一行, the subject of X访问Y, a leader's region).
The primary event is the one of the headline or, where the headline has no
exchange word, of the lead (photo captions last); what the headline leaves open
(dates, a side) is taken from the first body sentence telling the same event.
A headline about a signing yields to a visit, meeting, forum, fair or promotion
that the lead reports: the signing is its outcome (and such a headline is often
a sub-headline whose main headline cleaning did not keep). A headline naming a
fair (with a known venue) and then a later leg of the trip (参加…峰会并访问X) is
about the fair: its venue hosts. The primary event's
dates are made as precise as the report makes them: a year or month (from an
event name, last week) gives way to a day inside it told for the same event,
a single day (an opening) to a range that starts on it, or to the run a
sentence about the same event states (本届博览会为期6天). A secondary exchange
the text gives no date of happens in the story's time: on the story's day where
it is set at the story's event (会上, 推介会现场), else in the story's month.
Names are no sides: a place in a fair's name (中国国际消费品博览会), and a bare
country holding the other side (中国 against Hainan) gives way to the side the
article names most. A signing word naming a tie whose anniversary is marked
(缔结友好省州40周年) tells no signing; a place goods go to (send … to China,
出口到美国) hosts nothing; a dateline's day (…9月27日电, (Xinhua), CITY (March
14, 2024) –) is when the report was filed. A headline under a masthead (a
short line on its own) reads its dates below it, and a single opening day runs
on to the last day a sentence of the same event tells alone (…至19日结束).
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from operator import attrgetter
from dataclasses import dataclass
from datetime import date, timedelta

from .. import data
from .dates import (_CLOSES, _END_BEFORE, duration_days, find_fairs, paragraph_spans, parse_partial,
                    sentence_spans)
from .literal import caseless_matches, matches_from, word_starts
from .mentions import Doc, Event, Place

_HOST_BEFORE_ZH = re.compile(r"(?:(?:(?<![存正现实所])在|(?<![位属由对关等善基鉴处])于|(?<![以未将])来|赴|(?<![达直口运送卖售])到|抵|抵达|莅临|前往|来到|走进|做客|访)了?|(?:访问|到访|出访|考察)[^\s，,。；、]{0,2})$")
_VISIT_VERB_ZH = re.compile(r"(?:(?:来|赴|到|抵达|前往|来到|走进|访)了?|(?:访问|到访|出访|考察)[^\s，,。；、]{0,2})$")
_HOST_BEFORE_EN = re.compile(r"\b(?:held in|took place in|hosted in|opened in|arrived in|arrives in|travell?ed to|trip to|"
                             r"visit|visits|visited|visiting|went to|came to|in|to|at)\s+(?:the\s+)?$", re.I)
# "opened at the Hilton Columbus Downtown": a venue's name before its city.
_VENUE_BEFORE_EN = re.compile(r"\b(?:at|in)\s+the\s+(?:[A-Z][\w'&.-]*\s+){1,3}$")
_VISIT_VERB_EN = re.compile(r"\b(?:arrived in|arrives in|travell?ed to|trip to|visit|visits|visited|visiting|went to|"
                            r"came to|to)\s+(?:the\s+)?$", re.I)
_GUEST_AFTER_ZH = re.compile(r"^[\u4e00-\u9fff·•]{0,10}?(?:代表团|考察团|招商团|经贸团|访问团|采购团|交易团|贸易团|企业团|"
                             r"商务团|投资团|团组|一行|客商|组团)")
# 大连市副市长卢林会见代表团: the place's official receives the delegation; it is not the delegation's home.
_RECEIVES = re.compile(r"会见|会晤|接见|见了|欢迎|陪同|宴请|迎接|看望|会谈|接待")
_GUEST_AFTER_EN = re.compile(r"^(?:'s)?\s*(?:[A-Za-z]+\s+){0,3}?(?:delegation|delegations|mission)\b", re.I)
_GUEST_BEFORE_EN = re.compile(r"\b(?:delegation|delegations|mission|guests?|visitors?)\s+from\s+(?:the\s+)?$", re.I)
_APPOSITION_EN = re.compile(r"[A-Z][\w.-]*\s+in\s+(?:the\s+)?$")
# 来我省: the publisher's own province receives; at least the Chinese side hosts.
_OUR_HOST_ZH = re.compile(r"(?:来|到|赴|访问|莅临|抵达|来到|走进)(?:我省|我市|我区|本省|本市)")
# 我省代表团: the publisher's own province, unnamed; at least the Chinese side.
_OUR_SIDE_ZH = re.compile(r"(?:我省|我市|我区|本省|本市|我国)[\u4e00-\u9fff]{0,8}?(?:代表团|考察团|招商团|经贸团|企业团|采购团|交易团|组团)")
# The side 我省/我市 names without naming it: resolved to the region the article names most.
# Kept apart from a China written as such (中国采购团), which stays the country.
OWN = "CN*"
_LEAD_AFTER = re.compile(r"[^，,。；]{0,12}?(?:率|带领|带队|率领|领队|一行)|[^.;]{0,40}?\bled\b")   # used with .match(text, pos)
# 成都9月27日电, 4月14日16时30分讯, 台北16日综合外电报导, Oct. 12 (Xinhua) --, SALT LAKE CITY (March 14, 2024) – : when the report was filed
_DATELINE_AFTER = re.compile(r"\s*(?:\d{1,2}[时:：]\d{0,2}分?\s*)?(?:电|讯|综合(?:外电)?报[导道]|[（(]\s*(?:Xinhua|AP|Reuters|AFP|UPI|CNS|记者|新华|中新)|[)）]\s*(?:--|–|—|-)\s)")
_CLAUSE_END = re.compile(r"[，,。；;！？!?]")
_BACKGROUND_ZH = re.compile(r"去年|前年|此前|曾经|曾于|曾在|早在|上世纪|多年来|以来|继[^，,。]{0,60}?后")
_BACKGROUND_EN = re.compile(r"\b(?:last year|previously|in the past|since (?:19|20)\d\d|(?:in|In) (?:19|20)\d\d)\b")
# send/export/ship … to China: where goods go, not where the event is.
_GOODS_TO_EN = re.compile(r"\b(?:send|sends|sent|sending|ship|ships|shipped|shipping|export|exports|exported|exporting|"
                          r"sell|sells|sold|selling|deliver|delivers|delivered|supply|supplies|supplied|donate|donates|"
                          r"donated|flow|flows|sale|sales|shipment|shipments)\b(?:[^.;,!?]|,(?=\d)){0,80}?\bto\s+(?:the\s+)?$", re.I)
# 缔结友好省州40周年, the 40th anniversary of the sister-state relationship: a tie made long ago
# that is being celebrated; its signing words tell no signing now.
_ANNIV_AFTER_ZH = re.compile(r"[^，,。；;、暨并]{0,12}?(?:[0-9]{1,3}|[一二三四五六七八九十百两]{1,4})\s*周年")
_GOODS_STEMS = ("sen", "ship", "export", "sell", "sold", "deliver", "suppl", "donat", "flow", "sale")


def _goods_to(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] ends where goods are sent (_GOODS_TO_EN): an ASCII stretch naming
    none of its verbs is not searched."""
    part = text[a:b]
    if part.isascii():
        part = part.lower()
        if not any(w in part for w in _GOODS_STEMS):
            return False
    return bool(_GOODS_TO_EN.search(text, a, b))


_ANNIV_BEFORE_EN = re.compile(r"\banniversary\s+of\s+(?:the\s+)?[^,.;]{0,40}$", re.I)
_PRESENCE_EN = re.compile(r"\s*(?:,\s*[A-Z][\w-]+\s*)?(?:for|from|to attend)\b")


# not frozen (hashable all the same): an article makes dozens, and a frozen record costs twice as much to make
@dataclass(slots=True, unsafe_hash=True)
class Trigger:
    begin: int
    stop: int
    event_type: str
    weight: int


@functools.cache
def _triggers():
    import ahocorasick
    zh = ahocorasick.Automaton()
    en = []
    for r in data.rows("event_triggers.csv"):
        if r["lang"] == "zh":
            zh.add_word(r["trigger"], (r["trigger"], r["type"], int(r["weight"])))
        else:
            en.append((r["trigger"].lower(), r["type"], int(r["weight"])))
    zh.make_automaton()
    en.sort(key=lambda x: -len(x[0]))
    en_re = re.compile(r"\b(" + "|".join(re.escape(w) for w, _, _ in en) + r")\b", re.I)
    words = [w for w, _, _ in en]
    starts = word_starts(words) if all(w.isascii() for w in words) else None
    return zh, en_re, {w: (t, k) for w, t, k in en}, starts


@functools.cache
def _scan_by_runs() -> tuple[bool, bool]:
    """Whether the Chinese words can be looked for in the non-ASCII runs of a text only
    (none holds an ASCII character) and the English ones in its runs of ASCII that open
    with a letter (each opens with a lower-case letter and is ASCII)."""
    rows = data.rows("event_triggers.csv")
    zh = [r["trigger"] for r in rows if r["lang"] == "zh"]
    en = [r["trigger"].lower() for r in rows if r["lang"] != "zh"]
    return (not any(c.isascii() for w in zh for c in w),
            all(w.isascii() and "a" <= w[:1] <= "z" for w in en))


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_LATIN_RUN = re.compile(r"[a-z][\x00-\x7f]*")


def _zh_words(zh, text: str, by_runs: bool) -> list[tuple[int, int, str, int]]:
    """(begin, stop, type, weight) of the Chinese trigger words, as one ``iter_long`` over
    the text finds them. By runs: each non-ASCII run is scanned with the ASCII character
    after it, which no word holds, so the automaton leaves and enters each run at its
    root with nothing pending, as in the scan of the whole text."""
    if not by_runs:
        return [(end - len(w) + 1, end + 1, t, k) for end, (w, t, k) in zh.iter_long(text)]
    n, out = len(text), []
    for m in _NON_ASCII_RUN.finditer(text):
        for end, (w, t, k) in zh.iter_long(text, m.start(), min(m.end() + 1, n)):
            out.append((end - len(w) + 1, end + 1, t, k))
    return out


def _en_words(en_re: re.Pattern, starts, text: str, by_runs: bool) -> list[re.Match]:
    """``caseless_matches(en_re, starts, text)``; by runs, the automaton reads only the
    ASCII runs from their first letter on, where every word found lies."""
    if not by_runs:
        return caseless_matches(en_re, starts, text)
    low = text.lower()
    if starts is None or len(low) != len(text) or "ı" in text or "ſ" in text:
        return caseless_matches(en_re, starts, text)
    begins = sorted({end - n + 1 for m in _LATIN_RUN.finditer(low) for end, n in starts.iter(low, m.start(), m.end())})
    return matches_from(en_re, text, begins)


def find_triggers(text: str) -> list[Trigger]:
    """Event trigger words in ``text``, in order.

    >>> [(t.event_type, t.weight) for t in find_triggers("代表团访问山西 and signed an MOU")]
    [('visit', 2), ('visit', 3), ('signing', 3), ('signing', 3)]
    """
    zh, en_re, en, en_starts = _triggers()
    zh_runs, en_runs = _scan_by_runs()
    # an automaton reads a text at a cost per character: a mostly English text is read for
    # Chinese words in its non-ASCII runs only, a mostly Chinese one for English words in
    # its Latin runs only (each way finds the same)
    latin = len(text.encode("ascii", "ignore"))
    # (begin, stop, type, weight): Trigger records are made for the words kept only
    out = _zh_words(zh, text, zh_runs and latin * 4 > len(text) * 3)
    for m in _en_words(en_re, en_starts, text, en_runs and latin * 2 < len(text)):
        t, k = en[m.group(1).lower()]
        out.append((m.start(), m.end(), t, k))
    for f in find_fairs(text):
        out.append((f.begin, f.stop, "expo", 3))
    out.sort(key=_by_begin_longest)
    anniversary = None            # whether the text may mark one: asked at the first signing word
    dedup, last = [], -1
    for begin, stop, t, k in out:
        if begin >= last:
            if t == "signing" and anniversary is None:
                anniversary = _names_anniversary(text)
            if t == "signing" and anniversary and _anniversary_at(text, begin, stop):
                t, k = "other", 1
            dedup.append(Trigger(begin, stop, t, k))
            last = stop
    return dedup


def _by_begin_longest(t):
    return t[0], -t[1]


def _names_anniversary(text: str) -> bool:
    """Whether ``text`` may mark an anniversary at all: every _ANNIV_AFTER_ZH match holds
    周年, every _ANNIV_BEFORE_EN match "anniversary" in any case (ı, ſ and İ match i and s
    ignoring case; a text with them is searched as it is)."""
    return "周年" in text or "anniversary" in text.lower() or (
        not text.isascii() and ("ı" in text or "ſ" in text or "İ" in text))


def _anniversary_at(text: str, begin: int, stop: int) -> bool:
    """Whether the signing word text[begin:stop] names a tie whose anniversary is marked
    (缔结友好省州40周年, the 40th anniversary of the sister-state relationship): a weak
    word of celebration, no signing."""
    return bool(_ANNIV_AFTER_ZH.match(text, stop) or _ANNIV_BEFORE_EN.search(text, max(0, begin - 60), begin))


def side_of(place: Place) -> str:
    """The host/guest code of a place: a Chinese or US region, else the country.

    >>> side_of(Place("成都", 0, 2, "prefecture", "510100", "CN-SC", "CN"))
    'CN-SC'
    >>> side_of(Place("新潟县", 0, 3, "province", "JP-15", "JP-15", "JP"))
    'JP'
    """
    if place.country in ("CN", "US"):
        return place.region or place.country
    return place.country or place.region or place.code


def fair_host(fair) -> str:
    """The host side of a fair's venue: a Chinese or US region, else the country.

    >>> from tradeviz.extract.dates import fairs
    >>> {f.key: fair_host(f) for f in fairs() if f.key in ("canton", "hannover")}
    {'canton': 'CN-GD', 'hannover': 'DE'}
    """
    code = fair.host_region
    return code if code[:2] in ("CN", "US") else code[:2]


def scope_of(host: str, guest: str, international_fair: bool = False) -> str:
    """The scope of an event between ``host`` and ``guest``.

    >>> scope_of("CN-SX", "US-NY"), scope_of("CN-SC", "CN-ZJ"), scope_of("CN-HL", "JP")
    ('us_china', 'interprovincial', 'international')
    >>> scope_of("CN-SH", "CN-SX", international_fair=True), scope_of("CN-SC", "CN-SC")
    ('international', 'domestic')
    """
    h, g = host[:2], guest[:2]
    if h and g and h != g:           # two countries
        return "us_china" if {h, g} == {"CN", "US"} else "international"
    country = h or g                 # one country, or none
    if not country or country == "CN":
        if international_fair:
            return "international"
        return "interprovincial" if host and guest and host != guest else "domestic"
    return "domestic" if country == "US" else "international"


_START, _BEGIN = attrgetter("start"), attrgetter("begin")    # sort keys, in C


@functools.cache
def _demonyms():
    rows = data.rows("demonyms.csv")
    words = sorted((r["word"] for r in rows), key=len, reverse=True)
    pattern = re.compile("|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in words))
    # Every alternative begins with a literal word: the pattern can only match where one
    # of them begins, so those places are found (``_demonym_matches``) and the pattern is tried there only.
    return pattern, {r["word"]: r["country"] for r in rows}


@functools.cache
def _demonym_finder():
    """The Chinese demonyms by last character and length, an automaton of the English ones,
    and whether each English one opens with a capital (then found in capital-led ASCII runs only)."""
    _, codes = _demonyms()
    by_last: dict[str, dict[int, set[str]]] = {}
    for w in codes:
        if not w.isascii():
            by_last.setdefault(w[-1], {}).setdefault(len(w), set()).add(w)
    en = [w for w in codes if w.isascii()]
    return by_last, (word_starts(en) if en else None), all("A" <= w[:1] <= "Z" for w in en)


_CAPITAL_RUN = re.compile(r"[A-Z][\x00-\x7f]*")


def _demonym_matches(pattern: re.Pattern, words, text: str) -> list[re.Match]:
    """``literal_matches`` of the demonym pattern over ``words``: the places where a word
    begins are found the cheap way (a Chinese word by its last character, 方 for all of
    them; an English one in the ASCII runs that open with a capital) and the pattern is
    tried there only.

    >>> p, codes = _demonyms()
    >>> [m.group() for m in _demonym_matches(p, codes, "中方与美方 and the Chinese side; Chineseness")]
    ['中方', '美方', 'Chinese']
    """
    by_last, en_starts, capitals = _demonym_finder()
    begins = set()
    for c, by_len in by_last.items():
        i = text.find(c)
        while i >= 0:
            for n, ws in by_len.items():
                b = i - n + 1
                if b >= 0 and text[b:i + 1] in ws:
                    begins.add(b)
            i = text.find(c, i + 1)
    if en_starts is not None:
        if capitals:
            for m in _CAPITAL_RUN.finditer(text):
                for end, n in en_starts.iter(text, m.start(), m.end()):
                    begins.add(end - n + 1)
        elif text:
            begins.update(end - n + 1 for end, n in en_starts.iter(text))
    return matches_from(pattern, text, sorted(begins))


def _with_demonyms(text: str, places: list[Place]) -> list[Place]:
    """``places`` plus country sides named by an adjective (a Chinese delegation)
    or a 某方 word (中方, 美方) where no place stands there."""
    pattern, codes = _demonyms()
    found = _demonym_matches(pattern, codes, text)
    if not found:
        return places
    taken = [(p.start, p.end) for p in places]
    extra = [Place(m.group(), m.start(), m.end(), "country", codes[m.group()], "", codes[m.group()])
             for m in found
             if not any(a < m.end() and m.start() < b for a, b in taken)]
    return sorted(places + extra, key=_START) if extra else places


def _refined(code: str, codes: list[str]) -> str:
    """A bare country made specific where the sentences name exactly one of its regions."""
    if not code or "-" in code:
        return code
    regions = {c for c in codes if c.startswith(code + "-")}
    return regions.pop() if len(regions) == 1 else code


def _specific_code(places: list[Place], codes: list[str], i: int, text: str) -> str:
    """The side of places[i] (codes[k] is the side of places[k]), made specific by a region
    written right after it (美国加州代表团 → US-CA, not US; a delegation from China's Shaanxi province)."""
    code = codes[i]
    if "-" in code:
        return code          # a region already: nothing after it makes it more specific
    p = places[i]
    end = p.end
    for k in range(i + 1, min(i + 3, len(places))):
        q = places[k]
        if (q.start - end > 2 and not _POSSESSIVE.fullmatch(text, end, q.start)) or q.country != p.country:
            break
        if "-" in codes[k]:
            return codes[k]
        end = q.end
    return code


_POSSESSIVE = re.compile(r"['’]s\s+")
_COORD = re.compile(r"\s*(?:、|和|及|以及|,|，|and|&)\s*(?:the\s+)?$", re.I)


def _several_regions_at(places: list[Place], codes: list[str], i: int, text: str) -> str:
    """The country, where places[i] opens a list of places in two or more of its
    regions (访问吉林、辽宁; a mission to Jilin and Liaoning): the event is hosted
    by the country, not by its first region named; else ''. codes[k] is the side of places[k]."""
    code = codes[i]
    if "-" not in code or i + 1 >= len(places):
        return ""
    p, q = places[i], places[i + 1]
    if q.country == p.country and "-" in codes[i + 1] and codes[i + 1] != code and _COORD.match(text[p.end:q.start]):
        return p.country
    return ""


def _sides_ordered(codes: list[str]) -> list[str]:
    """Distinct codes in order, a bare country left out where one of its regions is there.

    >>> _sides_ordered(["CN-SX", "", "US", "CN", "CN-SX", "US-NY", "JP"])
    ['CN-SX', 'US-NY', 'JP']
    """
    if len(codes) < 2:
        return [c for c in codes if c]
    seen = dict.fromkeys(codes)
    seen.pop("", None)
    bare = [c for c in seen if "-" not in c]
    if not bare:
        return list(seen)
    return [c for c in seen if "-" in c or not any(o.startswith(c + "-") for o in seen)]


# A place written as part of a name that is no location of the event: one of a pair of
# sides (河北—爱荷华签约仪式, the Anhui-Germany conference, 在黑龙江省与广东省…框架下), a
# pavilion at a fair (在云南馆, the Hebei pavilion), a company's home (based in Hefei).
_PAIR_JOIN = re.compile(r"\s*(?:—|–|-|－|·|•|/|与|同)\s*$")
_PAVILION_AFTER = re.compile(r"^(?:馆|展馆|展区|展位|展台|展厅|专区|\s+(?:pavilion|booth|stand|hall)\b)", re.I)
_BASED_BEFORE_EN = re.compile(r"\b(?:based|headquartered|located|registered)\s+in\s+(?:the\s+)?$", re.I)


def _apposition(places: list[Place], i: int, before: str) -> bool:
    """Whether places[i] tells where the place before it lies ("Gangwon-do in South Korea",
    "Columbus in Ohio"), not where an event is."""
    p = places[i]
    return bool(_APPOSITION_EN.search(before)) and (p.level == "country" or (
        i > 0 and p.start - places[i - 1].end <= 4))


def _not_a_location_at(places: list[Place], codes: list[str], i: int, text: str, before: str, after: str,
                       spaced: bool) -> bool:
    """Whether places[i] is written as part of a name, not where the event is (see above);
    codes[k] is the side of places[k], ``spaced`` whether ``before`` ends in a space (the
    English cue needs one)."""
    if (after[:1] in _PAVILION_FIRST or after[:1].isspace()) and _PAVILION_AFTER.match(after):
        return True
    if spaced and _BASED_BEFORE_EN.search(before):
        return True
    if i + 1 < len(places):
        p, q = places[i], places[i + 1]
        if q.start - p.end <= 3 and codes[i + 1] != codes[i] and _PAIR_JOIN.match(text[p.end:q.start]):
            return True
    return False


# the characters a _PAVILION_AFTER match may begin with, besides a space
_PAVILION_FIRST = frozenset("馆展专")


def _guest_after_zh(after: str) -> bool:
    """Whether ``after`` opens with a travelling group (代表团, 一行) that is no reception (会见代表团)."""
    if "团" not in after and "行" not in after and "商" not in after:
        return False         # every group word ends in one of these
    m = _GUEST_AFTER_ZH.match(after)
    return bool(m) and not _RECEIVES.search(m.group())


class _Article:
    """One article's findings indexed for sentence-wise reading."""

    def __init__(self, doc: Doc):
        self.doc = doc
        text = self.text = doc.text
        # sentences are read many times over (type, dates, background, sides): what a
        # sentence or clause yields is kept
        self._background: dict[tuple[int, int], bool] = {}
        self._past: dict[tuple[int, int], bool] = {}
        self._sides: dict[tuple[int, int], tuple[str, str, list[str]]] = {}
        self._current: dict[tuple[int, int], list[Trigger]] = {}
        self._strong: dict[tuple[int, int], bool] = {}
        self._types: dict[tuple[int, int], str] = {}
        self._words: dict[tuple[int, int], set[str]] = {}
        self._dated: dict[tuple, tuple[str, str] | None] = {}
        self._captions: dict[int, bool] = {}
        self._back: dict[int, bool] = {}
        self.fairs = find_fairs(text)
        # 中国国际消费品博览会, China-ASEAN Expo: a place in a fair's name is no side (the venue is)
        places = doc.places
        if self.fairs:
            places = [p for p in places if not any(f.begin <= p.start and p.end <= f.stop for f in self.fairs)]
        self.places = _with_demonyms(text, sorted(places, key=_START))
        self.place_starts = [p.start for p in self.places]
        # side_of, written out: it is asked of every place
        self.place_sides = [(p.region or p.country) if p.country in ("CN", "US") else (p.country or p.region or p.code)
                            for p in self.places]
        self.dates = sorted(doc.dates, key=_BEGIN)
        self.date_starts = [d.begin for d in self.dates]
        self.actors = sorted(doc.actors, key=_START)
        self.actor_starts = [a.start for a in self.actors]
        self._starts: dict[int, list[int]] = {id(self.places): self.place_starts, id(self.dates): self.date_starts,
                                              id(self.actors): self.actor_starts}
        self.triggers = find_triggers(text)
        self.english = doc.language == "en" or _mostly_latin(text)
        if "in " in text:
            self._presence_triggers()
        self.trigger_starts = [t.begin for t in self.triggers]
        self.paras = paragraph_spans(text)
        self.para_starts = [p[0] for p in self.paras]
        # the looking-back words: a clause that meets none is no background
        marks = [m.span() for m in _BACKGROUND_ZH_MARK.finditer(text)]
        self._past_starts = [m[0] for m in marks]
        self._past_ends = [m[1] for m in marks]
        # every _BACKGROUND_EN match holds one of these: a text with none has no English past
        self._past_en = _starts_of(text, _BACKGROUND_EN_WORDS)
        self._ours = "我省" in text or "我市" in text or "我区" in text or "本省" in text or "本市" in text or "我国" in text
        years = [_year(d.start) for d in self.dates if d.start[:1].isdigit()]
        # without a publication date the story's year is that of the latest day written out in
        # full: bare years also name plans and targets (明年, the 2025 expo, 2035年远景目标)
        days = [_year(d.start) for d in self.dates if len(d.start) == 10 and not d.relative]
        pub_year = _year(doc.published)
        self.ref_year = pub_year or max(days or years or [None])

    def _presence_triggers(self):
        # "Governor X in Chengdu for …", "was in Chengdu, Sichuan from Sept. 10-11": a visit.
        extra = []
        text = self.text
        for p in self.places:
            if p.start >= 3 and text.startswith("in ", p.start - 3) and _PRESENCE_EN.match(text, p.end):
                apposition = p.level == "country" and _APPOSITION_EN.search(self.text, max(0, p.start - 40), p.start)
                if not apposition:          # not "Gangwon-do in South Korea"
                    extra.append(Trigger(p.start - 3, p.end, "visit", 3))
        if extra:
            self.triggers = sorted(self.triggers + extra, key=_BEGIN)

    def in_span(self, items, a, b, key=lambda x: x.start):
        """The items (sorted by ``key``) that begin within [a, b)."""
        starts = self._starts.get(id(items))
        if starts is None:
            starts = self._starts[id(items)] = [key(x) for x in items]
        return items[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]

    def dates_in(self, a: int, b: int) -> list:
        """The date mentions that begin within [a, b)."""
        starts = self.date_starts
        return self.dates[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]

    # ----------------------------------------------------------- sides

    def sides(self, a: int, b: int) -> tuple[str, str, list[str]]:
        """(host, guest, all sides in order) of the sentence text[a:b]."""
        known = self._sides.get((a, b))
        if known is None:
            known = self._sides[(a, b)] = self._read_sides(a, b)
        return known[0], known[1], list(known[2])

    def sides_of(self, a: int, b: int) -> tuple[str, str, list[str]]:
        """``sides`` without copying the list of sides: for readers that do not change it."""
        known = self._sides.get((a, b))
        if known is None:
            known = self._sides[(a, b)] = self._read_sides(a, b)
        return known

    def _read_sides(self, a: int, b: int) -> tuple[str, str, list[str]]:
        text = self.text
        lo = bisect.bisect_left(self.place_starts, a)
        hi = bisect.bisect_left(self.place_starts, b)
        places = self.places[lo:hi]
        codes = self.place_sides[lo:hi]
        host = guest = ""
        width = 30 if self.english else 14
        for i, p in enumerate(places):
            code = codes[i]
            if "-" not in code:
                code = _specific_code(places, codes, i, text)
                if not code:
                    continue
            start = p.start
            before = text[max(a, start - width):start]
            after = text[p.end:min(b, p.end + 16)]
            # the English cues all end in a space before the place: none can match without one
            spaced = before[-1:].isspace()
            origin = before.endswith(("来自", "来自\n"))     # 来自X: where a guest comes from
            if not host and not origin:
                zh_cue = not _HOST_HINT_ZH.isdisjoint(before[-5:])
                # a Chinese cue is at most four characters and a line end: it lies in the last six
                if ((zh_cue and _HOST_BEFORE_ZH.search(before, len(before) - 6 if len(before) > 6 else 0)) or (spaced and (
                        (_HOST_BEFORE_EN.search(before) and not _apposition(places, i, before)
                         and not _goods_to(text, max(a, start - 120), start))
                        or _VENUE_BEFORE_EN.search(text, max(a, start - 50), start)))) \
                        and not _not_a_location_at(places, codes, i, text, before, after, spaced):
                    host = _several_regions_at(places, codes, i, text) or code
                    if (zh_cue and _VISIT_VERB_ZH.search(before, len(before) - 6 if len(before) > 6 else 0)) or (spaced and _VISIT_VERB_EN.search(before)):
                        clause_start = self._clause_start(a, start)
                        for j, q in enumerate(places[:i]):
                            if q.start >= clause_start and codes[j] and codes[j] != code and not guest:
                                guest = _specific_code(places, codes, j, text)
            if not guest and (origin or (("团" in after or "行" in after or "商" in after) and _guest_after_zh(after))
                              or (after and not "\u4e00" <= after[0] <= "\u9fff" and _GUEST_AFTER_EN.match(after))
                              or (spaced and _GUEST_BEFORE_EN.search(before))):
                guest = code
            if host and guest:
                break           # nothing later changes either
        if self._ours:
            if not host and _OUR_HOST_ZH.search(text, a, b):
                host = OWN
            if not guest:
                m = _OUR_SIDE_ZH.search(text, a, b)
                guest = ("CN" if m.group().startswith("我国") else OWN) if m else ""
        if not guest and self.actors:
            starts = self.actor_starts
            for act in self.actors[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]:
                if act.region and act.region != host and _LEAD_AFTER.match(text, act.end):
                    guest = act.region
                    break
        order = _sides_ordered(codes)
        if guest == host:
            guest = ""
        return host, guest, order

    def _clause_start(self, a, pos):
        if self.english:
            return a
        text = self.text
        cut = max(text.rfind("，", a, pos), text.rfind(",", a, pos), text.rfind("；", a, pos), text.rfind(";", a, pos))
        return cut + 1 if cut >= 0 else a

    # ----------------------------------------------------------- reading a sentence

    def background(self, a: int, b: int) -> bool:
        """Whether sentence text[a:b] tells of the past (去年…, In 1979, a date years back)."""
        known = self._past.get((a, b))
        if known is None:
            known = self._past[(a, b)] = self._read_background(a, b)
        return known

    def _read_background(self, a: int, b: int) -> bool:
        ds = [d for d in self.dates_in(a, b) if not self._background_at(d.begin, a)]
        starts = self._past_en
        i = bisect.bisect_left(starts, a)
        if i < len(starts) and starts[i] < b and _BACKGROUND_EN.search(self.text[a:b]):
            # "hosted a reception Wednesday …, the relationship signed in 1981": a day of the
            # story's time (not the dateline's) says the sentence tells the present, the past aside
            return not any(len(d.start) >= 7 and self.ref_year and (_year(d.start) or 0) >= self.ref_year
                           and not _DATELINE_AFTER.match(self.text, d.stop) for d in ds)
        if ds and self.ref_year:
            y = _year(ds[0].start)
            if y and y < self.ref_year:
                return True
        return False

    def _background_clause(self, t: Trigger, a: int) -> bool:
        return self._background_at(t.begin, a)

    def has_side(self, a: int, b: int) -> bool:
        starts = self.place_starts
        i = bisect.bisect_left(starts, a)
        if i < len(starts) and starts[i] < b:
            return True
        starts = self.actor_starts
        i, j = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        return (any(x.region for x in self.actors[i:j])
                or any(f.fair.host_region for f in self.fairs if a <= f.begin < b))

    def _background_at(self, pos: int, a: int) -> bool:
        if not self._past_starts:
            return False            # no looking-back word in the text
        known = self._background.get((pos, a))
        if known is None:
            known = self._background[(pos, a)] = self._read_background_at(pos, a)
        return known

    def _read_background_at(self, pos: int, a: int) -> bool:
        # the clause around pos lies within [a, pos + 60): without a looking-back word there, none
        if not self._past_starts or not self._meets_past(a, pos + 60):
            return False
        text = self.text
        cut = max(text.rfind("，", a, pos), text.rfind(",", a, pos), text.rfind("；", a, pos), text.rfind(";", a, pos),
                  text.rfind("。", a, pos))
        begin = cut + 1 if cut >= 0 else a
        end = _CLAUSE_END.search(text, pos, pos + 60)
        stop = end.start() if end else min(pos + 60, len(text))
        return self._meets_past(begin, stop) and bool(_BACKGROUND_ZH.search(text[begin:stop]))

    def _meets_past(self, a: int, b: int) -> bool:
        """Whether a looking-back word found in the text overlaps [a, b): a word found
        there, or one the found words hide (此前 hides 前年 in 此前年), begins there."""
        i = bisect.bisect_left(self._past_starts, b) - 1
        return i >= 0 and self._past_ends[i] > a

    def trigger_words(self, a: int, b: int) -> set[str]:
        """The exchange words (and fairs) of sentence text[a:b], lower-cased: two
        sentences sharing one (推介会 … 推介会上) likely tell the same event."""
        known = self._words.get((a, b))
        if known is None:
            known = self._words[(a, b)] = {self.text[t.begin:t.stop].lower() for t in self.triggers_in(a, b)
                                           if t.weight >= 2}
        return known

    def current(self, a: int, b: int) -> list[Trigger]:
        """The exchange words of sentence text[a:b] outside a looking-back clause."""
        key = (a, b)
        known = self._current.get(key)
        if known is None:
            starts = self.trigger_starts
            lo = bisect.bisect_left(starts, a)
            known = self.triggers[lo:bisect.bisect_left(starts, b, lo)]
            # each word's clause lies within [a, b + 60): where no looking-back word meets that, none is past
            if known and self._past_starts and self._meets_past(a, b + 60):
                known = [t for t in known if not self._background_at(t.begin, a)]
            self._current[key] = known
            strong = False
            for t in known:
                if t.weight >= 2:
                    strong = True
                    break
            self._strong[key] = strong
        return known

    def tells(self, sent, event_type: str) -> bool:
        """Whether sentence ``sent`` has a current exchange word of ``event_type``."""
        return any(t.event_type == event_type and t.weight >= 2 for t in self.current(*sent))

    def caption(self, a: int, b: int) -> bool:
        """Whether text[a:b] lies in a photo caption paragraph."""
        i = bisect.bisect_right(self.para_starts, a) - 1
        if i < 0:
            return False
        known = self._captions.get(i)
        if known is None:
            pa, pb = self.paras[i]
            known = self._captions[i] = _is_caption(self.text[pa:pb])
        return known

    def back_to_event(self, a: int, b: int) -> bool:
        """Whether sentence text[a:b] opens by pointing back at the event just named
        (At the event on May 24, 会上)."""
        known = self._back.get(a)
        if known is None:
            known = self._back[a] = _opens_back_to_event(self.text, a, b)
        return known

    def triggers_in(self, a: int, b: int) -> list[Trigger]:
        lo = bisect.bisect_left(self.trigger_starts, a)
        hi = bisect.bisect_left(self.trigger_starts, b)
        return self.triggers[lo:hi]

    def event_type(self, a: int, b: int) -> str:
        known = self._types.get((a, b))
        if known is None:
            ts = self.current(a, b)
            if not ts:
                known = ""
            else:
                top = max(t.weight for t in ts)
                known = next(t.event_type for t in ts if t.weight == top)
            self._types[(a, b)] = known
        return known

    def has_strong(self, a: int, b: int) -> bool:
        known = self._strong.get((a, b))
        if known is None:
            self.current(a, b)
            known = self._strong[(a, b)]
        return known

    def sentence_dates(self, a: int, b: int, allow_year: bool = True,
                       past_years: bool = False) -> tuple[str, str] | None:
        key = (a, b, allow_year, past_years)
        if key in self._dated:
            return self._dated[key]
        found = self._dated[key] = self._read_dates(a, b, allow_year, past_years)
        return found

    def _read_dates(self, a: int, b: int, allow_year: bool, past_years: bool) -> tuple[str, str] | None:
        ds = self.dates_in(a, b)
        if not ds:
            return None
        full = [d for d in ds if len(d.start) > 4]
        # 继2019年9月签约后,10月15日…: a date in a looking-back clause is not the event's.
        current = [d for d in full if not self._background_at(d.begin, a)
                   and not (self.ref_year and d.start[:1].isdigit() and int(d.start[:4]) < self.ref_year)]
        if current or full:
            cands = current or full
            # 近日/recently/上周 give only a month or week: a date the sentence writes out says more
            if len(cands) > 1:
                cands = sorted(cands, key=lambda x: bool(_RECENT_WORD.fullmatch(x.text))
                               or (x.relative and len(x.start) < 10))
            # 新华社成都9月27日电 … 27日, / CHENGDU, Oct. 12 (Xinhua) -- … on Thursday: the dateline
            # is when the report was filed; the event's own date, where given, comes after it.
            d = next((x for x in cands if not _DATELINE_AFTER.match(self.text, x.stop)), cands[0])
            return d.start, d.end
        if allow_year:
            years = [d for d in ds if d.start[:1].isdigit()
                     and (past_years or not self.ref_year or int(d.start[:4]) >= self.ref_year)]
            if years:
                return years[0].start, years[0].end
        return None

    def fair_at(self, a: int, b: int):
        return next((f for f in self.fairs if a <= f.begin < b), None) if self.fairs else None


@functools.lru_cache(maxsize=4096)
def _year(s: str) -> int | None:
    return parse_partial(s)[0]


# Where a _BACKGROUND_ZH match may begin (继 opens 继…后), and what every _BACKGROUND_EN match holds.
_BACKGROUND_ZH_MARK = re.compile(r"去年|前年|此前|曾经|曾于|曾在|早在|上世纪|多年来|以来|继")
_BACKGROUND_EN_WORDS = ("last year", "previously", "in the past", "since ", "n 19", "n 20")


def _starts_of(text: str, words) -> list[int]:
    """Where each of ``words`` occurs in ``text`` (overlapping occurrences too), in order.

    >>> _starts_of("in 2019 and since 2020, in 2021", ("n 20", "since "))
    [1, 12, 25]
    """
    out = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            out.append(i)
            i = text.find(w, i + 1)
    out.sort()
    return out
# a character each _HOST_BEFORE_ZH / _VISIT_VERB_ZH match holds in the last five of ``before``
_HOST_HINT_ZH = frozenset("在于来赴到抵临往进客访考")


_RECENT_WORD = re.compile(r"近日|日前|[Rr]ecently")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _mostly_latin(text: str) -> bool:
    """Whether fewer than 5% of the first 2,000 characters are Chinese.

    >>> _mostly_latin("A Shanxi (山西) delegation visits Ohio and Kentucky"), _mostly_latin("山西代表团 visits Ohio")
    (True, False)
    """
    sample = text[:2000]
    limit = len(sample) * 0.05
    if len(sample) - len(sample.encode("ascii", "ignore")) < limit:
        return True                 # fewer non-ASCII characters than that, Chinese or not
    if len(sample) > 400 and sum(map(len, _CJK_RUN.findall(sample, 0, 400))) >= limit:
        return False                # the opening alone has that many
    cjk = sum(map(len, _CJK_RUN.findall(sample)))      # counted by runs: fewer matches to make
    return cjk < limit


def _work_span(doc: Doc) -> tuple[int, int]:
    """The part of the text to read: a bilingual article's first language part only,
    from the start of the text; a part that is only a headline (an English headline
    above the Chinese report) runs on into the next.

    >>> _work_span(Doc("x", "Visit|" + "代表团访问山西。" * 10 + "|The delegation visited.",
    ...                parts=[("en", 0, 5), ("zh-Hans", 6, 86), ("en", 87, 110)]))
    (0, 86)
    """
    langs = {lang for lang, _, _ in doc.parts}
    if len(doc.parts) > 1 and len(langs) > 1:
        parts = sorted(doc.parts, key=lambda p: p[1])
        for _, pa, pb in parts:
            if not _headline_only(doc.text[pa:pb]):
                return 0, pb
        return 0, parts[0][2]
    return 0, len(doc.text)


def _headline_only(part: str) -> bool:
    r"""Whether a language part holds no body: a few short lines (masthead, date line,
    headline), none closed as a sentence is.

    >>> _headline_only("THE REPORT\nNewsletter | May 2024\nKentucky Bourbon Shines at the CIIE")
    True
    >>> _headline_only("Kentucky at the CIIE\nKentucky distillers went to Shanghai.")
    False
    """
    lines = [x.strip() for x in part.split("\n") if x.strip()]
    return len(lines) <= 5 and all(len(x) <= (200 if _mostly_latin(x) else 100) and not x.endswith(("。", "."))
                                   for x in lines)


def _title_span(doc: Doc, art: _Article, a: int, b: int) -> tuple[int, int] | None:
    """Where the headline stands in the text: ``doc.title``, else a short first line
    with an exchange word."""
    text = doc.text
    if doc.title.strip():
        pos = text.find(doc.title.strip(), a, b)
        if pos >= 0:
            return pos, pos + len(doc.title.strip())
    paras = art.paras if (a, b) == (0, len(text)) else paragraph_spans(text[a:b])   # the same lines
    for pa, pb in paras[:6]:
        pa, pb = pa + a, pb + a
        line = text[pa:pb].strip()
        if line.startswith(("!", "[", "http")):
            continue
        if len(line) > 120 or line.endswith(("。", "！", "？")) or (line.endswith(".") and len(line) > 60):
            return None          # the body has begun: a headline stands above it
        if len(line) >= 6 and art.triggers_in(pa, pb) and art.has_side(pa, pb):
            return pa, pb
    return None


def find_events(doc: Doc) -> list[Event]:
    """The events of ``doc``, the primary one first and marked.

    >>> from tradeviz.extract.mentions import Place, DateMention
    >>> t = "纽约州代表团9月24日访问山西。"
    >>> d = Doc("x", t, places=[Place("纽约州", 0, 3, "province", "US-NY", "US-NY", "US"),
    ...                        Place("山西", 13, 15, "province", "CN-SX", "CN-SX", "CN")],
    ...         dates=[DateMention("--09-24", "--09-24", 6, 11, "9月24日")])
    >>> e = find_events(d)[0]
    >>> e.event_type, e.start, e.host, e.guest, e.scope, e.primary
    ('visit', '--09-24', 'CN-SX', 'US-NY', 'us_china', True)
    """
    art = _Article(doc)
    a, b = _work_span(doc)
    sents = [(sa, sb) for sa, sb in sentence_spans(doc.text) if a <= sa < b]
    if not sents:
        return []
    title = _title_span(doc, art, a, b)
    body = [s for s in sents if not title or s[1] <= title[0] or s[0] >= title[1]]
    primary = _primary(art, title, body)
    events = [primary] if primary else []
    used = {primary.evidence} if primary else set()
    text = doc.text
    for sa, sb in body:
        if not art.has_strong(sa, sb):
            continue            # no exchange word of weight: no event
        evidence = text[sa:sb].strip()
        if evidence in used:
            continue            # told already (the primary event's own sentence): not read again
        read = _sentence_event(art, sa, sb, primary)
        if read is None:
            continue
        etype, start, end, host, guest, international = read
        # The same exchange told again (undated, or on the same dates) is not a new event;
        # a date taken from the story's event (会上…) is no date of the sentence's own.
        own_start = "" if start and not art.sentence_dates(sa, sb, past_years=True) else start
        if any((e.event_type, e.host, e.guest) == (etype, host, guest)
               and own_start in ("", e.start) for e in events):
            continue
        used.add(evidence)
        events.append(Event(etype, start, end, host, guest, scope_of(host, guest, international), False, evidence))
        if len(events) >= 10:
            break
    return events


def _sentence_event(art: _Article, a: int, b: int, primary: Event | None) -> tuple | None:
    """The event of sentence text[a:b], which has an exchange word of weight, as (type,
    start, end, host, guest, at an international fair), or None; ``find_events`` makes
    the Event record of the ones it keeps."""
    host, guest, order = art.sides_of(a, b)
    host, guest = ("CN" if host == OWN else host), ("CN" if guest == OWN else guest)
    etype = _inner_type(art, a, b, primary)
    if not order and not host and not guest:
        if not (primary and etype == "signing" and _points_back(art, a, b, primary)
                and not _WISH.search(art.text, a, b)):
            return None
        # 推介会现场共签约项目32个: a signing at the story's event, between its sides
        host, guest = primary.host, primary.guest
    if primary and not host and not guest and _story_sides(order, primary):
        # No cue says who receives whom (A与B签署, companies met buyers): the two sides the
        # story is about keep its roles; sides it is not about are participants in its event.
        host, guest = primary.host, primary.guest
    host, guest = _fill_sides(art, host, guest, order, a, b, primary)
    host, guest = _refined(host, order), _refined(guest, order)
    if primary:
        host, guest = _as_story_sides(host, guest, primary)
    if not host or not guest or host == guest:
        return None        # an exchange needs two sides; one alone is a remark, not an event
    dates = art.sentence_dates(a, b, past_years=True)
    if dates is None and primary and primary.start[:1].isdigit() and not art.background(a, b):
        # An undated exchange of the story happens in the story's time: at the story's event
        # (会上, 推介会现场) on its day, else (or where it runs several days) in its month.
        single = primary.start == primary.end and _points_back(art, a, b, primary)
        dates = (primary.start, primary.end) if single else (primary.start[:7],) * 2
    dates = dates or ("", "")
    fair = art.fair_at(a, b) if etype == "expo" else None
    return etype, dates[0], dates[1], host, guest, bool(fair and fair.fair.international)


# Wishes and plans are no event: 希望双方签署…, will sign.
_WISH = re.compile(r"希望|将|拟|计划|有望|争取|期待|\bwill\b|\bplans?\b|\bhopes?\b|\bexpects?\b")


def _inner_type(art: _Article, a: int, b: int, primary: Event | None) -> str:
    """The type of the sentence's event; where it names the story's kind of event
    again (推介会现场, 会上) with another exchange in it, the event inside (a signing)."""
    etype = art.event_type(a, b)
    if primary and etype == primary.event_type:
        # only a verb of weight (签约, signed), not a noun that names a past tie (结好, 框架协议)
        other = next((t for t in art.triggers_in(a, b) if t.weight >= 3 and t.event_type != etype
                      and not art._background_clause(t, a)
                      and not _WISH.search(art.text, max(a, t.begin - 6), t.begin)), None)
        if other:
            return other.event_type
    return etype


def _points_back(art: _Article, a: int, b: int, primary: Event) -> bool:
    """Whether the sentence is set at the story's event: it opens by pointing back at
    an event (会上, 推介会现场, 展会期间, At the forum)."""
    text = art.text
    return art.back_to_event(a, b) or (
        (text.find("现场", a, b) >= 0 or text.find("期间", a, b) >= 0 or text.find("会上", a, b) >= 0)
        and bool(_AT_EVENT_ZH.match(text, a, b)))


# 推介会现场, 展会期间, 峰会期间: a sentence set at the event named just before.
_AT_EVENT_ZH = re.compile(r"\W*[^，,。；]{0,12}?(?:现场|期间|会上)[，,]")


def _related(a: str, b: str) -> bool:
    """Whether two side codes are the same side, or a country and one of its regions."""
    return bool(a and b) and (a == b or a.startswith(b + "-") or b.startswith(a + "-"))


def _story_sides(order: list[str], primary: Event) -> bool:
    """Whether a sentence naming ``order`` without a host or guest cue tells of the
    primary event's two sides: it names both of them (others besides), or none of
    them nor their countries (the others are participants: 越南、泰国商协会代表出席推介会).

    >>> p = Event("visit", "", "", "US-CO", "CN-NX", "us_china", True, "")
    >>> _story_sides(["CN-NX", "US-CO"], p), _story_sides(["VN", "TH"], p), _story_sides(["US-CA", "CN"], p)
    (True, True, False)
    """
    sides = [c for c in (primary.host, primary.guest) if c]
    if len(sides) < 2 or not order:
        return False
    hits = [any(_related(c, s) for c in order) for s in sides]
    if all(hits):
        return True       # others named too are mostly the companies' homes (腾讯云计算（北京）)
    return not any(hits) and not any(c[:2] == s[:2] for c in order for s in sides)


def _as_story_sides(host: str, guest: str, primary: Event) -> tuple[str, str]:
    """A secondary event's sides made plausible against the story's: a bare country
    stands for the story's side in it (中国驻洛杉矶总领事馆 → the visiting province),
    and in a story between two countries the guest is not a second region of the
    host's country (a delegation meeting two states' agencies) but the story's
    visiting side.

    >>> p = Event("visit", "", "", "US-MD", "CN-SD", "us_china", True, "")
    >>> _as_story_sides("US-NC", "US-SC", p), _as_story_sides("US-CA", "CN", p)
    (('US-NC', 'CN-SD'), ('US-CA', 'CN-SD'))
    """
    story = (primary.host, primary.guest)
    if host and "-" not in host:
        host = next((c for c in story if c.startswith(host + "-") and c != guest), host)
    if guest and "-" not in guest:
        guest = next((c for c in story if c.startswith(guest + "-") and c != host), guest)
    if (primary.host[:2] != primary.guest[:2] and host[:2] == guest[:2] == primary.host[:2]
            and not _related(guest, primary.host) and primary.guest):
        guest = primary.guest
    return host, guest


def _fill_sides(art, host, guest, order, a, b, primary):
    if primary and len({host, guest, *order} - {""}) == 1:
        # One side named: the other is the story's other side.
        known = host or guest or order[0]
        # a bare country stands for the story's side in it (China for Anhui)
        if known == primary.guest or primary.guest.startswith(known + "-"):
            host, guest = primary.host, primary.guest if known != primary.guest else known
        elif known == primary.host or primary.host.startswith(known + "-"):
            host, guest = primary.host if known != primary.host else known, primary.guest
    fair = art.fair_at(a, b) if not host else None
    if not host and fair and fair.fair.host_region:
        host = fair_host(fair.fair)
    if not host:
        rest = [c for c in order if c != guest]
        host = rest[0] if rest else (primary.host if primary else "")
    if not guest:
        rest = [c for c in order if c != host and not c.startswith(host + "-")]
        guest = rest[0] if rest else (primary.guest if primary and primary.guest != host else "")
    return host, guest


def _doc_sides(art: _Article) -> list[str]:
    """Sides named in the article, most often named first."""
    counts = Counter(art.place_sides)
    counts.update(act.region for act in art.actors)
    counts.pop("", None)
    ordered = sorted(counts, key=lambda c: -counts[c])
    return _sides_ordered(ordered)


# Event types that frame a story (a trip, talks, a fair); a signing is mostly their outcome.
_FRAME_TYPES = frozenset({"visit", "meeting", "forum", "expo", "promotion"})
# A photo caption: "Photo: …", "[Photo provided to …]", 图为…, （记者 X 摄）.
_CAPTION = re.compile(r"^\s*(?:Photos?\s*[:：|]|图为|图\s*[:：]|图片\s*[:：])|\[\s*Photos?\b[^\]]*\]\s*$"
                      r"|\((?:Photo|Photos)\b[^)]*\)\s*$|[（(][^（()）]{0,24}摄[）)]?\s*$|\s摄\s*$"
                      # a credit closing the caption: "… sign the agreement. Photo: Derrick Turner." / "MSU photo by X"
                      r"|[.。]\s*(?:[A-Z][\w.]*\s+)?(?:Photos?\s*[:：]|photos?\s+(?:by|courtesy)\b)[^.。]{0,60}[.。]?\s*$", re.I)


def _is_caption(para: str) -> bool:
    """Whether a paragraph is a photo caption (_CAPTION): each of its forms holds 图, 摄 or
    "photo" in some case."""
    if "图" not in para and "摄" not in para and "photo" not in para.lower():
        return False
    return bool(_CAPTION.search(para))


def _headline_zone_end(art: _Article, title) -> int:
    """Where the lines under the headline that read as more headline end: a
    sub-headline (副题: 两省签署新一轮协议, 共庆结好35周年) is no lead sentence."""
    if not title:
        return 0
    i = bisect.bisect_right(art.para_starts, title[0]) - 1
    end = title[1]
    for pa, pb in art.paras[i + 1:i + 3]:
        line = art.text[pa:pb].strip()
        limit = 120 if _mostly_latin(line) else 40
        if len(line) > limit or line[-1] in "。．.!！?？;；:：" or art.in_span(art.dates, pa, pb, key=lambda d: d.begin):
            break
        end = pb
    return end


def _lead(art: _Article, body) -> list[tuple[int, int]]:
    """The current exchange sentences of the first body sentences, photo captions
    after the report's own sentences (up to the fifth own one: no more is read)."""
    own, captions = [], []
    for s in body[:12]:
        if art.has_strong(*s) and not art.background(*s) and art.has_side(*s):
            if art.caption(*s):
                captions.append(s)
            else:
                own.append(s)
                if len(own) == 5:
                    break           # the first five are all that is read of the lead
    return own + captions


def _primary(art: _Article, title, body) -> Event | None:
    text = art.text
    seed = None
    if title and art.has_strong(*title):
        seed = title
    zone_end = _headline_zone_end(art, title)
    news = [s for s in body if s[0] >= zone_end]
    lead = _lead(art, news)
    if seed is None and lead:
        seed = lead[0]
    if seed is None:       # no exchange word of weight: a ceremony word, else two sides named together
        cands = ([title] if title else []) + body[:12]
        seed = next((s for s in cands if art.event_type(*s) and art.has_side(*s)), None) or next(
            (s for s in cands if len(art.sides(*s)[2]) >= 2 and not art.background(*s)), None)
        if seed is None:
            return None
    etype = art.event_type(*seed) or "other"
    # The body sentence that tells the seed's event: same type first, else the first lead one.
    support = None
    if seed == title:
        first = lead[0] if lead and lead[0] in news[:3] else None
        if first and etype == "signing" and art.event_type(*first) in _FRAME_TYPES \
                and not art.tells(first, "signing"):
            # 两省签署…协议 above "…率代表团赴青海考察": the signing is an outcome of the visit the
            # lead reports (and often a sub-headline whose main headline is lost in cleaning). Where
            # the lead tells both at once (会见…,双方签署协议), the headline's choice stands.
            seed, support, etype = first, title, art.event_type(*first)
        else:
            support = next((s for s in lead[:5] if art.event_type(*s) == etype), lead[0] if lead else None)
    host, guest, order = art.sides(*seed)
    # 会上，双方签订…: a support that points back tells of the event of the sentence before it
    back = _dated_before(art, body, support) if support and _opens_back_to_event(text, *support) else None
    # the first lead sentence names the sides most fully (美国明尼苏达州罗切斯特市): it refines bare countries
    for extra in dict.fromkeys(x for x in (support, back, lead[0] if lead else None) if x and x != seed):
        h2, g2, o2 = art.sides(*extra)
        if extra in (support, back):
            host = host or (h2 if h2 != guest else "")
            guest = guest or (g2 if g2 != host else "")
        order = order + [c for c in o2 if c not in order]
    fair = art.fair_at(*seed) or (art.fair_at(*support) if support else None)
    if not host and fair and fair.fair.host_region:
        host = fair_host(fair.fair)
    elif host and _later_leg(art, seed, host):
        host = fair_host(art.fair_at(*seed).fair)
    if not host:
        # no host cue in the seed: a wire dateline (BOZEMAN —, 新华社拉萨9月3日电) says where the report,
        # and most often the event, is; else the first lead sentence telling an event with a host cue
        # (…signed at a conference held in Yinchuan); else the side named first
        line = dateline_region(art.text)
        if line and not _related(line, guest) and (line in order or line in _doc_sides(art)) \
                and not any(_related(line, c) and line != c for c in order):
            host = line
        for extra in ([] if host else lead[:5]):
            h2, g2, _ = art.sides(*extra)
            if h2 and h2 != guest and not (guest and _related(h2, guest)) and art.has_strong(*extra) \
                    and not art.background(*extra):
                host = h2
                guest = guest or (g2 if g2 != host else "")
                order = order + [c for c in (h2, g2) if c and c not in order]
                break
    if not host and order:
        host = next((c for c in order if not _related(c, guest)), "")
    if not guest:
        rest = [c for c in order if c != host and not c.startswith(host + "-")]
        guest = rest[0] if rest else ""
    host, guest = _refined(host, order), _refined(guest, order)
    doc_sides = _doc_sides(art)
    # 来我省 / 我省代表团: the article's own province is the one it names most.
    host = _refined("CN", [c for c in doc_sides if c != guest][:1]) if host == OWN else host
    guest = _refined("CN", [c for c in doc_sides if c != host][:1]) if guest == OWN else guest
    if not guest or not host:
        for c in doc_sides:
            if not host and c != guest:
                host = c
            elif not guest and c != host:
                guest = c
    host, guest = _not_nested(host, guest, doc_sides)
    # Dates: the seed's, the support's, a numbered fair's year, or a nearby dated sentence.
    headline = seed == title or _headline_like(art, seed)
    dates = art.sentence_dates(*seed) or (art.sentence_dates(*support) if support else None) \
        or (art.sentence_dates(*back) if back else None)
    if dates is None and fair and fair.year:
        dates = (str(fair.year), str(fair.year))
    if dates is None:
        dates = _nearby_dates(art, seed, body, headline=headline) or ("", "")
    dates = _sharper_dates(art, dates, seed, support, body, etype, headline=headline)
    international = bool(fair and fair.fair.international and (etype == "expo" or fair is not None))
    return Event(etype, dates[0], dates[1], host, guest, scope_of(host, guest, international), True,
                 text[seed[0]:seed[1]].strip())


# A wire dateline opening a paragraph: "BOZEMAN —", "HELENA, Mont. –", "新华社拉萨9月3日电".
_DATELINE_EN = re.compile(r"(?m)^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2})(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)?\s*[—–-]{1,2}\s")
_DATELINE_ZH = re.compile(r"(?:新华社|中新社|中新网|人民网|本报)([\u4e00-\u9fff]{2,6}?)\d{1,2}月\d{1,2}日(?:电|讯)")


def dateline_region(text: str) -> str:
    r"""The region of the place a wire dateline names, or "".

    >>> dateline_region("Headline\nBOZEMAN — Montana State University signed a memorandum.")
    'US-MT'
    >>> dateline_region("新华社拉萨9月3日电 北京市代表团在拉萨考察。"), dateline_region("No dateline here.")
    ('CN-XZ', '')
    """
    from . import gazetteer as gz
    m = _DATELINE_ZH.search(text, 0, 400)
    name = m.group(1) if m else ""
    if not name:
        m = _DATELINE_EN.search(text, 0, 1500)
        name = " ".join(w.capitalize() for w in m.group(1).split()) if m else ""
    readings = gz.entries().get(name) if name else None
    if readings:
        return readings[0].region
    return _us_towns().get(name, "") if m and m.re is _DATELINE_EN else ""


@functools.cache
def _us_towns() -> dict[str, str]:
    """US towns too small for the gazetteer, by name (data/places/us_towns.csv): datelines name them."""
    return {r["name"]: r["region"] for r in data.rows("places/us_towns.csv")}


def _dated_before(art: _Article, body: list[tuple[int, int]], sent) -> tuple[int, int] | None:
    """The nearest of the three sentences of ``body`` before ``sent`` that gives a date
    (the meeting that 会上 points back to), or None."""
    k = bisect.bisect_left(body, sent)
    if not (k < len(body) and body[k] == sent):
        return None
    return next((s for s in reversed(body[max(0, k - 3):k]) if art.sentence_dates(*s, allow_year=False)), None)


def _not_nested(host: str, guest: str, doc_sides: list[str]) -> tuple[str, str]:
    """Host and guest where neither is a bare country holding the other (中国 in a Hainan
    fair's headline, "to China" for a Shaanxi delegation): such a side names nobody, and
    the side the article names most besides the other stands in its place.

    >>> _not_nested("CN-HI", "CN", ["CN-QH", "CN-HI"]), _not_nested("CN", "CN-SN", ["CN-SN", "US-ID"])
    (('CN-HI', 'CN-QH'), ('US-ID', 'CN-SN'))
    >>> _not_nested("US-CA", "CN", ["US-CA"])
    ('US-CA', 'CN')
    """
    if host and guest and "-" not in guest and host.startswith(guest + "-"):
        guest = next((c for c in doc_sides if not _related(c, host)), guest)
    elif host and guest and "-" not in host and guest.startswith(host + "-"):
        host = next((c for c in doc_sides if not _related(c, guest)), host)
    return host, guest


def _headline_like(art: _Article, sent) -> bool:
    """Whether a sentence stands alone on its line as a headline does (short, no closing
    stop): a headline under a masthead that cleaning took for the title."""
    i = bisect.bisect_right(art.para_starts, sent[0]) - 1
    if i < 0:
        return False
    pa, pb = art.paras[i]
    line = art.text[pa:pb].strip()
    limit = 120 if _mostly_latin(line) else 40
    return art.text[sent[0]:sent[1]].strip() == line and len(line) <= limit and line[-1] not in "。．.!！?？;；:："


def _later_leg(art: _Article, seed, host: str) -> bool:
    """Whether the seed names a fair with a known venue first and puts ``host`` only
    in a later leg of the trip (参加选择美国投资峰会并访问匹兹堡, attend the Canton Fair and
    then visit Shenzhen): the fair is the primary event, its venue the host."""
    fair = art.fair_at(*seed)
    if not fair or not fair.fair.host_region:
        return False
    venue = fair_host(fair.fair)
    if host == venue or host.startswith(venue + "-") or venue.startswith(host + "-"):
        return False
    at = next((p.start for p in art.in_span(art.places, *seed) if side_of(p) == host), None)
    return at is not None and at > fair.stop and bool(_NEXT_LEG.search(art.text, fair.stop, at))


# A second leg after the fair: 参加…峰会并访问X, …, then visited X, 会后赴X.
_NEXT_LEG = re.compile(r"并|后|随后|之后|再|\bthen\b|\bbefore\b|\band\s+(?:then\s+)?(?:visit|travel|tour|head)", re.I)


def _sharper_dates(art: _Article, dates, seed, support, body, etype, headline=False) -> tuple[str, str]:
    """The primary event's dates made as precise as the report makes them: a year or a
    month (2019宁夏招商推介会, last week) gives way to a day within it that a sentence
    telling the same event gives (昨天…推介会在深圳举行); a single day gives way to a
    range that starts on it (开幕 10月15日 … 展会期间（10月15日至19日）)."""
    start, end = dates
    if start[:1].isdigit() and len(start) < 10:
        later = [art.sentence_dates(*support, allow_year=False) if support else None,
                 _nearby_dates(art, seed, body, headline=headline, allow_month=False)]
        for d in later:
            if d and d[0].startswith(start) and len(d[0]) > len(start):
                return d
        return start, end
    if start and start == end and len(start) == 10:
        words = art.trigger_words(*seed) | (art.trigger_words(*support) if support else set())
        for sa, sb in body:
            # a range from that day first (cheap), then whether the sentence tells the event now
            d = next((d for d in art.dates_in(sa, sb) if d.start == start and d.end > end and len(d.end) == 10), None)
            if d and not art.background(sa, sb) and (
                    art.event_type(sa, sb) == etype or art.trigger_words(sa, sb) & words):
                return d.start, d.end
        # 10月15日,交易会开幕。…至19日结束: the last day told in a sentence of its own
        first = date.fromisoformat(start)
        for sa, sb in body[:8]:
            # the same kind of event, not a shared word: "the delegation … weeklong trip, which
            # runs through Nov 12" ends the trip, not the promotion the delegation held
            days = [x for x in art.dates_in(sa, sb) if len(x.start) == 10]
            if len(days) != 1 or art.background(sa, sb) or art.event_type(sa, sb) != etype:
                continue
            for d in days:     # a sentence telling only the end
                if d.start == d.end and 0 < (date.fromisoformat(d.start) - first).days <= 60 and (
                        _END_BEFORE.search(art.text, max(sa, d.begin - 8), d.begin)
                        or _CLOSES.search(art.text, d.stop, min(sb, d.stop + 6))):
                    return start, d.start
        # 4月10日,博览会开幕。本届博览会为期6天: the run told in a sentence of its own
        for sa, sb in body[:8]:
            if any(len(x.start) == 10 for x in art.dates_in(sa, sb)):
                continue
            seg = art.text[sa:sb]
            if not _may_tell_run(seg) or art.background(sa, sb):
                continue
            n = duration_days(seg)
            if n and (art.event_type(sa, sb) == etype or art.trigger_words(sa, sb) & words):
                last = date.fromisoformat(start) + timedelta(days=n - 1)
                return start, last.isoformat()
    return start, end


def _opens_back_to_event(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] opens by pointing back at the event just named (_BACK_TO_EVENT)."""
    c = text[a:a + 1]
    if c and (c.isalnum() or c == "_") and c not in "adoADO":
        # no English opening (a word there begins with none of at, during, on, after):
        # the Chinese one names its word within 16 characters
        head = text[a:min(b, a + 16)]
        if "会上" not in head and "活动" not in head and "仪式上" not in head and "会议期间" not in head:
            return False
    return bool(_BACK_TO_EVENT.match(text, a, b))


def _may_tell_run(sentence: str) -> bool:
    """Whether ``duration_days`` may find a run in ``sentence``: its Chinese forms open
    with 为期/展期/会期/历时/持续, its English ones (any case) hold day or week.

    >>> _may_tell_run("展会为期6天。"), _may_tell_run("a three-DAY visit"), _may_tell_run("访问三国")
    (True, True, False)
    """
    if "为期" in sentence or "展期" in sentence or "会期" in sentence or "历时" in sentence or "持续" in sentence:
        return True
    low = sentence.lower()           # the Kelvin sign, which matches k ignoring case, lowers to k
    return "day" in low or "week" in low


# A sentence that opens by pointing back at the event just named (At the event on May 24, 会上).
_BACK_TO_EVENT = re.compile(r"\W*(?:at|during|on the sidelines of|after)\s+the\s+(?:event|conference|meeting|forum|ceremony"
                            r"|fair|expo|summit|session|talks|signing)\b|[^，,。]{0,12}?(?:会上|活动上|仪式上|活动中|会议期间|活动期间)",
                            re.I)


def _nearby_dates(art: _Article, sent, body, headline: bool = False,
                  allow_month: bool = True) -> tuple[str, str] | None:
    """A date from a later exchange sentence of the same or the next paragraph: one
    that names the seed's event again (At the conference on June 18) before one of
    the same type, before any other."""
    paras = art.paras
    starts = [p[0] for p in paras]
    i = bisect.bisect_right(starts, sent[0]) - 1
    if i < 0:
        return None
    limit = paras[min(i + 1, len(paras) - 1)][1]
    first = sent[0]
    after = [s for s in body if s[0] >= sent[1]]
    if headline and after:      # the seed is the headline: read the first two paragraphs below it
        j = bisect.bisect_right(starts, after[0][0]) - 1
        limit = paras[min(j + 1, len(paras) - 1)][1]
        first = after[0][0]
    words, etype = art.trigger_words(*sent), art.event_type(*sent)
    found = []
    for sa, sb in body:
        if sa < first or sa >= limit or (sa, sb) == tuple(sent):
            continue
        back = art.back_to_event(sa, sb)
        if not (art.has_strong(sa, sb) or back) or art.background(sa, sb):
            continue
        d = art.sentence_dates(sa, sb, allow_year=False)
        if d and (allow_month or len(d[0]) == 10 or d[0].startswith("--")):
            rank = 0 if back or art.trigger_words(sa, sb) & words else 1 if art.event_type(sa, sb) == etype else 2
            found.append((rank, len(found), d))
    return min(found)[2] if found else None
