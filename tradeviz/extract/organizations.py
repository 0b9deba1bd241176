"""Organisations in Chinese and English news text.

A Chinese organisation name is a modifier (place, proper name) followed by a
head word (厅, 委员会, 商会, 公司, 大学 …, see ``data/org_suffixes.csv``);
items of a list closed by 等企业/等部门 are organisations of that kind even
without a head.  An English one is a capitalised sequence, joined by
of/and/for/&/the, that contains a head noun (Ministry, Chamber, Corporation).
Venues, publishers, delegations, generic bodies (省政府, 行业协会) and names
inside 《document titles》 are left out.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate

from .lexicon import CJK, data_words, english_given_names, follower_re, is_common_word, org_heads, titles, word_freq
from .persons import ASCII_CAPITAL, title_case_line

# a head that only names a sub-unit, so the name may run on over an earlier head
_SUBUNIT_HEADS = {"代表处", "办事处", "总署", "分公司", "子公司", "分行", "支行", "分会", "办公室",
                  "部", "处", "中心", "研究院", "研究所", "党委", "总会", "工委", "指挥部", "联络部",
                  "分校", "医院", "工厂", "校友会", "事务局", "服务局", "学院", "医学院", "商学院", "法学院", "分院", "实验室"}
# a count leading a would-be name: 11家酒厂, 三所大学 are numbers of bodies, not a body
_COUNTED = re.compile("^[0-9一二三四五六七八九十两几多数]+(?:余|多)?[家个所座批]")
_COUNT_FIRST = frozenset("0123456789一二三四五六七八九十两几多数")   # the characters a _COUNTED match begins with
# heads that name a kind of body, not one body, after a bare level word (省政府, 市委)
_GENERIC_HEADS = {"人民政府", "政府", "人大常委会", "常委会", "人大", "政协", "委员会", "党委", "省委", "市委",
                  "州委", "县委", "区委", "管委会", "公司", "集团", "集团公司", "有限公司", "银行", "中心",
                  "办公室", "法院", "检察院", "议会", "总会"}
_LEVELS = {"省", "市", "自治区", "州", "县", "区"}
_PREDICATE = re.compile("(?:是|为|成为|作为)$")
# words leading a name that stand as a place does before a weak head
_NATIONAL = ("中国", "美国", "国家", "中华", "全国", "中共")
# heads too common to make an organisation unless a place (or the country) leads the name
_WEAK_HEADS = {"中心", "处", "司", "署", "院", "办公室", "工作站", "实验室", "联盟", "总会",
               "俱乐部", "指挥部", "研究所", "研究院", "办", "联络部"}
# two-character stop words and one-character ones (see _stop_before)
_STOP_WORDS = frozenset(
    "前往 会见 访问 考察 出席 参加 举办 召开 组织 支持 推动 邀请 代表 带领 包括 共有 来自 通过 "
    "联合 主办 承办 协办 指导 成立 设立 到访 来到 走进 察看 视察 签约 签署 携手 欢迎 进入 基于 依托 "
    "感谢 看望 会同 牵头 委托 授予 获得 成为 作为 担任 位于 落户 入驻 对接 合作 经过 以及 落实 贯彻 服务 "
    "融入 加强 推进 深化 实施 帮助 协助 配合 依靠 学习 围绕 结合 面向 联系 拜访 会晤 走访 参观 调研 陪同 "
    "听取 领导 还有 其中 分别 根据 按照 依据 关于 对于 由于".split())
_STOP_CHARS = frozenset("由在与和及向对为的了是把被将从于据给让使请受随率等也还又并兼跟")
_STOP_LAST = _STOP_CHARS | {w[-1] for w in _STOP_WORDS}   # the last characters of all stop words
# a kind of business before a company's name (运营商中国旅游集团): these words + 商
_DESCRIPTORS = frozenset("运营 供应 制造 开发 经销 服务 承包 零售 进口 出口 投资 批发 分销 代理 生产".split())
# stop words that are also nouns naming a body's task where the head follows at once
_NOUN_STOPS = {"合作", "服务", "对接"}
_CJK_CHAR = re.compile(f"[{CJK}]")
_NAME_CHAR = re.compile(f"[{CJK}A-Za-z0-9]")
_DIGIT = re.compile("[0-9]")
_LEVEL_LEAD = re.compile("国家|中国|自治区|省|市|县|区")
_NUMERAL_UNIT = re.compile("[一二三四五六七八九十两几多数各][省市县区州国家个]")
_BOILERPLATE = re.compile("欢迎进入|欢迎访问|欢迎光临|欢迎您|您的位置|你的位置|当前位置|版权所有|版权声明|主办单位|承办单位|"
                          "技术支持|来源[:：]|首页|Copyright|ICP|地址[:：]|电话[:：]|邮编|浏览次数|网站地图|联系我们")


@dataclass(slots=True)
class OrgHit:
    name: str
    kind: str
    start: int
    end: int
    name_en: str = ""


@cache
def zh_head_re() -> re.Pattern:
    """The Chinese head words, the longest one where several begin at the same place."""
    return re.compile(_trie_pattern(org_heads("zh")))


def _trie_pattern(words) -> str:
    """A pattern matching the longest of ``words`` that begins where it is tried: the
    words' alternation, longest first, factored by shared beginnings, which the regex
    engine tries faster (at a node, at most one branch can go on, so the first success
    is the longest word).

    >>> _trie_pattern(["委", "委员会", "局", "区委"])
    '(?:区委|委(?:员会)?|局)'
    >>> [m.group() for m in re.finditer(_trie_pattern(["委", "委员会", "局"]), "委员局委员会")]
    ['委', '局', '委员会']
    """
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alts = [re.escape(c) + branch(node[c]) for c in sorted(node) if c]
        if not alts:
            return ""
        group = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return group
        return f"(?:{group})?" if len(alts) > 1 or len(alts[0]) > 1 else group + "?"

    return branch(trie)


@cache
def _generic_modifiers() -> frozenset[str]:
    return frozenset(data_words("org_generic_modifiers.txt"))


# what ends a list item, 、 aside: no 等 inside an item (甲协会等商协会及乙、丙集团等企业 is two lists)
_NOT_ITEM = "，。；：！？,;:\\s《》“”()（）等"
_NOT_ITEM_CHAR = re.compile(f"[{_NOT_ITEM}]")


@cache
def _list_closer() -> str:
    """What follows a list's items: 等企业, 等32家企业, 等新能源企业, 等知名企业 (a short
    description may come before the closer)."""
    closers = "|".join(sorted(org_heads("zh_list"), key=len, reverse=True))
    return f"等(?:[0-9一二三四五六七八九十几多数百]+)?(?:余|多)?(?:家|个|所)?([{CJK}]{{0,4}}?)({closers})"


@cache
def _list_re() -> re.Pattern:
    item = f"[^、{_NOT_ITEM}]{{2,16}}"
    return re.compile(f"((?:{item}、)+{item}){_list_closer()}")


@cache
def _list_closer_re() -> re.Pattern:
    return re.compile(_list_closer())


def _stop_before(text: str, p: int) -> str:
    """The stop word (前往, 由, 在 …) that ends at ``p``, the longer one first; else ''.

    >>> _stop_before("前往山西", 2), _stop_before("在山西", 1), _stop_before("山西", 2)
    ('前往', '在', '')
    """
    if p >= 2 and text[p - 2:p] in _STOP_WORDS:
        return text[p - 2:p]
    if p >= 1 and text[p - 1] in _STOP_CHARS:
        return text[p - 1]
    return ""


def _left_edge(text: str, hs: int, head: str, head_ends: set[int], place_ends=frozenset()) -> int:
    """Where the modifier of the head starting at ``hs`` begins.

    >>> t = "前往山西省商务厅"
    >>> _left_edge(t, t.index("厅"), "厅", set())
    2
    """
    p = hs
    bracket_at = -1
    subunit = head in _SUBUNIT_HEADS
    floor = hs - 24 if hs > 24 else 0   # the name is 24 characters at most
    while p > floor:
        ch = text[p - 1]
        # any test below that ends the name ends it here, so their order does not matter
        if ch in _EDGE_CHARS:   # characters that may end a name but are name characters
            if ch in "）)":
                if (q := _name_bracket_start(text, p, place_ends)) is None:
                    break   # a bracket of no name: punctuation
                p = bracket_at = q   # 太原钢铁（集团）有限公司, 腾讯云计算（北京）有限责任公司
                continue
            if ch == "商" and hs - p >= 2 and p >= 3 and text[p - 3:p - 1] in _DESCRIPTORS:
                break   # 免税运营商中国旅游集团: a description of the company stands before its name
            if ch in _STOP_LAST and _stop_ends_name(text, p, hs, place_ends):
                break
        # a CJK character, an ASCII letter or digit goes on; punctuation and spaces end the name
        elif not ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch.isascii() and ch.isalnum()):
            break
        if p != hs and p in head_ends and p != bracket_at and not subunit \
                and not (head.endswith("公司") and text.endswith(("集团", "控股"), 0, p)):
            break   # 省委省政府: two bodies, not one; but 茅台酒厂（集团）有限公司 and 甲集团乙股份有限公司 are one
        p -= 1
    return p


# the name characters where _left_edge looks closer: a stop word's end, a closing bracket, 商
_EDGE_CHARS = _STOP_LAST | {"）", ")", "商"}


def _stop_ends_name(text: str, p: int, hs: int, place_ends) -> bool:
    """True when a stop word ending at ``p`` ends the modifier of the head at ``hs`` (``p <= hs``).

    >>> _stop_ends_name("前往山西", 2, 4, set()), _stop_ends_name("大同", 2, 2, set())
    (True, False)
    """
    a = p - 2 if p > 2 else 0
    return _stop_ends_word(text[a:p + 1], p - a, p == hs) and p not in place_ends


@lru_cache(maxsize=65536)
def _stop_ends_word(around: str, k: int, at_head: bool) -> bool:
    """``_stop_ends_name`` for a stop word ending at ``k`` of ``around``, the text from
    two characters before that to one after (less at the text's start), all it reads;
    ``at_head``: whether the head begins at ``k``.

    >>> _stop_ends_word("前往山", 2, False), _stop_ends_word("合作社", 2, False), _stop_ends_word("合作办", 2, True)
    (True, False, False)
    """
    stop = _stop_before(around, k)
    if not stop:
        return False
    if at_head and stop in _NOUN_STOPS:
        return False   # 对口合作办公室, 服务中心: the word names the body's task
    if len(stop) >= 2 and not at_head and is_common_word(around[k - 2:k + 1], 100):
        return False   # 联合国, 合作社: the stop word is the start of a longer word
    # …but 大同, 成都 end in a stop character, and 对外 is one word
    return not (len(stop) == 1 and (not at_head and is_common_word(around[k - 1:k + 1], 100)
                                    or k >= 2 and is_common_word(around[k - 2:k], 100)))


_BRACKET_PART = re.compile(f"[（(]([{CJK}]{{2,8}})[）)]$")


def _name_bracket_start(text: str, p: int, place_ends) -> int | None:
    """Start of a bracket that belongs to a name ending at ``p``: （集团）, （控股）, or a place.

    >>> t = "信达生物制药（苏州）有限公司"
    >>> _name_bracket_start(t, t.index("）") + 1, {t.index("）")})
    6
    """
    m = _BRACKET_PART.search(text, max(0, p - 10), p)
    if not m or m.start() == 0 or not _NAME_CHAR.match(text, m.start() - 1):
        return None
    inner = m.group(1)
    if inner in ("集团", "控股", "集团控股", "中国") or m.end(1) in place_ends:
        return m.start()
    return None


_NOT_JOINED = {"企业", "公司", "政府", "人民", "地区", "方面", "双方", "代表", "领导", "客商", "嘉宾"}


def _joined_modifier_start(text: str, s: int, hs: int, head: str, head_ends, places, place_ends=None,
                           place_starts=None) -> int:
    """Start of a name whose modifier joins two nouns with 与/和 (宾州社区与经济发展厅).

    Crossed only as ``[place][noun]与[noun][head]``: a place, a short noun
    with no head of its own, and no place after the 与 (山西企业与浙江商会 is two).
    ``place_ends``, ``place_starts``: the places' ends and starts, where the caller has them.

    >>> from tradeviz.extract.mentions import Place
    >>> t = "会见了北岭州社区与经济发展厅官员"
    >>> _joined_modifier_start(t, 9, 13, "厅", set(), [Place("北岭州", 3, 6, "state", "", "US-X", "US")])
    3
    """
    if s < 3 or text[s - 1] not in "与和及" or \
            (s in place_starts if place_starts is not None else any(p.start == s for p in places)):
        return s
    if place_ends is None:
        place_ends = {p.end for p in places}
    s2 = _left_edge(text, s - 1, head, set(head_ends) - {hs}, place_ends)
    # a place in the stretch ends in it: look at the places only where one does
    before = [p.end for p in places if s2 <= p.start and p.end <= s - 1] \
        if any(e in place_ends for e in range(s2 + 1, s)) else []
    # 国家发展和改革委员会, 省发展和改革委: a level word leads as a place does
    if not before and (lead := _LEVEL_LEAD.match(text[s2:s - 1])):
        before = [s2 + lead.end()]
    if not before:
        return _series_modifier_start(text, s, s2, head, places, place_ends)
    noun = text[max(before):s - 1]
    if noun.startswith(("人民政府", "政府")) and head in _SUBUNIT_HEADS:
        noun = noun[noun.index("政府") + 2:]   # 市政府口岸和物流办公室: an office of the government
    if not 2 <= len(noun) <= 4 or noun in _NOT_JOINED or zh_head_re().search(noun) \
            or not all(map(_CJK_CHAR.match, noun)):
        return s
    return s2


def _series_modifier_start(text: str, s: int, s2: int, head: str, places, place_ends=None) -> int:
    """Start of ``[place][noun]、[noun]和[noun][head]`` (州商业、经济发展和旅游厅), else ``s``.

    >>> from tradeviz.extract.mentions import Place
    >>> t = "北岭州商业、经济发展和旅游厅官员"
    >>> _series_modifier_start(t, 11, 6, "厅", [Place("北岭州", 0, 3, "state", "", "US-X", "US")])
    0
    """
    def short_noun(w: str) -> bool:
        return 2 <= len(w) <= 4 and w not in _NOT_JOINED and not zh_head_re().search(w) \
            and all(map(_CJK_CHAR.match, w))

    if not short_noun(text[s2:s - 1]):
        return s
    for _ in range(3):
        if s2 < 3 or text[s2 - 1] != "、":
            return s
        s3 = _left_edge(text, s2 - 1, head, set(), {p.end for p in places} if place_ends is None else place_ends)
        lead = next((p for p in places if p.start == s3 and p.end < s2 - 1), None)
        if lead is not None:
            return s3 if short_noun(text[lead.end:s2 - 1]) else s
        if not short_noun(text[s3:s2 - 1]):
            return s
        s2 = s3
    return s


@cache
def _generic_words() -> tuple[frozenset[str], tuple[int, ...]]:
    """The generic words (and heads), and their lengths, longest first."""
    words = _generic_modifiers() | set(org_heads("zh"))
    return frozenset(words), tuple(sorted({len(w) for w in words}, reverse=True))


@lru_cache(maxsize=65536)
def _is_generic(modifier: str) -> bool:
    """True when the modifier names no particular body (省, 相关, 集团公司, 四省).

    >>> _is_generic("自治区"), _is_generic("集团公司"), _is_generic("广西壮族自治区")
    (True, True, False)
    """
    if not modifier or _NUMERAL_UNIT.search(modifier):
        return True
    words, lengths = _generic_words()
    rest = modifier
    while rest:
        # the longest generic word the rest begins with
        n = next((n for n in lengths if n <= len(rest) and rest[:n] in words), 0)
        if not n:
            return False
        rest = rest[n:]
    return True


def zh_org_hits(text: str, places=(), persons=(), sectors=()) -> list[OrgHit]:
    """Chinese organisation mentions.

    >>> [h.name for h in zh_org_hits("山西省商务厅、科技厅、金融办等部门介绍了情况。")]
    ['山西省商务厅', '科技厅', '金融办']
    """
    heads = org_heads("zh")
    found = _zh_heads(text)
    head_ends = {he for _, _, he in found}
    place_ends = {p.end for p in places}
    place_starts = {p.start for p in places}
    in_person = None
    hits: list[OrgHit] = []
    for head, hs, he in found:
        kind = heads[head]
        s = _left_edge(text, hs, head, head_ends, place_ends)
        if s >= 3 and text[s - 1] in "与和及" and s not in place_starts:   # else it returns s
            s = _joined_modifier_start(text, s, hs, head, head_ends, places, place_ends, place_starts)
        name = text[s:he]
        modifier = text[s:hs]
        if kind in ("venue", "media", "delegation"):
            hits.append(OrgHit(name, kind, s, he))   # kept to hide what they contain
            continue
        if modifier[:1] in "该本我此这那各全" or len(name) < 3 or name[0] in _COUNT_FIRST and _COUNTED.match(name):
            continue
        if _is_generic(modifier) and not (modifier in _LEVELS and head not in _GENERIC_HEADS and len(head) > 1):
            continue   # 省政府, 相关部门 are no names; 市外经贸委 is
        if head == "工厂" and (is_common_word(modifier, 100) or len(modifier) < 3):
            continue   # 汽车工厂, 新工厂: a kind of plant, not a named one
        if head in _WEAK_HEADS and _PREDICATE.search(text[max(0, s - 2):s]):
            continue   # 密歇根州是美国汽车行业中心: a predicate, not a body
        if head in _WEAK_HEADS and not (s in place_starts or modifier.startswith(_NATIONAL)
                                        or any(s < e < hs for e in head_ends)):
            continue   # …but a unit of a named body is one (卡内基梅隆大学国家机器人工程中心)
        if in_person is None:
            in_person = _overlap_test((a.start, a.end) for a in persons)
        if in_person(s, he):
            continue
        hits.append(OrgHit(name, kind, s, he))
    hits += _list_items(text, places, hits, sectors)
    hits += _signing_parties(text, places, hits)
    hits += _bracketed_companies(text, hits)
    return _outermost(text, hits)


@cache
def _company_names():
    """(pattern of the listed company names, each name -> the listed names it begins
    with as (row, name), itself included, the rows as (zh, en) pairs).

    The pattern finds the longest name beginning at a place; the shorter ones there
    begin it. A name given in two rows (WH Group) is the later row's.
    """
    from ..data import rows as data_rows
    rows = [(r["zh"], r["en"]) for r in data_rows("companies.csv")]
    row_of = {form: k for k, pair in enumerate(rows) for form in pair if form}
    begun = {f: [(row_of[g], g) for g in row_of if f.startswith(g)] for f in row_of}
    return re.compile(_trie_pattern(row_of)), begun, rows


def _company_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, row, name) of every occurrence of a listed name, overlapping ones too,
    in the order of their ends (an automaton's order: a longer name first where two end
    together).

    >>> [(s, name) for s, _, name in _company_mentions("中国中车与中车")]
    [(0, '中国中车'), (2, '中车'), (5, '中车')]
    """
    pattern, begun, _ = _company_names()
    found = []
    m = pattern.search(text)
    while m:
        s = m.start()
        found += [(s + len(g), -len(g), s, k, g) for k, g in begun[m.group()]]
        m = pattern.search(text, s + 1)
    found.sort()
    return [(s, k, g) for _, _, s, k, g in found]


def known_company_hits(text: str) -> list[OrgHit]:
    """Large companies that news names without a head word (中粮, COFCO, 波音, Boeing), from
    ``data/companies.csv``: one hit per company, at its first mention, with its other-language
    name where the text gives both. A Chinese name must not share a word with the text beside
    it (加强生产 holds no 强生); an English one stands as a whole word.

    >>> [(h.name, h.name_en) for h in known_company_hits("中粮（COFCO）与嘉吉签约，加强生产合作。")]
    [('中粮', 'COFCO'), ('嘉吉', '')]
    """
    from .gazetteer import any_bigrams
    rows = _company_names()[2]
    at: dict[int, dict[str, int]] = {}        # company -> form -> its first start
    words = any_bigrams()
    mentions = list(_company_mentions(text))
    spans = [(start, start + len(form)) for start, _, form in mentions]
    for start, k, form in mentions:
        end = start + len(form) - 1
        if any(s <= start and end < e and e - s > len(form) for s, e in spans):
            continue          # 上汽 inside 上汽通用五菱: the longer name is the company
        if form.isascii():
            if (start > 0 and text[start - 1].isalnum()) or (end + 1 < len(text) and text[end + 1].isalnum()) \
                    or (text[end + 1:end + 2] == "-" and text[end + 2:end + 3].isalnum()):
                continue      # inside a longer or hyphenated name (SAIC-GM-Wuling)
        elif text[start - 1:start + 1] in words or text[end:end + 2] in words \
                or (len(form) < 4 and not _ends_company_name(text, end + 1)):   # a long name is sure
            continue
        at.setdefault(k, {}).setdefault(form, start)
    out = []
    for k, forms in at.items():
        zh, en = rows[k]
        name = zh if zh in forms else en          # the Chinese form where the text has it
        start = forms[name]
        if name == zh:
            # 潍柴动力, 长安汽车: a trade word right after the short name is part of it
            trade = next((t for t in _company_trades() if text.startswith(t, start + len(name))), "")
            name = text[start:start + len(name) + len(trade)]
        out.append(OrgHit(name, "company", start, start + len(name), en if zh in forms and en in forms else ""))
    return sorted(out, key=lambda h: h.start)


def _ends_company_name(text: str, p: int) -> bool:
    """Whether a Chinese company name may end at ``p``: at punctuation, a non-Chinese character,
    a word that may follow a name (与, 等, 表示), an organisation head (集团, 公司) or a common
    word (总部, 参展), not inside a longer name (花旗|松原木).

    >>> _ends_company_name("中粮与嘉吉", 2), _ends_company_name("花旗松原木", 2), _ends_company_name("中粮集团", 2)
    (True, False, True)
    """
    if p >= len(text) or not ("\u4e00" <= text[p] <= "\u9fff" or "\u3400" <= text[p] <= "\u4dbf"):
        return True
    return follower_re().match(text, p) is not None or zh_head_re().match(text, p) is not None \
        or text[p] in _NAME_PARTICLES or is_common_word(text[p:p + 2], 100)


# characters that may stand right after a company's name: of, and, in, to, at, ...
_NAME_PARTICLES = frozenset("的与和及同在于向对从为也还将已等、携")


# a Chinese name (in quotes or not) with its English name in brackets right after it
_NAME_WITH_ENGLISH = re.compile(f"(?:[「“\"]([{CJK}]{{2,12}})[」”\"]|([{CJK}]{{3,12}}))\\s*[（(]\\s*"
                                r"((?:The\s+)?[A-Z][\w&'.-]*(?:\s+(?:[A-Z&][\w&'.-]*|of|and)){0,5})\s*[）)]")


@cache
def _company_trades() -> tuple[str, ...]:
    return tuple(sorted(set(data_words("company_trades.txt")), key=len, reverse=True))


def _bracketed_companies(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """Companies named by a trade word and given in English too: 卡博特乳业（Cabot Creamery）,
    「桃树家居」（Peachtree Home）; the shortest run of characters before the trade word
    that is not a common word or a known body's end is the name.

    >>> [(h.name, h.name_en) for h in _bracketed_companies("奶酪商卡博特乳业（Cabot Creamery）洽谈进口。", [])]
    [('卡博特乳业', 'Cabot Creamery')]
    """
    if "(" not in text and "（" not in text:
        return []
    out = []
    taken = {(h.start, h.end) for h in hits}
    for m in _NAME_WITH_ENGLISH.finditer(text):
        quoted = m.group(1) is not None
        run, start = (m.group(1), m.start(1)) if quoted else (m.group(2), m.start(2))
        trade = next((t for t in _company_trades() if run.endswith(t)), None)
        if trade is None or len(run) <= len(trade):
            continue
        if not quoted:
            # 奶酪商卡博特乳业: the name begins where an organisation's modifier would
            trade_at = m.end(2) - len(trade)
            start = max(start, _left_edge(text, trade_at, trade, set()))
            # 奶酪商, 零售商: a trade and 商 describe the company before its name
            start = max([start] + [k + 1 for k in range(start + 2, trade_at - 1)
                                   if text[k] == "商" and is_common_word(text[k - 2:k], 20)])
            run = text[start:m.end(2)]
            if len(run) <= len(trade) + 1 or is_common_word(run[:-len(trade)], 100):
                continue
        if (start, start + len(run)) not in taken:
            out.append(OrgHit(run, "company", start, start + len(run), m.group(3)))
    return out


_SIGNS = re.compile("(?:正式|共同|现场)?(?:签署|签订|签约|缔结)")
_SIGN_LEADS = frozenset("正式 共同 现场 签署 签订 签约 缔结".split())   # the words a _SIGNS match begins with


def _signing_parties(text: str, places, hits: list[OrgHit]) -> list[OrgHit]:
    """A city or a development zone that signs with another acts as a body:
    ``甲市与乙市签署…``, ``甲工业园区与乙高新区签署…``.

    >>> from tradeviz.extract.mentions import Place
    >>> t = "会上，甲山市与乙江市签署合作协议。"
    >>> ps = [Place("甲山州", 3, 6, "prefecture", "", "CN-X", "CN"), Place("乙江市", 7, 10, "city", "", "CN-Y", "CN"),
    ...       Place("丙区", 10, 12, "county", "", "CN-Y", "CN")]
    >>> [h.name for h in _signing_parties("会上，甲山州与乙江市丙区签署合作协议。", ps, [])]
    ['甲山州', '乙江市丙区']
    """
    if not any(w in text for w in ("签署", "签订", "签约", "缔结")):
        return []   # no party signs here (_SIGNS)
    # a pair's second party, a city or a zone, ends where _SIGNS matches: at one of its first words
    cities = [p for p in places if p.level in ("prefecture", "county", "city")]
    if not any(text[p.end:p.end + 2] in _SIGN_LEADS for p in cities) \
            and not any(text[h.end:h.end + 2] in _SIGN_LEADS for h in hits if h.kind == "venue"):
        return []
    parties = []
    for p in sorted(cities, key=lambda p: p.start):
        if parties and parties[-1][1] == p.start:
            parties[-1] = (parties[-1][0], p.end, "government")   # 杭州市余杭区 is one party
        elif p.end - p.start >= 2:
            parties.append((p.start, p.end, "government"))
    zones = [(h.start, h.end, "government") for h in hits
             if h.kind == "venue" and text[h.start:h.end].endswith(("园区", "开发区", "高新区", "新区"))]
    parties = sorted(zones + [p for p in parties if not any(z[0] <= p[0] and p[1] <= z[1] for z in zones)])
    out = []
    for a, b in zip(parties, parties[1:]):
        if text[a[1]:b[0]] in ("与", "和") and _SIGNS.match(text, b[1]) \
                and not (a[0] > 0 and text[a[0] - 1] == "在"):
            out += [OrgHit(text[a[0]:a[1]], a[2], a[0], a[1]), OrgHit(text[b[0]:b[1]], b[2], b[0], b[1])]
    return out


@cache
def _long_head_firsts() -> frozenset[str]:
    """First characters of the heads of three characters or more."""
    return frozenset(h[0] for h in org_heads("zh") if len(h) >= 3)


def _zh_heads(text: str) -> list[tuple[str, int, int]]:
    """The head words of the text as (head, start, end), each re-read (``_reread_head``)
    and kept where it is a head there (``_head_ok``).

    >>> [h for h, _, _ in _zh_heads("湾区委员会委托经济发展厅")]
    ['委员会', '厅']
    """
    out = []
    longer_firsts, n = _long_head_firsts(), len(text)
    for m in zh_head_re().finditer(text):
        st, en = m.span()
        if en - st == 2 or st + 1 < n and text[st + 1] in longer_firsts:   # else _reread_head keeps it
            m = _reread_head(text, m)
            st, en = m.span()
        if en - st > 1:
            out.append((m.group(), st, en))   # a longer head is always ok
        elif _one_char_head_ok(text[st - 2 if st > 2 else 0:st + 2], st if st < 2 else 2):
            out.append((m.group(), st, en))
    return out


def _reread_head(text: str, m: re.Match) -> re.Match:
    """A head whose first character belongs to the word before it: 经济发展|厅, not 发|展厅.

    >>> _reread_head("经济发展厅", zh_head_re().search("经济发展厅")).group()
    '厅'
    >>> _reread_head("湾区委员会", zh_head_re().search("湾区委员会")).group()
    '委员会'
    >>> _reread_head("省外办", zh_head_re().search("省外办")).group()   # after a level word, 外办 stays
    '外办'
    """
    head = m.group()
    if m.start() + 1 < len(text) and text[m.start() + 1] in _long_head_firsts():
        later = zh_head_re().match(text, m.start() + 1)
        if later and later.end() > m.end() and len(later.group()) >= 3:
            return later   # 湾区委员会: 委员会, not 区委
    if len(head) == 2 and m.start() > 0 and head[1:] in org_heads("zh") and text[m.start() - 1] not in "省市县区州":
        word = text[m.start() - 1:m.start() + 1]
        if word_freq().get(word, 0) > 10 * max(word_freq().get(head, 0), 1):
            return zh_head_re().match(text, m.start() + 1) or m
    return m


def _head_ok(text: str, m: re.Match) -> bool:
    """A one-character head that starts a common word is no head (委托, 部署, 局长).

    >>> t = "委托经济发展厅"
    >>> [_head_ok(t, m) for m in zh_head_re().finditer(t)]
    [False, True]
    """
    if len(m.group()) != 1:
        return True
    return _one_char_head_ok(text[max(0, m.start() - 2):m.start() + 2], min(m.start(), 2))


@lru_cache(maxsize=65536)
def _one_char_head_ok(around: str, i: int) -> bool:
    """``_head_ok`` for the one-character head at ``i`` of ``around``: the text from two
    characters before the head to one after it (less at the text's ends), all it reads.

    >>> _one_char_head_ok("委托", 0), _one_char_head_ok("发展厅", 2), _one_char_head_ok("展厅", 1)
    (False, True, True)
    """
    two = around[i:i + 2]
    if len(two) == 2 and is_common_word(two, 100) and two not in org_heads("zh"):
        return False
    ending = around[max(0, i - 1):i + 1]
    if len(ending) == 2 and is_common_word(ending, 100) and ending not in org_heads("zh"):
        prev = around[max(0, i - 2):i]
        if not (len(prev) == 2 and word_freq().get(prev, 0) > 10 * word_freq().get(ending, 0)):
            return False   # 格局, 举办, 内部; but 经济发展|厅 is no 展厅
    if i == 0 or not _NAME_CHAR.match(around, i - 1):
        return False
    return True


def _list_items(text: str, places, found: list[OrgHit], sectors=()) -> list[OrgHit]:
    """Items of ``A、B、C等企业``: organisations of the closer's kind.

    >>> [h.name for h in _list_items("前往江南水泥、北岭纺织等企业考察", (), [])]
    ['江南水泥', '北岭纺织']
    """
    if "等" not in text or "、" not in text:
        return []          # the list pattern needs both
    matches = _list_matches(text)
    if not matches:
        return []
    kinds = org_heads("zh_list")
    place_names = {p.name for p in places}
    out = []
    for m in matches:
        if m.group(2) and (m.group(2)[:1] in "地国省市县区州" or m.group(2) in ("方面", "领域")):
            continue   # 山西、陕西等地企业, 美国、新西兰等国参展企业: places, not companies
        kind = kinds[m.group(3)]
        items = m.group(1).split("、")
        starts = [m.start(1)]
        for it in items[:-1]:
            starts.append(starts[-1] + len(it) + 1)
        # the first item may carry the verb before it (前往山西水塔醋业)
        first = _left_edge(text, starts[0] + len(items[0]), "", set())
        items[0], starts[0] = text[first:starts[0] + len(items[0])], first
        industry = sum(is_common_word(it, 1000) or _is_sector_term(st, st + len(it), sectors)
                       for it, st in zip(items, starts))
        if industry * 2 >= len(items):
            continue   # 旅游、农业等企业: kinds of business, not names
        items, starts = _split_items(items, starts)
        for item, s in zip(items, starts):
            if item and item not in place_names and not _DIGIT.search(item) \
                    and not any(h.start <= s and s + len(item) <= h.end for h in found):
                out.append(OrgHit(item, kind, s, s + len(item)))
    return out


def _list_matches(text: str) -> list[re.Match]:
    """``_list_re().finditer(text)``, tried only before a 等 with a closer after it: a
    list's items run up to that 等 (none holds a 等), so a list starts in the stretch of
    item characters and 、 before it, and holds a 、 there.

    >>> [m.group(1) for m in _list_matches("会见甲乙、丙丁等企业，戊己、庚辛等部门")]
    ['会见甲乙、丙丁', '戊己、庚辛']
    """
    pattern, closer, out, pos = _list_re(), _list_closer_re(), [], 0
    k = text.find("等")
    while k >= 0:
        if k > pos and closer.match(text, k):
            start = k
            while start > pos and not _NOT_ITEM_CHAR.match(text[start - 1]):
                start -= 1
            if "、" in text[start:k]:
                for p in range(start, k):
                    m = pattern.match(text, p)
                    if m:
                        out.append(m)
                        pos = m.end()
                        break
        k = text.find("等", k + 1)
    return out


def _split_items(items: list[str], starts: list[int]) -> tuple[list[str], list[int]]:
    """Clean list items: drop a description before 的 (广东等地的中粮集团), split
    items joined by 和/与/及 where each side ends in an organisation head.

    >>> _split_items(["北方等地的甲乙集团", "丙丁公司和戊己集团"], [0, 10])
    (['甲乙集团', '丙丁公司', '戊己集团'], [5, 10, 15])
    """
    out_i, out_s = [], []
    heads = zh_head_re()
    for item, s in zip(items, starts):
        k = item.rfind("的")
        if 0 <= k < len(item) - 2:
            item, s = item[k + 1:], s + k + 1
        parts = re.split("(和|与|及|以及)", item)
        if len(parts) > 1 and all(len(pt) >= 3 and any(h.end() == len(pt) for h in heads.finditer(pt))
                                  for pt in parts[::2]):
            off = s
            for pt in parts:
                if pt not in ("和", "与", "及", "以及"):
                    out_i.append(pt)
                    out_s.append(off)
                off += len(pt)
            continue
        out_i.append(item)
        out_s.append(s)
    return out_i, out_s


def _is_sector_term(start: int, end: int, sectors) -> bool:
    """True when an industry term found by the sectors step covers the item (物流, 新能源)."""
    return any(h.start <= start and end <= h.end for h in sectors)


def _outermost(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """Drop mentions inside a longer one, in document titles, or in page boilerplate."""
    hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    out = []
    start = None
    reach = -1        # the furthest end of a hit starting before this one
    first_end = -1    # the end of the longest hit starting where this one does
    titles_in = "《" in text
    for h in hits:
        if h.start != start:
            start, reach, first_end = h.start, max(reach, first_end), h.end
        # a longer hit holds this one: it starts before and ends no earlier, or starts here and ends later
        if reach >= h.end or first_end > h.end or h.kind in ("venue", "media", "delegation"):
            continue
        if titles_in and _inside_book_title(text, h.start) or _boilerplate_line(text, h.start):
            continue
        out.append(h)
    return out


def _inside_book_title(text: str, i: int) -> bool:
    left = text.rfind("《", max(0, i - 80), i)
    return left >= 0 and text.find("》", left, i) < 0


def _boilerplate_line(text: str, i: int) -> bool:
    """True when ``i`` lies on a short line of page furniture (版权所有, 首页, Copyright …).

    Only a short line (under 120 characters) is searched: a hit's line is most often a
    long paragraph, and no boilerplate word spans a line break.

    >>> t = "首页 > 新闻\\n山西省商务厅发布"
    >>> _boilerplate_line(t, 3), _boilerplate_line(t, 9)
    (True, False)
    """
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    b = len(text) if b < 0 else b
    return b - a < 120 and _BOILERPLATE.search(text, a, b) is not None


# ---------------------------------------------------------------- English

# title words that also name things (Commerce, Council, General, Trade): no title at a name's end
_NOT_POSTS = {"and", "of", "the", "commerce", "council", "general", "party", "state", "trade", "chief", "head",
              "executive", "senior", "deputy", "vice", "member", "managing", "attorney"}
_EN_TOKEN = r"(?:[A-Z][A-Za-z.'’–-]*(?:&[A-Z][A-Za-z]*)?|&|of|and|for|the|on|\((?:Group|Holdings?|China|USA)\))"   # Xi'an Aircraft (Group) Co
_EN_RUN = re.compile(rf"(?:[A-Z][A-Za-z.'’–-]*(?:&[A-Z][A-Za-z]*)?)(?:(?:[ \t]+|,[ \t]+(?=(?:Inc|LLC|Ltd)\b)){_EN_TOKEN})*")
# capitalised words that begin a sentence before a name (At the Georgia Department …)
_LEAD_WORDS = {"At", "In", "On", "From", "With", "By", "During", "After", "Before", "Under", "Through", "For",
               "To", "Of", "And", "But", "As", "While", "When", "Meanwhile", "Also", "Both", "Then", "Later"}
_LEGAL_FORMS = {"Company", "Inc.", "Inc", "LLC", "Co.", "Co", "Ltd.", "Ltd", "Corp.", "Corp", "Incorporated", "GmbH", "AG"}
_CO_LTD = re.compile(r"^,?\s*(?:Co\.,?\s*)?Ltd\.?|^,\s*(?:Inc|LLC)\.?")


@cache
def _en_heads() -> dict[str, str]:
    return org_heads("en")


@cache
def _en_head_word() -> re.Pattern:
    """Finds a word that may hold an English head for ``_en_kind``: one that begins with
    a head and goes on, if at all, with no letter but the s of a plural or a possessive
    (Ministry, Co., Bank's, Hospitals; not Commerce).

    >>> [bool(_en_head_word().search(w)) for w in ["Ohio Ministry,", "Acme Co.", "Commerce Hospitals", "Commerce"]]
    [True, True, True, False]
    """
    return re.compile(rf"\b{_trie_pattern(_en_heads())}(?![A-Za-rt-z])")


@cache
def _lead_title_words() -> frozenset[str]:
    """Lower-case words of English titles, and CEO, and, of, the: words that lead no name."""
    return frozenset({w.lower() for t in titles("en") for w in t.split()} | {"ceo", "and", "of", "the"})


@cache
def _tail_title_words() -> frozenset[str]:
    """Title words that end a name's tail (Secretary, not Commerce or Council)."""
    return _lead_title_words() - _NOT_POSTS


def en_org_hits(text: str, places=(), persons=()) -> list[OrgHit]:
    """English organisation mentions.

    >>> [h.name for h in en_org_hits("supported by the Chinese Ministry of Commerce and the U.S. Trade and Development Agency.")]
    ['Chinese Ministry of Commerce', 'U.S. Trade and Development Agency']
    """
    if not ASCII_CAPITAL.search(text):
        return []          # runs, heads and company cues all begin with a capital letter
    heads = _en_heads()
    in_person = _overlap_test((a.start, a.end) for a in persons)
    out = []
    has_head = _en_head_word().search
    for m in _EN_RUN.finditer(text):
        run = m.group()
        # a name needs two words (_run_orgs), and cutting a run only shortens it; words are
        # joined by spaces and tabs only
        if " " not in run and "\t" not in run or not has_head(run):
            continue   # …and a head (_run_orgs)
        all_toks = run.split()
        all_offs = [m.start() + o.start() for o in re.finditer(r"\S+", m.group())]
        for toks, offs in _sentences(all_toks, all_offs):
            for ptoks, poffs in _around_persons(toks, offs, in_person):
                for qtoks, qoffs in _around_possessive(ptoks, poffs, heads):
                    out.extend(_run_orgs(text, qtoks, qoffs, heads))
    _extend_comma_tails(text, out)
    out = [h for h in out if not _boilerplate_line(text, h.start)
           and not (title_case_line(text, h.start) and text.count(h.name) < 2)]
    cues = [c for c in _en_company_cues(text, [], places)
            if not in_person(c.start, c.end)]
    # a run joined over a list's "and" (Battelle and Worthington Industries) gives way to the list's items
    out = [h for h in out if sum(h.start <= c.start < h.end for c in cues) < 2]
    return out + [c for c in cues if not any(h.start <= c.start < h.end or c.start <= h.start < c.end for h in out)]


def _overlap_test(spans):
    """A test of whether ``[a, b)`` overlaps one of the ``(start, end)`` spans: whether
    one starts before ``b`` and ends after ``a`` (an offset ``o`` lies in one: ``[o, o + 1)``).

    >>> overlaps = _overlap_test([(5, 9), (0, 3), (6, 7)])
    >>> [o for o in range(11) if overlaps(o, o + 1)], overlaps(3, 5), overlaps(2, 4)
    ([0, 1, 2, 5, 6, 7, 8], False, True)
    """
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))   # the furthest end of a span starting so far

    def overlaps(a: int, b: int) -> bool:
        i = bisect_left(starts, b)
        return i > 0 and reach[i - 1] > a

    return overlaps


def _around_persons(toks: list[str], offs: list[int], in_person):
    """Cut a capitalised run at the persons' names in it (Secretary Jane Roe and Cabinet for …);
    ``in_person(a, b)``: whether a person's name overlaps ``[a, b)`` (``_overlap_test``)."""
    start = 0
    for i, o in enumerate(offs):
        if in_person(o, o + 1):
            if i > start:
                yield toks[start:i], offs[start:i]
            start = i + 1
    if start < len(toks):
        yield toks[start:], offs[start:]


def _around_possessive(toks: list[str], offs: list[int], heads):
    """A possessive whose thing has no head names its owner (J.R. Simplot Company's plant);
    one followed by a unit is one name with it (University of Idaho's Extension Center).

    >>> t = "Ohio Department of Farming's Trade Division and Acme Company's plant"
    >>> [h.name for h in en_org_hits(t)]
    ["Ohio Department of Farming's Trade Division", 'Acme Company']
    """
    k = next((i for i, t in enumerate(toks) if t.endswith(("'s", "’s")) and len(t) > 2), None)
    if k is None or any(_en_kind(t, heads) for t in toks[k + 1:]):
        yield toks, offs
        return
    yield toks[:k] + [toks[k][:-2]], offs[:k + 1]
    yield from _around_possessive(toks[k + 1:], offs[k + 1:], heads)


_COMMA_TAIL = re.compile(r",\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*,?"
                         r"\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?!\s+[A-Z])")


def _extend_comma_tails(text: str, hits: list[OrgHit]) -> None:
    """``Department of Agriculture, Trade and Consumer Protection``: a list ending an of-phrase.

    >>> t = "the Ohio Department of Health, Safety and Water Policy signed"
    >>> [h.name for h in en_org_hits(t)]
    ['Ohio Department of Health, Safety and Water Policy']
    """
    for h in hits:
        m = _COMMA_TAIL.match(text, h.end)
        if not m or " of " not in h.name or any(_en_kind(w, _en_heads()) for w in m.group(1).split()):
            continue
        h.name, h.end = text[h.start:m.end()], m.end()


_ABBREV = {"U.S.", "U.K.", "Co.", "Ltd.", "Inc.", "Corp.", "St.", "Jr.", "Sr.", "Dr.", "Mr.", "Mrs.",
           "Ms.", "Lt.", "Gov.", "Sen.", "Rep.", "Prof.", "No.", "Dept.", "Int'l.", "Mich.", "D.C.",
           "Mfg.", "Bros.", "Intl.", "Mfrs."}


def _sentences(toks: list[str], offs: list[int]):
    """Cut a capitalised run where a sentence ends inside it (…Beijing. The Michigan…)."""
    start = 0
    for i, t in enumerate(toks):
        if i > start and t in ("The", "A", "An"):   # a capital article inside a run starts a sentence
            yield toks[start:i], offs[start:i]
            start = i
        if t.endswith(".") and t not in _ABBREV and not re.fullmatch(r"(?:[A-Z]\.)+", t) and i + 1 < len(toks):
            yield toks[start:i + 1], offs[start:i + 1]
            start = i + 1
    yield toks[start:], offs[start:]


def _run_orgs(text, toks, offs, heads) -> list[OrgHit]:
    out = []
    title_words, tail_titles = _lead_title_words(), _tail_title_words()
    for seg in _split_run(toks, heads):
        a, b = seg
        # leading titles: "President and CEO of Ohio Business Roundtable"
        based = [k for k in range(a, b) if toks[k].endswith(("-based", "-headquartered"))]
        if based:
            a = based[-1] + 1   # Des Moines-based Kemin Industries
        while a < b and (toks[a].lower() in title_words or toks[a] in ("The", "A") or toks[a] in _LEAD_WORDS):
            a += 1
        # "Representatives of Hebei Port Group", "Scott Walker of the U.S. Consulate":
        # words before the first "of" that hold no head are not part of the name
        of = next((k for k in range(a, b) if toks[k] == "of"), None)
        if of is not None and not any(_en_kind(t, heads) for t in toks[a:of]):
            a = of + 1
            while a < b and toks[a] in ("the", "The"):
                a += 1
        while b > a and toks[b - 1] in ("of", "and", "for", "the", "&", "on"):
            b -= 1
        if b - a < 2:
            continue
        seg_toks = [t.rstrip(".,") if t not in ("Co.", "Ltd.", "Inc.", "U.S.", "Corp.") else t
                    for t in toks[a:b]]
        kinds = [_en_kind(t, heads) for t in seg_toks]
        # "Port of Alaska" is a port authority; "Dalian Port", "SC Ports" name the place
        kinds = [k if seg_toks[i].rstrip("s") not in _OF_ONLY_HEADS
                 or seg_toks[i + 1:i + 2] == ["of"] else "" for i, k in enumerate(kinds)]
        if not any(kinds):
            continue
        last = max(i for i, k in enumerate(kinds) if k)
        kind = kinds[last]
        while last + 1 < len(seg_toks) and f"{seg_toks[last]} {seg_toks[last + 1]}" in heads:
            last += 1     # a two-word head: Consulate General
        if kind in ("venue", "media", "delegation") or any(k in ("delegation",) for k in kinds):
            continue
        if kind == "trade" and last + 1 < len(seg_toks) and seg_toks[last + 1][:1].isupper():
            continue   # Northgate Trade & Logistics Park: the trade word is not the head
        # the name runs to the last head, or on over an "of ..." tail, but a legal
        # form ends it (Heartland Rice Mills LLC of Dexter: of the town it is in)
        if last + 1 < len(seg_toks) and (seg_toks[last + 1] not in ("of", "for", "on")
                                         or seg_toks[last] in _LEGAL_FORMS):
            seg_toks = seg_toks[:last + 1]
        # Cabinet for Economic Development Secretary: the tail stops at a title word
        for k in range(last + 1, len(seg_toks)):
            if seg_toks[k].lower() in tail_titles and seg_toks[k - 1] not in ("of", "the"):
                seg_toks = seg_toks[:k]
                break
        # University of Michigan Santa Ono: the tail stops where a person's name begins
        for k in range(last + 2, len(seg_toks) - 1):
            if seg_toks[k] in english_given_names() and seg_toks[k + 1][:1].isupper():
                seg_toks = seg_toks[:k]
                break
        # Port of Alaska on Tuesday: the tail stops before a day or a month
        k = next((k for k in range(last + 1, len(seg_toks)) if seg_toks[k] in _CALENDAR_WORDS), None)
        if k is not None:
            seg_toks = seg_toks[:k - 1 if seg_toks[k - 1] in ("on", "in") else k]
        if seg_toks[last].rstrip("s") in _OF_ONLY_HEADS and "and" in seg_toks[last:]:
            seg_toks = seg_toks[:seg_toks.index("and", last)]   # Port of Charleston and East China
        if len(seg_toks) < 2:
            continue
        s = offs[a]
        e = offs[a + len(seg_toks) - 1] + len(seg_toks[-1])
        name = re.sub(r"\s+", " ", text[s:e])   # as written: J.R. Simplot, Appliances, Inc.
        tail = _CO_LTD.match(text[e:])
        if tail:
            name, e = text[s:e + tail.end()], e + tail.end()
        out.append(OrgHit(name, _main_kind(kind), s, e))
    return out


_CALENDAR_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
                            "April May June July August September October November December".split())
