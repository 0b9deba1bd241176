"""jieba's dictionary (``jieba/dict.txt``: word, frequency, part-of-speech tag), read once.

The actors step asks how common a word is and the places step which two-character
words are ordinary words; both read the same file, here in one pass and without
jieba's own start-up (which loads a larger prefix table from a cache). Like jieba,
the tables read are kept in a cache file in the temporary folder (named for the
dictionary file's path, size and time), which loads in half the time; a cache that
cannot be read or written is simply not used.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.util
import marshal
import os
import tempfile
from pathlib import Path


def _path() -> Path:
    return Path(importlib.util.find_spec("jieba").origin).parent / "dict.txt"


def _cache_path(path: Path) -> Path:
    st = path.stat()
    key = hashlib.sha1(f"{path}|{st.st_size}|{st.st_mtime_ns}".encode("utf-8")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"tradeviz-jieba-{key}.marshal"


@functools.cache
def _read() -> tuple[dict[str, int], dict[str, str]]:
    path = _path()
    try:
        cache = _cache_path(path)
        with open(cache, "rb") as f:
            tables = marshal.loads(f.read())      # load(f) reads item by item: slower
        if isinstance(tables, tuple) and len(tables) == 2 and all(isinstance(t, dict) for t in tables):
            return tables
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tables = _parse(path)
    _write_cache(path, tables)
    return tables


def _write_cache(path: Path, tables) -> None:
    try:
        cache = _cache_path(path)
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as f:
                marshal.dump(tables, f)
            os.replace(tmp, cache)       # atomic: a reader never sees half a file
        finally:
            if tmp.exists():
                tmp.unlink()
    except (OSError, ValueError):
        pass


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
    return _read()[0]


def bigram_tags() -> dict[str, str]:
    """Two-character word -> its part-of-speech tag (平台 n, 北京 ns).

    >>> bigram_tags()["北京"]
    'ns'
    """
    return _read()[1]
