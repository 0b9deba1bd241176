"""The package's data files: every one says where it comes from, and the loaders read them."""
from __future__ import annotations

import itertools

import pytest

from tradeviz import data

DATA_FILES = sorted(p for p in data.path("").rglob("*") if p.suffix in (".csv", ".txt", ".tsv"))


def test_there_are_data_files():
    assert len(DATA_FILES) > 30


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_every_data_file_names_its_source_in_its_leading_comments(path):
    with open(path, encoding="utf-8") as f:
        head = list(itertools.takewhile(lambda line: line.startswith("#"), f))
    assert head, f"{path.name} has no comment block"
    assert any("source" in line.lower() for line in head), f"{path.name} names no source"


def test_rows_skip_comments_and_read_the_header():
    rows = data.rows("fairs.csv")
    assert rows and "key" in rows[0]
    assert not any(str(v).startswith("#") for r in rows for v in r.values() if v)


def test_lines_are_stripped_and_skip_comments_and_blanks():
    lines = data.lines("surnames.txt")
    assert lines and all(line == line.strip() and line and not line.startswith("#") for line in lines)


def test_cached_is_remade_when_a_source_changes_and_read_past_when_broken(tmp_path, monkeypatch):
    import os

    from tradeviz import data
    monkeypatch.setattr(data.tempfile, "gettempdir", lambda: str(tmp_path))
    src = tmp_path / "src.txt"
    src.write_text("one", encoding="utf-8")
    calls = []
    build = lambda: calls.append(1) or src.read_text(encoding="utf-8")
    assert data.cached("t", [src], build) == "one" and data.cached("t", [src], build) == "one"
    assert len(calls) == 1                                  # the second came from the file
    src.write_text("two!", encoding="utf-8")
    os.utime(src, ns=(1, 1))
    assert data.cached("t", [src], build) == "two!" and len(calls) == 2
    for f in tmp_path.glob("tradeviz-t-*.marshal"):
        f.write_bytes(b"\x00broken")
    assert data.cached("t", [src], build) == "two!" and len(calls) == 3
    assert not list(tmp_path.glob("*.tmp"))                 # no temporary file is left behind


def test_cached_builds_where_the_cache_folder_cannot_be_written(tmp_path, monkeypatch):
    from tradeviz import data
    monkeypatch.setattr(data.tempfile, "gettempdir", lambda: str(tmp_path / "missing"))
    src = tmp_path / "src.txt"
    src.write_text("x", encoding="utf-8")
    assert data.cached("t", [src], lambda: [1, 2]) == [1, 2]


def test_rows_are_what_csv_dictreader_makes_of_odd_rows(tmp_path, monkeypatch):
    import csv

    from tradeviz import data
    f = tmp_path / "x.csv"
    f.write_text('# source\na,b,c\n1,2\n\n1,2,3,4\n,,\n"q\nz",2,3\n', encoding="utf-8")
    monkeypatch.setattr(data, "path", lambda name: f)
    with open(f, encoding="utf-8", newline="") as fh:
        expected = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    assert data.rows("x.csv") == expected and len(expected) == 4