# heads that make a name only before "of" (the Port of Seattle is an agency; Dalian Port a place)
_OF_ONLY_HEADS = ("Port",)


def _en_kind(tok: str, heads: dict[str, str]) -> str:
    t = tok.rstrip(",;:")
    if t not in heads:
        t = t.rstrip(".")
    if t in heads:
        return heads[t]
    if t.endswith("s") and t[:-1] in heads:
        return heads[t[:-1]]
    return ""


def _main_kind(kind: str) -> str:
    if kind == "trade":
        return "company"
    return kind if kind in ("government", "company", "association", "education", "other_org") else "other_org"


def _split_run(toks: list[str], heads: dict[str, str]) -> list[tuple[int, int]]:
    """Split ``A Ministry of X and the B Agency`` where both sides have a head."""
    cuts = [0]
    for i, t in enumerate(toks):
        if t in ("and", "&") and i + 1 < len(toks):
            left = toks[cuts[-1]:i]
            own = [k for k, x in enumerate(left) if x.endswith(("'s", "’s"))]
            left = left[own[-1] + 1:] if own else left   # Idaho's Aberdeen Research and Extension Center
            # the right side's own run, up to the next "and": University of Science and
            # Technology of China is one name, Technology being no head
            nxt = next((k for k in range(i + 1, len(toks)) if toks[k] == "and"), len(toks))
            right = toks[i + 1:nxt]
            left_head = any(_en_kind(x, heads) for x in left)
            if left_head and any(_en_kind(x, heads) for x in right) or toks[i + 1] == "the":
                cuts.append(i + 1)   # "… of Commerce and the Baden-Wuerttemberg International"
    cuts.append(len(toks))
    segs = []
    for a, b in zip(cuts, cuts[1:]):
        if a > 0 and toks[a - 1] in ("and", "&"):
            pass
        end = b - 1 if b < len(toks) and toks[b - 1] in ("and", "&") else b
        segs.append((a + (1 if toks[a:a + 1] == ["the"] else 0), end))
    return segs


