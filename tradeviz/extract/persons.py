"""Persons in Chinese and English news text: names, the titles written with them.

Chinese news writes a person as ``[place/org][title chain][name]``
(省委副书记、省长金湘军), ``[name][title]`` (李建钢处长) or, once introduced,
the name alone (顾红松表示).  English text writes ``Title Name``
(Lt. Governor Cyrus Habib) or ``Name, title of ...``.  Name ends are found
from what may follow a name (punctuation, 表示, 说, 在, 等, a title), from the
surname list and from repeated mentions in the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .lexicon import (CJK, english_given_names, follower_re, is_common_word, latin_surnames, name_followers,
                      non_actor_roles, single_char_followers, surnames, titles,
                      transliteration_chars)
from .mentions import Actor
from .sides import inside_place, main_foreign_region, main_region, region_of_span


@dataclass(slots=True)
class PersonHit:
    """One mention of a person: the name span and the title written with it."""

    name: str
    start: int
    end: int
    title: str = ""
    title_start: int = -1   # where the title (with its place/org prefix) starts
    strong: bool = True     # found by a title pattern, not by a guess
    cited: bool = False     # named only as a source of policy (习近平总书记…重要指示)
    span_end: int = -1      # end of name and title together, where the title follows


_CJK_RE = re.compile(f"[{CJK}]")
# a string of is_cjk characters only (one regex call instead of a test per character)
_CJK_ALL = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]*")
_DOTS = "·•・.．"
_DOTTED = re.compile(f"[{CJK}]{{1,8}}(?:[{_DOTS}][{CJK}]{{1,10}})+")   # 阿不都热依木·吐尔逊: up to 8 before the dot
_SPACES = " \u3000\t"
# A clause ends at these; a title chain never crosses them.
_CLAUSE_END = set("，。；：！？,;:!?\n\r()（）【】[]《》“”\"'|")
# a title chain does not reach back over a verb or a conjunction (…会见了美国密歇根州州长)
_CHAIN_BREAK = ("会见了", "会见", "会晤", "与", "和", "及", "同", "在", "由", "率", "随", "向", "了", "的", "是", "为",
                "出席", "参加", "邀请", "陪同")
_HARD_STOP = _CLAUSE_END | set(_SPACES)
_BREAK_LAST = {w[-1] for w in _CHAIN_BREAK}   # a chain break ends in one of these
_CHAIN_STOP = re.compile("[" + "".join(map(re.escape, sorted(_HARD_STOP | _BREAK_LAST | {"、"}))) + "]")
_PAREN_TITLE = re.compile(f"[（(]([^（）()\n]{{2,40}})[）)]")
_CITED_AFTER = re.compile(
    "^.{0,6}?(?:重要讲话|重要指示|重要批示|重要论述|致信|贺信|回信|贺电|重要思想|讲话精神|指示精神|"
    "批示精神|新时代中国特色社会主义思想|思想|为核心|亲自|掌舵|关于|的重要)")
_CITED_BEFORE = re.compile("(?:学习|贯彻|落实|践行|遵循|按照|根据|领会|深入学习)$")
_EN_TITLE_PREFIX = re.compile(r"(?:\b[A-Z][a-z]+(?:'s|’s)\s+)?(?:\b(?i:Vice|Deputy|Lt\.|Executive|Senior|Acting)\s+)+$|\b[A-Z][a-z]+(?:'s|’s)\s+$")
_EN_CITED = re.compile(r"(?:'s?|’s?)?\s*(?:important\s+|congratulatory\s+)?(?:Thought|speech|instructions?|remarks|letter|message|congratulatory|thoughts)\b")
# 王总, 李董, 张某: a surname with a form of address, no name
_NOT_GIVEN = set("总董局处部厅某氏方")
# followers that are never a name's last character, and those that may end a clause (李强说，)
_NEVER_LAST = set("等的了所均即率在说向从将把被")   # function words no given name ends in (周楠在推介中表示)
_CLAUSE_FINAL = set("说称讲答谈笑等")
_STRONG_VERBS = re.compile("表示|说|指出|强调|应邀|认为|介绍|称|告诉|坦言|透露|致辞|出席|会见|主持")


def _trie_alternation(words) -> str:
    """A regex matching the same as ``w1|w2|…`` with the words longest first, as a trie:
    re then tries a branch per next character instead of every word at every position.

    >>> _trie_alternation(["vice", "viceroy", "mayor"])
    '(?:vice(?:roy)?|mayor)'
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alts = [re.escape(ch) + branch(sub) for ch, sub in node.items() if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body   # the longer word is tried first, as longest-first
    return branch(root)


@cache
def _follower() -> re.Pattern:
    """``follower_re()`` as a trie: the same (longest) match at each position, found faster.

    >>> t = "王庆生表示同意，副省长李强说"
    >>> def words(pattern): return [m and m.group() for m in (pattern.match(t, p) for p in range(len(t)))]
    >>> words(_follower()) == words(follower_re())
    True
    """
    return re.compile(_trie_alternation(sorted(set(name_followers()) | set(titles("zh")))))


def is_cjk(ch: str) -> bool:
    # the ranges of CJK compared directly: a regex call costs more than the test
    return bool(ch) and ("\u4e00" <= ch[0] <= "\u9fff" or "\u3400" <= ch[0] <= "\u4dbf")


def is_name_end(text: str, p: int) -> bool:
    """True where a Chinese name may end: punctuation, text end, or a follower word.

    >>> is_name_end("王庆生表示", 3), is_name_end("王庆生表示", 2)
    (True, False)
    """
    if p >= len(text):
        return True
    ch = text[p]
    if not ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"):   # is_cjk, inline: asked at every candidate end
        return True
    return _follower().match(text, p) is not None


def chinese_name_at(text: str, i: int) -> tuple[int, bool] | None:
    """End of a surname-led Chinese name starting at ``i``, and whether it is sure.

    >>> text = "副省长汤志平参加。省长李强说，"
    >>> chinese_name_at(text, 3), chinese_name_at(text, 11)
    ((6, True), (13, True))
    """
    single, compound = surnames()
    if text[i:i + 2] in compound:
        short, long_ = i + 3, i + 4
    elif i < len(text) and text[i] in single:
        short, long_ = i + 2, i + 3
    else:
        return None
    if not _CJK_ALL.fullmatch(text, i, short):
        return None
    ok_short = is_name_end(text, short)
    ok_long = long_ <= len(text) and _CJK_ALL.fullmatch(text, i, long_) is not None and is_name_end(text, long_)
    if ok_short and ok_long:
        if text[short] in _NEVER_LAST:
            return short, True   # 孟和等参加: 等 closes a list, it ends no name
        if (long_ >= len(text) or not is_cjk(text[long_])) and text[short] not in _CLAUSE_FINAL:
            return long_, True   # 市长姜有为，: 为 wants an object, so before a comma it is the name's
        # 李强说，: the third character is a follower; 王志和表示: a word follows the third
        fl = _follower().match(text, long_)
        if fl and len(fl.group()) > 1 and text[short] in single_char_followers():
            return long_, True
        return (short if _follower().match(text, short) else long_), True
    if ok_long:
        return long_, True
    if ok_short:
        return short, True
    if long_ <= len(text) and _CJK_ALL.fullmatch(text, i, long_):
        return long_, False
    return None


def foreign_name_at(text: str, i: int) -> int | None:
    """End of a transliterated or Japanese-style name starting at ``i``.

    >>> foreign_name_at("署长詹姆斯金先生带队", 2)
    6
    >>> foreign_name_at("副议长谢尔盖.尼古拉耶维奇表示", 3)
    13
    """
    m = _DOTTED.match(text, i)
    if m:
        last = max(m.group().rfind(d) for d in _DOTS) + i + 1
        for p in range(last + 1, m.end() + 1):
            if is_name_end(text, p):
                return p
        return m.end()
    trans = transliteration_chars()
    p = i
    while p < len(text) and text[p] in trans and p - i < 8:
        p += 1
    for q in range(p, i + 2, -1):   # longest run of 3+ that ends at a name end
        if is_name_end(text, q):
            return q
    # a two-character transliteration (纽森一行) only before a clear follower
    if p - i >= 2 and _follower().match(text, i + 2) and not is_common_word(text[i:i + 2], 50):
        return i + 2
    return None


def other_name_at(text: str, i: int) -> int | None:
    """End of a name without a Chinese surname after a title: 3–4 characters (花角英世, 阮氏黄云),
    or 2 (a Tibetan name: 嘉措) where punctuation or a two-character follower closes it.

    >>> t = "市委书记嘉措、副市长何延安陪同。"
    >>> t[4:other_name_at(t, 4)], other_name_at("市长出席会议", 2)
    ('嘉措', None)
    """
    for n in (4, 3, 2):
        end = i + n
        if end <= len(text) and _CJK_ALL.fullmatch(text, i, end) and is_name_end(text, end):
            cand = text[i:end]
            if n == 2 and (is_common_word(cand, 20) or not _closes_short_name(text, end)):
                continue
            if not any(is_common_word(cand[k:k + 2], 150) for k in range(0, n - 1)) \
                    and _follower().search(cand) is None:
                return end
    return None


def _closes_short_name(text: str, end: int) -> bool:
    """Punctuation, the text's end or a follower of two characters or more (表示) after ``end``."""
    if end >= len(text) or not is_cjk(text[end]):
        return True
    m = _follower().match(text, end)
    return m is not None and len(m.group()) >= 2


def title_start(text: str, tstart: int) -> int:
    """Where the title chain before ``tstart`` begins (its place or body prefix).

    >>> t = "，四川省经信委党组成员、副主任顾红松"
    >>> t[title_start(t, t.index("副主任")):t.index("顾")]
    '四川省经信委党组成员、副主任'
    """
    # walking back from tstart, the chain stops before the first character that ends it,
    # at most 41 back; only the characters of _CHAIN_STOP can, so they are looked at, last first
    p = max(0, tstart - 41)
    for c in reversed([m.start() for m in _CHAIN_STOP.finditer(text, max(0, tstart - 41), tstart)]):
        ch = text[c]
        if ch in _HARD_STOP:
            p = c + 1
            break
        if ch == "、":
            # 、 joins titles of one person (党组成员、副主任) but also separate people
            m = None
            for tm in _zh_title().finditer(text, max(0, c - 11), c):
                if tm.end() == c:
                    m = tm
            if m is None:
                p = c + 1
                break
        elif text.endswith(_CHAIN_BREAK, max(0, c - 3), c + 1):
            p = c + 1
            break
    # a function word before the body is not part of the title
    while p < tstart and text[p] in "由在和与及同受对据经以向随是为并、" and not any(
            is_common_word(text[p:p + n], 50) for n in (2, 3, 4)):   # 以色列 keeps its 以
        p += 1
    return p


def byline_before(text: str, start: int) -> bool:
    """True when the name at ``start`` follows a by-line role (记者 陈小平, Photo by)."""
    head = text[max(0, start - 16):start].rstrip(" :：\u3000|｜/　")
    low = head.lower()
    if head.endswith("By"):   # a by-line "By Wen Liu"; "met by Zhao" is no by-line
        return True
    return low.endswith(_byline_roles())


# what the line under a by-line name says: "Prairie Ledger staff writer", "Staff Reporter"
_BYLINE_UNDER = re.compile(r"[^\n]{0,40}\b(?:staff writer|staff reporter|correspondent|reporter|columnist|"
                           r"contributing writer|contributor|staff)\b[^\n]{0,20}$|(?:记者|通讯员|特约撰稿)", re.I | re.M)


def byline_line(text: str, start: int, end: int) -> bool:
    r"""True for a name alone on its line under or over the writer's role, or in a
    "Contact NAME at …" line: the article's writer, not an actor.

    >>> t = "Story.\nKaren Molloy\nPrairie Ledger staff writer\nText.\nContact Tom Reilly at t@x.com"
    >>> byline_line(t, 7, 19), byline_line(t, t.index("Tom"), t.index("Tom") + 10)
    (True, True)
    """
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    line = text[ls:le].strip()
    if line.lower().startswith("contact ") and " at " in line[len("contact "):]:
        return True
    if line != text[start:end]:
        return False
    nxt_end = text.find("\n", le + 1)
    below = text[le + 1:nxt_end if nxt_end >= 0 else len(text)]
    return bool(_BYLINE_UNDER.match(below))


def is_cited(text: str, start: int, end: int, title: str) -> bool:
    """A mention naming someone only as a source of policy (习近平总书记重要讲话)."""
    if title.endswith("总书记") or title.lower().endswith("general secretary"):
        return True
    if _EN_CITED.match(text, end):
        return True
    after = text[end:end + 20]
    before = text[max(0, start - 6):start]
    return bool(_CITED_AFTER.match(after) or _CITED_BEFORE.search(before))


@cache
def _zh_title() -> re.Pattern:
    """``zh_title_re()`` with its word lists as tries: the same matches, found faster."""
    return re.compile(f"(?:{_trie_alternation(titles('zh', 'prefix'))})*(?:{_trie_alternation(titles('zh'))})")


@cache
def _zh_title_start() -> re.Pattern:
    # every title match begins with a modifier (副, 常务) or a post; a pattern that opens
    # with a literal branch lets re skip to the words' first characters
    return re.compile(_trie_alternation(sorted(set(titles("zh", "prefix")) | set(titles("zh")))))


def _zh_title_matches(text: str) -> list[re.Match]:
    """``zh_title_re().finditer(text)``, tried only where a title word begins.

    >>> from tradeviz.extract.lexicon import zh_title_re
    >>> t = "省委副书记、省长金湘军会见常务副市长"
    >>> [m.group() for m in _zh_title_matches(t)]
    ['副书记', '省长', '常务副市长']
    >>> [m.span() for m in _zh_title_matches(t)] == [m.span() for m in zh_title_re().finditer(t)]
    True
    """
    out, pos = [], 0
    while (start := _zh_title_start().search(text, pos)) is not None:
        m = _zh_title().match(text, start.start())
        if m:
            out.append(m)
            pos = m.end()
        else:
            pos = start.start() + 1
    return out


@cache
def _byline_roles() -> tuple[str, ...]:
    return tuple(r for r in non_actor_roles() if r != "by")


@cache
def _zh_title_end_re() -> re.Pattern:
    return re.compile(f"(?:{_zh_title().pattern})$")


def zh_person_hits(text: str) -> list[PersonHit]:
    """Mentions of persons in Chinese text, found by their titles.

    >>> [h.name for h in zh_person_hits("天津市领导马顺清、张庆恩参加。")]
    ['马顺清', '张庆恩']
    """
    hits: list[PersonHit] = []
    for m in _PAREN_TITLE.finditer(text):
        if _zh_title_end_re().search(m.group(1)):   # 王立新（四川省经信委党组成员、副主任）
            got = _name_before_title(text, m.start(), m.start() + 1, need_end=False)
            if got:
                got.title = m.group(1)
                hits.append(got)
    for m in _zh_title_matches(text):
        tstart = title_start(text, m.start())
        title = text[tstart:m.end()]
        hit = _name_after_title(text, m.end(), title, tstart)
        if hit:
            hits.append(hit)
            hits.extend(_list_after(text, hit))
        else:
            before = _name_before_title(text, m.start(), m.end())
            if before:
                hits.append(before)
    return hits


def zh_dotted_hits(text: str) -> list[PersonHit]:
    """Transliterated names written with a middle dot (萨拉·兰德), wherever they stand.

    Every part must be made of transliteration characters, so 中国·东盟 is no name.

    >>> [h.name for h in zh_dotted_hits("看望了老朋友约翰·史密斯；中国·东盟博览会")]
    ['约翰·史密斯']
    """
    if not _dot_between_cjk(text):
        return []          # the pattern needs a dot with a Chinese character on each side
    trans = transliteration_chars()
    out = []
    for m in _dotted_matches(text):
        first_dot = _DOT_CHAR.search(text, m.start(), m.end()).start()
        s = first_dot
        while s > m.start() and text[s - 1] in trans and first_dot - s < 8:
            s -= 1
        if first_dot - s < 1 or _inside_brackets(text, s):
            continue
        tm = _zh_title().match(text, s)
        if tm and tm.end() < first_dot:   # 助理艾米丽·陈: 助 and 理 transliterate too
            s = tm.end()
        e = foreign_name_at(text, s) or m.end()
        parts = _DOT_CHAR.split(text[s:e])
        if len(parts) < 2 or len(text[s:e]) < 4 or any(not _translit_part(p) for p in parts):
            continue
        out.append(PersonHit(text[s:e], s, e, "", -1, True))
    return out


_DOT_CHAR = re.compile(f"[{_DOTS}]")
# a dot with a Chinese character on each side (the look-behind after the dot lets re skip to dots)
_DOT_BETWEEN_CJK = re.compile(f"[{_DOTS}](?<=[{CJK}].)(?=[{CJK}])")


def _dot_between_cjk(text: str) -> bool:
    """Whether a dot of ``_DOTS`` stands between two Chinese characters somewhere in ``text``.

    >>> _dot_between_cjk("约翰·史密斯"), _dot_between_cjk("增长3.5%。Mr. Li")
    (True, False)
    """
    return _DOT_BETWEEN_CJK.search(text) is not None


def _dotted_matches(text: str) -> list[re.Match]:
    """``_DOTTED.finditer(text)``, searched only near dots between Chinese characters.

    A match opens at most 8 characters before its first dot, and that dot stands
    between Chinese characters: no match begins earlier than 8 before the next such dot.

    >>> t = "增长3.5%。会见约翰·史密斯和玛丽·安"
    >>> [m.group() for m in _dotted_matches(t)] == [m.group() for m in _DOTTED.finditer(t)]
    True
    """
    out, pos = [], 0
    while (dot := _DOT_BETWEEN_CJK.search(text, pos + 1)) is not None:
        m = _DOTTED.search(text, max(pos, dot.start() - 8))
        if m is None:
            break
        out.append(m)
        pos = m.end()
    return out


def _translit_part(part: str) -> bool:
    """A part of a dotted name: transliteration characters, or a Chinese surname (艾米丽·陈)."""
    single, compound = surnames()
    return bool(part) and (all(c in transliteration_chars() for c in part) or part in single or part in compound)


_ADDRESS = re.compile("先生|女士|博士|教授")


def zh_addressed_hits(text: str) -> list[PersonHit]:
    """Names before a form of address: 李明德先生, 史密斯女士, 王海涛教授.

    >>> [h.name for h in zh_addressed_hits("会见了史密斯先生和李明德教授。王先生说")]
    ['史密斯', '李明德']
    """
    trans = transliteration_chars()
    out = []
    for m in _ADDRESS.finditer(text):
        hit = _name_before_title(text, m.start(), m.end(), need_end=False)
        if hit is None:
            s = m.start()
            while s > 0 and text[s - 1] in trans and m.start() - s < 6:
                s -= 1
            left_ok = s == 0 or not is_cjk(text[s - 1]) or _LEFT_WORDS.search(text[max(0, s - 3):s])
            if m.start() - s >= 3 and left_ok and not is_common_word(text[s:m.start()], 3000):
                hit = PersonHit(text[s:m.start()], s, m.start(), "", -1, True, span_end=m.end())
        if hit is not None:
            if m.group() in ("先生", "女士"):
                hit.title = hit.title[:-2] if hit.title.endswith(m.group()) else hit.title
            out.append(hit)
    return out


def _inside_brackets(text: str, i: int) -> bool:
    left = text.rfind("《", max(0, i - 60), i)
    return left >= 0 and text.find("》", left, i) < 0


def _name_after_title(text: str, i: int, title: str, tstart: int) -> PersonHit | None:
    while i < len(text) and text[i] in _SPACES:
        i += 1
    if i >= len(text) or not is_cjk(text[i]):
        return None
    dotted = _DOTTED.match(text, i)
    if dotted:
        first_dot = _DOT_CHAR.search(text, i, dotted.end()).start()
        tm = _zh_title().match(text, i)
        if tm and tm.end() < first_dot:
            return None   # 市长助理艾米丽·陈: a further title comes first; its own match takes the name
    got = None if dotted else chinese_name_at(text, i)
    end, strong = (got if got else (None, False))
    if end is None or not strong:
        fend = foreign_name_at(text, i)
        if fend and (end is None or fend - i >= 3):
            end, strong = fend, True
    if end is None or not strong:
        oend = other_name_at(text, i)
        if oend:
            end, strong = oend, True
    if end is None:
        return None
    name = text[i:end]
    # famous names are in jieba's dictionary too (李鸿忠 1025): only very common words are out
    if is_common_word(name, 3000) or _zh_title().fullmatch(name):
        return None
    follower = _follower()
    for k in range(1, len(name)):
        f = follower.match(name, k)
        if f is not None and f.end() - k > 1:
            return None   # 部长时表示: a verb inside is no name
    if _title_runs_out_of(text, i, end):
        return None   # 人大常委|会副主|任: the title goes on (常委会副主任), the name is after it
    return PersonHit(name, i, end, title, tstart, strong)


def _title_runs_out_of(text: str, start: int, end: int) -> bool:
    """True when a title word begins inside ``text[start:end]`` and ends past it.

    >>> _title_runs_out_of("常委会副主任郑晓松", 2, 5), _title_runs_out_of("主任郑晓松表示", 2, 5)
    (True, False)
    """
    for k in range(start + 1, end):
        m = _zh_title().match(text, k)
        if m and m.end() > end:
            return True
    return False


def _list_after(text: str, hit: PersonHit) -> list[PersonHit]:
    """Names listed after a collective title: 天津市领导马顺清、张庆恩、李树起."""
    out = []
    p = hit.end
    while p < len(text) and text[p] == "、":
        got = chinese_name_at(text, p + 1)
        if not got or not got[1]:
            break
        end = got[0]
        if end < len(text) and _zh_title().match(text, end):
            break   # 、副主任岳阳: a title chain, not a list
        name = text[p + 1:end]
        if is_common_word(name, 3000):
            break
        out.append(PersonHit(name, p + 1, end, hit.title, hit.title_start, True))
        p = end
    return out


_ORG_END = re.compile("(?:厅|局|委|办|会|处|司|部|署|院|公司|集团|中心|政府|代表处)$")
_LEFT_WORDS = re.compile("(?:代表|了|由|与|和|及|同|对|向|会见|陪同|邀请|感谢|在|据|听取|看望|是|请|为|把|受|经)$")


def _name_before_title(text: str, tstart: int, tend: int, need_end: bool = True) -> PersonHit | None:
    """``[name][title]``: 李建钢处长, 王庆生会长表示."""
    single, compound = surnames()
    for n in (3, 2, 4):
        s = tstart - n
        if s < 0:
            continue
        cand = text[s:tstart]
        if not _CJK_ALL.fullmatch(cand):
            continue
        if not (cand[0] in single or cand[:2] in compound):
            continue
        left_ok = s == 0 or not is_cjk(text[s - 1]) or _ORG_END.search(text[max(0, s - 3):s]) \
            or _LEFT_WORDS.search(text[max(0, s - 3):s])
        if not left_ok or is_common_word(cand, 100) or _follower().search(cand) \
                or _ORG_END.search(cand) or is_common_word(cand[:2], 1000):
            continue
        if need_end and not is_name_end(text, tend):
            continue
        # 山西省中小企业局李建钢处长: the body before the name belongs to the title
        body = title_start(text, s) if s > 0 and is_cjk(text[s - 1]) else s
        return PersonHit(cand, s, tstart, text[body:s] + text[tstart:tend], body, True, span_end=tend)
    return None


def zh_untitled_hits(text: str, known: set[str]) -> list[PersonHit]:
    """Names with no title that open a clause and speak or act (鲁冠球应邀, 岳阳表示)."""
    out = []
    single, compound = surnames()
    for m in _STRONG_VERBS.finditer(text):
        for n in (3, 2):
            s = m.start() - n
            if s < 0:
                continue
            cand = text[s:m.start()]
            if cand in known:
                break
            if not _CJK_ALL.fullmatch(cand) or not (cand[0] in single or cand[:2] in compound):
                continue
            if s > 0 and is_cjk(text[s - 1]) and not _LEFT_WORDS.search(text[max(0, s - 3):s]):
                continue
            if is_common_word(cand, 100) or _follower().search(cand[1:]) or _zh_title().search(cand) \
                    or _ORG_END.search(cand) or is_common_word(cand[:2], 1000) or cand[-1] in _NOT_GIVEN:
                continue
            out.append(PersonHit(cand, s, m.start(), "", -1, True))
            break
    return out


# ---------------------------------------------------------------- English

_LOW = "a-zß-öø-ÿ\u0101-\u017f\u01ce-\u01dc"   # lower-case Latin with diacritics (Lüping, Müller)
# a pinyin apostrophe parts syllables (Tai'an, Chang'e): a vowel follows it, unlike a possessive 's
_CAP = rf"[A-Z][{_LOW}]+(?:['’][aeo][{_LOW}]*)?(?:-[A-Z]?[{_LOW}]+)?"
_SUFFIX = re.compile(r"\s+(?:Jr\.|Sr\.|III|II|IV)(?![\w])")
_EN_RUN = re.compile(rf"\b{_CAP}(?:[ \t]+{_CAP})+\b")
ASCII_CAPITAL = re.compile("[A-Z]")
_NON_SPACE = re.compile(r"\S+")
_CAPITALS_BEFORE = re.compile(r"((?:[A-Z][a-z]+\s+){1,3})$")
_PINYIN = re.compile(
    r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)){1,3}$")
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
           "Friday", "Saturday", "Sunday"}


