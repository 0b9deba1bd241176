"""Word lists for the actors step, read lazily from ``tradeviz/data``.

Every loader is cached: the files are read once per process, on first use.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import lines as data_lines, rows as data_rows

CJK = "\u3400-\u4dbf\u4e00-\u9fff"


def data_words(name: str) -> list[str]:
    """Whitespace-separated words of a data file, comments skipped."""
    return [w for line in data_lines(name) for w in line.split()]


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Single-character and compound Chinese surnames.

    >>> single, compound = surnames()
    >>> "王" in single, "欧阳" in compound
    (True, True)
    """
    words = data_words("surnames.txt")
    return (frozenset(w for w in words if len(w) == 1),
            frozenset(w for w in words if len(w) > 1))


@cache
def latin_surnames() -> frozenset[str]:
    """East Asian surnames as written in Latin script (Zhao, Choi, Nguyen)."""
    return frozenset(data_words("surnames_pinyin.txt"))


@cache
def english_given_names() -> frozenset[str]:
    """Common English given names (James, Andrew, Mary)."""
    return frozenset(data_words("given_names_en.txt"))


@cache
def titles(lang: str, kind: str = "title") -> tuple[str, ...]:
    """Title words of one language, longest first.

    >>> "副主任" in titles("zh") or "主任" in titles("zh")
    True
    """
    words = {r["term"] for r in data_rows("titles.csv") if r["lang"] == lang and r["kind"] == kind}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def zh_title_re() -> re.Pattern:
    """A Chinese post with its modifiers: 副省长, 常务副主席, 党组成员."""
    pre = "|".join(map(re.escape, titles("zh", "prefix")))
    posts = "|".join(map(re.escape, titles("zh")))
    return re.compile(f"(?:{pre})*(?:{posts})")


@cache
def name_followers() -> tuple[str, ...]:
    return tuple(sorted(set(data_lines("name_followers.txt")), key=len, reverse=True))


@cache
def follower_re() -> re.Pattern:
    """Words that may follow a Chinese person's name (表示, 说, 在, 等, a title)."""
    words = sorted(set(name_followers()) | set(titles("zh")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@cache
def single_char_followers() -> frozenset[str]:
    """One-character followers (说, 在, 和): rarely the last character of a name."""
    return frozenset(w for w in name_followers() if len(w) == 1)


@cache
def non_actor_roles() -> tuple[str, ...]:
    """By-line roles (记者, 责任编辑, photo by), longest first."""
    return tuple(sorted(data_lines("non_actor_roles.txt"), key=len, reverse=True))


@cache
def org_heads(lang: str) -> dict[str, str]:
    """Organisation head word → kind, for one language ('zh', 'en', 'zh_list')."""
    return {r["head"]: r["kind"] for r in data_rows("org_suffixes.csv") if r["lang"] == lang}


@cache
def transliteration_chars() -> frozenset[str]:
    """Characters used to transliterate foreign names (斯, 德, 姆, 尼)."""
    return frozenset("".join(data_words("transliteration_chars.txt")))


@cache
def word_freq() -> dict[str, int]:
    """jieba's dictionary frequencies: a name that is a common word is no name.

    Read from jieba's dictionary file directly (``jieba_dict``), the same values as
    ``jieba.dt.FREQ`` without jieba's slower start-up.
    """
    from .jieba_dict import word_frequencies
    return word_frequencies()


def is_common_word(w: str, threshold: int = 300) -> bool:
    """True for a frequent dictionary word (同志, 一行), which is no person's name."""
    return word_freq().get(w, 0) >= threshold