# ---------------------------------------------------------------- English companies without a head word

_ITEM = (r"[A-Z][\w&.'’-]*(?:[ \t]+(?:[A-Z0-9][\w&.'’-]*|&|of(?=[ \t]+[A-Z])|\([A-Z][a-z]+\)))*"
         r"(?:,[ \t]+(?:Ltd|Inc|LLC|Co|Corp)\b\.?)*")   # Hebei Port Group Co., Ltd. is one item
_LIST = rf"({_ITEM}(?:,[ \t]+(?!and\b){_ITEM})*,?[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?{_ITEM}|{_ITEM}(?:,[ \t]+{_ITEM})+)"
# the English analogue of 等企业: companies such as A, B and C; executives of A and B
_EN_LIST_CUE = re.compile(
    r"\b(?:(?i:companies|firms|enterprises|businesses|brands|manufacturers|makers|producers|exporters|importers|"
    r"suppliers|retailers|buyers|investors)(?:,)?[ \t]+(?:such[ \t]+as|including|like)"
    r"|(?i:executives|representatives|managers|buyers|importers|companies|firms)[ \t]+(?:of|from))[ \t]+" + _LIST)
_EN_BASED = re.compile(rf"\b[A-Z][\w.'’]*(?:[ \t]+[A-Z][\w.'’]*)?-based[ \t]+({_ITEM})")
_EN_APPOSITIVE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))({_ITEM}),[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
    r"(?:maker|manufacturer|producer|company|firm|supplier|developer|retailer|exporter|importer|processor|"
    r"operator|provider|giant|start-?up|brand|carmaker|automaker|conglomerate)\b")