@cache
def _en_title_words_re() -> str:
    """The English titles as one case-insensitive trie (they differ from each other by more than case)."""
    return _trie_alternation(sorted({t.lower() for t in titles("en")}))


@cache
def _en_title_before_re() -> re.Pattern:
    """A title phrase that ends right before a name: mayor of Chengdu, Vice President of Jobs Ohio."""
    words = _en_title_words_re()
    return re.compile(rf"(?i:((?:\b[A-Z][a-z]+(?:'s|’s)\s+)?(?:(?:Vice|Deputy|Lt\.|Executive|Senior|Acting)\s+)?"
                      rf"\b(?:{words})(?:(?-i:\s+(?:of|for|and|the|&|[A-Z][\w.&'’-]*)))*?))\s+$")


@cache
def _en_title_re() -> re.Pattern:
    words = _en_title_words_re()
    return re.compile(rf"(?i:\b(?:{words}))(?=[\s,])")


@cache
def _en_title_words() -> frozenset[str]:
    return frozenset(w.lower().strip(".") for t in titles("en") for w in t.split()) | {"ceo", "gov", "lt"}


def en_person_hits(text: str, place_names: set[str] = frozenset()) -> list[PersonHit]:
    """Mentions of persons in English text.

    >>> [h.name for h in en_person_hits("Lt. Governor Cyrus Habib met mayor of Chengdu Luo Qiang.")]
    ['Cyrus Habib', 'Luo Qiang']
    """
    if not ASCII_CAPITAL.search(text):
        return []          # every pattern below needs a capital letter (a name, a title)
    hits = []
    given = english_given_names()
    heads = _name_head_words()
    for m in _EN_RUN.finditer(text):
        toks = m.group().split()
        if heads.isdisjoint(toks):
            continue   # no token can open a name
        offs = [m.start() + o.start() for o in _NON_SPACE.finditer(m.group())]
        j = 0
        while j < len(toks) - 1:
            if toks[j] not in heads or not _name_head(toks[j:]):
                j += 1
                continue
            ntoks = _name_tokens(toks[j:])
            if len(ntoks) == 3 and (ntoks[2] in place_names or title_case_line(text, offs[j])):
                ntoks = ntoks[:2]   # Kim Reynolds Iowa; a headline's verb (Thomas Walker Opens)
            name = " ".join(ntoks)
            s, e = offs[j], offs[j] + len(name)
            j += len(ntoks)
            if _company_after(text, e):
                continue   # Robert Bosch GmbH, Walt Disney Company: a company named for a person
            if (suf := _SUFFIX.match(text, e)) is not None:
                e = suf.end()
                name = text[s:e]
            # a pinyin given name may spell a place too (Zhao Jian, Ji'an): only the surname is checked
            pinyin = len(ntoks) == 2 and _name_head_pinyin(ntoks)
            if text[s:e] != name or name in place_names or any(
                    t in place_names and not (pinyin and k == 1) or t in _MONTHS or t.lower() in _en_title_words()
                    for k, t in enumerate(ntoks)):
                continue
            title = _en_title_near(text, s, e)
            if not title and ntoks[0] not in given and ntoks[0] not in latin_surnames():
                continue
            # a given name or a surname + pinyin given name is a name even without a title
            k = text.rfind(title, max(0, s - 100), s) if title else -1
            if k >= 0:
                # "Iowa Governor Kim Reynolds": a place right before the title is the side
                pm = _CAPITALS_BEFORE.search(text[max(0, k - 40):k])
                if pm and any(pm.group(1).strip().endswith(pn) for pn in place_names if pn):
                    k -= len(pm.group(1))
                    title = text[k:text.index(title, k) + len(title)]
                hits.append(PersonHit(name, s, e, title, k, True))
            else:
                k = text.find(title, e, e + 170) if title else -1
                hits.append(PersonHit(name, s, e, title, -1, True, span_end=k + len(title) if k >= 0 else -1))
    hits.extend(_en_single_after_title(text, {h.name for h in hits}))
    # both patterns below open with a capitalised title and a capital after it: none starts before the first
    first = _en_title_then_capital().search(text)
    first = len(text) if first is None else first.start()
    hits.extend(_en_title_surname(text, place_names, first))
    known = {h.start for h in hits}
    for m in _en_title_full_name_re().finditer(text, first):   # Governor Kay Ivey: any name after a title
        toks = m.group(2).split()
        if len(toks) > 2 and title_case_line(text, m.start()):
            continue   # a headline capitalises its verbs too: Commissioner Smith Opens Office
        if len(toks) == 3 and (toks[2] in place_names or not _plain_name_word(toks[2])) and toks[2] not in ("Jr.", "Sr."):
            toks = toks[:2]   # Mayor Ana Ruiz Tuesday, Governor Lee Kent Ohio
        if m.start(2) in known or any(t in place_names or t in _MONTHS or t.lower() in _en_title_words()
                                      or t in _org_head_words() for t in toks):
            continue
        known.add(m.start(2))
        name = " ".join(toks)
        hits.append(PersonHit(name, m.start(2), m.start(2) + len(name), m.group(1), m.start(1), True))
    # every match holds ", [the] title": most texts have none, and that test is cheaper than the pattern
    for m in _en_name_comma_title_re().finditer(text) if _en_comma_title_hint().search(text) else ():
        toks = m.group(1).split()
        if m.start(1) in known or any(t in place_names or t in _MONTHS or t.lower() in _en_title_words()
                                      or t in _org_head_words() for t in toks):
            continue
        hits.append(PersonHit(m.group(1), m.start(1), m.end(1), m.group(2), -1, True, span_end=m.end(2)))
    return hits


