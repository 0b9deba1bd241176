"""Extraction on Dask: same tables as the single-machine path, on a real multi-process cluster."""
from __future__ import annotations

import sys
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import tradeviz as tv
from tradeviz.errors import TradevizError

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402


def test_without_dask_the_error_says_what_to_install(monkeypatch):
    import pandas as pd
    from tradeviz import cluster
    monkeypatch.setitem(sys.modules, "dask", None)          # import dask now raises ImportError
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)
    with pytest.raises(TradevizError, match=r"pip install 'tradeviz\[dask\]'"):
        cluster.extract_dask(pd.DataFrame({"id": [], "text": []}))


@pytest.fixture(scope="module")
def articles(seeds_dir):
    """Seeds and generated articles as a pandas frame of (id, text)."""
    pd = pytest.importorskip("pandas")
    rows = [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in sorted(seeds_dir.glob("*.txt"))]
    rows += [{"id": name, "text": text} for name, text in generate.iter_articles(25, seed=7)]
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def _assert_same(tables, expected) -> None:
    for name, df in expected:
        assert_frame_equal(getattr(tables, name), df)


def test_dask_tables_equal_the_single_machine_tables(client, articles):
    import dask.dataframe as dd
    from tradeviz.cluster import extract_dask
    tables = extract_dask(dd.from_pandas(articles, npartitions=4), text="text", id="id")
    assert set(client.scheduler_info()["workers"]) and len(client.scheduler_info()["workers"]) == 2
    result = tables.compute()
    assert result.articles.height == 30
    assert result.articles["source"].to_list() == articles["id"].to_list()
    _assert_same(result, tv.extract(articles, progress=False))


def test_rows_without_ids_are_numbered_across_partitions(client, articles):
    import dask.dataframe as dd
    from tradeviz.cluster import extract_dask
    bare = articles[["text"]].rename(columns={"text": "body"})
    result = extract_dask(dd.from_pandas(bare, npartitions=3), text="body", id=None).compute()
    expected = tv.extract(bare, progress=False)
    assert result.articles["article_id"].n_unique() == 30
    _assert_same(result, expected)


def test_to_parquet_writes_one_dataset_per_table(client, articles, tmp_path):
    import dask.dataframe as dd
    from tradeviz.cluster import extract_dask
    extract_dask(dd.from_pandas(articles.head(12), npartitions=2)).to_parquet(tmp_path)
    expected = tv.extract(articles.head(12), progress=False)
    for name, df in expected:
        got = pl.read_parquet(tmp_path / name / "*.parquet")
        assert got.height == df.height
        assert set(got["article_id"].to_list()) == set(df["article_id"].to_list())


def test_a_missing_text_column_is_named(articles):
    dd = pytest.importorskip("dask.dataframe")
    from tradeviz.cluster import extract_dask
    with pytest.raises(TradevizError, match="'content'"):
        extract_dask(dd.from_pandas(articles, npartitions=1), text="content")
