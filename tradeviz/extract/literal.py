"""Regex searches sped up by an automaton: where every match of a pattern must begin
with one of a set of literal words, the words are found in one pass (pyahocorasick)
and the pattern is tried only where one begins, instead of at every position of the
text. The matches are the very ones ``pattern.finditer`` gives. ``Scanner`` is an
automaton built to scan faster (its root tries common characters first).
"""
from __future__ import annotations

import functools
import re
from importlib import resources


def word_starts(words):
    """An automaton of ``words`` for ``literal_matches`` (each word's value is its length);
    None where a word is empty (a pattern that may match nothing is searched as it is)."""
    import ahocorasick
    if not all(words):
        return None
    a = ahocorasick.Automaton()
    for w in words:
        a.add_word(w, len(w))
    a.make_automaton()
    return a


def literal_matches(pattern: re.Pattern, starts, text: str, seen: str | None = None) -> list[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match begins with one of the
    words of the automaton ``starts`` (values: word lengths): the same matches, tried
    only where such a word begins (in ``seen``, a same-length form of ``text``, by
    default ``text`` itself) instead of at every position.

    >>> p, text = re.compile(r"\\bab\\b|b"), "xab ab bb"
    >>> [m.span() for m in literal_matches(p, word_starts(["ab", "b"]), text)]
    [(2, 3), (4, 6), (7, 8), (8, 9)]
    >>> [m.span() for m in p.finditer(text)]
    [(2, 3), (4, 6), (7, 8), (8, 9)]
    """
    if starts is None:
        return list(pattern.finditer(text))
    if not text:
        return []
    return matches_from(pattern, text, sorted({end - n + 1 for end, n in starts.iter(text if seen is None else seen)}))


def matches_from(pattern: re.Pattern, text: str, begins) -> list[re.Match]:
    """The matches ``pattern.finditer(text)`` gives, tried only at ``begins`` (sorted offsets
    where every match must begin): each match skips the offsets it covers, as finditer does.

    >>> [m.span() for m in matches_from(re.compile("ab|b"), "abab", [0, 1, 2])]
    [(0, 2), (2, 4)]
    """
    out, pos = [], 0
    for begin in begins:
        if begin < pos:
            continue
        m = pattern.match(text, begin)
        if m:
            out.append(m)
            pos = m.end() if m.end() > begin else begin + 1
    return out


def caseless_matches(pattern: re.Pattern, starts, text: str) -> list[re.Match]:
    """``pattern.finditer(text)`` for a case-insensitive pattern whose every match begins
    with one of the lower-case ASCII words of ``starts``: ``literal_matches`` on the
    lower-cased text (where lower-casing keeps every position and no ı/ſ, which match
    i/s ignoring case, is there; else the plain search).

    >>> p = re.compile(r"\\b(?:visit|visited)\\b", re.I)
    >>> [m.group() for m in caseless_matches(p, word_starts(["visited", "visit"]), "Visited; VISIT. visits")]
    ['Visited', 'VISIT']
    """
    if starts is None:
        return list(pattern.finditer(text))
    low = text.lower()
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        return list(pattern.finditer(text))
    return literal_matches(pattern, starts, text, low)


# English letters, commonest first: the order an automaton's root tries Latin letters in.
_LETTERS = "etaoinsrhldcumfpgwybvkxjqz"
# before them the space (the commonest character of English text, so the root would try
# every other branch first at each one) and the digits of dates and figures
_FIRST = " 0123456789"


@functools.cache
def char_rank() -> dict[str, int]:
    """How common a character is in running text (0: commonest): the space and the
    digits, Latin letters by English letter frequency, then Chinese characters by
    ``data/char_frequency.txt``.

    >>> r = char_rank()
    >>> r[" "] < r["1"] < r["e"] < r["z"] < r["E"], r["国"] < r["省"]
    (True, True)
    """
    path = resources.files("tradeviz.data").joinpath("char_frequency.txt")
    cjk = [c for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#") for c in line.strip()]
    order = list(_FIRST) + list(_LETTERS) + list(_LETTERS.upper()) + cjk
    return {c: i for i, c in enumerate(dict.fromkeys(order))}


class Scanner:
    """An Aho-Corasick automaton (pyahocorasick) that scans text faster and finds the same.

    pyahocorasick looks a character up among a node's branches one by one, in the order
    the branches were made; a gazetteer's root has a branch for each of a thousand and
    more first characters, and is consulted at almost every character of the text. Here
    the root's branches are made commonest character first (``char_rank``), one for every
    character of the words, each through a key that never occurs (the character, then
    ``\\x01``); characters of no word are all read as ``\\x00``, the root's first branch.
    The text read keeps its length, so every end offset is the text's own.

    >>> s = Scanner([("北京", 1), ("北京市", 2), ("京津", 3)])
    >>> list(s.iter_long("在北京市和京津冀")), list(s.iter("北京市"))
    ([(3, 2), (6, 3)], [(1, 1), (2, 2)])
    """

    def __init__(self, items):
        import ahocorasick
        items = list(items)
        alphabet = {c for w, _ in items for c in w}
        self.plain = "\x00" in alphabet or "\x01" in alphabet   # cannot be mapped: scan as built
        rank = char_rank()
        a = ahocorasick.Automaton()
        if not self.plain:
            for c in ["\x00"] + sorted(alphabet, key=lambda c: (rank.get(c, len(rank)), c)):
                a.add_word(c + "\x01", None)
        for w, v in items:
            a.add_word(w, v)
        a.make_automaton()
        self.automaton = a
        self._other = re.compile("[^" + "".join(re.escape(c) for c in sorted(alphabet)) + "]") \
            if alphabet and not self.plain else None

    def _read(self, text: str) -> str:
        return text if self._other is None else self._other.sub("\x00", text)

    def iter(self, text: str):
        """(end index, value) of every occurrence of a word, as ``Automaton.iter``."""
        return self.automaton.iter(self._read(text))

    def iter_long(self, text: str):
        """(end index, value) of the leftmost-longest occurrences, as ``Automaton.iter_long``."""
        return self.automaton.iter_long(self._read(text))