# words a title-case headline still writes in lower case
_HEADLINE_LOWER = {"with", "from", "into", "onto", "over", "upon", "after", "about", "amid", "near", "than",
                   "that", "this", "before", "during", "between", "through", "toward", "towards", "within"}


def title_case_line(text: str, i: int) -> bool:
    """True when the line holding ``i`` capitalises (nearly) every word, as headlines do.

    >>> title_case_line("Governor Smith Opens New Trade Office in Ohio", 0)
    True
    >>> title_case_line("Governor Smith opened the office on Monday with Mayor Lee.", 0)
    False
    """
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    line = text[a:b if b >= 0 else len(text)].strip()
    if len(line) > 150 or line.endswith((".", "。")) or _CJK_RE.search(line):
        return False   # a headline is short, ends in no full stop, and is all Latin
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    long_ = [w for w in words if len(w) > 3 and w not in _HEADLINE_LOWER]
    return len(long_) >= 4 and all(w[0].isupper() for w in long_)


@cache
def _org_head_words() -> frozenset[str]:
    from .lexicon import org_heads
    return frozenset(org_heads("en"))


def _word_alternation(words) -> str:
    """``\\b(?:w1|w2…)`` for words that begin with a word character, written so that
    ``re`` can skip ahead to their first letters: the word boundary is checked after
    each word's first character (a look-behind), so every branch opens with a literal.

    >>> p = re.compile(_word_alternation(["Mayor", "Governor"]))
    >>> [m.span() for m in p.finditer("Mayor Lee, XGovernor, Governor Ivey")]
    [(0, 5), (22, 30)]
    """
    return "(?:" + "|".join(re.escape(w[0]) + r"(?<!\w.)" + re.escape(w[1:]) for w in words) + ")"


