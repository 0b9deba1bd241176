"""Whether a Chinese and an English name are the same person's: a bilingual article
names everyone twice (陈海鹰 / Chen Haiying, 基奥尼·阿卡纳 / Keoni Akana).

Two ways a name crosses scripts: a Chinese name is romanised in pinyin (the
readings come from pypinyin, every reading of every character, so a surname
such as 曾 may read zeng), and a foreign name is transliterated sound by sound
into characters, which this module compares by their consonants.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache, lru_cache

from ..errors import Errors, TradevizError

_DOTS = "·•・.．"
_NOT_LETTER = re.compile(r"[^a-z]+")


@cache
def _char_table() -> dict[int, str]:
    """pypinyin's table of every character's readings (code point -> "chén,zhèn"), read from
    its module file alone: importing the package also loads its phrase tables (0.3 s)."""
    import importlib.util
    from pathlib import Path
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:     # a declared dependency; say what to install if it is gone
        raise TradevizError(Errors.MISSING_DEPENDENCY.format(package="pypinyin", purpose="bilingual name pairing"))
    path = Path(spec.origin).parent / "pinyin_dict.py"
    loader = importlib.util.spec_from_file_location("tradeviz_pinyin_table", path)
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    return module.pinyin_dict


@cache
def char_readings(ch: str) -> tuple[str, ...]:
    """Every reading of a character, without tones, ü as v (as pypinyin's NORMAL style).

    >>> char_readings("曾"), char_readings("吕"), char_readings("·")
    (('ceng', 'zeng'), ('lv',), ())
    """
    import unicodedata
    raw = _char_table().get(ord(ch), "")
    out = []
    for r in raw.split(","):
        r = r.replace("ü", "v").replace("ǖ", "v").replace("ǘ", "v").replace("ǚ", "v").replace("ǜ", "v")
        r = "".join(c for c in unicodedata.normalize("NFKD", r) if not unicodedata.combining(c))
        if r and r not in out:
            out.append(r)
    return tuple(out)


def _pinyin():
    """Readings of each Han character of a string, others left out (pypinyin's errors="ignore")."""
    return lambda s: [list(char_readings(c)) for c in s if char_readings(c)]


def is_pinyin_of(english: str, chinese: str) -> bool:
    """True when ``english`` is ``chinese`` written in pinyin, surname first or last.

    >>> is_pinyin_of("Chen Haiying", "陈海鹰"), is_pinyin_of("Haiying Chen", "陈海鹰")
    (True, True)
    >>> is_pinyin_of("Zeng Li", "曾力"), is_pinyin_of("Chen Haiyang", "陈海鹰")
    (True, False)
    """
    orders = _pinyin_orders(english)
    if not orders or not chinese or any(c in _DOTS for c in chinese):
        return False
    readings = _readings(chinese)
    if len(readings) != len(chinese):
        return False
    return any(_spells(s, readings) for s in orders)


@lru_cache(maxsize=4096)
def _pinyin_orders(english: str) -> frozenset[str]:
    """The letters of ``english`` as one pinyin string, surname first (and, for two tokens or more,
    also given name first); empty where it has no letters.

    >>> sorted(_pinyin_orders("Haiying Chen"))
    ['chenhaiying', 'haiyingchen']
    """
    tokens = [_NOT_LETTER.sub("", t) for t in _plain_letters(english).split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return frozenset()
    orders = {"".join(tokens)}
    if len(tokens) >= 2:
        orders.add("".join(tokens[-1:] + tokens[:-1]))    # given name first: Haiying Chen
    return frozenset(orders)


@lru_cache(maxsize=4096)
def _readings(chinese: str) -> tuple[tuple[str, ...], ...]:
    """Every pinyin reading of each character of ``chinese``; a name is paired with
    several English ones, so its readings are looked up once.

    >>> _readings("吕")
    (('lv', 'lu'),)
    """
    # ü is written v or u in Latin script (吕 lv: Lv, Lu, Lü)
    return tuple(tuple(opts + [o.replace("v", "u") for o in opts if "v" in o]) for opts in _pinyin()(chinese))


def _plain_letters(name: str) -> str:
    """Lower case, ü as v and tone marks dropped: Lǚ Píng → lv ping."""
    import unicodedata
    name = name.lower().replace("ü", "v").replace("ǖ", "v").replace("ǘ", "v").replace("ǚ", "v").replace("ǜ", "v")
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _spells(s: str, readings: list[list[str]]) -> bool:
    """True when ``s`` is one reading of each character in turn."""
    ends = {0}
    for options in readings:
        ends = {e + len(r) for e in ends for r in options if s.startswith(r, e)}
        if not ends:
            return False
    return len(s) in ends


# Sounds that transliteration treats as one: voiced and voiceless pairs, l and r,
# and the several spellings of k, s and ch in English and in pinyin.
_EN_DIGRAPHS = (("sch", "s"), ("ch", "k"), ("ck", "k"), ("sh", "s"), ("th", "t"), ("ph", "f"),
                ("gh", ""), ("qu", "k"), ("x", "ks"))
_CLASS = {"b": "P", "p": "P", "d": "T", "t": "T", "g": "K", "k": "K", "c": "K", "q": "K", "j": "K",
          "s": "S", "z": "S", "x": "S", "f": "F", "v": "W", "w": "W", "l": "L", "r": "L", "m": "M", "n": "N", "h": "H"}
_PINYIN_INITIALS = (("zh", "K"), ("ch", "K"), ("sh", "S"))


@lru_cache(maxsize=4096)
def english_consonants(name: str) -> str:
    """The consonant classes of an English name, in order.

    >>> english_consonants("Keoni Akana"), english_consonants("Marian")
    ('KN KN', 'MLN')
    """
    words = []
    for w in name.lower().split():
        w = _NOT_LETTER.sub("", w)
        for a, b in _EN_DIGRAPHS:
            w = w.replace(a, b)
        # h after a consonant is silent (John), w after a vowel a vowel (Newsom)
        words.append("".join(_CLASS.get(ch, "") for i, ch in enumerate(w)
                             if ch not in "hw" or i == 0 or (ch == "h" and w[i - 1] in "aeiouy")
                             or (ch == "w" and w[i - 1] not in "aeiouy")))
    return " ".join(w for w in words if w)


@lru_cache(maxsize=4096)
def chinese_consonants(name: str) -> str:
    """The consonant classes of a transliterated name's syllables (first reading of each).

    >>> chinese_consonants("基奥尼·阿卡纳"), chinese_consonants("玛丽安")
    ('KN KN', 'MLN')
    """
    parts = []
    for part in re.split(f"[{_DOTS}]", name):
        out = []
        for options in _pinyin()(part):
            syllable = options[0] if options else ""
            for a, b in _PINYIN_INITIALS:
                if syllable.startswith(a):
                    out.append(b)
                    syllable = syllable[len(a):]
                    break
            else:
                if syllable[:1] in _CLASS:
                    out.append(_CLASS[syllable[0]])
                    syllable = syllable[1:]
            if syllable == "er":
                out.append("L")       # 尔 er stands for an l or r (菲尔 Phil, 沃尔什 Walsh)
            elif syllable.endswith(("n", "ng")):
                out.append("N")       # 安 an, 森 sen: the final nasal is heard
        parts.append("".join(out))
    return " ".join(p for p in parts if p)


def transliteration_score(english: str, chinese: str) -> float:
    """How well a transliterated name (基奥尼·阿卡纳) sounds like an English one (Keoni Akana),
    from 0 to 1; names of a different number of parts score 0.

    >>> round(transliteration_score("Keoni Akana", "基奥尼·阿卡纳"), 2)
    1.0
    >>> transliteration_score("Marian Kealoha", "基奥尼·阿卡纳") < 0.5
    True
    """
    en, zh = english_consonants(english), chinese_consonants(chinese)
    if not en or not zh or en.count(" ") != zh.count(" "):
        return 0.0
    pairs = list(zip(en.split(), zh.split()))       # part by part: 基奥尼 is Keoni, 阿卡纳 Akana
    return sum(SequenceMatcher(None, a, b, autojunk=False).ratio() for a, b in pairs) / len(pairs)
