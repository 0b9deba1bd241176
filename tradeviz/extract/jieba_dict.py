"""jieba's dictionary (``jieba/dict.txt``: word, frequency, part-of-speech tag), read once.

The actors step asks how common a word is and the places step which two-character
words are ordinary words; both read the same file, here in one pass and without
jieba's own start-up (which loads a larger prefix table from a cache).
"""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path


def _path() -> Path:
    return Path(importlib.util.find_spec("jieba").origin).parent / "dict.txt"


@functools.cache
def _read() -> tuple[dict[str, int], dict[str, str]]:
    freq: dict[str, int] = {}
    bigram_tags: dict[str, str] = {}
    with open(_path(), encoding="utf-8") as f:
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
    return _read()[0]


def bigram_tags() -> dict[str, str]:
    """Two-character word -> its part-of-speech tag (平台 n, 北京 ns).

    >>> bigram_tags()["北京"]
    'ns'
    """
    return _read()[1]
