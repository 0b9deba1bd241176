"""jieba's dictionary tables: the same from the file, from the cache, and past a broken cache."""
from __future__ import annotations

from tradeviz.extract import jieba_dict


def test_cache_gives_what_the_file_gives(tmp_path, monkeypatch):
    monkeypatch.setattr(jieba_dict.tempfile, "gettempdir", lambda: str(tmp_path))
    parsed = jieba_dict._parse(jieba_dict._path())
    first = jieba_dict._read.__wrapped__()          # parses, writes the cache
    assert list(tmp_path.glob("tradeviz-jieba-*.marshal"))
    second = jieba_dict._read.__wrapped__()         # loads the cache
    assert first == parsed and second == parsed
    assert parsed[0]["我们"] > 1000 and parsed[1]["北京"] == "ns"


def test_a_broken_cache_is_read_past(tmp_path, monkeypatch):
    monkeypatch.setattr(jieba_dict.tempfile, "gettempdir", lambda: str(tmp_path))
    jieba_dict._cache_path(jieba_dict._path()).write_bytes(b"not a marshal file")
    assert jieba_dict._read.__wrapped__() == jieba_dict._parse(jieba_dict._path())
