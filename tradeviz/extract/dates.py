"""Dates: absolute, partial, relative and ranged dates resolved to partial ISO 8601.

A date the text gives without a year takes its year, in this order, from
(1) a numbered recurring fair named in the same sentence (``第六届进博会`` →
2023, via ``data/fairs.csv``) or a year written right beside it in the same
sentence (``2月22日,2023年中国广西…会晤``), or a fair named without its number
that the article numbers elsewhere (the 7th CIIE … at the CIIE, Nov. 5-10),
(2) the publication date, (3) the
last full date written before it (a date line such as ``Updated: Jul 3, 2019``),
(4) a dated URL in the article (``/201510/``), (5) a year written anywhere in the
same sentence, (6) a year standing alone in the same or the previous paragraph
before it (``In 2019, … On September 20``); a year written later in the article
is never used.
Against a reference date (2–4), a month/day that would fall after the reference
belongs to the year before (published 2016-01-03, ``12月28日`` → 2015-12-28),
because news reports what has happened or is about to happen within days.
With no year to be had the date is ``--MM-DD``: a year is never guessed.
A day without a month (``24日``) takes the month of the date before it, or of
the publication date (the month before, where the day lies after it); with
no month to be had it keeps only the year. Relative words (昨日, 今天, 本月,
去年, yesterday, on Tuesday, last year) need a reference date and are left out
without one; a week word (上周, last week) gives the month only where that
Monday–Sunday week lies in one month, and 上周三 is the Wednesday of the week
before; a weekday range (本周二至周四, from Tuesday to Thursday, opened on Monday
and runs through Friday) ends on that weekday on or after its start.
近日/日前/recently (within the last days) give the month where the seven days
up to the reference lie in one month, like a week word, and nothing otherwise.
A day within about a month after the reference is one about to happen and keeps
the reference's year. A single day becomes a range where its sentence says how
long the event runs: an opening day and the day it runs to (4月10日开幕，至15日),
or a duration (为期三天, 展期6天, a three-day visit, week-long) where that day is
the only one in the sentence and not a day within the period (part of a
week-long tour, 为期三天的展会期间); the day is the last one where the sentence
tells a close and no opening (为期三天的博览会6月10日闭幕) or writes it as the day
the event runs to (为期4天，至19日结束). Numbered fairs:
``data/fairs.csv`` (first year and editions per year or interval, or explicit
edition:year pairs where the series skipped).
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .. import data
from .mentions import DateMention, Doc

# ---------------------------------------------------------------- small parts

_FULLWIDTH_CHARS = "０１２３４５６７８９－／．～"
_FULLWIDTH = str.maketrans(_FULLWIDTH_CHARS, "0123456789-/.~")

_EN_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_WORDS = ("January|February|March|April|May|June|July|August|September|October|November|December"
                "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec").split("|")
_MON = "(?:" + "|".join(_MONTH_WORDS) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"
_RANGE = r"\s*(?:-|–|—|~|to|through|until)\s*"


def _word_start(*alternatives: str) -> str:
    r"""A regex for any of ``alternatives`` (each opening with a letter) at a word start,
    as ``\b(?:a1|a2…)``, but opening with that letter: the regex engine then skips to the
    candidate letters, where a regex opening with ``\b`` or a look-behind is tried at every
    position. Alternatives with the same letter keep their order, so the same one wins.

    >>> _word_start("June", "Jan", "Feb")
    '(?:J(?<!\\w.)(?:une|an)|F(?<!\\w.)(?:eb))'
    >>> re.findall(_word_start("Jan", "an"), "Jan an Japan an1 Jane")
    ['Jan', 'an', 'an', 'Jan']
    """
    rests: dict[str, list[str]] = {}
    for a in alternatives:
        rests.setdefault(a[0], []).append(a[1:])
    # (?<!\w.) right after the letter: the character before it is no word character
    return "(?:" + "|".join(f"{c}(?<!\\w.)(?:{'|'.join(r)})" for c, r in rests.items()) + ")"


_MON_START = _word_start(*_MONTH_WORDS) + r"\.?"      # \b + _MON

# Chinese: [YYYY年][M月][D日], then an optional second part of a range.
_ZH_ATOM = (r"(?:(?P<{p}y>(?:19|20)\d\d)\s*年\s*)?(?:(?P<{p}m>1[0-2]|0?[1-9])\s*月份?\s*)?"
            r"(?:(?P<{p}d>3[01]|[12]\d|0?[1-9])(?:\s*(?:-|–|—|~|至|到)\s*(?P<{p}dx>3[01]|[12]\d|0?[1-9]))?\s*[日号])?")
_ZH_DATE = re.compile(
    r"(?<![\d.])(?=\d|本月|上月|去年|今年|前年|明年)(?P<A>(?P<rel>本月|上月|去年|今年|前年|明年)?" + _ZH_ATOM.format(p="a") + ")"
    + r"(?:" + r"\s*(?:-|–|—|~|至|到|、)\s*" + _ZH_ATOM.format(p="b") + r")?")
_ZH_REL_DAY = re.compile(r"(?P<w>昨日|昨天|前天|前日|今天|今日|明天|明日)|\b(?P<e>[Yy]esterday|[Tt]oday|[Tt]omorrow)\b")
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
             "周一": 0, "周二": 1, "周三": 2, "周四": 3, "周五": 4, "周六": 5, "周日": 6,
             "星期一": 0, "星期二": 1, "星期三": 2, "星期四": 3, "星期五": 4, "星期六": 5, "星期日": 6, "星期天": 6}
# "on Tuesday" in a dated report: the last such weekday up to the publication date.
_WEEKDAY = re.compile(r"\b(?:[Oo]n|[Ll]ast|[Tt]his|[Ss]pent|[Ff]rom)\s+(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                      r"|(?:本|上)?(?P<z>星期[一二三四五六日天])|(?:本|上)(?P<z2>周[一二三四五六日])"
                      # a bare 周二 only as a range (周二至周四): alone it may be a name (周一鸣)
                      r"|(?<![每逢双单下这那])(?P<z3>周[一二三四五六日])(?=\s*(?:至|到|—|-|~)\s*周[一二三四五六日])"
                      # news style without "on": "met Friday", "said Tuesday", "visited Monday"
                      r"|\b(?:[a-z]{2,}ed|said|met|held|told|spoke|left|began|made|took|gave|went|came|saw|"
                      r"arrives|visits|meets|opens|signs|says|"
                      # an event noun dated so: "hosted a reception Wednesday", "talks Tuesday"
                      r"reception|meeting|ceremony|talks|forum|conference|summit|visit|trip|session|luncheon|dinner|"
                      # what was signed: "signed agreements Tuesday", "inked deals Monday"
                      r"agreements?|deals?|contracts?|pacts?|MOUs?|memorandum|memoranda)"
                      r"\s+(?P<w2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# The end of a weekday range: 本周二至周四 (right after), "opened on Monday and runs through Friday".
_WEEKDAY_END_ZH = re.compile(r"\s*(?:至|到|—|-|~|－)\s*(?:周|星期)(?P<z>[一二三四五六日天])")
# Two days joined: "spent last Tuesday and Wednesday in Anchorage" (the second right after the first).
_WEEKDAY_AND_EN = re.compile(r"\s+(?:and|&)\s+(?:on\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAY_END_EN = re.compile(r"[^.;!?\n]{0,60}?\b(?:to|through|until|till|thru)\s+(?:on\s+)?"
                             r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# 近日/日前/recently: within the last days before the report; like 上周, a month where those days lie in one.
_RECENT = re.compile(r"(?<![\d一二三四五六七八九十两数几])(?:近日|日前)|\b[Rr]ecently\b")
RECENT_DAYS = 7
# How long the event lasts (为期三天, 展期6天, a three-day visit, week-long): the end from a start day.
_DURATION_ZH = re.compile(r"(?:为期|展期|会期|历时|持续)\s*(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*(?P<u>天|日|周|个星期|星期)(?![前后内里])")
_DURATION_EN = re.compile(r"(?:\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[- ](?P<u>day|week)s?[- ]long"
                          r"|\b(?P<n2>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)-(?P<u2>day|week)"
                          r"|\b(?:a|one)[- ](?P<u3>week)[- ]?long)"
                          # only an event lasts so (not a 30-day visa-free stay)
                          r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:visit|trip|tour|mission|fair|expo|exhibition|show|forum|conference|"
                          r"summit|event|meeting|talks|festival|session|seminar|workshop|training|program|programme|"
                          r"delegation|roadshow|messe|stay)s?\b", re.I)
_DAY_OR_WEEK = re.compile("day|week", re.I)       # in every _DURATION_EN match: a cheap test first
_CLOSES = re.compile(r"闭幕|落幕|落下帷幕|(?<![未没])结束|\b(?:closed|closes|concluded|concludes|ended|ends|wrapped up|wraps up)\b")
# 至19日结束, runs until June 10: a day written as the one the event runs to is its last.
_END_BEFORE = re.compile(r"(?:(?<!截)至|(?<!截)到|直至|直到|持续至|持续到|\b(?:until|through|till|thru))\s*$", re.I)
_OPENS = re.compile(r"开幕|开展|开始|启幕|拉开帷幕|\b(?:opened|opens|began|begins|started|starts|kicked off)\b")
# A duration that frames a longer event the dated day lies within: part of a week-long tour, 为期三天的展会期间.
_WITHIN_BEFORE_EN = re.compile(r"\b(?:part of|during|amid|midway through|day of|highlight of|high point of|"
                               r"start of|end of|close of|first stop of|last stop of)\s+(?:a|an|the|its|his|her|their)?\s*$", re.I)
_WITHIN_AFTER_ZH = re.compile(r"[^，,。；;]{0,16}?(?:期间|中的|的第)")
_EN_NUMS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
# "开幕 … 至15日", "opened on April 10 and runs through April 15": an opening day and the day it ends.
_OPEN_TO = re.compile(r"^[^。；;!?！？\n]{0,16}?(?:开幕|开展|开始|启幕|揭幕|举办|举行|开馆|开园|opened|opens|began|begins|"
                      r"started|starts|kicked off|runs|ran)[^。；;!?！？\n\d]{0,14}?(?:至|到|持续至|持续到|一直到|until|through|to)\s*$")
# 上周 / last week alone: the previous Monday–Sunday week, a month only where the week lies in one.
_WEEK_REL = re.compile(r"(?P<z>上|本)(?:周|星期)(?![一二三四五六日天末期年])|\b(?P<e>[Ll]ast|[Tt]his)\s+week\b(?!end)")
_EN_REL_PERIOD = re.compile(r"(?P<w>" + _word_start("Last", "last", "This", "this", "Next", "next")
                            + r")\s+(?P<u>year|month)\b")
# every _EN_MONTH_ONLY match holds one: a text without is not searched
_MONTH_ALONE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November"
                          r"|December)\b(?!\s*\d)")
_EN_MONTH_ONLY = re.compile(_word_start("in", "since", "during", "late", "early", "mid-?", "by", "until")
                            + r"\s+(?P<am>January|February|March|April|May|"
                            r"June|July|August|September|October|November|December)\b(?!\s*\d)")
# A look-behind follows the digits it guards (here: no digit before the year) so that the
# regex engine can skip to a 1 or 2 instead of trying the regex at every position.
_ISO = re.compile(r"(?P<y>(?:19|20)\d\d)(?<!\d{5})[-/.](?P<m>1[0-2]|0?[1-9])[-/.](?P<d>3[01]|[12]\d|0?[1-9])(?![\d])")
_YY_DATELINE = re.compile(r"(?P<y>[0-3]\d)(?<![\d-]\d\d)-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])\s+\d\d:\d\d")
_EN_DATE = re.compile(
    r"(?P<am>" + _MON_START + r")\s+(?P<ad>3[01]|[12]\d|0?[1-9])" + _ORD + r"\b"
    r"(?:" + _RANGE + r"(?:(?P<bm>" + _MON + r")\s+)?(?P<bd>3[01]|[12]\d|0?[1-9])" + _ORD + r"\b)?"
    r"(?:,?\s*(?P<y>(?:19|20)\d\d)\b)?")
_EN_DAY_FIRST = re.compile(r"(?<![\d,.])\b(?P<ad>3[01]|[12]\d|0?[1-9])\s+(?P<am>" + _MON + r")(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")
_EN_MONTH_YEAR = re.compile(r"(?P<am>" + _MON_START + r"),?\s+(?P<y>(?:19|20)\d\d)\b")
# A year on its own: 2004年, 2017阿斯塔纳…, in 2019.  Not 2000多家, 1700多公里, 2/3.
# A year heading the name of a document that is signed or issued (签订2024年劳务协作协议,
# 《2023年度工作计划》): no date of an event.
_DOCUMENT_VERBS = ("签订", "签署", "印发", "发布", "制定", "出台", "实施", "落实", "审议", "通过", "编制", "启动", "《", "“")
_DOCUMENT_AFTER_YEAR = re.compile(r"度?[^，。；;,\s]{0,20}?(?:协议|计划|方案|规划|要点|清单|合同|备忘录|意向书)")
_YEAR = re.compile(r"(?P<y>(?:19|20)\d\d)(?<![\d./\-:]\d{4})(?:\s*年(?!\s*\d)(?!代)|(?=[\u4e00-\u9fff])(?![多余万亿千百个家名人位吨元米公亩项次件台辆架年号届])|\b(?![,.]\d|[-/%]))")
_URL = re.compile(r"https?://\S+|www\.\S+")
_URL_DATE = re.compile(r"/(?P<y>20\d\d)(?P<sep>[-/_]?)(?P<m>1[0-2]|0[1-9])(?:(?P=sep)(?P<d>3[01]|[12]\d|0[1-9]))?(?![\d])")
# A sentence runs from a non-space to the first 。！？!?；; (a run of them), line end, or
# English full stop that does not close an abbreviation (Sept. 10, U.S. trade, John F.
# Kennedy), outer white space left out. One regex finds them all: runs of characters that
# end none, and full stops that end none (not after a word, no capital after, an abbreviation).
_ABBREVIATIONS = ("Sept", "Sep", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms",
                  "Dr", "Lt", "Gov", "St", "No", "Co", "Inc", "Ltd", "Jr", "Sen", "Rep", "Gen", "Prof", "U.S", "vs")


def _after_abbreviation() -> str:
    r"""Look-behinds for a full stop (just matched) after a word of ``_ABBREVIATIONS``, one per
    word length (a look-behind has one width).

    >>> after = re.compile(r"\." + _after_abbreviation())
    >>> [bool(after.search(t)) for t in ("met Mr. Luo", "met AMr. Luo", "the U.S. side", "in 2019. Then")]
    [True, False, True, False]
    """
    by_len: dict[int, list[str]] = {}
    for a in _ABBREVIATIONS:
        by_len.setdefault(len(a), []).append(re.escape(a))
    return "|".join(f"(?<=\\b(?:{'|'.join(ws)})\\.)" for _, ws in sorted(by_len.items()))


_NOT_END = r"[^。！？!?；;.\n]"
_STOP_NOT_END = (r"\.(?:(?<![A-Za-z0-9\)\"”]\.)|(?!\s+[A-Z\"“])|" + _after_abbreviation()
                 + r"|(?<=[\s.][A-Z]\.)|(?<=^[A-Z]\.))")          # J. F. Kennedy
_SENTENCE = re.compile(r"(?=\S)" + _NOT_END + "*(?:" + _STOP_NOT_END + _NOT_END + r"*)*"
                       r"(?:[。！？!?；;]+|\.|(?<=\S))")
_ZH_NUM = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(s: str) -> int | None:
    """The value of a small Chinese or Arabic numeral.

    >>> chinese_number("十七"), chinese_number("一百三十三"), chinese_number("17")
    (17, 133, 17)
    """
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _ZH_NUM:
            cur = _ZH_NUM[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split at 。！？； and line ends, and at an
    English full stop that does not close an abbreviation (``Sept. 10``).

    >>> t = "他来了。On Sept. 10 he met Luo. Then he left the US. In 1980 J. F. Kennedy was gone."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['他来了。', 'On Sept. 10 he met Luo.', 'Then he left the US.', 'In 1980 J. F. Kennedy was gone.']
    """
    return list(_sentence_spans(text))


