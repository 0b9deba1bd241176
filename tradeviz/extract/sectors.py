"""Sectors: lexicon terms mapped to ISIC Rev.4.

The lexicon (``data/sectors.csv``) maps Chinese and English industry words to
ISIC sections or divisions. Matching is leftmost-longest over one cached
Aho-Corasick automaton, so a longer term wins over the words inside it
(农畜产品深加工 is food processing, not agriculture). The hits then pass
general context rules that describe how the annotation judges a mention:

* ``stop`` rows (slogans, policy names, generic words such as 经贸) win the
  longest match and yield nothing, which silences the terms inside them;
* a term inside the name of a government body, association, university,
  newspaper or fair (科技厅, 中国国际贸易促进委员会, U.S. Trade and Development
  Agency) or in a title (分管农业的副省长, finance minister) is not evidence of a
  sector; company names are, since they name the participants' business;
* ``trade`` terms do not count where they measure trade (贸易额, trade volume,
  a figure in the same clause), ``trip`` terms not where they carry the
  delegation (乘坐航班抵达, arrived at the airport);
* a non-manufacturing term right before manufactured goods only qualifies them
  (能源化工, 航空装备, new energy vehicles are manufacturing);
* trade naming a visiting party or an office (trade mission, 贸易代表团, Utah Trade
  Office) is not a field; ``label`` words (科技, technology) in a company's name are
  worn by firms of every trade and do not count there;
* ``infra`` terms (公路, 港口) in a clause about infrastructure are construction;
* ``weak`` terms (文化, 信息, 健康, energy ...) count only beside a cooperation or
  industry word (领域, 产业, 合作 ...) or another sector in the same clause;
* nothing counts in boilerplate lines (breadcrumbs, copyright and ICP footers).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from .. import data
from .mentions import Doc, SectorHit


@dataclass(frozen=True, slots=True)
class Term:
    term: str
    codes: tuple[str, ...]     # ISIC codes, e.g. ("R", "N") or ("C28",); empty for a stop term
    labels: tuple[str, ...]
    english: bool
    flags: frozenset[str]


# ---------------------------------------------------------------- data

@cache
def lexicon() -> dict[str, tuple[Term, ...]]:
    """The sector lexicon keyed by matching key (English folded to lower case).

    >>> [t.codes for t in lexicon()["文化旅游"]]
    [('R', 'N')]
    """
    table: dict[str, list[Term]] = {}
    for row in data.rows("sectors.csv"):
        codes = tuple(c for c in row["isic"].split(";") if c)
        labels = (tuple(row["sector"].split(";")) if row["sector"]
                  else tuple(isic_labels()[c]["short_en"] for c in codes))
        term = Term(row["term"], codes, labels, row["lang"] == "en",
                    frozenset(row["flags"].split()))
        table.setdefault(_fold(term.term), []).append(term)
    return {k: tuple(v) for k, v in table.items()}


@cache
def isic_labels() -> dict[str, dict[str, str]]:
    """ISIC Rev.4 sections and divisions (``C``, ``C28``) with their labels.

    >>> isic_labels()["C28"]["short_en"], isic_labels()["N"]["short_zh"]
    ('machinery', '旅游和商务服务')
    """
    out = {}
    for row in data.rows("isic_sections.csv"):
        code = row["code"] if row["level"] == "section" else row["section"] + row["code"]
        out[code] = row
    return out


@dataclass(frozen=True, slots=True)
class _Key:
    """A key of the automaton: a lexicon term (or a boilerplate word) with what matching
    and the rules ask of it, worked out once."""
    term: Term | None  # None for a word that is only a boilerplate word
    lead: int          # the key's length in UTF-8 bytes, less one (its start from its last byte)
    neg_size: int      # minus its length in bytes, and
    neg_chars: int     # ... in characters (sort keys: the longer first)
    chars: int
    english: bool
    case: bool         # English, to be matched in its own case
    ends_s: bool       # English ending in s: no plural formed after it
    skip: bool         # a stop term, or one without codes: silences what it covers
    goods: bool        # every code is manufacturing (C...)
    makes: bool        # some code is manufacturing
    label: bool
    trip: bool
    trade: bool
    weak: bool
    infra: bool
    sectors: tuple[tuple[str, str], ...]    # (code, label) of each code
    boiler: bool       # a word of the boilerplate pattern

    @classmethod
    def of(cls, key: str, term: Term | None, boiler: bool) -> "_Key":
        size = len(_bytes_of(key))
        if term is None:
            return cls(None, size - 1, -size, -len(key), len(key), False, False, False, True, False, False,
                       False, False, False, False, False, (), boiler)
        flags, codes = term.flags, term.codes
        return cls(term, size - 1, -size, -len(key), len(key), term.english, "case" in flags,
                   term.term.endswith("s"), "stop" in flags or not codes, _is_goods(term),
                   any(c.startswith("C") for c in codes), "label" in flags, "trip" in flags, "trade" in flags,
                   "weak" in flags, "infra" in flags, tuple(zip(codes, term.labels)), boiler)


@cache
def _automaton():
    """An automaton of the lexicon keys and the boilerplate words as UTF-8 bytes (read as Latin-1 characters).

    A byte alphabet keeps each node's branches few: pyahocorasick looks a character up
    among them one by one, and over the full character set the root alone has hundreds.
    UTF-8 never starts a character inside another, so every match is whole characters.
    """
    import ahocorasick
    a = ahocorasick.Automaton()
    terms = {key: term for key, (term,) in lexicon().items()}    # one term a key (English folded to lower case)
    for key in {**terms, **dict.fromkeys(_BOILERPLATE_WORDS)}:
        a.add_word(_bytes_of(key), _Key.of(key, terms.get(key), key in _BOILERPLATE_WORDS))
    a.make_automaton()
    return a


def _bytes_of(text: str) -> str:
    """The UTF-8 bytes of text as a string of Latin-1 characters (one per byte).

    >>> _bytes_of("a贸")
    'aè´¸'
    """
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _fold(text: str) -> str:
    """Lower-case text whose offsets match the original (ASCII-only folding where lower() would shift them)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