@cache
def _capital_titles() -> tuple[str, ...]:
    return tuple(t for t in titles("en") if t[0].isupper())


@cache
def _en_title_full_name_re() -> re.Pattern:
    words = _word_alternation(_capital_titles())
    return re.compile(rf"({words})\s+({_CAP}(?:\s+[A-Z]\.)?(?:\s+(?!(?:Jr|Sr)\b){_CAP}){{1,2}}(?:\s+(?:Jr|Sr)\.|\s+I{{2,3}}\b)?)"
                      rf"(?![\w-])(?!\.\w)(?![ \t]+[A-Z])")


@cache
def _en_name_comma_title_re() -> re.Pattern:
    """``Quentin Messer Jr., CEO of the MEDC``: any two-word name followed by its title."""
    words = _en_title_words_re()
    # (?<![\w.]) checked after the first capital, so that re skips ahead to capitals
    return re.compile(rf"([A-Z](?<![\w.][A-Z])[{_LOW}]+(?:-[A-Z]?[{_LOW}]+)?(?:\s+[A-Z]\.)?(?:\s+{_CAP}){{1,2}})(?:\s+(?:Jr|Sr)\.)?,\s+"
                      rf"((?:the\s+)?(?!(?:who|which|and|said|says|whose|where)\b)(?:[a-z]+[ -]){{0,2}}(?i:{words})\b[^,.;]{{0,80}})")


