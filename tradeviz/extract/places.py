"""Places: gazetteer matching of provinces, states, prefectures, counties, cities, countries.

Three passes over a length-preserving simplified copy of the text:

1. gazetteer names, leftmost-longest (:func:`tradeviz.extract.gazetteer.scan`);
   a name inside a slogan or policy name (长江经济带, 一带一路), a common word
   (三明治) or an ethnic group (朝鲜族) is dropped, and so is a short name
   where the text uses it otherwise: in a person's position (副主任岳阳),
   as a street (南京路), cut out of two words (示范县), read across a
   mountain or river and its side (贺兰山东麓 is no 山东), or a weak county name
   (和县, bare 汶川) not right after its province;
2. an English city name that several places share takes the state written
   next to it ("Columbus, Georgia"), else the largest; bare "Washington" is
   the state where the article names Washington State or pairs it with a
   Chinese province (Washington-Sichuan), else the capital (US-DC);
3. one-character abbreviations (川, 渝, 美) on the characters no name covers,
   only in the constructions news uses: compounds of abbreviations (川浙,
   京津冀, 中美) and after/before the words of ``abbr_contexts.csv`` (来渝,
   援疆, 浙商).

Then the places that do not name a place of the story are dropped: names
in an affairs office's remit (台港澳办, office_remits.csv, matched like
slogans), in a person's name (Kevin Washington, Virginia Smith said,
Commissioner Jordan Washington, person_titles_en.csv, 乔丹·华盛顿), in an
association or chamber of a province's natives abroad (美国湖北同乡会), in a
line or integration policy of adjacent names (京沪高铁, 杭黄、宁杭等高铁,
沪苏同城化, route_words.csv) or in a zone or cluster a compound of them names
a few words on (浙皖闽赣国家生态旅游协作区, 京津冀世界级先进制造业集群) and inside a quoted theme or slogan
(以“北疆消费好物”为主题, slogan_markers.csv). An AP-style state after a town
("Nevada, Mo.", us_ap_abbr.csv) places the town in that state.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache
from operator import attrgetter

from . import gazetteer as gz
from .mentions import Doc, Place

STATE_AFTER = re.compile(r",?\s*(?:the\s+)?(?:[Ss]tate of\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2}\b|[A-Z]\.[A-Z]\.)")
LOCATIVES = tuple("在于赴到来从抵至往经返回") + ("抵达", "到达", "前往", "来到", "走进", "访问", "考察", "落户", "位于")
# a place follows these, a person rarely
LIST_JOINERS = "、,，和与及"
LIST_SUFFIXES = "省市县区州道府盟旗"
# the rest of a list of bare names closed by one suffix: 、谅山、河江省
SHARED_SUFFIX = re.compile(r"(?:、[\u4e00-\u9fff]{2,4}?)*?[、和与及][\u4e00-\u9fff]{2,4}?([省县州道府])")
# a street named after a place: 南京路, 北京东路, 深圳大道 (not 路桥 road-and-bridge, 路演 roadshow, 北京街头 Beijing's streets)
STREET = re.compile(r"(?:[东西南北中]?路(?![桥演线径网过上])|大道|大街|街(?![头坊]))")
SMALL_US_CITY = 150_000     # below this a US city needs its state next to it (Springfield, Illinois)
WASHINGTON = frozenset({"Washington", "华盛顿"})
CAPITAL_BEFORE = re.compile(r"(?:首都|首府|[Cc]apital,?\s*(?:city\s*)?(?:of\s*)?)$")
JOINERS = re.compile(r"^\s*(?:-|–|—|/|、|与|和|and|,)\s*$")
# a phrase in quotes or title marks: a theme or slogan when slogan_markers.csv words stand next to it
QUOTED = re.compile(r"“[^”\n]{1,40}”|「[^」\n]{1,40}」|《[^》\n]{1,40}》|‘[^’\n]{1,40}’|\"[^\"\n]{1,60}\"")
# a person's name next to an English place word: Mr. Austin, Jordan Washington, Virginia Smith said
HONORIFIC_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+$")
# a post and one capitalised word before the place word: County Commissioner Jordan Washington
POST_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+)\.? $")
TITLED_NAME_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+\.?) ([A-Z][a-z]+) $")
WORD_BEFORE = re.compile(r"(?<![A-Za-z.])([A-Z][a-z]+) $")
SPEECH_BEFORE = re.compile(r"(?:said|says|told|according to|thanked)\s+$")
FUNCTION_WORD = re.compile(r"(?:The|In|At|On|For|From|To|And|But|Of|With|By|As|If|When|While|Both|All|Officials|Yesterday|Today)$")
SURNAME_AFTER = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[ ,.])")
PERSON_CUE_AFTER = re.compile(
    r"(?:,? (?:said|says|told|added|noted|explained|stressed|who|whose)\b"
    r"|, (?:the |a |an )?(?:director|president|chairman|chairwoman|chief|CEO|head|founder|manager|secretary"
    r"|commissioner|executive|vice|deputy|owner|spokesman|spokeswoman|spokesperson|professor)\b)")
# a town before an AP-style state abbreviation (Joplin, Mo.): one or two capitalised words
TOWN = r"(?<![A-Za-z.])((?:[A-Z][a-z]+ )?[A-Z][a-z]+|(?:[A-Z]{2,}\.? )?[A-Z]{3,})"     # also datelines: SPRINGFIELD, Ill.
# an association or chamber of people from a Chinese place living abroad (美国湖北同乡会, 美国四川商会, Hubei Association of Greater Atlanta)
HOMETOWN_ZH = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:同乡|乡亲|联谊|校友|老乡|商)(?:联合|联谊|总)?会")
HOMETOWN_EN_AFTER = re.compile(r"\s+(?:Hometown\s+|Natives?\s+|Friendship\s+|Alumni\s+|Benevolent\s+|Fellowship\s+)?"
                               r"(?:Association|Society|Club|Federation|Fellowship)\s+(?:of|in)\s+(?:the\s+)?"
                               r"(?:Greater\s+|Metro(?:politan)?\s+)?")
HOMETOWN_EN_TAIL = re.compile(r"\s+(?:Hometown\s+|Natives?\s+|Friendship\s+|Fellowship\s+)?(?:Association|Society|Club)\b")
CJK = re.compile(r"[\u4e00-\u9fff]")
SUFFIX_HEADS = "长委民政"    # 市长, 州委, 市民, 市政府: the suffix belongs to the name before it
TOWN_STATE_END = re.compile(r"\s*(?:[,.;:)]|-based\b|-headquartered\b|$)")
LIST_BEFORE = re.compile(r"(?:,|\band|\bor|&)\s*$")
LIST_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?[A-Z]|(?:and|or|&)\s)")
NAME_DOTS = "·•‧・"
NAME_DOTS_RE = re.compile("[·•‧・]")     # joins the parts of a transliterated name (乔丹·华盛顿)
TOWN_SUFFIX = "市镇县城"
# a province name that is the end of a mountain, river, lake or sea and a side of it: 贺兰山东麓 (not 山东), 长江西岸, 黄河北岸,
# 洞庭湖南部 (but 山东侧重 leans on, 湖南部分 part of Hunan, 湖北部署 Hubei deploys)
FEATURE_SIDE = re.compile(r"[麓岸坡畔]|侧(?!重)|部(?![分署门队长委属位省])|[东西南北]两[岸侧]")     # 黄河南北两岸
FEATURE_HEADS = "山江河湖海"
# a zone, cluster or programme that a compound of abbreviations names, a few words on: 京津冀世界级先进制造业集群, 浙皖闽赣国家生态旅游协作区
POLICY_TAIL = re.compile(r"(?:(?![在于和与及到赴来从向对])[\u4e00-\u9fff]){0,8}?(?:集群|协作区|合作区|示范区|试验区|先行区|经济区|经济带|经济圈|城市群|一体化|协同发展)")
PARTIES_AFTER = re.compile(r"[两三四五各]")    # 浙皖两省, 京津冀三地: the places as parties


def find_places(doc: Doc) -> list[Place]:
    """Every place mention in ``doc.text``, in text order, with its exact span.

    >>> [(p.name, p.region, p.country) for p in find_places(Doc("x", "四川省与浙江商会"))]
    [('四川省', 'CN-SC', 'CN'), ('浙江', 'CN-ZJ', 'CN')]
    >>> [(p.name, p.level, p.region) for p in find_places(Doc("x", "川浙两地企业来渝考察"))]
    [('川', 'province', 'CN-SC'), ('浙', 'province', 'CN-ZJ'), ('渝', 'province', 'CN-CQ')]
    """
    text, hits = gz.simplified_hits(doc.text)
    places = names_kept(text, hits, doc.language == "zh-Hant")     # Taiwan and Hong Kong write Texas 德州
    weak = gz.weak_names()
    places = [p for i, p in enumerate(places) if p.name not in weak or follows_its_province(text, places, i)]
    places = without_persons_names(text, places, hits)
    places = [town_of_state_name(text, p, places) if p.country == "US" and p.level == "province" else p
              for p in places]
    if any(w in text for w in WASHINGTON):     # every place name so far is a piece of the text
        places = resolve_washington(text, places)
    places += abbreviation_places(text, without_hits(text, hits))
    if ap_state_after().search(text) is not None:       # rare: a town and an AP-style state
        covered = bytearray(len(text))
        for start, end, _, _ in hits:
            covered[start:end] = b"\x01" * (end - start)
        places += towns_with_state(text, covered)
    places.sort(key=attrgetter("start", "end"))
    places = cities_in_written_state(places)
    places = without_hometown_associations(text, places)
    places = drop_route_names(text, places)
    media, media_heads = gz.media_words(), media_word_heads()
    quoted = slogan_spans(text)
    return [p for p in places if (text[p.end:p.end + 1] not in media_heads or not text.startswith(media, p.end))
            and not (quoted and any(s <= p.start and p.end <= e for s, e in quoted))]


def names_kept(text: str, hits: list[tuple[int, int, str, bool]], us_usage: bool = False) -> list[Place]:
    """The places of the gazetteer hits (:func:`place_of_hit`) less the short names the text uses otherwise.

    Dropped: a bare city or county name where a person's name goes (unless
    right after a place of its province: 浙江永康), a street (南京路), a name
    cut out of two words (示范县) and a province read across a mountain or
    river and its side (贺兰山东麓). A bare name in a list that shares a
    suffix takes that suffix's reading (:func:`shared_suffix_reading`).

    >>> t = "副主任岳阳在南京路与湖南岳阳"
    >>> [(p.name, p.start) for p in names_kept(t, gz.simplified_hits(t)[1])]
    [('湖南', 10), ('岳阳', 12)]
    """
    kinds = surface_kinds()
    out = []
    prev_end, prev_region = -1, ""      # of the place of the hit before: hits do not overlap
    for start, end, surface, slogan in hits:
        if slogan:
            continue
        kind = kinds.get(surface)
        if kind is None:
            continue
        latin, e, checks, us, us_checks = kind
        if latin:        # English: a reading from the words around it; no check applies to it
            p = place_of_hit(text, gz.Hit(start, end, surface, slogan), us_usage)
            if p is not None:
                out.append(p)
                prev_end, prev_region = end, p.region
            continue
        if us is not None and (us_usage or "美" in text[max(0, start - 4):start]):
            e, checks = us, us_checks
        level, code, region, country = e
        p = new_place(surface, start, end, level, code, region, country)
        after_own_province = prev_end == start and prev_region == region     # 浙江海宁 is Haining whatever follows
        prev_end, prev_region = end, region
        if checks & AS_PERSON and not after_own_province and reads_as_person(text, p):
            continue
        following = text[end:end + 1]
        if following in STREET_HEADS and names_street(text, p):
            continue
        if checks & STRADDLE and straddles_words(text, p):
            continue
        if checks & FEATURE_SIDE_CHECK and names_feature_side(text, p):
            continue
        if checks & SHARED and following in SHARED_SUFFIX_HEADS:
            p = shared_suffix_reading(text, p)
        out.append(p)
    return out


# what names_kept must check of a Chinese name (name_checks), as bits
AS_PERSON, STREET_CHECK, STRADDLE, FEATURE_SIDE_CHECK, SHARED = 1, 2, 4, 8, 16
STREET_HEADS = frozenset("东西南北中路大街")      # every STREET match starts with one of these
SHARED_SUFFIX_HEADS = frozenset("、和与及")      # and every SHARED_SUFFIX match with one of these


def name_checks(name: str, level: str, country: str) -> int:
    """The checks of :func:`names_kept` that can drop or change a Chinese name of this level and country.

    Each is the part of its function that does not look at the text (a
    province is never a person's name nor cut out of two words, ...).

    >>> name_checks("岳阳", "prefecture", "CN") == AS_PERSON | STREET_CHECK | STRADDLE | SHARED
    True
    >>> name_checks("山东", "province", "CN") == STREET_CHECK | FEATURE_SIDE_CHECK
    True
    """
    checks = STREET_CHECK
    if level in ("prefecture", "county") and name[-1] not in LIST_SUFFIXES:
        checks |= AS_PERSON
    if level != "country" and not (level == "province" and country == "CN"):
        checks |= STRADDLE
    if level == "province" and len(name) == 2 and name[0] in FEATURE_HEADS:
        checks |= FEATURE_SIDE_CHECK
    if level not in ("country", "province") and name[-1] not in LIST_SUFFIXES:
        checks |= SHARED
    return checks


@cache
def surface_kinds() -> dict[str, tuple]:
    """:func:`surface_kind` of every gazetteer name."""
    kinds = {s: _surface_kind(s) for s in gz.entries()}
    return {s: k for s, k in kinds.items() if k is not None}


def surface_kind(surface: str) -> tuple | None:
    """What a gazetteer hit's surface always reads as, worked out once per surface; None for no place.

    (True, None, 0, None, 0) for an English name (its reading depends on the
    words around it), else (False, its (level, code, region, country), its
    checks, the same of the US reading or None, its checks): a Chinese name
    of both a Chinese and a US place (德州) is the US one where the text says
    so (:func:`place_of_hit`).

    >>> surface_kind("Ohio"), surface_kind("一带一路")
    ((True, None, 0, None, 0), None)
    >>> k = surface_kind("德州"); k[1], k[3]
    (('prefecture', '371400', 'CN-SD', 'CN'), ('province', 'US-TX', 'US-TX', 'US'))
    """
    return surface_kinds().get(surface)


def _surface_kind(surface: str) -> tuple | None:
    readings = gz.entries().get(surface)
    if not readings:
        return None
    if gz.is_latin(surface):
        return (True, None, 0, None, 0)
    e = readings[0]
    us = next((r for r in readings if r.country == "US"), None) if e.country == "CN" and len(readings) > 1 else None
    fields = lambda r: (r.level, r.code, r.region, r.country)
    return (False, fields(e), name_checks(surface, e.level, e.country),
            None if us is None else fields(us), 0 if us is None else name_checks(surface, us.level, us.country))


class new_place:
    """``Place(...)``, made about three times faster: a frozen dataclass sets each field through
    ``object.__setattr__``; this class has the same slots, sets them plainly, and then makes
    the instance a Place (the same layout, so Python allows it).

    >>> p = new_place("成都", 0, 2, "prefecture", "510100", "CN-SC", "CN")
    >>> type(p) is Place, p == Place("成都", 0, 2, "prefecture", "510100", "CN-SC", "CN")
    (True, True)
    """

    __slots__ = Place.__slots__

    def __init__(self, name, start, end, level, code, region, country):
        self.name = name
        self.start = start
        self.end = end
        self.level = level
        self.code = code
        self.region = region
        self.country = country
        self.__class__ = Place


assert Place.__slots__ == ("name", "start", "end", "level", "code", "region", "country"), "new_place must follow Place"


def without_persons_names(text: str, places: list[Place], hits: list[tuple[int, int, str, bool]]) -> list[Place]:
    """``places`` less those that are (part of) a person's name (:func:`is_persons_name`).

    Only English names and names next to a middle dot can be; the hits are
    made :class:`gazetteer.Hit` records only where one is next to a dot.
    """
    dots = [m.start() for m in NAME_DOTS_RE.finditer(text)]
    starts: list[int] = []
    out = []
    for p in places:
        if p.name.isascii():
            if is_persons_name(text, p, places, []):       # the hits matter only to names next to a dot
                continue
        elif dots and (k := bisect_left(dots, max(0, p.start - 1))) < len(dots) and dots[k] < p.end + 1:
            if not starts:
                starts = [h[0] for h in hits]
            near = [gz.Hit(*h) for h in hits[max(0, bisect_right(starts, p.start - 1) - 2):bisect_right(starts, p.end + 1)]
                    if h[1] >= p.start - 1]
            if in_transliterated_name(text, p, near):      # its test looks at the hits around the dots only
                continue
        out.append(p)
    return out


def place_of_hit(text: str, hit: gz.Hit, us_usage: bool = False) -> Place | None:
    """The place a gazetteer hit names, or None where an English name needs more context than it has.

    A Chinese name of both a Chinese and a US place (德州 Dezhou, Texas) is
    the US one after 美国/美 or in a traditional-Chinese article.
    """
    readings = gz.entries().get(hit.surface)
    if not readings:
        return None
    e = readings[0]
    if e.country == "CN" and len(readings) > 1 and (us_usage or "美" in text[max(0, hit.start - 4):hit.start]):
        e = next((r for r in readings if r.country == "US"), e)
    if gz.is_latin(hit.surface):
        e = english_reading(text, hit, readings)
        if e is None:
            return None
    return new_place(hit.surface, hit.start, hit.end, e.level, e.code, e.region, e.country)


def english_reading(text: str, hit: gz.Hit, readings) -> gz.Entry | None:
    """The reading of an English name: the state written after a city wins ("Columbus, Georgia").

    A small US city that is not a state capital, or one whose name is also a
    common name or word (Charlotte, Mobile), counts only with its state; such
    a foreign name not at all. A state written AP-style after any name puts
    it in that state ("Nevada, Mo." is a town in Missouri).
    """
    state = ap_state(text, hit.end)
    if state:       # Kansas City, Mo.; Nevada, Mo. is a town in Missouri, not the state
        return next((e for e in readings if e.region == state),
                    gz.Entry(hit.surface, "city", "", state, "US", hit.surface, 0))
    by_state = reading_by_state(text, hit, readings) if readings[0].level == "city" else None
    if by_state is not None:
        return by_state
    if readings[0].level == "city":
        m = STATE_AFTER.match(text, hit.end)
        state = gz.us_state_codes().get(m.group(1)) if m and m.group(1)[1:].islower() else None
        if state and TOWN_STATE_END.match(text, m.end()) and not LIST_AFTER.match(text, m.end()):
            return gz.Entry(hit.surface, "city", "", state, "US", hit.surface, 0)   # Paris, Texas
    e = readings[0]
    if hit.surface in gz.ambiguous_english() and e.country != "CN":
        return None
    if e.level == "city" and e.country == "US" and e.population < SMALL_US_CITY \
            and (e.name, e.region) not in gz.us_capitals():
        return None
    return e


def straddles_words(text: str, p: Place) -> bool:
    """True when a short Chinese name is really the tail of one word and the head of the next.

    A two-character name whose first character ends a word (示范县 -> 范县,
    增加纳税 -> 加纳), or a foreign name or one made of a word and a suffix
    whose last character starts a word (自由市场 -> 自由市, Freetown;
    港口区域 -> 港口区).

    >>> straddles_words("全国示范县", Place("范县", 3, 5, "county", "410526", "CN-HA", "CN"))
    True
    >>> straddles_words("河南范县", Place("范县", 2, 4, "county", "410526", "CN-HA", "CN"))
    False
    """
    if gz.is_latin(p.name) or p.level == "country" or (p.level == "province" and p.country == "CN"):
        return False
    words = gz.ordinary_bigrams()
    if len(p.name) == 2 and text[p.start - 1:p.start + 1] in words:
        return True     # 示范县, 增加州长
    if len(p.name) == 2 and p.level == "county" and text[p.start + 1:p.start + 3] in words:
        return True     # 提高安排 (高安), 大安全 (大安)
    if p.level == "province" or text[p.end - 1:p.end + 1] not in words:
        return False
    if p.name[-1] in LIST_SUFFIXES and text[p.end:p.end + 1] in SUFFIX_HEADS:
        return False    # 纽约市长 is New York City's mayor, 纽约市民 its residents
    return p.country != "CN" or p.name[:-1] in words


def names_feature_side(text: str, p: Place) -> bool:
    """True for a province name read across a mountain's or river's name and a side of it.

    贺兰山东麓 is the eastern foot of the Helan Mountains, not 山东; 长江西岸
    the west bank of the Yangtze, not 江西.

    >>> names_feature_side("贺兰山东麓葡萄酒", Place("山东", 2, 4, "province", "CN-SD", "CN-SD", "CN"))
    True
    >>> names_feature_side("在山东东部", Place("山东", 1, 3, "province", "CN-SD", "CN-SD", "CN"))
    False
    """
    return p.level == "province" and len(p.name) == 2 and p.name[0] in FEATURE_HEADS and p.start > 0 \
        and CJK.match(text[p.start - 1]) is not None and FEATURE_SIDE.match(text, p.end) is not None


def needs_its_province(p: Place) -> bool:
    """True for a name that needs a place of its province next to it (weak_names.csv).

    A bare name that is also a common word (合作, 安康), a county name without
    its suffix (汶川 for 汶川县), or a full name that starts with a common word (和县). Hundreds of these are also ordinary
    strings of two characters (来安 in 带来安全, 和县 in 和县级), so they count
    only right after a place of their own province (四川汶川, 安徽和县).
    County-level cities (义乌, 昆山) are written bare on their own and are exempt.
    """
    return p.name in gz.weak_names()


def follows_its_province(text: str, places: list[Place], i: int) -> bool:
    """True when ``places[i]`` comes right after a place of the same region (浙江永康, 阿坝州汶川)
    or is listed with one (汉中、安康、商洛)."""
    p = places[i]
    if i > 0:
        q = places[i - 1]
        if q.region == p.region and (q.end == p.start or (q.end == p.start - 1 and text[q.end] in LIST_JOINERS)):
            return True
    if i + 1 < len(places):
        q = places[i + 1]
        if q.region == p.region and q.start == p.end + 1 and text[p.end] in LIST_JOINERS \
                and q.name not in gz.weak_names():
            return True
    return False


def names_street(text: str, p: Place) -> bool:
    """True when a Chinese place name is the start of a street name (上海南京路, 北京东路).

    >>> names_street("位于南京路步行街", Place("南京", 2, 4, "prefecture", "320100", "CN-JS", "CN"))
    True
    """
    return not gz.is_latin(p.name) and STREET.match(text, p.end) is not None


def reads_as_person(text: str, p: Place) -> bool:
    """True for a bare city or county name written where a person's name goes.

    After a title, directly or after a surname (副主任岳阳, 政委齐新平), or
    before a speech verb (岳阳表示).

    >>> p = Place("永康", 4, 6, "county", "330784", "CN-ZJ", "CN")
    >>> reads_as_person("副主任王永康等会见", p), reads_as_person("浙江永康等地", Place("永康", 2, 4, "county", "330784", "CN-ZJ", "CN"))
    (True, False)
    """
    if p.level not in ("prefecture", "county") or gz.is_latin(p.name) or p.name[-1] in LIST_SUFFIXES:
        return False
    titles, verbs = gz.person_contexts()
    verb_heads, title_tails = person_context_ends()
    if text[p.end:p.end + 1] in verb_heads and text.startswith(verbs, p.end) \
            and not text.endswith(LOCATIVES, max(0, p.start - 2), p.start):
        return True     # 岳阳表示, but not 在成都会见
    before = text[max(0, p.start - 8):p.start]
    if before[-1:] in title_tails and before.endswith(titles):
        return True
    for n in (1, 2):
        if before[-n - 1:-n] in title_tails and before[-n:] in gz.surnames() and before[:-n].endswith(titles):
            return True
    return False


@cache
def person_context_ends() -> tuple[frozenset[str], frozenset[str]]:
    """(first characters of the verbs, last characters of the titles) of :func:`gazetteer.person_contexts`:
    one look at a character rules most names out before the tuple tests."""
    titles, verbs = gz.person_contexts()
    return frozenset(v[0] for v in verbs), frozenset(t[-1] for t in titles)


@cache
def media_word_heads() -> frozenset[str]:
    """The first characters of :func:`gazetteer.media_words` (日 of 日报, the space of " Times")."""
    return frozenset(w[0] for w in gz.media_words())


def shared_suffix_reading(text: str, p: Place) -> Place:
    """A bare name in a list that shares its suffix (高平、广宁、谅山、河江省) read with that suffix.

    >>> p = Place("广宁", 0, 2, "county", "441223", "CN-GD", "CN")
    >>> shared_suffix_reading("广宁、谅山、河江省委员会", p).country
    'VN'
    """
    if p.level in ("country", "province") or gz.is_latin(p.name) or p.name[-1] in LIST_SUFFIXES:
        return p        # a bare province name is never short for anything else (吉林、辽宁省)
    m = SHARED_SUFFIX.match(text, p.end)
    if not m:
        return p
    readings = gz.entries().get(p.name + m.group(1))
    if not readings:
        return p
    e = readings[0]
    return Place(p.name, p.start, p.end, e.level, e.code, e.region, e.country)


def cities_in_written_state(places: list[Place]) -> list[Place]:
    """A US city written right after a state (印第安纳州哥伦布市) lies in that state, whichever
    city of that name the gazetteer knows (Columbus, Ohio); ``places`` in text order.

    >>> st = Place("印第安纳州", 0, 5, "province", "US-IN", "US-IN", "US")
    >>> city = Place("哥伦布", 5, 8, "city", "", "US-OH", "US")
    >>> [(p.name, p.region) for p in cities_in_written_state([st, city])]
    [('印第安纳州', 'US-IN'), ('哥伦布', 'US-IN')]
    """
    out = []
    for p in places:
        prev = out[-1] if out else None
        if prev is not None and prev.end == p.start and p.level == "city" and p.country == "US" \
                and prev.level == "province" and prev.country == "US" and prev.region != p.region:
            p = replace(p, code="", region=prev.region)
        out.append(p)
    return out


def state_written_after(text: str, end: int) -> str:
    """The ISO 3166-2 US state written right after ``end`` (", Mo.", ", Missouri", ", D.C."), else ''.

    >>> state_written_after("Washington, D.C.", 10), state_written_after("Virginia Smith", 8)
    ('US-DC', '')
    """
    state = ap_state(text, end)
    if state:
        return state
    m = STATE_AFTER.match(text, end)
    return gz.us_state_codes().get(m.group(1).replace(".", ""), "") if m else ""


def reading_by_state(text: str, hit: gz.Hit, readings) -> gz.Entry | None:
    """The reading of an ambiguous English city in the state written after it ("Columbus, Georgia")."""
    m = STATE_AFTER.match(text, hit.end)
    if not m:
        return None
    state = gz.us_state_codes().get(m.group(1).replace(".", ""))
    return next((e for e in readings if e.region == state), None) if state else None


def resolve_washington(text: str, places: list[Place]) -> list[Place]:
    """Bare Washington/华盛顿 as the state where the article points to the state, else the capital.

    The article points to the state when it names Washington State elsewhere
    (华盛顿州, Seattle) or joins Washington to a Chinese province
    (Washington-Sichuan), unless it writes D.C. or 首都华盛顿. Without such a
    pointer the default is the capital, the common reading in news.
    """
    bare = {id(p) for p in places if p.name in WASHINGTON and p.region == "US-DC"}
    if not bare:
        return places
    states = any(p.region == "US-WA" for p in places)
    explicit_dc = any(p.region == "US-DC" and p.name not in WASHINGTON for p in places)
    # Beijing and Washington are the two capitals, not a province paired with a state
    provinces = [p for p in places if p.country == "CN" and p.level == "province" and p.region != "CN-BJ"]
    out = []
    for p in places:
        if id(p) in bare and not explicit_dc and not CAPITAL_BEFORE.search(text, max(0, p.start - 12), p.start) \
                and (states or paired_with_province(text, p, provinces)):
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


def abbreviation_places(text: str, uncovered: str) -> list[Place]:
    """Places written as one-character abbreviations, on characters no gazetteer name covers.

    ``uncovered`` is ``text`` with the characters of every gazetteer hit blanked (:func:`without_hits`),
    so that the runs of abbreviation characters found there stop where a name covers the text.

    >>> t = "赣港青年交流会"
    >>> [p.name for p in abbreviation_places(t, without_hits(t, gz.simplified_hits(t)[1]))]
    ['赣', '港']
    >>> t = "川浙两地与四川"
    >>> [(p.name, p.region) for p in abbreviation_places(t, without_hits(t, gz.simplified_hits(t)[1]))]
    [('川', 'CN-SC'), ('浙', 'CN-ZJ')]
    """
    out: list[Place] = []
    for m in gz.abbreviation_runs().finditer(uncovered):
        i, j = m.span()
        if j == i + 1:      # one character (most runs): run_places comes down to its context
            a = contextual_abbreviation(text, i)
            if a is not None:
                out.append(abbr_place(text, i, a))
        else:
            out += run_places(text, i, j)
    return out


def without_hits(text: str, hits: list[tuple[int, int, str, bool]]) -> str:
    """``text`` with the characters of every hit (start, end, ...) replaced by NUL.

    >>> without_hits("在北京和川", [(1, 3, "北京", False)])
    '在\\x00\\x00和川'
    """
    parts = []
    prev = 0
    for start, end, _, _ in hits:
        parts.append(text[prev:start])
        parts.append("\x00" * (end - start))
        prev = end
    parts.append(text[prev:])
    return "".join(parts)


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
        while len(chain) >= 2 and text[i + len(chain) - 1:i + len(chain) + 1] in gz.any_bigrams():
            chain = chain[:-1]      # 在合作中加强: 加 starts 加强, no Canada; 心中美丽: no US
        if len(chain) >= 2:
            return [abbr_place(text, i + k, abbr[(run[k], "world")]) for k in range(len(chain))]
    chain = compound_chain(run, "cn")
    while len(chain) >= 3 and text[i + len(chain) - 1:i + len(chain) + 1] in gz.any_bigrams():
        chain = chain[:-1]          # 赣港青年: 青 starts 青年, no Qinghai
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
    before, after = contexts_by_length()
    tails, heads = context_ends()
    if text[k - 1:k] not in tails and text[k + 1:k + 2] not in heads:
        return None     # no context word ends right before it or starts right after it
    abbr = gz.abbreviations()
    for set_ in ("cn", "world"):
        a = abbr.get((text[k], set_))
        if a is None or a.strength == "compound":
            continue
        strong = a.strength == "strong"
        words = gz.ordinary_bigrams()
        if text[k:k + 2] not in gz.any_bigrams() and any(
                n <= k and (v := ws.get(text[k - n:k])) is not None and (strong or v == "all")
                for n, ws in before):
            return a        # 来渝, not 在华为, 在美丽的
        for n, ws in after:
            v = ws.get(text[k + 1:k + 1 + n])
            if v is not None and (strong or v == "all") and text[k - 1:k + 1] not in words \
                    and (strong or text[k + 1:k + 2 + n] not in words):
                return a    # 浙商(大会), not 平台资源, 港资源
    return None


@cache
def context_ends() -> tuple[frozenset[str], frozenset[str]]:
    """(last characters of the words before, first characters of the words after) of
    :func:`gazetteer.abbreviation_contexts`; an empty word (it would match anywhere) makes
    the first or second set every character's."""
    class Every:
        def __contains__(self, ch):
            return True
    before, after = gz.abbreviation_contexts()
    return (Every() if "" in before else frozenset(w[-1] for w in before),
            Every() if "" in after else frozenset(w[0] for w in after))


@cache
def contexts_by_length() -> tuple[tuple[tuple[int, dict[str, str]], ...], ...]:
    """:func:`gazetteer.abbreviation_contexts` as (length, {word: applies}) per side, so that a
    context is looked up by the characters next to an abbreviation instead of tried word by word.

    >>> before, after = contexts_by_length()
    >>> [n for n, _ in before], [n for n, _ in after]
    ([1], [1, 2])
    """
    def by_length(words: dict[str, str]) -> tuple[tuple[int, dict[str, str]], ...]:
        sizes = sorted({len(w) for w in words})
        return tuple((n, {w: v for w, v in words.items() if len(w) == n}) for n in sizes)
    before, after = gz.abbreviation_contexts()
    return by_length(before), by_length(after)


def abbr_place(text: str, k: int, a: gz.Abbreviation) -> Place:
    if a.level == "country":
        return Place(text[k], k, k + 1, "country", a.code, "", a.code)
    if a.level == "province":
        return Place(text[k], k, k + 1, "province", a.code, a.code, gz.country_of_region(a.code))
    e = gz.by_code(a.code)
    return Place(text[k], k, k + 1, a.level, a.code, e.region if e else "", e.country if e else "CN")


def slogan_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted phrases that the text marks as a theme, slogan or brand (以“北疆消费好物”为主题).

    >>> t = "以“北疆消费好物”为主题参展"
    >>> [t[s:e] for s, e in slogan_spans(t)]
    ['“北疆消费好物”']
    """
    before, after = gz.slogan_markers()
    out = []
    for m in QUOTED.finditer(text):
        head = text[max(0, m.start() - 12):m.start()].rstrip(" 以:：").lower()
        tail = text[m.end():m.end() + 6].lstrip(" ").lower()
        if head.endswith(before) or tail.startswith(after):
            out.append((m.start(), m.end()))
    return out


def drop_route_names(text: str, places: list[Place]) -> list[Place]:
    """``places`` less the abbreviations that make the name of a line, corridor or policy (京沪高铁, 闽宁协作).

    >>> ps = [Place("京", 0, 1, "province", "CN-BJ", "CN-BJ", "CN"), Place("沪", 1, 2, "province", "CN-SH", "CN-SH", "CN")]
    >>> drop_route_names("京沪高铁", ps), len(drop_route_names("京沪两地", ps))
    ([], 2)
    """
    drop: set[int] = set()
    singles = [k for k, p in enumerate(places) if len(p.name) == 1]
    x = 0
    while x < len(singles):
        i = j = singles[x]
        while x + 1 < len(singles) and singles[x + 1] == j + 1 and places[j + 1].start == places[j].end:
            x += 1      # only abbreviations: 四川重庆协作 and 延安苏陕协作 keep their full names
            j += 1
        end = places[j].end
        if j > i and (route_tail().match(text, end)
                      or (all(p.level != "country" for p in places[i:j + 1]) and names_policy(text, end))):
            drop.update(range(i, j + 1))     # 京沪高铁; 杭黄、宁杭等高铁; 京津冀世界级先进制造业集群 (中美 zones keep their countries)
        x += 1
    return [p for k, p in enumerate(places) if k not in drop] if drop else list(places)


@cache
def route_tail() -> re.Pattern:
    """A line word (route_words.csv), maybe after further line names listed with 、 and 等: 高铁, 、宁杭等高铁, 、宁杭甬高铁."""
    words = "|".join(map(re.escape, sorted(gz.route_words(), key=len, reverse=True)))
    return re.compile(r"(?:、(?:(?!等)[\u4e00-\u9fff]){2,3}?)*等?(?:" + words + ")")


def names_policy(text: str, end: int) -> bool:
    """True when the compound of abbreviations ending at ``end`` names a zone, cluster or programme a few words on.

    >>> names_policy("共推浙皖闽赣国家生态旅游协作区建设", 6), names_policy("浙皖两省合作示范区", 2)
    (True, False)
    """
    return not PARTIES_AFTER.match(text, end) and POLICY_TAIL.match(text, end) is not None


HOMETOWN_ZH_TAIL = re.compile(r"(?:同乡|乡亲|联谊|校友|老乡|商)(?:联合|联谊|总)?会")     # ends each HOMETOWN_ZH match
HOMETOWN_EN_WORDS = ("Association", "Society", "Club", "Federation", "Fellowship")   # one of them ends each English match


def without_hometown_associations(text: str, places: list[Place]) -> list[Place]:
    """``places`` less the Chinese places named in an association of their natives abroad (:func:`in_hometown_association`)."""
    english = any(w in text for w in HOMETOWN_EN_WORDS)
    chinese = HOMETOWN_ZH_TAIL.search(text) is not None
    if not english and not chinese:
        return list(places)
    return [p for p in places
            if p.country != "CN"
            or not (english if gz.is_latin(p.name) else chinese and text.find("会", p.end, p.end + 17) >= 0)
            or not in_hometown_association(text, p, places)]


def in_hometown_association(text: str, p: Place, places: list[Place]) -> bool:
    """True for a Chinese place named in an association of its natives based outside China.

    Such a body belongs where it is based (美国湖北同乡会, the Hubei Association
    of Greater Atlanta), so the Chinese place in its name is no place of the story.

    >>> t = "美国湖北同乡会会长"
    >>> ps = [Place("美国", 0, 2, "country", "US", "", "US"), Place("湖北", 2, 4, "province", "CN-HB", "CN-HB", "CN")]
    >>> in_hometown_association(t, ps[1], ps)
    True
    """
    if p.country != "CN":
        return False
    if gz.is_latin(p.name):
        m = HOMETOWN_EN_AFTER.match(text, p.end)
        if m and any(q.start == m.end() and q.country != "CN" for q in places):
            return True
        return HOMETOWN_EN_TAIL.match(text, p.end) is not None and any(
            q.country not in ("CN", "") and q.end < p.start and text[q.end:p.start].strip() == "" for q in places)
    if text.find("会", p.end, p.end + 17) < 0:
        return False    # no HOMETOWN_ZH match: its 会 comes at most 16 characters on
    m = HOMETOWN_ZH.match(text, p.end)
    if not m:
        return False
    start = p.start
    while start > 0 and p.start - start < 12 and CJK.match(text[start - 1]):
        start -= 1
    return any(q.country != "CN" and start <= q.start and q.end <= m.end() for q in places)


@cache
def ap_state_after() -> re.Pattern:
    """A comma and a US state written AP-style (", Mo.") or as a postal code before a ZIP code (", MO 64772")."""
    abbrs = sorted(gz.us_ap_abbreviations(), key=len, reverse=True)
    return re.compile(r",\s*(" + "|".join(map(re.escape, abbrs)) + r")(?![A-Za-z])|,\s*([A-Z]{2})\s+\d{5}\b")


def ap_state(text: str, end: int) -> str:
    """The ISO 3166-2 state written AP-style right after ``end`` ("Nevada, Mo." -> 'US-MO'), else ''.

    >>> ap_state("Nevada, Mo., a town", 6), ap_state("Nevada, Missouri", 6)
    ('US-MO', '')
    """
    if not text.startswith(",", end):
        return ""       # every match of ap_state_after starts with the comma
    m = ap_state_after().match(text, end)
    if not m:
        return ""
    if m.group(1):
        return gz.us_ap_abbreviations()[m.group(1)]
    return gz.us_state_codes().get(m.group(2), "")


@cache
def town_before_state() -> re.Pattern:
    return re.compile(TOWN + r"$")


def towns_with_state(text: str, covered: bytearray) -> list[Place]:
    """Towns the gazetteer lacks, placed by the AP-style state after them ("Joplin, Mo." is in Missouri).

    >>> [(p.name, p.region) for p in towns_with_state("Joplin, Mo., said", bytearray(17))]
    [('Joplin', 'US-MO')]
    """
    out = []
    town = town_before_state()
    for a in ap_state_after().finditer(text):      # rare: look back from each abbreviation
        m = town.search(text, max(0, a.start() - 40), a.start())
        if m is None or any(covered[m.start(1):m.end(1)]):
            continue
        state = ap_state(text, m.end(1))
        if state:
            out.append(Place(m.group(1), m.start(1), m.end(1), "city", "", state, "US"))
    return out


def reads_as_english_person(text: str, p: Place) -> bool:
    """True for an English place word that is part of a person's name.

    After a given name (Jordan Washington) or an honorific (Mr. Austin), or
    followed by a surname and a speech verb or a post (Virginia Smith said,
    Virginia Smith, director of ...), or after "said" and before a surname.

    >>> p = Place("Washington", 7, 17, "city", "", "US-DC", "US")
    >>> reads_as_english_person("Jordan Washington said", p)
    True
    >>> reads_as_english_person("Visits Washington today", p)
    False
    """
    if not gz.is_latin(p.name):
        return False
    before = text[max(0, p.start - 24):p.start]
    capitalised = ends_with_capitalised_word(before)
    if capitalised and after_given_name(text, p):
        return True
    m = WORD_BEFORE.search(before) if capitalised else None
    if m and PERSON_CUE_AFTER.match(text, p.end) and not FUNCTION_WORD.match(m.group(1)) \
            and m.group(1) not in gz.english_org_words() and not any(e.level != "country" for e in gz.lookup(m.group(1))) \
            and m.group(1) not in ("North", "South", "East", "West", "Western", "Eastern", "Northern", "Southern", "Central", "Greater"):
        return True     # Jordan Washington said: a capitalised word, not a place or a direction, before the place
    s = SURNAME_AFTER.match(text, p.end)
    if not s or s.group(1) in gz.english_org_words() or gz.lookup(s.group(1)):
        return False
    t = POST_BEFORE.search(before) if capitalised else None
    if t and t.group(1).lower() in gz.english_person_titles():
        return True     # Commissioner Virginia Smith: a post, the place word as a given name, a surname
    return PERSON_CUE_AFTER.match(text, s.end()) is not None \
        or (SPEECH_BEFORE.search(before) is not None and text[s.end():s.end() + 1] in ",.")


def after_given_name(text: str, p: Place) -> bool:
    """True for an English place word right after an honorific or a given name (Mr. Austin, Kevin Washington).

    >>> after_given_name("Kevin Washington", Place("Washington", 6, 16, "city", "", "US-DC", "US"))
    True
    """
    if not gz.is_latin(p.name):
        return False
    before = text[max(0, p.start - 24):p.start]
    if not ends_with_capitalised_word(before):
        return False
    if HONORIFIC_BEFORE.search(before):
        return True
    t = TITLED_NAME_BEFORE.search(before)
    if t and t.group(1).rstrip(".").lower() in gz.english_person_titles() \
            and not any(e.level != "country" for e in gz.lookup(t.group(2))) \
            and t.group(2) not in gz.english_org_words():
        return True     # Commissioner Jordan Washington, Gov. Virginia ... : a post, a given name, the place word
    m = WORD_BEFORE.search(before)
    return m is not None and m.group(1) in gz.english_given_names()


LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = frozenset(LOWER.upper())


def ends_with_capitalised_word(before: str) -> bool:
    """True where ``before`` may end in a capitalised word or honorific and white space, as each of
    HONORIFIC_BEFORE, TITLED_NAME_BEFORE, WORD_BEFORE and POST_BEFORE needs: a cheap test before them.

    >>> ends_with_capitalised_word("said Mr. "), ends_with_capitalised_word("Kevin "), ends_with_capitalised_word("in ")
    (True, True, False)
    """
    word = before.rstrip()
    if len(word) == len(before):
        return False
    if word.endswith("."):
        word = word[:-1]
    head = word.rstrip(LOWER)
    return len(head) < len(word) and head[-1:] in UPPER


def is_persons_name(text: str, p: Place, places: list[Place], hits: list[gz.Hit]) -> bool:
    """True for a place word that is (part of) a person's name, English (Kevin Washington) or transliterated (乔丹·华盛顿).

    Once a name is read as a person after a given name, a later bare mention
    of it that speaks (Washington said) is that person too.
    """
    if p.name.isascii():
        if reads_as_english_person(text, p):
            return True
        return PERSON_CUE_AFTER.match(text, p.end) is not None and any(
            q.name == p.name and q.start < p.start and after_given_name(text, q) for q in places)
    return NAME_DOTS_RE.search(text, max(0, p.start - 1), p.end + 1) is not None and in_transliterated_name(text, p, hits)


def in_transliterated_name(text: str, p: Place, hits: list[gz.Hit]) -> bool:
    """True for a foreign place name joined by a middle dot to a word that is no place (乔丹·华盛顿, 弗吉尼亚·史密斯).

    >>> hits = gz.scan("乔丹·华盛顿表示")
    >>> in_transliterated_name("乔丹·华盛顿表示", Place("华盛顿", 3, 6, "city", "", "US-DC", "US"), hits)
    True
    >>> t = "中国·成都国际投资洽谈会"
    >>> in_transliterated_name(t, Place("成都", 3, 5, "prefecture", "510100", "CN-SC", "CN"), gz.scan(t))
    False
    """
    if gz.is_latin(p.name) or p.country == "CN":
        return False
    def is_place_at(i: int) -> bool:
        return any(h.start <= i < h.end and not h.slogan for h in hits)
    if p.start >= 2 and text[p.start - 1] in NAME_DOTS and CJK.match(text[p.start - 2]) and not is_place_at(p.start - 2):
        return True
    return p.end + 1 < len(text) and text[p.end] in NAME_DOTS and CJK.match(text[p.end + 1]) is not None \
        and not is_place_at(p.end + 1)


def town_of_state_name(text: str, p: Place, places: list[Place]) -> Place:
    """A bare US state name written as a town of another state (密苏里州内华达市) is in the state before it.

    >>> ps = [Place("密苏里州", 0, 4, "province", "US-MO", "US-MO", "US"), Place("内华达", 4, 7, "province", "US-NV", "US-NV", "US")]
    >>> town_of_state_name("密苏里州内华达市", ps[1], ps).region
    'US-MO'
    """
    if p.country != "US" or p.level != "province" or p.name.endswith("州"):
        return p
    if p.name.isascii():
        state = english_town_state(text, p, places)
        return Place(p.name, p.start, p.end, "city", "", state, "US") if state else p
    before = [q for q in places if q.end == p.start and q.country == "US" and q.level == "province"]
    if not before or before[0].region == p.region:
        return p        # 纽约市 New York City, 夏威夷县 Hawaii County: in the state of their name
    suffix = text[p.end:p.end + 1] if text[p.end:p.end + 1] and text[p.end] in TOWN_SUFFIX else ""
    if not suffix and not before[0].name.endswith("州"):
        return p        # 密苏里、内华达 is a list; 密苏里州内华达 a town
    return Place(p.name + suffix, p.start, p.end + len(suffix), "city", "", before[0].region, "US")


def english_town_state(text: str, p: Place, places: list[Place]) -> str:
    """The state of a town named like another state ("Nevada, Missouri, signed"), '' where ``p`` is the state.

    The second state must end the phrase: "Delaware, Ohio and Texas" or
    "Delaware, Ohio, Texas" is a list of states.

    >>> ps = [Place("Nevada", 0, 6, "province", "US-NV", "US-NV", "US"), Place("Missouri", 8, 16, "province", "US-MO", "US-MO", "US")]
    >>> english_town_state("Nevada, Missouri, signed", ps[0], ps), english_town_state("Nevada, Missouri and Ohio", ps[0], ps)
    ('US-MO', '')
    """
    nxt = next((q for q in places if q.start > p.end), None)
    if nxt is None or nxt.level != "province" or nxt.country != "US" or nxt.region == p.region \
            or not re.fullmatch(r",\s*", text[p.end:nxt.start]):
        return ""
    if LIST_BEFORE.search(text, max(0, p.start - 8), p.start) or LIST_AFTER.match(text, nxt.end) \
            or not TOWN_STATE_END.match(text, nxt.end):
        return ""       # "Ohio, Michigan sign pact" is a headline's pair of states
    return nxt.region


def names_news_outlet(text: str, p: Place) -> bool:
    """True for a place that starts a news outlet's name (四川日报, Los Angeles Times): a source, not a place of the story.

    >>> names_news_outlet("据《纽约时报》报道", Place("纽约", 2, 4, "city", "", "US-NY", "US"))
    True
    >>> names_news_outlet("The Los Angeles Times said", Place("Los Angeles", 4, 15, "city", "", "US-CA", "US"))
    True
    """
    return text.startswith(gz.media_words(), p.end)
