"""jieba's dictionary (``jieba/dict.txt``: word, frequency, part-of-speech tag), read once.

The actors step asks how common a word is and the places step which two-character
words are ordinary words; both read the same file, here in one pass and without
jieba's own start-up (which loads a larger prefix table from a cache). Like jieba,
the tables read are kept in a cache file in the temporary folder (``data.cached``:
named for the dictionary file's path, size and time), which loads several times
faster; each table is made only when asked for.
"""
from __future__ import annotations

import array
import functools
import importlib.util
from pathlib import Path

from .. import data


def _path() -> Path:
    return Path(importlib.util.find_spec("jieba").origin).parent / "dict.txt"


@functools.cache
def _read() -> tuple[dict[str, int], dict[str, str]]:
    return _frequencies(), _bigram_tags()


@functools.cache
def _frequencies() -> dict[str, int]:
    words, counts = _cached()[0]
    values = array.array("q")
    values.frombytes(counts)
    return dict(zip(words.split("\n"), values.tolist())) if words else {}


@functools.cache
def _bigram_tags() -> dict[str, str]:
    words, tags = _cached()[1]
    return dict(zip(words.split("\n"), tags.split("\n"))) if words else {}


def _cached():
    # the words joined by newlines (no word holds white space) and the values packed: a
    # third faster to load than the dicts themselves, which must hash every word anyway
    path = _path()
    return data.cached("jieba", [path, __file__], lambda: _packed(_parse(path)))


def _packed(tables: tuple[dict[str, int], dict[str, str]]):
    freq, tags = tables
    return (("\n".join(freq), array.array("q", freq.values()).tobytes()),
            ("\n".join(tags), "\n".join(tags.values())))


def _parse(path: Path) -> tuple[dict[str, int], dict[str, str]]:
    freq: dict[str, int] = {}
    bigram_tags: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            word = parts[0]
            freq[word] = int(parts[1])       # a word listed twice keeps its last line, as in jieba
            if len(word) == 2 and len(parts) > 2:
                bigram_tags[word] = parts[2]
    return freq, bigram_tags


def word_frequencies() -> dict[str, int]:
    """Word -> frequency, as ``jieba.dt.FREQ`` gives it for every word of the dictionary
    (jieba also lists each word's prefixes, with frequency 0: ask with ``.get(w, 0)``).

    >>> f = word_frequencies()
    >>> f["我们"] > 1000, f.get("不是一个词语", 0)
    (True, 0)
    """
    return _frequencies()


def bigram_tags() -> dict[str, str]:
    """Two-character word -> its part-of-speech tag (平台 n, 北京 ns).

    >>> bigram_tags()["北京"]
    'ns'
    """
    return _bigram_tags()