@cache
def _en_comma_title_hint() -> re.Pattern:
    """The ``, the title`` part of ``_en_name_comma_title_re``: no match of it, no match of the whole.

    >>> bool(_en_comma_title_hint().search("Quentin Messer Jr., CEO of the MEDC")), bool(_en_comma_title_hint().search("Ohio, USA"))
    (True, False)
    """
    return re.compile(rf",\s+(?:the\s+)?(?:[a-z]+[ -]){{0,2}}(?i:{_en_title_words_re()})\b")


@cache
def _en_title_then_capital() -> re.Pattern:
    """The opening of ``_en_title_surname_re`` and ``_en_title_full_name_re``: a capitalised title, space, a capital.

    >>> _en_title_then_capital().search("met Governor Kay Ivey").start()
    4
    """
    return re.compile(rf"{_word_alternation(_capital_titles())}\s+[A-Z]")


@cache
def _en_title_surname_re() -> re.Pattern:
    words = _word_alternation(_capital_titles())
    return re.compile(rf"{words}\s+([A-Z][a-z]{{2,}}(?:-[A-Z]?[a-z]+)?)\b(?![ \t]+[A-Z])")


def _en_title_surname(text: str, place_names, start: int = 0) -> list[PersonHit]:
    """``Governor Inslee said``: a capitalised title and one name word (none before ``start``)."""
    out = []
    for m in _en_title_surname_re().finditer(text, start):
        name = m.group(1)
        if name in place_names or name in _MONTHS or name.lower() in _en_title_words():
            continue
        out.append(PersonHit(name, m.start(1), m.end(1), text[m.start():m.start(1)].strip(), m.start(), True))
    return out


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


