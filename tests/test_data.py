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