@functools.lru_cache(maxsize=8)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    # dates and events both read an article's sentences: split it once
    return tuple([m.span() for m in _SENTENCE.finditer(text)])


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line of ``text``."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_PARTIAL_MONTH_DAY = re.compile(r"--(\d{1,2})-(\d{1,2})")


@functools.lru_cache(maxsize=4096)        # the same few dates are read again and again
def parse_partial(s: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a partial ISO date; missing parts are None.

    >>> parse_partial("2015-10"), parse_partial("--09-24"), parse_partial("")
    ((2015, 10, None), (None, 9, 24), (None, None, None))
    """
    s = (s or "").strip()
    m = _PARTIAL.fullmatch(s)
    if m:
        y, mo, d = int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None
        if mo is not None and not 1 <= mo <= 12:
            return y, None, None
        if d is not None and not _valid_day(y, mo, d):
            return y, mo, None
        return y, mo, d
    m = _PARTIAL_MONTH_DAY.fullmatch(s)
    if m:
        return None, int(m[1]), int(m[2])
    return None, None, None


def _valid_day(y: int, m: int, d: int) -> bool:
    try:
        date(y or 2000, m, d)
        return True
    except ValueError:
        return False


def iso(y: int | None, m: int | None = None, d: int | None = None) -> str:
    """Partial ISO 8601 of the known parts.

    >>> iso(2016, 9, 28), iso(None, 9, 24), iso(2014), iso(None, None, 5)
    ('2016-09-28', '--09-24', '2014', '')
    """
    if y and m and d:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if y and m:
        return f"{y:04d}-{m:02d}"
    if y:
        return f"{y:04d}"
    if m and d:
        return f"--{m:02d}-{d:02d}"
    return ""


# A day at most this far after the reference is one about to happen, in the reference's year.
SOON_DAYS = 31


def year_before(ref: tuple, m: int, d: int | None) -> int | None:
    """The year of month/day ``m``/``d`` seen from reference date ``ref`` (y, m, d):
    the reference year, or the year before when the date would lie after it.

    >>> year_before((2016, 1, 3), 12, 28), year_before((2016, 9, 28), 9, 27), year_before((2023, 4, 11), 4, 15)
    (2015, 2016, 2023)
    """
    ry, rm, rd = ref
    if not ry:
        return None
    if rm and (m, d or 1) > (rm, rd or 31):
        if rd and d and _valid_day(ry, m, d) and (date(ry, m, d) - date(ry, rm, rd)).days <= SOON_DAYS:
            return ry         # about to happen (runs through April 15, 下月3日开幕)
        return ry - 1
    return ry


# ---------------------------------------------------------------- fairs


@dataclass(frozen=True, slots=True)
class Fair:
    key: str
    names: tuple[str, ...]
    host_region: str
    international: bool
    first_year: int | None
    per_year: int
    interval: int
    editions: dict

    def year_of(self, edition: int) -> int | None:
        """The year of the ``edition``-th fair, or None where not known.

        >>> canton = next(f for f in fairs() if f.key == "canton")
        >>> canton.year_of(133), canton.year_of(134)
        (2023, 2023)
        >>> davos = next(f for f in fairs() if f.key == "davos")
        >>> davos.year_of(13), davos.year_of(14), davos.year_of(16)
        (2019, 2023, 2025)
        """
        if edition in self.editions:
            return self.editions[edition]
        last = max(self.editions, default=0)
        if last and edition > last and self.per_year == 1 and self.first_year:
            return self.editions[last] + (edition - last) * self.interval   # counted on from the last known one
        if self.first_year and edition >= 1 and (not last or edition < last):
            return self.first_year + ((edition - 1) // self.per_year) * self.interval
        return None


@functools.cache
def fairs() -> tuple[Fair, ...]:
    """The numbered recurring fairs of ``data/fairs.csv``."""
    out = []
    for r in data.rows("fairs.csv"):
        eds = {}
        for pair in filter(None, (r["editions"] or "").split(";")):
            n, y = pair.split(":")
            eds[int(n)] = int(y)
        out.append(Fair(r["key"], tuple(n.strip() for n in r["names"].split("|") if n.strip()),
                        r["host_region"], r["international"] == "1",
                        int(r["first_year"]) if r["first_year"] else None,
                        int(r["per_year"] or 1), int(r["interval_years"] or 1), eds))
    return tuple(out)


@functools.cache
def _fair_automaton():
    import ahocorasick
    a = ahocorasick.Automaton()
    for f in fairs():
        for n in f.names:
            key = n.lower()
            prev = a.get(key, None)
            if prev is None or len(prev[1]) < len(n):
                a.add_word(key, (f, n))
    a.make_automaton()
    return a


@dataclass(frozen=True, slots=True)
class FairMention:
    fair: Fair
    begin: int
    stop: int
    edition: int | None
    year: int | None


_EDITION_ZH = re.compile(r"第([0-9]+|[零〇一二三四五六七八九十百两]+)届|(首)届")
_EN_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_EDITION_EN = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b|\b(" + "|".join(_EN_ORDINALS) + r")\b", re.I)


def find_fairs(text: str) -> list[FairMention]:
    """Named recurring fairs in ``text``, with the year of a numbered edition.

    >>> [(m.fair.key, m.edition, m.year) for m in find_fairs("出席第六届中国国际进口博览会")]
    [('ciie', 6, 2023)]
    >>> [(m.fair.key, m.year) for m in find_fairs("on the occasion of the 17th CCISF")]
    [('ccisf', 2014)]
    """
    return list(_fairs_in(text))


@functools.lru_cache(maxsize=8)
def _fairs_in(text: str) -> tuple[FairMention, ...]:
    # dates, event triggers and events all look for an article's fairs: found once
    low = text.lower()
    found = []
    for end, (fair, name) in _fair_automaton().iter_long(low):
        begin = end - len(name) + 1
        if name.isascii() and ((begin > 0 and low[begin - 1].isalnum()) or
                               (end + 1 < len(low) and low[end + 1].isalnum())):
            continue
        found.append((begin, end + 1, fair))
    out = []
    for begin, stop, fair in found:
        edition = None
        before = text[max(0, begin - 40):begin]
        m = None
        for m in _EDITION_ZH.finditer(before):
            pass
        if m and len(before) - m.end() <= 12 and not re.search(r"[，,。；]", before[m.end():]):
            edition = chinese_number(m.group(1)) if m.group(1) else 1
        else:
            m = None
            for m in _EDITION_EN.finditer(before):
                pass
            if m and len(before) - m.end() <= 30 and not re.search(r"[,.;]", before[m.end():]):
                edition = int(m.group(1)) if m.group(1) else _EN_ORDINALS[m.group(2).lower()]
        year = fair.year_of(edition) if edition else None
        out.append(FairMention(fair, begin, stop, edition, year))
    return tuple(out)


# ---------------------------------------------------------------- finding dates


@dataclass(slots=True)
class _Raw:
    begin: int
    stop: int
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    rel: str = ""          # 昨日… / 去年 / 本月 … / "" ; "year" for a year alone
    year_only: bool = False


def _i(s):
    return int(s) if s else None


# Words one of which each pattern needs to match at all: a text without any of them is
# not searched with it (most articles have no English month or weekday).
_NEEDS = {
    "en_month": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "month_name": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December"),
    "url": ("://", "www."),
    "fullwidth": tuple(_FULLWIDTH_CHARS),
    "iso": ("-", "/", "."),
    "zh_rel": ("本月", "上月", "去年", "今年", "前年", "明年"),
    "dateline": (":",),
    "rel_day": ("昨日", "昨天", "前天", "前日", "今天", "今日", "明天", "明日", "esterday", "oday", "omorrow"),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "星期",
                "周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    "recent": ("近日", "日前", "ecently"),
    "week": ("周", "星期", "week"),
    "period": ("year", "month"),
}


@functools.cache
def _needs_automaton():
    import ahocorasick
    a = ahocorasick.Automaton()
    for need, words in _NEEDS.items():
        for w in words:
            a.add_word(w, a.get(w, ()) + (need,))
    a.make_automaton()
    return a


def _needs_met(t: str) -> set[str]:
    """The keys of ``_NEEDS`` one of whose words ``t`` holds, in one pass over ``t``.

    >>> sorted(_needs_met("On Monday, Jan 5: 昨日"))
    ['dateline', 'en_month', 'rel_day', 'weekday']
    """
    met: set[str] = set()
    for _, needs in _needs_automaton().iter(t):
        met.update(needs)
    return met


# Where a _ZH_DATE match that is not empty can start: a run of digits that 年, 月, 日, 号 or a
# range sign follows, or a relative word. The runs are found in the reversed text, where
# the regex opens with those few characters: scanning for them is cheaper than for digits.
_ZH_DIGITS_REVERSED = re.compile(r"[年月日号\-–—~至到]\s*\d+")
_ZH_REL = re.compile("本月|上月|去年|今年|前年|明年")


def _matches_at(rx: re.Pattern, t: str, starts) -> list[re.Match]:
    """What ``rx.finditer(t)`` gives, less empty matches, where every match that is not empty
    starts at one of ``starts`` (ascending) and an empty match holds no other: found faster,
    ``rx`` being tried there alone instead of at every position.

    >>> [m.group() for m in _matches_at(_YEAR, "1999年到2020年", [0, 6])]
    ['1999年', '2020年']
    """
    out, pos = [], 0
    for s in starts:
        if s >= pos:
            m = rx.match(t, s)
            if m and m.end() > s:
                out.append(m)
                pos = m.end()
    return out


def _zh_date_matches(t: str, rel: bool = True) -> list[re.Match]:
    """The matches of ``_ZH_DATE.finditer(t)`` less the empty ones (13月: no date, and no
    other one there), the regex tried only where such a match can start (``_ZH_DIGITS_REVERSED``,
    ``_ZH_REL``). ``rel``: whether ``t`` may hold a relative word.

    >>> [m.group() for m in _zh_date_matches("3.5亿元，去年12月至2月3日，编号5")]
    ['去年12月至2月3日']
    """
    if not ("年" in t or "月" in t or "日" in t or "号" in t):          # one of them is in every match
        return []
    n = len(t)
    starts = [n - m.end() for m in _ZH_DIGITS_REVERSED.finditer(t[::-1])][::-1]
    rel = [m.start() for m in _ZH_REL.finditer(t)] if rel else ()
    if rel:
        starts = sorted(starts + rel)
    return _matches_at(_ZH_DATE, t, starts)


# Where a year of _ISO or _YEAR can start: 19 or 20, two digits on (found fast, each regex
# opening with its two digits)
_CENTURIES = (re.compile(r"19\d\d"), re.compile(r"20\d\d"))


def _year_starts(t: str) -> list[int]:
    return sorted(m.start() for rx in _CENTURIES for m in rx.finditer(t))


_MONTH_AT_WORD_START = re.compile(_MON_START)
_YEAR_OR_MONTH = re.compile("year|month")


def _before_space(t: str, ends, widths) -> list[int]:
    """Where a word of one of ``widths`` ends right before the white space that ends at
    each of ``ends`` (ascending): where _EN_DAY_FIRST (a day before its month) and
    _EN_REL_PERIOD (last year) can start.

    >>> _before_space("on 15  June", [7], (1, 2)), _before_space("last year", [5], (4,))
    ([3, 4], [0])
    """
    out = []
    for q in ends:
        j = q
        while j > 0 and t[j - 1].isspace():          # \s+
            j -= 1
        if j < q:
            for w in widths:
                if j >= w:
                    out.append(j - w)
    return sorted(set(out))


def _raw_mentions(text: str) -> list[_Raw]:
    t, needs = text, _needs_met(text)
    if "fullwidth" in needs:
        t = text.translate(_FULLWIDTH)
        needs = _needs_met(t)
    # URLs hold digits that are no dates (their dates are read separately). Blanked, they
    # hold no more of the words of ``needs``.
    for u in (_URL.finditer(t) if "url" in needs else ()):
        t = t[:u.start()] + " " * (u.end() - u.start()) + t[u.end():]
    taken = bytearray(len(t))
    out: list[_Raw] = []

    def claim(a, b):
        if taken.find(1, a, b) >= 0:
            return False
        taken[a:b] = b"\x01" * (b - a)
        return True

    years = _year_starts(t)
    for m in (_matches_at(_ISO, t, years) if "iso" in needs else ()):
        if claim(m.start(), m.end()):
            out.append(_Raw(m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"])))
    en_month = "en_month" in needs
    for m in (_YY_DATELINE.finditer(t) if "dateline" in needs else ()):
        if claim(m.start(), m.start() + 8):
            out.append(_Raw(m.start(), m.start() + 8, 2000 + int(m["y"]), int(m["m"]), int(m["d"])))
    months = [m.start() for m in _MONTH_AT_WORD_START.finditer(t)] if en_month else []
    for m in _matches_at(_EN_DATE, t, months):
        if claim(m.start(), m.end()):
            out.append(_Raw(m.start(), m.end(), _i(m["y"]), _EN_MONTHS[m["am"].rstrip(".").lower()], int(m["ad"]),
                            None, _EN_MONTHS[m["bm"].rstrip(".").lower()] if m["bm"] else None, _i(m["bd"])))
    for m in _matches_at(_EN_DAY_FIRST, t, _before_space(t, months, (1, 2)) if months else ()):
        if claim(m.start(), m.end()):
            out.append(_Raw(m.start(), m.end(), _i(m["y"]), _EN_MONTHS[m["am"].rstrip(".").lower()], int(m["ad"])))
    for m in _matches_at(_EN_MONTH_YEAR, t, months):
        if claim(m.start(), m.end()):
            out.append(_Raw(m.start(), m.end(), int(m["y"]), _EN_MONTHS[m["am"].rstrip(".").lower()]))
    for m in _zh_date_matches(t, "zh_rel" in needs):
        ay, am, ad, adx, by, bm, bd, rel = m.group("ay", "am", "ad", "adx", "by", "bm", "bd", "rel")
        if not (am or ad) and not (rel and ay is None):
            continue
        if ad and not am and t[m.end("ad"):m.end("ad") + 1] == "号":
            continue  # 1号线, 3号楼: a number, not a day
        a, b = m.span()
        if rel and not (am or ad) and rel not in ("去年", "今年", "前年", "明年", "上月", "本月"):
            continue
        if not bm and not bd:
            b = m.end("A")
        if b <= a or not claim(a, b):
            continue
        out.append(_Raw(a, b, _i(ay), _i(am), _i(ad), _i(by), _i(bm), _i(bd) or _i(adx), rel=rel or ""))
    for m in (_ZH_REL_DAY.finditer(t) if "rel_day" in needs else ()):
        if claim(m.start(), m.end()):
            out.append(_Raw(m.start(), m.end(), rel=m["w"] or m["e"].lower()))
    for m in (_WEEKDAY.finditer(t) if "weekday" in needs else ()):
        nxt = t[m.end():m.end() + 16]
        if re.match(r"\s*[,(（]?\s*(?:" + _MON + r"|\d{1,2}\s*[月日])", nxt):
            continue                      # "Tuesday, June 12": the written date says it
        begin, stop = (m.start("w2") if m["w2"] else m.start()), m.end()
        english = m["w"] or m["w2"]
        zh_end = _WEEKDAY_END_ZH.match(t, stop) if not english else None
        en_and = _WEEKDAY_AND_EN.match(t, stop) if english else None
        en_end = _WEEKDAY_END_EN.match(t, stop) if english and not en_and else None
        if zh_end:
            stop, to = zh_end.end(), _WEEKDAYS["周" + zh_end["z"].replace("天", "日")]
        elif en_and:
            stop, to = en_and.end(), _WEEKDAYS[en_and["w"].lower()]
        elif en_end:
            to = _WEEKDAYS[en_end["w"].lower()]
        else:
            to = ""
        if claim(begin, stop):
            lead = m.group()[:4].lower()
            # 上周三 is Wednesday of the week before; "last Wednesday" the one before today
            which = "prev" if m.group().startswith("上") else "last" if lead == "last" else ""
            wd = _WEEKDAYS[(english or m['z'] or m['z2'] or m['z3']).lower()]
            out.append(_Raw(begin, stop, rel=f"weekday:{wd}:{which}:{to}"))
    for m in (_RECENT.finditer(t) if "recent" in needs else ()):
        if claim(m.start(), m.end()):
            out.append(_Raw(m.start(), m.end(), rel="recent"))
    for m in (_WEEK_REL.finditer(t) if "week" in needs else ()):
        if claim(m.start(), m.end()):
            back = m["z"] == "上" or (m["e"] or "").lower() == "last"
            out.append(_Raw(m.start(), m.end(), rel="week:-1" if back else "week:0"))
    periods = [m.start() for m in _YEAR_OR_MONTH.finditer(t)] if "period" in needs else ()
    for m in _matches_at(_EN_REL_PERIOD, t, _before_space(t, periods, (4,)) if periods else ()):
        if claim(m.start(), m.end()):
            out.append(_Raw(m.start(), m.end(), rel=f"{m['w'].lower()} {m['u']}"))
    for m in (_EN_MONTH_ONLY.finditer(t) if "month_name" in needs and _MONTH_ALONE.search(t) else ()):
        if claim(m.start("am"), m.end()):
            out.append(_Raw(m.start("am"), m.end(), None, _EN_MONTHS[m["am"].lower()]))
    for m in _matches_at(_YEAR, t, years):
        if t.endswith(_DOCUMENT_VERBS, 0, m.start()) and _DOCUMENT_AFTER_YEAR.match(t, m.end()):
            continue      # 签订2024年劳务协作协议: the year is part of the document's name
        if claim(m.start(), m.end()):
            out.append(_Raw(m.start(), m.end(), int(m["y"]), year_only=True))
    out.sort(key=lambda r: r.begin)
    return out


_REL_DAYS = {"昨日": -1, "昨天": -1, "前天": -2, "前日": -2, "今天": 0, "今日": 0, "明天": 1, "明日": 1,
             "yesterday": -1, "today": 0, "tomorrow": 1}
_REL_PERIODS = {"last year": ("y", -1), "this year": ("y", 0), "next year": ("y", 1),
                "last month": ("m", -1), "this month": ("m", 0)}
_REL_YEARS = {"去年": -1, "今年": 0, "前年": -2, "明年": 1}


def _weekday_date(ref: date, rel: str) -> date:
    """The day of a weekday word ``weekday:N:which`` seen from ``ref``: the last such
    day up to ``ref`` (``on Tuesday``, 本周二), the one before ``ref`` (``last Tuesday``),
    or that day of the week before ``ref``'s week (上周二).

    >>> ref = date(2019, 9, 6)          # a Friday
    >>> [_weekday_date(ref, r).isoformat() for r in ("weekday:1:", "weekday:4:last", "weekday:1:prev")]
    ['2019-09-03', '2019-08-30', '2019-08-27']
    """
    _, wd, which = (rel.split(":") + [""])[:3]
    wd = int(wd)
    if which == "prev":
        return ref - timedelta(days=ref.weekday() + 7 - wd)
    back = (ref.weekday() - wd) % 7
    if which == "last" and back == 0:
        back = 7
    return ref - timedelta(days=back)


def _week_month(ref: date, delta: int) -> tuple[int, int] | None:
    """(year, month) of the Monday–Sunday week ``delta`` weeks from ``ref``'s week,
    where that week (up to ``ref`` for this week) lies in one month; else None.

    >>> _week_month(date(2019, 6, 24), -1), _week_month(date(2019, 9, 4), -1)
    ((2019, 6), None)
    """
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=delta)
    last = min(monday + timedelta(days=6), ref)
    if (monday.year, monday.month) != (last.year, last.month):
        return None
    return monday.year, monday.month


def url_date(doc: Doc) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of the first dated URL of the article, if any.

    >>> url_date(Doc("x", "Source: http://e.gov.cn/article/201510/20151001132883.shtml"))
    (2015, 10, None)
    >>> url_date(Doc("x", "", url="http://www.ts.cn/2017/06/29/c_123.htm"))
    (2017, 6, 29)
    """
    text_urls = _URL.finditer(doc.text) if "://" in doc.text or "www." in doc.text else ()
    for u in [doc.url, *(m.group() for m in text_urls)]:
        m = _URL_DATE.search(u or "")
        if m:
            return int(m["y"]), int(m["m"]), _i(m["d"])
    return None, None, None


class _Context:
    """Where a date without a year may take its year from (see the module doc)."""

    def __init__(self, doc: Doc, raws: list[_Raw]):
        self.doc = doc
        text = doc.text
        self.pub = parse_partial(doc.published)
        self.sentences = _sentence_spans(text)
        self.sent_starts = [a for a, _ in self.sentences]
        named = _fairs_in(text)
        self.fair_years = [(f.begin, f.year) for f in named if f.year]
        # the CIIE in Shanghai, Nov. 5-10 under a headline naming the 7th CIIE: the same fair, its year
        edition_year = {}
        for f in named:
            if f.year:
                edition_year.setdefault(f.fair.key, f.year)
        self.fair_named = [(f.begin, edition_year[f.fair.key]) for f in named
                           if not f.year and f.fair.key in edition_year]
        self.years = [(r.begin, r.y) for r in raws if r.year_only]
        self.full = []          # (begin, (y, m, d)) of dates written in full
        self._url = self._paras = None

    # most articles need neither: read where needed
    @property
    def url(self) -> tuple[int | None, int | None, int | None]:
        if self._url is None:
            self._url = url_date(self.doc)
        return self._url

    def paragraphs(self) -> tuple[list[tuple[int, int]], list[int]]:
        """The paragraphs, and where they start."""
        if self._paras is None:
            paras = paragraph_spans(self.doc.text)
            self._paras = paras, [a for a, _ in paras]
        return self._paras

    def _span(self, starts, spans, pos):
        i = bisect.bisect_right(starts, pos) - 1
        return spans[i] if i >= 0 else (0, 0)

    def sentence_year(self, pos: int) -> int | None:
        a, b = self._span(self.sent_starts, self.sentences, pos)
        fy = [y for p, y in self.fair_years if a <= p < b]
        if fy:
            return fy[0]
        near = [(abs(p - pos), y) for p, y in self.years if a <= p < b and abs(p - pos) <= 20]
        if near:
            return min(near)[1]
        same_fair = [y for p, y in self.fair_named if a <= p < b]
        return same_fair[0] if same_fair else None

    def preceding_year(self, pos: int) -> int | None:
        paras, starts = self.paragraphs()
        i = bisect.bisect_right(starts, pos) - 1
        lo = paras[max(i - 1, 0)][0] if i >= 0 else 0
        ys = [y for p, y in self.years if lo <= p < pos]
        return ys[-1] if ys else None

    def references(self, pos: int):
        if self.pub[0]:
            yield self.pub
        for p, ymd in reversed(self.full):
            if p < pos:
                yield ymd
                break
        if self.url[0]:
            yield self.url

    def year_for(self, pos: int, m: int | None, d: int | None) -> int | None:
        y = self.sentence_year(pos)
        if y:
            return y
        for ref in self.references(pos):
            return year_before(ref, m, d) if m else ref[0]
        a, b = self._span(self.sent_starts, self.sentences, pos)
        near = [(abs(p - pos), y) for p, y in self.years if a <= p < b]
        return min(near)[1] if near else self.preceding_year(pos)


def find_dates(doc: Doc) -> list[DateMention]:
    """Every date mention in ``doc.text``, resolved to partial ISO 8601.

    >>> [(d.text, d.start, d.end) for d in find_dates(Doc("x", "昨日,座谈会在成都举行。", published="2016-09-28"))]
    [('昨日', '2016-09-27', '2016-09-27')]
    >>> [(d.start, d.end) for d in find_dates(Doc("x", "代表团于9月24日-26日访问山西。"))]
    [('--09-24', '--09-26')]
    """
    text = doc.text
    raws = _raw_mentions(text)
    ctx = _Context(doc, raws)
    out: list[DateMention] = []
    last_y = last_m = None
    for r in raws:
        relative = False
        if r.year_only:
            year = iso(r.y)
            out.append(DateMention(year, year, r.begin, r.stop, text[r.begin:r.stop], False))
            continue
        if r.rel in _REL_DAYS or r.rel.startswith("weekday:"):
            ref = ctx.pub if ctx.pub[0] and ctx.pub[2] else next(
                (ymd for ymd in ctx.references(r.begin) if ymd[0] and ymd[2]), None)
            if ref is None:
                continue
            last = None
            if r.rel.startswith("weekday:"):
                day = _weekday_date(date(*ref), r.rel)
                to = r.rel.split(":")[3]
                if to:          # 周二至周四: the end is that weekday on or after the start
                    last = day + timedelta(days=(int(to) - day.weekday()) % 7)
            else:
                day = date(*ref) + timedelta(days=_REL_DAYS[r.rel])
            last = last or day
            y, m, d = day.year, day.month, day.day
            y2, m2, d2 = last.year, last.month, last.day
            relative = True
        elif r.rel == "recent":
            ref = ctx.pub if ctx.pub[0] and ctx.pub[2] else next(
                (ymd for ymd in ctx.references(r.begin) if ymd[0] and ymd[2]), None)
            month = _recent_month(date(*ref)) if ref else None
            if month is None:
                continue          # the last days run over two months: no date is known
            y, m, d = month[0], month[1], None
            y2, m2, d2 = y, m, d
            relative = True
        elif r.rel.startswith("week:"):
            ref = ctx.pub if ctx.pub[0] and ctx.pub[2] else next(
                (ymd for ymd in ctx.references(r.begin) if ymd[0] and ymd[2]), None)
            month = _week_month(date(*ref), int(r.rel[5:])) if ref else None
            if month is None:
                continue          # no reference, or the week runs over two months: no date is known
            y, m, d = month[0], month[1], None
            y2, m2, d2 = y, m, d
            relative = True
        elif r.rel in _REL_PERIODS:
            unit, delta = _REL_PERIODS[r.rel]
            ref = ctx.pub if ctx.pub[0] else next(iter(ctx.references(r.begin)), (None, None, None))
            if not ref[0] or (unit == "m" and not ref[1]):
                continue
            if unit == "y":
                y, m, d = ref[0] + delta, None, None
            else:
                k = ref[0] * 12 + ref[1] - 1 + delta
                y, m, d = k // 12, k % 12 + 1, None
            y2, m2, d2 = y, m, d
            relative = True
        else:
            relative = bool(r.rel)
            y, m, d = r.y, r.m, r.d
            if r.rel in _REL_YEARS or r.rel in ("本月", "上月"):
                ref = ctx.pub if ctx.pub[0] else next(iter(ctx.references(r.begin)), (None, None, None))
                if r.rel in _REL_YEARS:
                    y = ref[0] + _REL_YEARS[r.rel] if ref[0] else None
                elif ref[1]:
                    rm = ref[1] - (1 if r.rel == "上月" else 0)
                    y, m = (ref[0], rm) if rm >= 1 else ((ref[0] or 1) - 1 if ref[0] else None, 12)
            if m is None and d is not None:          # 24日: the month of the date before
                if last_m:
                    y, m = last_y, last_m
                else:
                    ref = ctx.pub if ctx.pub[1] else None
                    if ref:
                        y, m = ref[0], ref[1]
                        if ref[2] and d > ref[2]:
                            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
                        relative = True
                if m is None:
                    y = ctx.year_for(r.begin, None, None)
            elif y is None and m is not None:
                y = ctx.year_for(r.begin, m, d)
            y2 = r.y2 or y
            m2 = r.m2 or (m if r.d2 else None)
            d2 = r.d2
            if r.y2 is None and r.m2 and m and r.m2 < m and y:   # 12月28日至1月3日
                y2 = y + 1
            if not (r.m2 or r.d2):
                y2, m2, d2 = y, m, d
        if y and m and d and not _valid_day(y, m, d):
            continue          # 2月30日: a typo, not a date
        start = iso(y, m, d) if m or d or y else ""
        if m is None and d is not None:
            start = iso(y)
        end = iso(y2, m2, d2)
        if m2 is None and d2 is not None:
            end = iso(y2)
        if not start and not end:
            continue
        if not r.year_only and m:
            last_y, last_m = y, m
            if y and d and not relative:
                ctx.full.append((r.begin, (y, m, d)))
        out.append(DateMention(start, end or start, r.begin, r.stop, text[r.begin:r.stop], relative))
    return _with_ends(text, out, ctx.sentences, ctx.sent_starts)


def _recent_month(ref: date) -> tuple[int, int] | None:
    """(year, month) of the last days before ``ref`` (近日, recently), where they lie in one month.

    >>> _recent_month(date(2021, 8, 26)), _recent_month(date(2021, 9, 2))
    ((2021, 8), None)
    """
    first = ref - timedelta(days=RECENT_DAYS - 1)
    return (ref.year, ref.month) if (first.year, first.month) == (ref.year, ref.month) else None


def duration_days(sentence: str) -> int | None:
    """The number of days an event lasts as the sentence states it (为期三天, a
    week-long visit), or None where it states none or more than one.

    >>> duration_days("展会为期6天。"), duration_days("a three-day visit"), duration_days("为期两周的培训")
    (6, 3, 14)
    >>> duration_days("访问三天后返回"), duration_days("a 3-day fair and a 2-day forum")
    (None, None)
    >>> duration_days("On May 2 he spoke, part of a week-long tour"), duration_days("在为期三天的展会期间")
    (None, None)
    >>> duration_days("The signing was the highlight of a week-long visit")
    """
    found = []
    for m in _DURATION_ZH.finditer(sentence):
        n = chinese_number(m["n"])
        if n and not _WITHIN_AFTER_ZH.match(sentence, m.end()):
            found.append(n * (1 if m["u"] in "天日" else 7))
    for m in (_DURATION_EN.finditer(sentence) if _DAY_OR_WEEK.search(sentence) else ()):
        if _WITHIN_BEFORE_EN.search(sentence, 0, m.start()):
            return None          # "on Nov. 4 …, part of a weeklong mission": a day within it
        raw = m["n"] or m["n2"] or "1"
        n = int(raw) if raw.isdigit() else _EN_NUMS[raw.lower()]
        unit = (m["u"] or m["u2"] or m["u3"]).lower()
        if n:
            found.append(n * (7 if unit == "week" else 1))
    return found[0] if len(set(found)) == 1 and 1 < found[0] <= 60 else None


@functools.lru_cache(maxsize=4096)
def _day(s: str) -> date | None:
    y, m, d = parse_partial(s)
    return date(y, m, d) if y and m and d else None


def _with_ends(text: str, out: list[DateMention], sentences, starts: list[int]) -> list[DateMention]:
    """Single days made ranges where the sentence says how long the event runs:
    an opening day and the day it runs to (4月10日开幕,至15日), or a duration
    (为期三天, a week-long visit) where the sentence has that one day. ``starts``:
    where the ``sentences`` start; ``out`` is in text order."""
    by_sent: dict[int, list[int]] = {}          # the days (full dates) of each sentence
    for k, dm in enumerate(out):
        if _day(dm.start):
            by_sent.setdefault(bisect.bisect_right(starts, dm.begin) - 1, []).append(k)
    for si, days in by_sent.items():
        if si < 0:
            continue
        a, b = sentences[si]
        for k in [k for k in days if out[k].start == out[k].end]:
            # the mention after it in the sentence: the next one, mentions being in text order
            nxt = k + 1
            if (nxt == len(out) or bisect.bisect_right(starts, out[nxt].begin) - 1 != si
                    or not _OPEN_TO.search(text[out[k].stop:out[nxt].begin])):
                continue
            first, last = _day(out[k].start), _day(out[nxt].start)
            if last and 0 < (last - first).days <= 60:
                out[k] = DateMention(out[k].start, out[nxt].start, out[k].begin, out[k].stop, out[k].text, out[k].relative)
        if len(days) == 1 and out[days[0]].start == out[days[0]].end:
            n = duration_days(text[a:b])
            if n:
                k = days[0]
                day = _day(out[k].start)
                if (_CLOSES.search(text, a, b) and not _OPENS.search(text, a, b)) or _END_BEFORE.search(
                        text, max(a, out[k].begin - 8), out[k].begin):
                    # 为期三天的博览会6月10日闭幕, 为期4天，至19日结束: the day is the last one
                    first = day - timedelta(days=n - 1)
                    out[k] = DateMention(first.isoformat(), out[k].start, out[k].begin, out[k].stop, out[k].text,
                                         out[k].relative)
                else:
                    last = day + timedelta(days=n - 1)
                    out[k] = DateMention(out[k].start, last.isoformat(), out[k].begin, out[k].stop, out[k].text,
                                         out[k].relative)
    return out