@cache
def _name_head_words() -> frozenset[str]:
    """The words a name may open with (see ``_name_head``): a set test before the full one."""
    return english_given_names() | latin_surnames()


def _name_head(toks: list[str]) -> bool:
    t = toks[0]
    if t in english_given_names():
        return True
    return t in latin_surnames() and len(toks) > 1 and (
        _PINYIN.match(_plain_pinyin(toks[1])) is not None or "-" in toks[1])


@lru_cache(maxsize=8192)
def _plain_pinyin(tok: str) -> str:
    """A pinyin token without tone marks, ü as v: Lüping → lvping."""
    import unicodedata
    low = tok.lower().replace("-", "").replace("'", "").replace("’", "").replace("ü", "v").replace("ǖ", "v").replace("ǘ", "v") \
        .replace("ǚ", "v").replace("ǜ", "v")
    return "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))


def _name_tokens(toks: list[str]) -> list[str]:
    """The tokens that make the name: Given [Middle] Family, or Surname Given(-name)."""
    if toks[0] in latin_surnames() and toks[0] not in english_given_names():
        return toks[:2]
    # a Western name: given name, then one or two family-name tokens (Alison Grimes Bell)
    out = toks[:2]
    if len(toks) > 2 and toks[2] not in english_given_names() and _plain_name_word(toks[2]):
        out = toks[:3]
    return out