_FACILITY_TAIL = (r"['’]s[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}(?:plant|factory|headquarters|facility|facilities|"
                  r"assembly[ \t]+line|campus|R&D[ \t]+center|research[ \t]+center|production[ \t]+base)\b")
_EN_FACILITY = re.compile(rf"({_ITEM}){_FACILITY_TAIL}")
# a party that signs or agrees with the subject (agreed with First Solar to …)
_EN_PARTNER = re.compile(rf"\b(?:signed|agreed|partnered|inked|teamed[ \t]+up)\b[^.\n]{{0,40}}?\bwith[ \t]+(?:the[ \t]+)?({_ITEM})")
# a name followed by the common noun saying what it is (the Baden-Wuerttemberg International agency)
_EN_KIND_AFTER = re.compile(rf"\bthe[ \t]+({_ITEM})[ \t]+((?:agency|company|firm|corporation|group|institute|"
                            r"association|organization|organisation|foundation|university|council)\b)")
# the words each cue pattern begins with, or a line holding one of its matches must contain
_LIST_CUE_WORDS = ("companies firms enterprises businesses brands manufacturers makers producers exporters importers "
                   "suppliers retailers buyers investors executives representatives managers").split()
_PARTNER_WORDS = ("signed", "agreed", "partnered", "inked", "teamed")
_KIND_NOUNS = ("agency", "company", "firm", "corporation", "group", "institute", "association", "organization",
               "organisation", "foundation", "university", "council")