# ---------------------------------------------------------------- matching

_WORD_BYTES = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _scan(text: str, folded: str) -> tuple[list[tuple[int, int, _Key]], list[int] | None]:
    """The terms of text that count, and where its boilerplate words begin, from one pass.

    Terms are matched leftmost-longest, respecting case and English word boundaries: a
    longer span wins, and on equal spans an exact term beats a plural formed by the
    matcher (trades is the term trades, not trade + s); a stop term wins its span and is
    then dropped. ``folded`` is ``_fold(text)``. Offsets are the text's. The boilerplate
    words are None where the text has a letter that defeats looking for them folded.

    >>> text = "Agricultural trades, 文化旅游; Tradeoff\\n版权"
    >>> terms, words = _scan(text, _fold(text))
    >>> [(s, e, k.term.term) for s, e, k in terms], words
    ([(0, 19, 'agricultural trade'), (21, 25, '文化旅游')], [36])
    """
    if "\u212a" in text:     # the Kelvin sign folds to an ASCII k: one character, three bytes
        keys = ((s, e, _key_of(t)) for s, e, t in _leftmost_longest(_candidates(text)))
        return [hit for hit in keys if not hit[2].skip], None
    data = folded.encode("utf-8", "surrogatepass")
    raw = data.decode("latin-1")
    n = len(raw)
    cands, words = [], []
    for last, key in _automaton().iter(raw):
        start = last - key.lead
        if key.boiler:
            words.append(start)
            if key.term is None:
                continue
        if not key.english:
            cands.append((start, key.neg_size, key.neg_chars, key))
            continue
        end = last + 1
        if start > 0 and raw[start - 1] in _WORD_BYTES:
            continue
        nxt = raw[end] if end < n else ""
        if key.case:
            if nxt in _WORD_BYTES or not _same_case(text, raw, start, key.term.term):
                continue
        elif nxt == "s" and not key.ends_s and (end + 1 == n or raw[end + 1] not in _WORD_BYTES):
            end += 1            # a plain English plural
        elif nxt in _WORD_BYTES:
            continue
        cands.append((start, start - end, key.neg_chars, key))
    cands.sort()
    chosen, reach = [], 0
    for start, neg_span, _, key in cands:
        if start >= reach:
            reach = start - neg_span
            if not key.skip:
                chosen.append((start, reach, key))
    if _CASELESS_ODD.search(text):
        words = None
    if n == len(text):
        return chosen, words
    if words:
        words = [len(data[:w].decode("utf-8", "surrogatepass")) for w in sorted(words)]
    return _char_offsets(data, chosen), words