def _plain_name_word(tok: str) -> bool:
    """A capitalised word that may be part of a name: no org head, title, month or weekday."""
    return tok not in _org_head_words() and tok.lower() not in _en_title_words() and tok not in _MONTHS \
        and tok not in ("Jr", "Sr", "II", "III", "IV")


def _company_after(text: str, e: int) -> bool:
    """True when an organisation head follows the name (Robert Bosch GmbH, John Deere Company)."""
    m = _WORD_AFTER.match(text[e:e + 30])
    if m is not None and (m.group(1).rstrip(",;:") in _org_head_words()
                          or m.group(1).rstrip(",;:.") in _org_head_words()):
        return True
    # a place named for a person: Ted Stevens Anchorage International Airport
    run = _CAPITALISED_AFTER.match(text, e, e + 60)
    return run is not None and any(w.rstrip(",;:.") in _org_head_words() for w in run.group().split())


_WORD_AFTER = re.compile(r",?\s+([A-Z][\w.&]*)")
_CAPITALISED_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w&'’-]*){1,4}")


def _en_title_near(text: str, s: int, e: int) -> str:
    """The title written just before (Vice Governor X) or after (X, governor of Y) a name.

    >>> t = "Ohio's Lt. Governor Jon Husted and President and CEO of Ohio Business Roundtable Tiberi"
    >>> _en_title_near(t, t.index("Jon"), t.index("Jon") + 9)
    "Ohio's Lt. Governor"
    """
    # the rightmost title phrase that runs up to the name (…Habib and Vice Gov. Zhu Hexin)
    last, pos = None, max(0, s - 120)
    if (bar := _LAST_BARRIER.search(text, pos, s)) is not None:
        pos = bar.start() + 1   # a title phrase runs up to the name: it crosses no character outside its class
    while _title_word_in(text, pos, s) and (m := _en_title_before_re().search(text, pos, s)) is not None:
        last, pos = m, m.start(1) + 1
    if last:
        pre = _EN_TITLE_PREFIX.search(text, max(0, last.start(1) - 40), last.start(1))
        return (pre.group() if pre else "") + last.group(1).strip()
    after = text[e:e + 160]
    m = _TITLE_AFTER.match(after)
    if m and _en_title_re().search(" " + m.group(1) + " "):
        return m.group(1).strip()
    return ""


# the last character before a name that no title phrase holds (every title word is made of \w, spaces and .&'’-)
_LAST_BARRIER = re.compile(r"[^\w\s.&'’-][\w\s.&'’-]*\Z")
_TITLE_AFTER = re.compile(r"\s*(?:\([A-Z]\)\s*)?,\s*([A-Za-z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,14}?)(?=\s*[,;:)]|\.\s|$)")


def _title_word_in(text: str, start: int, end: int) -> bool:
    """False only where no English title word (any case) stands in ``text[start:end]``:
    every match of ``_en_title_before_re`` holds one, so the search may be skipped.

    >>> _title_word_in("met the MAYOR of", 0, 16), _title_word_in("met the press", 0, 13)
    (True, False)
    """
    part = text[start:end]
    low = part.lower()
    if len(low) != len(part) or not low.isascii() and any(c in low for c in "ıſ\u212aé"):
        return True   # a character that lower() and re's case folding treat differently: no shortcut
    return _en_title_word_re().search(low) is not None


@cache
def _en_title_word_re() -> re.Pattern:
    return re.compile(_en_title_words_re())


def _en_single_after_title(text: str, known: set[str]) -> list[PersonHit]:
    """``Title of Org Surname`` with a one-word name: President and CEO of Ohio Business Roundtable Tiberi."""
    out = []
    if _SINGLE_AFTER_HINT.search(text) is None:
        return out   # the end of every match; a cheaper test than the whole pattern
    for m in _en_single_after_title_re().finditer(text):
        head = m.group(1).split()[0]
        if head.lower() not in _en_titles_lower() and head != "CEO":
            continue
        name = m.group(2)
        if any(name in k.split() for k in known) or name in _MONTHS:
            continue
        out.append(PersonHit(name, m.start(2), m.end(2), m.group(1), m.start(1), True))
    return out


@cache
def _en_titles_lower() -> frozenset[str]:
    return frozenset(t.lower() for t in titles("en"))


_SINGLE_AFTER_HINT = re.compile(r"(?:Roundtable|Association|Council|Chamber|Commission|Company|Corporation|Group|Bank|"
                                r"University|Committee|Department|Agency|Office|Ohio|Institute)\s+[A-Z][a-z]{2,}\b(?!\s+[A-Z])")