# a word every _EN_FACILITY match holds (facilit: facility, facilities)
_FACILITY_WORDS = ("plant", "factory", "headquarters", "facilit", "assembly", "campus", "center", "production")
_APPOSITIVE_CUE = re.compile(",[ \t]+an?[ \t]")
_FACILITY_CUE = re.compile(_FACILITY_TAIL)
_BASED_CUE = re.compile("-based")
_PLACE_WORDS = {"Province", "State", "City", "County", "Prefecture", "Region", "District", "Municipality"}


@cache
def _title_words() -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for t in titles("en") for w in t.split()) - _NOT_POSTS


def _matches_at_words(pattern: re.Pattern, words, text: str, seen: str | None = None) -> list[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match begins with one of
    ``words`` (as found in ``seen``, a same-length form of ``text``): tried only where
    one begins (few places, found by ``str.find``) instead of at every position.

    >>> p = re.compile(r"\\b(?:ab|b)c")
    >>> [m.span() for m in _matches_at_words(p, ["ab", "b"], "abc bc xbc")], [m.span() for m in p.finditer("abc bc xbc")]
    ([(0, 3), (4, 6)], [(0, 3), (4, 6)])
    """
    seen = text if seen is None else seen
    begins = set()
    for w in words:
        i = seen.find(w)
        while i >= 0:
            begins.add(i)
            i = seen.find(w, i + 1)
    return _matches_at(pattern, begins, text)


def _matches_at(pattern: re.Pattern, begins, text: str) -> list[re.Match]:
    """``pattern.finditer(text)`` for a pattern that can match only at ``begins``.

    >>> [m.group() for m in _matches_at(re.compile("ab|b"), {0, 1, 3}, "abab")]
    ['ab', 'b']
    """
    out, pos = [], 0
    for b in sorted(begins):
        if b < pos:
            continue
        m = pattern.match(text, b)
        if m:
            out.append(m)
            pos = m.end() if m.end() > b else b + 1
    return out


def _caseless_matches_at_words(pattern: re.Pattern, words, text: str) -> list[re.Match]:
    """``_matches_at_words`` for a pattern whose first words ignore case (lower-case
    ``words``), looked for in the lower-cased text; the plain search where lower-casing
    moves positions or where ı/ſ, which match i/s ignoring case, are in the text.

    >>> p = re.compile(r"\\b(?i:visit|visited)\\b")
    >>> [m.group() for m in _caseless_matches_at_words(p, ["visited", "visit"], "Visited; VISIT. visits")]
    ['Visited', 'VISIT']
    """
    low = text.lower()
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        return list(pattern.finditer(text))
    return _matches_at_words(pattern, words, text, low)


def _matches_on_cue_lines(pattern: re.Pattern, cue: re.Pattern, text: str) -> list[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose matches hold a match of ``cue`` and
    never a line break: searched only on the lines where ``cue`` is found.

    >>> t = "Intro line\\nAcme Robotics, a maker of arms, grew.\\nBolt Co, a firm"
    >>> [m.group(1) for m in _matches_on_cue_lines(_EN_APPOSITIVE, _APPOSITIVE_CUE, t)]
    ['Acme Robotics', 'Bolt Co']
    """
    out, end = [], -1
    for c in cue.finditer(text):
        if c.start() < end:
            continue   # on the line just searched
        a = text.rfind("\n", 0, c.start()) + 1
        end = text.find("\n", c.start())
        end = len(text) if end < 0 else end
        # the line ends the string as its line break does (\b), and lookbehinds see before it
        out += pattern.finditer(text, a, end)
    return out


@cache
def _cue_words():
    """An automaton of the words of ``_cue_word_starts``: word -> (its length, its groups)."""
    import ahocorasick
    groups: dict[str, list[str]] = {}
    for group, words in (("list", _LIST_CUE_WORDS), ("partner", _PARTNER_WORDS), ("kind", _KIND_NOUNS),
                         ("facility", _FACILITY_WORDS)):
        for w in words:
            groups.setdefault(w, []).append(group)
    a = ahocorasick.Automaton()
    for w, gs in groups.items():
        a.add_word(w, (len(w), tuple(gs)))
    a.make_automaton()
    return a


def _cue_word_starts(text: str) -> dict[str, list[int]] | None:
    """Where the words of each English cue begin in the lower-cased text, in one pass:
    'list' (_LIST_CUE_WORDS), 'partner', 'kind' (_KIND_NOUNS), 'facility' (_FACILITY_WORDS).
    A case-sensitive word is found where it is, and where it is capitalised too. None
    where lower-casing moves positions, or where ı/ſ (i/s ignoring case) are in the text.

    >>> _cue_word_starts("Firms signed; the firm's plant")
    {'list': [0], 'partner': [6], 'kind': [0, 18], 'facility': [25]}
    """
    low = text.lower()
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        return None
    out: dict[str, list[int]] = {"list": [], "partner": [], "kind": [], "facility": []}
    if text:
        for end, (n, groups) in _cue_words().iter(low):
            for g in groups:
                out[g].append(end - n + 1)
    return out


def _en_company_cues(text: str, found: list[OrgHit], places=()) -> list[OrgHit]:
    """Companies named without a head word, known by how the sentence introduces them.

    >>> t = "Firms such as Acme Robotics, Blue Fern and Zeta Foods attended. Ohio-based Lumen Works signed."
    >>> [h.name for h in _en_company_cues(t, [])]
    ['Acme Robotics', 'Blue Fern', 'Zeta Foods', 'Lumen Works']
    """
    spans = []
    # each pattern is tried only where its first word begins, or on the lines holding its cue,
    # or where a word every match holds is in the text; the words found in one pass
    at = _cue_word_starts(text)
    if at is None:   # lower-casing moves positions: each word looked for by itself
        lists = _caseless_matches_at_words(_EN_LIST_CUE, _LIST_CUE_WORDS, text)
        partners = _matches_at_words(_EN_PARTNER, _PARTNER_WORDS, text)
        at = {"kind": any(w in text for w in _KIND_NOUNS), "facility": True}
    else:
        lists, partners = _matches_at(_EN_LIST_CUE, at["list"], text), _matches_at(_EN_PARTNER, at["partner"], text)
    for m in lists:
        for part in re.finditer(_ITEM, m.group(1)):
            spans.append((m.start(1) + part.start(), m.start(1) + part.end()))
    for pat, cue in ((_EN_BASED, _BASED_CUE), (_EN_APPOSITIVE, _APPOSITIVE_CUE), (_EN_FACILITY, _FACILITY_CUE)):
        if pat is not _EN_FACILITY or at["facility"]:
            spans += [(m.start(1), m.end(1)) for m in _matches_on_cue_lines(pat, cue, text)]
    # one capitalised word here is too often a place or people
    spans += [(m.start(1), m.end(1)) for m in partners if len(m.group(1).split()) >= 2]
    kind_of = {}
    kind_after = _EN_KIND_AFTER.finditer(text) if at["kind"] else ()
    for m in kind_after:
        if len(m.group(1).split()) >= 2:
            spans.append((m.start(1), m.end(1)))
            kind_of[m.start(1)] = _main_kind(_en_kind(m.group(2).capitalize(), _en_heads()) or "other_org")
    if not spans:
        return []
    place_names = {p.name for p in places}
    out = []
    for s, e in sorted(set(spans)):
        name = text[s:e]
        if name.endswith(".") and name.split()[-1] not in _ABBREV:
            name, e = name[:-1], e - 1
        words = name.split()
        if words and words[0] in ("The", "A", "An"):
            continue   # a sentence start, not a name
        if words and (words[0].lower().rstrip(".") in _title_words() or words[0] in english_given_names()
                      and len(words) == 2):
            continue   # Governor Smith's plant visit, Mary Stone's factory: a person
        if not words or name in place_names or words[-1] in _PLACE_WORDS or any(w in place_names for w in words) \
                and len(words) == 1 or any(h.start <= s < h.end or s <= h.start < e for h in found + out):
            continue
        out.append(OrgHit(name, kind_of.get(s, "company"), s, e))
    return out
