"""Fast traditional → simplified Chinese conversion, same output as ``opencc.OpenCC('t2s')``.

The dictionaries are OpenCC's own (``TSPhrases.txt`` and ``TSCharacters.txt``
shipped inside the ``opencc-python-reimplemented`` package); only the matching
is done faster:

* characters: a code-point lookup table applied with numpy (a vectorised
  ``str.translate``); text it leaves unchanged, holding no phrase, comes back as is;
* phrases: numpy finds where a phrase's first two characters occur, a pyahocorasick
  automaton finds every phrase occurrence there, then the
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
    """(character lookup table, phrase automaton, phrase first-bigram keys, convertible characters,
    phrases of characters the character table leaves alone), built once."""
    import numpy as np
    chars = _read_dictionary("TSCharacters.txt")
    phrases = _read_dictionary("TSPhrases.txt")
    lut = np.arange(0x110000, dtype=np.uint32)      # code point -> code point (4 MB)
    for key, value in chars.items():
        lut[ord(key)] = ord(value)                   # every value is one character
    automaton = ahocorasick.Automaton()
    for key, value in phrases.items():
        automaton.add_word(key, (len(key), value))
    automaton.make_automaton()
    # the first two characters of every phrase (all have two or more), packed as one number
    first = np.zeros(0x110000, dtype=bool)
    first[[ord(k[0]) for k in phrases]] = True
    bigrams = (first, np.unique(np.array([(ord(k[0]) << 21) | ord(k[1]) for k in phrases], dtype=np.uint64)))
    plain_phrases = tuple(k for k in phrases if not any(c in chars for c in k))
    return lut, automaton, bigrams, frozenset(chars), plain_phrases


@cache
def _changed():
    """Code point -> whether the character table changes it (a bool table: a lookup in it
    costs less than one in the code point table and a comparison)."""
    import numpy as np
    lut = _tables()[0]
    return lut != np.arange(len(lut), dtype=lut.dtype)


@cache
def _ascii_kept() -> bool:
    """Whether t2s leaves every ASCII text as it is (no ASCII character or phrase in the dictionaries)."""
    keys = [*_read_dictionary("TSCharacters.txt"), *_read_dictionary("TSPhrases.txt")]
    return not any(k.isascii() for k in keys)      # a key holding a non-ASCII character is never found there


def _map_chars(text: str, lut) -> str:
    """``text`` with every character replaced by its table entry (a vectorised str.translate)."""
    import numpy as np
    if not text:
        return text
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    return lut[codes].tobytes().decode("utf-32-le")


def _phrase_windows(codes, bigrams, longest: int) -> list[tuple[int, int]]:
    """Spans of the text (as code points) that hold every phrase occurrence, merged.

    A phrase can only start where the text holds one of the phrases' first two
    characters; numpy finds those places, the automaton then looks only there.
    """
    import numpy as np
    if len(codes) < 2:
        return []
    first, second = bigrams
    cand = np.flatnonzero(first[codes[:-1]])          # places holding a phrase's first character
    keys = (codes[cand].astype(np.uint64) << np.uint64(21)) | codes[cand + 1].astype(np.uint64)
    if not len(keys):
        return []
    at = np.minimum(np.searchsorted(second, keys), len(second) - 1)   # np.isin costs ~0.2 ms a call
    starts = cand[second[at] == keys]
    windows: list[list[int]] = []
    for start in starts.tolist():
        end = min(len(codes), start + longest)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [(a, b) for a, b in windows]


@cache
def _longest_phrase() -> int:
    return max(map(len, _read_dictionary("TSPhrases.txt")))


def _chosen_phrases(text: str, automaton, spans=None) -> list[tuple[int, int, str]]:
    """Phrase matches as the reference picks them: longest first, leftmost among equals.
    ``spans``: the parts of ``text`` to look in (all of it by default)."""
    if spans is None:
        spans = [(0, len(text))]
    found = [(a + end - length + 1, a + end + 1, value) for a, b in spans
             for end, (length, value) in automaton.iter(text[a:b])]
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
    import numpy as np
    lut, automaton, bigrams, chars, plain_phrases = _tables()
    if not text or (text.isascii() and _ascii_kept()):
        return text
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if not np.count_nonzero(_changed()[codes]) and not any(map(text.__contains__, plain_phrases)):
        return text                  # nothing convertible: the common case for simplified text
    mapped = lut[codes]
    matches = _chosen_phrases(text, automaton, _phrase_windows(codes, bigrams, _longest_phrase()))
    if not matches:
        return mapped.tobytes().decode("utf-32-le")
    out, pos = [], 0
    for start, end, value in matches:
        out.append(_map_chars(text[pos:start], lut))
        out.append(value)
        pos = end
    out.append(_map_chars(text[pos:], lut))
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


@cache
def _variant_table():
    """Code point -> 1 for a traditional-only character, 2 for a simplified-only one, else 0."""
    import numpy as np
    table = np.zeros(0x110000, dtype=np.uint8)
    table[[ord(c) for c in traditional_chars()]] = 1
    table[[ord(c) for c in simplified_chars()]] = 2      # no character is both
    return table


def variant_counts(text: str) -> tuple[int, int]:
    """(traditional-only, simplified-only) character counts of ``text``.

    >>> variant_counts("經貿合作 经贸")
    (2, 2)
    """
    import numpy as np
    if not text:
        return 0, 0
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    counts = np.bincount(_variant_table()[codes], minlength=3)     # one lookup and one count
    return int(counts[1]), int(counts[2])