def _same_case(text: str, raw: str, start: int, term: str) -> bool:
    """The text at byte ``start`` of ``raw`` (its folded bytes) is ``term`` in the term's own case."""
    if len(raw) != len(text):
        start = len(raw[:start].encode("latin-1").decode("utf-8", "surrogatepass"))
    return text.startswith(term, start)


def _char_offsets(data: bytes, hits: list[tuple[int, int, _Key]]) -> list[tuple[int, int, _Key]]:
    """Hits at byte offsets of ``data`` (UTF-8) at character offsets, counted along it."""
    out, byte, char = [], 0, 0
    for start, end, key in hits:
        char += len(data[byte:start].decode("utf-8", "surrogatepass"))
        size = key.chars + (end - start + key.neg_size)       # a plural's s is one byte
        out.append((char, char + size, key))
        byte, char = end, char + size
    return out


@cache
def _keys_by_term() -> dict[str, _Key]:
    return {key.term.term: key for key in _automaton().values() if key.term is not None}


def _key_of(term: Term) -> _Key:
    return _keys_by_term()[term.term]


@cache
def _scanner():
    # the character automaton, for the rare text with a character that folds across the byte boundary
    from .literal import Scanner
    return Scanner([(key, (len(key), terms)) for key, terms in lexicon().items()])


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _candidates(text: str) -> list[tuple[int, int, Term]]:
    """Every lexicon occurrence that respects case and English word boundaries."""
    out = []
    n = len(text)
    for end_incl, (length, terms) in _scanner().iter(_fold(text)):
        start, end = end_incl - length + 1, end_incl + 1
        for term in terms:
            if term.english:
                if start > 0 and _is_word_char(text[start - 1]):
                    continue
                if "case" in term.flags:
                    if text[start:end] != term.term or (end < n and _is_word_char(text[end])):
                        continue
                    out.append((start, end, term))
                    continue
                stop = end
                if end < n and text[end] in "sS" and not term.term.endswith("s") \
                        and (end + 1 == n or not _is_word_char(text[end + 1])):
                    stop = end + 1        # a plain English plural
                elif end < n and _is_word_char(text[end]):
                    continue
                out.append((start, stop, term))
            else:
                out.append((start, end, term))
    return out


def _leftmost_longest(cands: list[tuple[int, int, Term]]) -> list[tuple[int, int, Term]]:
    chosen, last = [], 0
    # on equal spans an exact term beats a plural formed by the matcher
    for start, end, term in sorted(cands, key=lambda c: (c[0], -(c[1] - c[0]), -len(c[2].term))):
        if start >= last:
            chosen.append((start, end, term))
            last = end
    return chosen


# ---------------------------------------------------------------- context rules

_BOILERPLATE = re.compile(
    r"版权|copyright|all rights reserved|icp\s*[备证]|icp licen|公网安备|备案号|技术支持|电话[:：]|地址[:：]|邮编|"
    r"责任编辑|编辑[:：]|当前的?位置|现在的位置|首页\s*>|\s>\s|>>|浏览次数|主办单位|承办单位|"
    r"联系我们|关于我们|网站地图|免责声明|来源[:：]|稿源|^\s*source\s*:", re.I)
_BOILERPLATE_MAX = 160   # longer lines are article body, whatever they contain
# A word of each alternative of _BOILERPLATE, in lower case: lines without one are not read.
_BOILERPLATE_WORDS = ("版权", "copyright", "all rights reserved", "icp", "公网安备", "备案号", "技术支持",
                      "电话:", "电话：", "地址:", "地址：", "邮编", "责任编辑", "编辑:", "编辑：", "当前位置",
                      "当前的位置", "现在的位置", "首页", ">", "浏览次数", "主办单位", "承办单位", "联系我们",
                      "关于我们", "网站地图", "免责声明", "来源:", "来源：", "稿源", "source")