@cache
def _en_single_after_title_re() -> re.Pattern:
    # \b(?:[A-Z][a-z]+|CEO) written with the capital first, so that re skips ahead to capitals
    return re.compile(
        r"([A-Z](?<!\w.)(?:[a-z]+|(?<=C)EO)(?:\s+(?:and|&)\s+(?:[A-Z][a-z]+|CEO))*\s+of\s+(?:the\s+)?"
        r"(?:[A-Z][\w&.-]*\s+){0,6}?(?:Roundtable|Association|Council|Chamber|Commission|Company|"
        r"Corporation|Group|Bank|University|Committee|Department|Agency|Office|Ohio|Institute))\s+"
        r"([A-Z][a-z]{2,})\b(?!\s+[A-Z])")


# ---------------------------------------------------------------- the article's persons

def _dot_joins_places(text: str, hit: PersonHit, places) -> bool:
    """True when a dot inside ``hit`` has a place ending right before it and one starting right after.

    >>> from tradeviz.extract.mentions import Place
    >>> t = "湖南·海南合作座谈会"
    >>> ps = [Place("湖南", 0, 2, "province", "CN-HN", "CN-HN", "CN"), Place("海南", 3, 5, "province", "CN-HI", "CN-HI", "CN")]
    >>> _dot_joins_places(t, PersonHit("南·海南合", 1, 6, ""), ps)
    True
    """
    ends = {p.end for p in places}
    starts = {p.start for p in places}
    return any(text[k] in _DOTS and k in ends and k + 1 in starts for k in range(hit.start, hit.end))


def find_persons(doc, title_spans: list | None = None) -> list:
    """The persons acting in ``doc``, one Actor per name, with title and side.

    ``title_spans``, when given, receives the (start, end) of every title
    written with a kept person, so that bodies named only there can be told apart.

    >>> from tradeviz.extract.mentions import Doc
    >>> [a.name for a in find_persons(Doc("x", "副省长汤志平参加。记者 陈小平"))]
    ['汤志平']
    """
    text = doc.text
    hits = zh_person_hits(text)
    hits += zh_untitled_hits(text, {h.name for h in hits})
    titled = {h.start for h in hits}
    hits += [h for h in zh_dotted_hits(text) + zh_addressed_hits(text) if h.start not in titled]
    hits += en_person_hits(text, {p.name for p in doc.places})
    by_name: dict[str, list[PersonHit]] = {}
    writers = set()      # a name once in a by-line is the writer's wherever else it stands
    for h in hits:
        if byline_before(text, h.start) or byline_line(text, h.start, h.end):
            writers.add(h.name)
            continue
        if not h.title and inside_place(doc, h.start, h.end):
            continue   # an untitled "name" that is a place
        if not h.title and _dot_joins_places(text, h, doc.places):
            continue   # 湖南·海南合作座谈会: the dot joins two places
        h.cited = is_cited(text, h.start, h.end, h.title)
        by_name.setdefault(h.name, []).append(h)
    names = list(by_name)
    keep = []
    for name in names:
        hs = by_name[name]
        if all(h.cited for h in hs) or name in writers:
            continue
        if not any(h.strong for h in hs) and text.count(name) < 2:
            continue
        if _part_of_other(name, names):
            continue
        keep.append(name)
    actors = []
    for name in keep:
        hs = sorted(by_name[name], key=lambda h: (not h.title, h.start))
        # the first mention with a side gives it (sides are looked up only until one is found)
        best, side = 0, ""
        for k, x in enumerate(hs):
            side = region_of_span(doc, x.title_start if x.title_start >= 0 else x.start, max(x.end, x.span_end), x.title)
            if side:
                best = k
                break
        h = hs[best]
        if h.title and (not side or foreign_written_name(name) and side.startswith("CN")):
            side = _side_of_name(doc, name, h.title) or side
        actors.append(Actor(name, "person", h.title, side, h.start, h.end))
        if title_spans is not None:
            for x in hs:
                if x.title_start >= 0:
                    title_spans.append((x.title_start, x.start))
                if x.span_end > x.end:
                    title_spans.append((x.end, x.span_end))
    return actors


@lru_cache(maxsize=8192)
def foreign_written_name(name: str) -> bool:
    """A name written the foreign way: dotted (凯伦·沃尔什) or Latin and not pinyin (Karen Walsh).
    Asked for each pair of names in a bilingual article, so the answers are kept.

    >>> foreign_written_name("凯伦·沃尔什"), foreign_written_name("Karen Walsh"), foreign_written_name("Zhang Wei")
    (True, True, False)
    """
    if _DOT_CHAR.search(name):
        return True
    toks = name.split()
    return name.isascii() and len(toks) >= 2 and not _name_head_pinyin(toks)


def _name_head_pinyin(toks: list[str]) -> bool:
    return toks[0] in latin_surnames() and _PINYIN.match(_plain_pinyin(toks[1])) is not None


_DIPLOMAT = re.compile(r"(?i)consul|ambassador|embass|attach|领事|大使|参赞")


def _side_of_name(doc, name: str, title: str = "") -> str:
    """For a titled person placed by no place word: a foreign-written name is on the article's
    main foreign side, a pinyin name (Zhang Wei, Governor) on its main Chinese side; a
    diplomat stands for a country."""
    if foreign_written_name(name):
        side = main_foreign_region(doc)
        return side[:2] if _DIPLOMAT.search(title) else side
    if name.isascii() and _name_head_pinyin(name.split()):
        return "CN" if _DIPLOMAT.search(title) else main_region(doc, "CN")
    return ""


def _part_of_other(name: str, names: list[str]) -> bool:
    """A short form of another found name: 斯奈德 of 里克·斯奈德, Habib of Cyrus Habib."""
    for other in names:
        if other == name or len(other) <= len(name) or name not in other:
            continue   # both tests below need name inside other
        parts = _DOT_OR_SPACE.split(other)
        if name in parts:
            return True
        if name.isascii() is False and other.startswith(name) and len(name) >= 2 \
                and not _DOT_CHAR.search(other):
            return True   # 李强 / 李强说: keep the longer only when it is no name + follower
    return False


_DOT_OR_SPACE = re.compile(f"[{_DOTS}\\s]")
