"""Fast traditional → simplified Chinese conversion, same output as ``opencc.OpenCC('t2s')``.

The dictionaries are OpenCC's own (``TSPhrases.txt`` and ``TSCharacters.txt``
shipped inside the ``opencc-python-reimplemented`` package); only the matching
is done faster:

* a gate: text holding no convertible character comes back unchanged;
* characters: one ``str.translate`` over the whole text;
* phrases: a pyahocorasick automaton finds every phrase occurrence, then the
  reference converter's choice is replayed: inside a piece of text the longest
  phrase wins (the leftmost of equal length), and the pieces left and right of
  it are matched the same way. Phrase output is not character-converted again.

The reference splits its input at separators (spaces, punctuation) and matches
inside each segment; no dictionary phrase holds a separator, so matching over the
whole text finds the same occurrences.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import ahocorasick


def _dictionary_dir() -> Path:
    import opencc
    return Path(opencc.__file__).parent / "dictionary"


def _read_dictionary(name: str) -> dict[str, str]:
    """A tab-separated OpenCC dictionary; the first of several candidates, as OpenCC takes."""
    pairs = {}
    with open(_dictionary_dir() / name, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.strip().partition("\t")
            if key and value:
                pairs[key] = value.split(" ")[0]
    return pairs


@cache
def _tables():
    """(translate table, phrase automaton, unused, convertible characters, phrases of
    characters the table leaves alone), built once."""
    chars = _read_dictionary("TSCharacters.txt")
    phrases = _read_dictionary("TSPhrases.txt")
    table = str.maketrans(chars)
    automaton = ahocorasick.Automaton()
    for key, value in phrases.items():
        automaton.add_word(key, (len(key), value))
    automaton.make_automaton()
    # a phrase made only of characters the character table leaves alone must still open the gate
    plain_phrases = [k for k in phrases if not any(c in chars for c in k)]
    return table, automaton, None, frozenset(chars), tuple(plain_phrases)


def _chosen_phrases(text: str, automaton) -> list[tuple[int, int, str]]:
    """Phrase matches as the reference picks them: longest first, leftmost among equals."""
    found = [(end - length + 1, end + 1, value) for end, (length, value) in automaton.iter(text)]
    if not found:
        return []
    found.sort(key=lambda m: (m[0] - m[1], m[0]))
    taken: list[tuple[int, int, str]] = []
    used = bytearray(len(text) + 1)
    for start, end, value in found:
        if not any(used[start:end]):
            taken.append((start, end, value))
            used[start:end] = b"\1" * (end - start)
    taken.sort()
    return taken


def t2s(text: str) -> str:
    """``text`` with traditional Chinese converted to simplified (OpenCC t2s).

    >>> t2s("川浙經貿合作交流座談會在蓉召開")
    '川浙经贸合作交流座谈会在蓉召开'
    >>> t2s("plain English stays as it is")
    'plain English stays as it is'
    """
    table, automaton, _, chars, plain_phrases = _tables()
    if not text or (chars.isdisjoint(text) and not any(p in text for p in plain_phrases)):
        return text
    matches = _chosen_phrases(text, automaton)
    if not matches:
        return text.translate(table)
    out, pos = [], 0
    for start, end, value in matches:
        out.append(text[pos:start].translate(table))
        out.append(value)
        pos = end
    out.append(text[pos:].translate(table))
    return "".join(out)


def traditional_chars() -> frozenset[str]:
    """Characters that t2s changes (traditional forms).

    >>> "國" in traditional_chars(), "国" in traditional_chars()
    (True, False)
    """
    return _tables()[3]


@cache
def simplified_chars() -> frozenset[str]:
    """Characters that only simplified Chinese uses (OpenCC's s2t changes them, t2s does not).

    >>> "国" in simplified_chars(), "國" in simplified_chars()
    (True, False)
    """
    st = _read_dictionary("STCharacters.txt")
    trad = traditional_chars()
    return frozenset(k for k, v in st.items() if v != k and k not in trad)


@cache
def reference():
    """The reference converter (slow): ``opencc.OpenCC('t2s')``."""
    import opencc
    return opencc.OpenCC("t2s")
