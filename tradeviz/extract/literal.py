"""Regex searches sped up by an automaton: where every match of a pattern must begin
with one of a set of literal words, the words are found in one pass (pyahocorasick)
and the pattern is tried only where one begins, instead of at every position of the
text. The matches are the very ones ``pattern.finditer`` gives.
"""
from __future__ import annotations

import re


def word_starts(words):
    """An automaton of ``words`` for ``literal_matches`` (each word's value is its length)."""
    import ahocorasick
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
    if not text:
        return []
    out, pos = [], 0
    for begin in sorted({end - n + 1 for end, n in starts.iter(text if seen is None else seen)}):
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
