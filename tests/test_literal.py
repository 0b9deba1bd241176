"""The automaton-led searches must give exactly the matches of ``finditer``."""
from __future__ import annotations

import random
import re

from tradeviz.extract.literal import caseless_matches, literal_matches, word_starts


def _texts(alphabet: str, n: int = 300) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_literal_matches_are_finditer_matches():
    words = ["ab", "abc", "b", "代表团", "代表"]
    pattern = re.compile(r"\b(?:abc|ab)\b|b+c?|代表团?")
    for text in _texts("abc 代表团x"):
        got = [m.span() for m in literal_matches(pattern, word_starts(words), text)]
        assert got == [m.span() for m in pattern.finditer(text)], text


def test_prefixes_repeated_before_a_head_word():
    # the shape of the title pattern: modifiers, then a post (常务副省长)
    pattern = re.compile("(?:常务|副)*(?:省长|长)")
    starts = word_starts(["常务", "副", "省长", "长"])
    for text in _texts("常务副省长x"):
        assert [m.span() for m in literal_matches(pattern, starts, text)] == [m.span() for m in pattern.finditer(text)]


def test_caseless_matches_are_finditer_matches():
    words = ["visit", "visited", "met with", "met"]
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\b", re.I)
    for text in _texts("VISITedmt wh ") + ["İstanbul visit", "ſign visit", "Met With"]:
        got = [m.span() for m in caseless_matches(pattern, word_starts(words), text)]
        assert got == [m.span() for m in pattern.finditer(text)], text


def test_scanner_finds_what_a_plain_automaton_finds():
    import ahocorasick
    from tradeviz.extract.literal import Scanner
    words = ["北京", "北京市", "京津", "津冀", "市", "New York", "York", "ork", "a", "ab", "b"]
    plain = ahocorasick.Automaton()
    for w in words:
        plain.add_word(w, w)
    plain.make_automaton()
    scanner = Scanner([(w, w) for w in words])
    for text in _texts("北京市津冀在New Yorkab \x00\x01") + ["", "北京市市", "New York York"]:
        assert list(scanner.iter_long(text)) == list(plain.iter_long(text)), text
        assert list(scanner.iter(text)) == list(plain.iter(text)), text
