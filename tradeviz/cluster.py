"""Extraction beyond one machine: the five tables of a Dask collection of articles.

Needs the optional extra: ``pip install 'tradeviz[dask]'`` (dask[dataframe] and
distributed); Dask is imported only when these functions are called. Every
partition of the articles goes through the same clean + extract + tabulate
steps as :func:`tradeviz.extract`, so the tables equal the single-machine ones
for the same rows (same ids, same order)::

    import dask.dataframe as dd
    from distributed import Client
    from tradeviz.cluster import extract_dask

    client = Client("scheduler-address:8786")        # or LocalCluster()
    articles = dd.read_parquet("s3://bucket/articles/", columns=["id", "text"])
    tables = extract_dask(articles, text="text", id="id")
    tables.to_parquet("s3://bucket/tables/")           # one dataset per table, one pass
    events = tables.events                             # a dask DataFrame

Each table is a lazy Dask DataFrame; the five share one extraction per
partition, so compute them together (:meth:`DaskTables.compute`,
:meth:`DaskTables.to_parquet` or ``dask.compute(*tables.frames())``):
computing them one at a time extracts every partition once per table.
"""
from __future__ import annotations

import operator
from dataclasses import dataclass
from pathlib import Path

from . import schema
from .errors import Errors, TradevizError
from .tabulate import Tables


def _require_dask():
    try:
        import dask
        import dask.dataframe as dd
    except ImportError as exc:
        raise TradevizError(Errors.MISSING_EXTRA.format(
            feature="tradeviz.cluster (extraction on Dask)", package="dask[dataframe] and distributed",
            extra="dask")) from exc
    return dask, dd


def _raws(pdf, text: str, id: str | None, offset: int):
    """Raw articles of one pandas partition, named as the single-machine reader names rows."""
    from .parallel import frame_rows
    columns = {text: "text"}
    if id is not None:
        columns[id] = "id"
    return frame_rows(pdf[list(columns)].rename(columns=columns), "<dataframe>", offset)


def extract_partition(pdf, text: str = "text", id: str | None = "id", offset: int = 0) -> dict:
    """The five tables (pandas) of one partition of articles.

    >>> import pandas as pd
    >>> t = extract_partition(pd.DataFrame({"id": ["a"], "text": ["山西省代表团访问纽约州。"]}))
    >>> t["articles"]["source"].tolist(), sorted(t)
    (['a'], ['actors', 'articles', 'events', 'places', 'sectors'])
    """
    from .parallel import extract_batch
    tables = extract_batch(_raws(pdf, text, id, offset))
    return {name: df.to_pandas() for name, df in tables}


def meta_frames() -> dict:
    """Empty pandas frames with each table's columns and dtypes (Dask ``meta``)."""
    return {name: schema.empty(name).to_pandas() for name in schema.TABLES}


@dataclass
class DaskTables:
    """The five tables as lazy Dask DataFrames."""

    articles: object
    events: object
    actors: object
    places: object
    sectors: object

    names = tuple(schema.TABLES)

    def __iter__(self):
        return iter((name, getattr(self, name)) for name in self.names)

    def frames(self) -> list:
        """The five Dask DataFrames, in table order."""
        return [getattr(self, name) for name in self.names]

    def compute(self, backend: str = "polars") -> Tables:
        """All five tables in memory, extracting every partition once."""
        import dask
        import polars as pl
        results = dask.compute(*self.frames())
        frames = {}
        for name, pdf in zip(self.names, results):
            df = pl.from_pandas(pdf.reset_index(drop=True)) if len(pdf) else schema.empty(name)
            frames[name] = df.select([pl.col(c).cast(t) for c, t in schema.TABLES[name].items()])
        tables = Tables(**frames)
        if backend == "pandas":
            for name, df in tables:
                setattr(tables, name, df.to_pandas())
        elif backend != "polars":
            raise TradevizError(Errors.BAD_BACKEND.format(backend=backend))
        return tables

    def to_parquet(self, out: str | Path, **kwargs) -> None:
        """Write each table as a Parquet dataset ``out/<table>/``, extracting every partition once."""
        import dask
        out = str(out).rstrip("/")
        writes = [df.to_parquet(f"{out}/{name}", compute=False, write_index=False, **kwargs)
                  for name, df in self]
        dask.compute(*writes)


def extract_dask(articles, text: str = "text", id: str | None = "id") -> DaskTables:
    """The five tables of a Dask DataFrame of articles (one row per article).

    ``text`` names the column of article text (HTML or plain, any language);
    ``id`` a column of unique article ids (``None`` if there is none: rows are
    then numbered from the start of the collection, which costs one pass to
    count the rows of each partition). The result equals
    ``tradeviz.extract(df)`` for the same rows.

    >>> import dask.dataframe as dd, pandas as pd
    >>> df = dd.from_pandas(pd.DataFrame({"id": ["a", "b"], "text": ["山西省代表团访问纽约州。", "Ohio visits Hubei."]}),
    ...                     npartitions=2)
    >>> extract_dask(df).compute().articles["article_id"].len()
    2
    """
    dask, dd = _require_dask()
    columns = [str(c) for c in articles.columns]
    for column in (text, id):
        if column is not None and column not in columns:
            raise TradevizError(Errors.NO_COLUMN.format(column=column, columns=columns))
    parts = articles.to_delayed()
    offsets = [0] * len(parts)
    if id is None:
        lengths = dask.compute(*[dask.delayed(len)(p) for p in parts])
        offsets = [sum(lengths[:k]) for k in range(len(parts))]
    results = [dask.delayed(extract_partition, pure=True)(p, text, id, off) for p, off in zip(parts, offsets)]
    meta = meta_frames()
    tables = {name: dd.from_delayed([dask.delayed(operator.getitem, pure=True)(r, name) for r in results],
                                    meta=meta[name], verify_meta=False)
              for name in schema.TABLES}
    return DaskTables(**tables)