# Letters that match an ASCII letter ignoring case but do not lower-case to it.
_CASELESS_ODD = re.compile("[ſıİ\u212a]")


def _boilerplate_spans(text: str, words: list[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) of the boilerplate lines of text.

    ``words``, where the boilerplate words of text begin (see ``_scan``), limits the
    lines read to theirs; without it every line is read.

    >>> _boilerplate_spans("Trade news\\n版权所有 2024\\nHome > Trade")
    [(11, 20), (21, 33)]
    >>> _boilerplate_spans("Trade news\\n版权所有 2024\\nHome > Trade", [11, 26])
    [(11, 20), (21, 33)]
    """
    if words is None:
        return _boilerplate_by_line(text)
    spans, line = [], -1
    for word in words:
        lo = text.rfind("\n", 0, word) + 1
        if lo == line:
            continue
        line, hi = lo, text.find("\n", word)
        hi = len(text) if hi < 0 else hi
        if hi - lo <= _BOILERPLATE_MAX and _BOILERPLATE.search(text[lo:hi]):
            spans.append((lo, hi))
    return spans


def _boilerplate_by_line(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if len(line) <= _BOILERPLATE_MAX and _BOILERPLATE.search(line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _in_spans(i: int, spans: list[tuple[int, int]]) -> bool:
    k = bisect.bisect_right(spans, (i, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= i < spans[k][1]


# Heads of names of bodies that are not companies: government, associations,
# universities, press, fairs. A term followed by one of these within a short
# run of Chinese characters names the body, not a field of cooperation.
_ORG_SUFFIXES_ZH = ("委员会", "办公室", "联合会", "促进会", "研究会", "博览会", "交易会", "展览会",
                    "展销会", "洽谈会", "科学院", "研究院", "研究所", "电视台", "协会", "商会", "学会",
                    "总会", "大学", "学院", "学校", "日报", "报社", "晚报", "厅", "部", "委", "局", "办", "署")
_NOT_ORG_AFTER = {"部": "门分署位件队落", "局": "面势部限", "委": "托屈婉", "办": "理法事好学成",
                  "署": ""}
# ... unless the suffix character is the end of an ordinary word (部门, 格局, 签署, 内部, 大厅).
_NOT_ORG_BEFORE = {"办": "举创主承开兴合协代包试", "署": "部签", "局": "格布大结全时政开终当赌骗饭出入平败胜僵残变",
                   "部": "内全东西中北南外局底顶头总本干乐腹一", "厅": "客大餐展舞歌门"}
_ORG_GAP_ZH = 5
_ORG_LAST_CHARS = frozenset(s[-1] for s in _ORG_SUFFIXES_ZH)
_ORG_SUFFIXES_BY_LAST = {c: tuple(s for s in _ORG_SUFFIXES_ZH if s[-1] == c) for c in _ORG_LAST_CHARS}


# A conjunction ends a name (中华人民共和国, 和平 and 与会 are not conjunctions).
_CONJUNCTION_ZH = re.compile(r"(?<!共)和(?![平谐睦田])|与(?!会)|及(?!时)|或")
_PORTFOLIO_ZH = re.compile(r"(分管|主管(?!部门|单位)|负责(?!人))[^，。；、\n]{0,6}$")   # 分管农业的副省长: a title


# The last character of a suffix in the run of Chinese characters right after a term.
_ORG_LAST_AHEAD = re.compile("[\u4e00-\u9fff]{0,%d}?[%s]" % (_ORG_GAP_ZH + 2, "".join(sorted(_ORG_LAST_CHARS))))
_CJK_RUN = re.compile("[\u4e00-\u9fff]*")


def _may_name_portfolios(text: str) -> bool:
    """Whether text has a word of _PORTFOLIO_ZH at all (most have none)."""
    return "管" in text or "负责" in text


def _in_chinese_org_name(text: str, start: int, end: int, portfolios: bool = True) -> bool:
    """The term names a body (山西省科技厅) or a portfolio (分管农业的副省长).

    ``portfolios`` False says that text has no word of a portfolio (``_may_name_portfolios``).

    >>> _in_chinese_org_name("山西省科技厅", 3, 5), _in_chinese_org_name("科技部门", 0, 2)
    (True, False)
    """
    if portfolios and _PORTFOLIO_ZH.search(text[max(0, start - 8):start]):
        return True
    if not _ORG_LAST_AHEAD.match(text, end, end + _ORG_GAP_ZH + 3):     # no suffix can end after the term
        return False
    stop = _CJK_RUN.match(text, end, end + _ORG_GAP_ZH + 3).end()
    conj = _CONJUNCTION_ZH.search(text, end, stop)
    if conj:    # 旅游人才培训和大学交流: the name cannot run across 和/与/及
        stop = conj.start()
    window = text[start:stop]
    rel = end - start
    # every suffix that ends after the term and begins at most _ORG_GAP_ZH after it
    for last in range(rel, len(window)):
        for suffix in _ORG_SUFFIXES_BY_LAST.get(window[last], ()):
            idx = last - len(suffix) + 1
            if idx < 0 or idx - rel > _ORG_GAP_ZH or not window.startswith(suffix, idx):
                continue
            after = window[last + 1: last + 2]
            before = window[idx - 1: idx] if idx > 0 else ""
            if after and after in _NOT_ORG_AFTER.get(suffix, ""):
                pass
            elif before and before in _NOT_ORG_BEFORE.get(suffix, ""):
                pass
            else:
                return True
    return False


_ORG_HEADS_EN = frozenset(
    "ministry department commission agency council chamber association bureau office committee "
    "administration authority federation society foundation fair expo exposition organization "
    "organisation university college academy institute school daily news times journal "
    "minister secretary commissioner director administrator".split())
_CONNECTORS_EN = frozenset("of for the and & on in de".split())
_NAME_REACH_EN = 160   # characters looked at on each side of a term for the name around it
_WORD_EN = re.compile(r"[A-Za-z][A-Za-z.'&-]*|&")


def _in_english_name(text: str, start: int, end: int, heads: frozenset[str] = _ORG_HEADS_EN) -> bool:
    """True when the term is part of a capitalised name headed by one of ``heads``.

    >>> _in_english_name("the Department of Agriculture said", 18, 29), _in_english_name("Agriculture Week", 0, 11)
    (True, False)
    """
    if not text[start:start + 1].isupper():
        return False
    line_start = max(text.rfind("\n", 0, start) + 1, start - _NAME_REACH_EN)
    line_end = text.find("\n", end, end + _NAME_REACH_EN)
    line_end = min(len(text), end + _NAME_REACH_EN) if line_end < 0 else line_end
    # most names end within a few words: read those first, the whole reach only if the name runs on
    near = _headed_name(text, start, end, max(line_start, start - _NAME_NEAR_EN),
                        min(line_end, end + _NAME_NEAR_EN), line_start, line_end, heads)
    if near is not None:
        return near
    return bool(_headed_name(text, start, end, line_start, line_end, line_start, line_end, heads))


_NAME_NEAR_EN = 40


def _headed_name(text: str, start: int, end: int, lo_at: int, hi_at: int, line_start: int, line_end: int,
                 heads: frozenset[str]) -> bool | None:
    """``_in_english_name`` over the words of text[lo_at:hi_at]; None where the name
    reaches a word cut by a bound that is not the line's (it may run on)."""
    words = [(m.start() + lo_at, m.end() + lo_at, m.group()) for m in _WORD_EN.finditer(text[lo_at:hi_at])]
    inside = [i for i, (a, b, _) in enumerate(words) if a < end and b > start]
    if not inside:
        return False if (lo_at, hi_at) == (line_start, line_end) else None

    def linked(i: int) -> bool:    # word i continues the name from its neighbour
        a_prev = words[i - 1][1] if i > 0 else None
        return a_prev is not None and re.fullmatch(r"[\s\-]*", text[a_prev:words[i][0]]) is not None

    def in_name(w: str) -> bool:
        return w[:1].isupper() or w.lower() in _CONNECTORS_EN

    lo, hi = inside[0], inside[-1]
    if (lo <= 1 and lo_at > line_start) or (hi >= len(words) - 2 and hi_at < line_end):
        return None
    while lo > 0 and linked(lo) and in_name(words[lo - 1][2]):
        lo -= 1
        if lo <= 1 and lo_at > line_start:
            return None
    while hi + 1 < len(words) and linked(hi + 1) and in_name(words[hi + 1][2]):
        hi += 1
        if hi >= len(words) - 2 and hi_at < line_end:
            return None
    return any(w.lower().strip(".'") in heads for _, _, w in words[lo:hi + 1])


_TITLE_AFTER_EN = re.compile(r"\s+(ministry|minister|secretary|department|bureau|commission|commissioner|"
                             r"committee|agency|council|authority|office|director|fair|expo)\b", re.I)


def _names_a_body_en(text: str, start: int, end: int) -> bool:
    """A term inside an organisation's name, or qualifying an office (finance minister, trade fair)."""
    return bool(_TITLE_AFTER_EN.match(text, end)) or _in_english_name(text, start, end)


# Company names: 大疆创新科技有限公司, Oriental Ocean Sci-Tech Co., Ltd. Most words in a company's
# name do say its business (Machinery Import and Export Corporation), but ``label`` words
# (科技, technology) are worn by firms of every trade.
_COMPANY_ZH = re.compile(r"[\u4e00-\u9fff（）()]{0,8}?(股份有限公司|有限责任公司|有限公司|股份公司|集团|公司)")


_COMPANY_EN = re.compile(r"(?:[ \t]+(?:[A-Z][\w.'-]*|&|and|of|\(\w+\)))*?,?[ \t]+"
                         r"(Co\.|Company|Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|"
                         r"Group|Holdings|plc|PLC)(?![\w-])")


def _in_company_name(text: str, start: int, end: int, english: bool) -> bool:
    """The term is followed, within the same name, by a company suffix (有限公司, Co., Ltd.)."""
    if english:
        return text[start:start + 1].isupper() and bool(_COMPANY_EN.match(text, end))
    return bool(_COMPANY_ZH.match(text, end))


_TRADE_MEASURE_ZH = re.compile(r"\s*(额|总额|总量|总值|量|值|伙伴|顺差|逆差|摩擦|战|壁垒|规模|占比|依存度)")
_TRADE_MEASURE_EN = re.compile(r"\s*(volumes?|surplus|deficits?|partners?|war|figures|value|balance|"
                               r"reached|totaled|totalled|hit|amounted|grew|rose|fell|increased|decreased)\b",
                               re.I)
_FIGURE = re.compile(r"\d[\d.,]*\s*(亿|万|%|％|美元|元|吨|倍|billion|million|trillion|percent|per cent|"
                     r"yuan|dollars|tons|tonnes)|[$¥]\s*\d", re.I)


_ECONOMIC_BEFORE_EN = re.compile(r"economic\s*(,|and)\s*$", re.I)   # economic, trade ... = 经贸


# Trade qualifying who travels or an office (trade mission, trade and investment delegation,
# 贸易代表团) names the visit, not a field of cooperation.
_TRADE_PARTY_EN = re.compile(r"\s*(((and|&)\s+)?(investment|economic|business|commerce|commercial|export)\s+)?"
                             r"(missions?|delegations?|offices?|representatives?|teams?|trips?|visits?|tours?|"
                             r"officials?|envoys?|ministers?|groups?|agency|agencies|promotion)\b", re.I)
_TRADE_PARTY_ZH = re.compile(r"\s*(代表团|考察团|访问团|团组|办事处|代表处|官员)")


_TITLE_WORD_BEFORE = re.compile(r"[A-Z][A-Za-z.'-]*(,|[ \t]+(&|and|of|for))?[ \t]+$")
_TITLE_WORD_AFTER = re.compile(r"([ \t]+(&|and|of|for))?[ \t]+[A-Z]")


def _trade_in_capitalised_name(text: str, start: int, end: int) -> bool:
    """Title-case Trade beside another title-case word: an office, a park, a menu item, a headline.

    (A company's name is the exception: China National Machinery Import and Export
    Corporation does trade.)
    """
    surface = text[start:end]
    if not surface[:1].isupper():
        return False
    if len(re.findall(r"\b[A-Z]", surface)) > 1:        # International Trade
        return True
    before = _TITLE_WORD_BEFORE.search(text[max(0, start - 40):start])
    after = _TITLE_WORD_AFTER.match(text[end:end + 40])
    return bool(before or after)


def _measures_trade(text: str, start: int, end: int, clause_end: int, english: bool) -> bool:
    """Trade named as a volume, a partner, a visiting party or half of 经贸 rather than as a field."""
    if english and (_ECONOMIC_BEFORE_EN.search(text[max(0, start - 16):start])
                    or (_trade_in_capitalised_name(text, start, end)
                        and not _in_company_name(text, start, end, english))):
        return True
    after = text[end:clause_end]
    if (_TRADE_MEASURE_EN if english else _TRADE_MEASURE_ZH).match(after):
        return True
    if (_TRADE_PARTY_EN if english else _TRADE_PARTY_ZH).match(after):
        return True
    return bool(_FIGURE.search(after[: 60 if english else 20]))


# A vehicle the delegation travels by (乘坐CA981航班抵达, arrived at the airport) is a trip, not a sector.
_TRIP_ZH = re.compile(r"(乘坐|搭乘|乘|坐|抵达|到达|飞抵|降落)[^，。；！？\n]{0,10}$")
_TRIP_EN = re.compile(r"\b(took|take|taking|on|aboard|boarded|arrived|arriving|landed|at)\b[^.;!?\n]{0,25}$", re.I)


def _is_a_trip(text: str, start: int, english: bool) -> bool:
    reach = 30 if english else 12
    return bool((_TRIP_EN if english else _TRIP_ZH).search(text[max(0, start - reach):start]))


_CLAUSE_ZH = re.compile(r"[。！？；，,;!?\n：:]")
_CLAUSE_EN = re.compile(r"[.!?;\n]")
_CONTEXT_ZH = re.compile(r"领域|产业|行业|方面|合作(?!伙伴)|项目|企业|公司|资源|开发|等")
_CONTEXT_EN = re.compile(r"\b(sectors?|industry|industries|fields?|areas?|cooperation|collaboration)\b", re.I)
# What may stand between two items of one enumeration (文化、旅游; tourism, and culture).
_LIST_GAP_ZH = re.compile(r"[、和与及/\s]{1,3}")
_LIST_GAP_EN = re.compile(r"\s*(,\s*(and\s+|or\s+)?|\s+and\s+|\s+or\s+|&|/)\s*", re.I)
_WINDOW_ZH, _WINDOW_EN = 10, 40


# The text up to the last clause delimiter (searched back from where the match must end).
_UP_TO_CLAUSE_ZH = re.compile(r"(?s:.*)" + _CLAUSE_ZH.pattern)
_UP_TO_CLAUSE_EN = re.compile(r"(?s:.*)" + _CLAUSE_EN.pattern)


def _clause(text: str, start: int, end: int, english: bool) -> tuple[int, int]:
    """The clause around text[start:end]: after the last delimiter before start, up to the first from end.

    >>> text = "双方同意，在文化旅游等领域合作。"
    >>> _clause(text, 6, 10, False), _clause("Trade. Energy and tourism; more", 14, 17, True)
    ((5, 15), (6, 25))
    """
    before = (_UP_TO_CLAUSE_EN if english else _UP_TO_CLAUSE_ZH).match(text, 0, start)
    after = (_CLAUSE_EN if english else _CLAUSE_ZH).search(text, end)
    return (before.end() if before else 0), (after.start() if after else len(text))


def _has_context(text: str, start: int, end: int, clause: tuple[int, int], english: bool) -> bool:
    window = _WINDOW_EN if english else _WINDOW_ZH
    lo, hi = max(clause[0], start - window), min(clause[1], end + window)
    pattern = _CONTEXT_EN if english else _CONTEXT_ZH
    return bool(pattern.search(text[lo:start]) or pattern.search(text[end:hi]))


def _beside_other(kept: list[tuple[int, int, Term]], i: int, clause: tuple[int, int],
                  text: str, english: bool) -> bool:
    """Another sector in the same Chinese clause, or next in the same English enumeration."""
    start, end, _ = kept[i]
    for j in (i - 1, i + 1):        # hits are sorted, so a clause mate is a neighbour
        if 0 <= j < len(kept):
            s, e, _ = kept[j]
            if not english:
                if clause[0] <= s and e <= clause[1]:
                    return True
            elif _LIST_GAP_EN.fullmatch(text[e:start] if j < i else text[end:s]):
                return True
    return False


_INFRASTRUCTURE = re.compile(r"基础设施|infrastructure", re.I)


def _about_infrastructure(text: str, clause: tuple[int, int]) -> bool:
    """推进沿黄公路、跨黄河大桥等基础设施互联互通: roads and ports as works to build are construction."""
    return bool(_INFRASTRUCTURE.search(text, clause[0], clause[1]))


def _is_goods(term: Term) -> bool:
    return bool(term.codes) and all(c.startswith("C") for c in term.codes)


def _modifies_goods(kept: list[tuple[int, int, _Key]], i: int, text: str) -> bool:
    """A non-manufacturing term that only qualifies the manufactured goods right after it.

    Chinese and English put the head last: 能源化工, 航空装备, 节能家电, 稀土新材料 and
    new energy vehicles are made goods, not energy, air transport or mining.
    """
    _, end, key = kept[i]
    if key.makes or i + 1 >= len(kept):
        return False
    nxt_start, _, nxt = kept[i + 1]
    if not nxt.goods or nxt.english != key.english:
        return False
    if key.english:     # new energy vehicles
        return nxt_start == end + 1 and text[end] == " "
    return nxt_start == end


# ---------------------------------------------------------------- the step

def find_sectors(doc: Doc) -> list[SectorHit]:
    """Every sector term in ``doc.text`` that the context rules accept, in text order.

    >>> hits = find_sectors(Doc(article_id="x", text="双方将在农畜产品深加工、文化旅游等领域开展合作。"))
    >>> [(h.isic, h.term) for h in hits]
    [('C10', '农畜产品深加工'), ('R', '文化旅游'), ('N', '文化旅游')]
    >>> find_sectors(Doc(article_id="x", text="山西省科技厅介绍了双边贸易额。"))
    []
    """
    text = doc.text
    if not text:
        return []
    terms, words = _scan(text, _fold(text))
    boiler = _boilerplate_spans(text, words)
    portfolios = _may_name_portfolios(text)
    suffix_ahead = _ORG_LAST_AHEAD.match    # most Chinese terms have no suffix after them: tested here first
    kept: list[tuple[int, int, _Key]] = []
    for start, end, key in terms:
        if boiler and _in_spans(start, boiler):
            continue
        english = key.english
        if english:
            if _names_a_body_en(text, start, end):
                continue
        elif (portfolios or suffix_ahead(text, end, end + _ORG_GAP_ZH + 3)) \
                and _in_chinese_org_name(text, start, end, portfolios):
            continue
        if key.label and _in_company_name(text, start, end, english):
            continue
        if key.trip and _is_a_trip(text, start, english):
            continue
        if key.trade and _measures_trade(text, start, end, _clause(text, start, end, english)[1], english):
            continue
        kept.append((start, end, key))

    hits: list[SectorHit] = []
    last = len(kept) - 1
    for i, (start, end, key) in enumerate(kept):
        if i < last and kept[i + 1][2].goods and _modifies_goods(kept, i, text):
            continue
        if key.weak:
            clause = _clause(text, start, end, key.english)
            if not _beside_other(kept, i, clause, text, key.english) \
                    and not _has_context(text, start, end, clause, key.english):
                continue
        surface = text[start:end]
        sectors = key.sectors
        if key.infra and _about_infrastructure(text, _clause(text, start, end, key.english)):
            sectors = (("F", isic_labels()["F"]["short_en"]),)
        for code, label in sectors:
            hits.append(SectorHit(code, label, surface, start, end))
    return hits
