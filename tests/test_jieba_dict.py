"""jieba's dictionary tables: the same from the file, from the cache, and past a broken cache."""
from __future__ import annotations

from tradeviz.extract import jieba_dict


def _fresh():
    for f in (jieba_dict._read, jieba_dict._frequencies, jieba_dict._bigram_tags):
        f.cache_clear()
    return jieba_dict._read()


def test_cache_gives_what_the_file_gives(tmp_path, monkeypatch):
    monkeypatch.setattr(jieba_dict.data.tempfile, "gettempdir", lambda: str(tmp_path))
    parsed = jieba_dict._parse(jieba_dict._path())
    first = _fresh()          # parses, writes the cache
    assert list(tmp_path.glob("tradeviz-jieba-*.marshal"))
    second = _fresh()         # loads the cache
    assert first == parsed and second == parsed
    assert list(second[0]) == list(parsed[0]) and list(second[1]) == list(parsed[1])
    assert parsed[0]["我们"] > 1000 and parsed[1]["北京"] == "ns"


def test_a_broken_cache_is_read_past(tmp_path, monkeypatch):
    monkeypatch.setattr(jieba_dict.data.tempfile, "gettempdir", lambda: str(tmp_path))
    _fresh()
    for f in tmp_path.glob("tradeviz-jieba-*.marshal"):
        f.write_bytes(b"not a marshal file")
    assert _fresh() == jieba_dict._parse(jieba_dict._path())


def test_an_unwritable_cache_folder_is_done_without(tmp_path, monkeypatch):
    monkeypatch.setattr(jieba_dict.data.tempfile, "gettempdir", lambda: str(tmp_path / "no" / "such"))
    assert _fresh() == jieba_dict._parse(jieba_dict._path())
