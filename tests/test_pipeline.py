"""The user-facing calls: tv.extract / tv.read, their tables, backends and failures."""
from __future__ import annotations

import pandas as pd
import polars as pl
import pytest

import tradeviz as tv
from tradeviz import schema
from tradeviz.errors import TradevizError


@pytest.fixture(scope="module")
def seed_tables(seeds_dir):
    return tv.extract(seeds_dir, progress=False)


def test_extract_returns_every_table_with_its_contract_columns(seed_tables):
    for name, df in seed_tables:
        assert isinstance(df, pl.DataFrame)
        assert df.columns == list(schema.TABLES[name]), name


def test_every_seed_is_one_article_row_with_text(seed_tables, seeds_dir):
    arts = seed_tables.articles
    assert arts.height == len(list(seeds_dir.glob("*.txt")))
    assert arts["article_id"].n_unique() == arts.height
    assert (arts["text"].str.len_chars() > 100).all()


def test_article_ids_are_stable_across_runs(seed_tables, seeds_dir):
    again = tv.extract(seeds_dir, progress=False)
    assert again.articles["article_id"].to_list() == seed_tables.articles["article_id"].to_list()


def test_every_child_row_points_to_an_article(seed_tables):
    ids = set(seed_tables.articles["article_id"])
    for name in ("events", "actors", "places", "sectors"):
        assert set(getattr(seed_tables, name)["article_id"]) <= ids, name


def test_pandas_backend_returns_pandas_frames(seeds_dir):
    tables = tv.extract(seeds_dir, backend="pandas", progress=False)
    assert isinstance(tables.articles, pd.DataFrame)
    assert len(tables.articles) == 5


def test_unknown_backend_is_a_clear_error(seeds_dir):
    with pytest.raises(TradevizError, match="backend"):
        tv.extract(seeds_dir, backend="spark")


def test_an_article_whose_extraction_fails_gets_an_error_row(seeds_dir, monkeypatch):
    import tradeviz.pipeline as pipeline

    def boom(doc):
        raise RuntimeError("broken step")

    monkeypatch.setattr(pipeline, "extract_doc", boom)
    tables = tv.extract(seeds_dir, progress=False)
    assert tables.articles.height == 5
    assert tables.articles["error"].str.contains("broken step").all()


def test_tables_write_csv_and_parquet_round_trip(seed_tables, tmp_path):
    for fmt in ("csv", "parquet"):
        paths = seed_tables.write(tmp_path / fmt, fmt)
        assert sorted(p.name for p in paths) == sorted(f"{n}.{fmt}" for n in schema.TABLES)
        back = pl.read_parquet(paths[0]) if fmt == "parquet" else pl.read_csv(paths[0])
        assert back.height == seed_tables.articles.height
    assert not list(tmp_path.rglob("*.part"))


def test_unknown_format_is_a_clear_error(seed_tables, tmp_path):
    with pytest.raises(TradevizError, match="format"):
        seed_tables.write(tmp_path, "xlsx")


def test_read_returns_the_articles_table(seeds_dir):
    df = tv.read(seeds_dir, progress=False)
    assert df.columns == list(schema.ARTICLES)
    assert df.height == 5
