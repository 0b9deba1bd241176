"""The five output tables: their columns, types and order.

This is ``shared/spec/tables.md`` in code. Every table the library returns or
writes is built through :func:`empty` / :func:`frame`, so the columns are the
same whether an input had zero rows or a million.
"""
from __future__ import annotations

import polars as pl

ARTICLES = {
    "article_id": pl.String,
    "source": pl.String,
    "title": pl.String,
    "published": pl.String,
    "language": pl.String,
    "text": pl.String,
    "error": pl.String,
    "url": pl.String,
    "publisher": pl.String,
    "encoding": pl.String,
    "images": pl.Int32,
    "chars": pl.Int32,
}
EVENTS = {
    "event_id": pl.String,
    "article_id": pl.String,
    "event_type": pl.String,
    "start": pl.String,
    "end": pl.String,
    "host": pl.String,
    "guest": pl.String,
    "scope": pl.String,
    "primary": pl.Boolean,
    "evidence": pl.String,
}
ACTORS = {
    "actor_id": pl.String,
    "article_id": pl.String,
    "name": pl.String,
    "kind": pl.String,
    "title": pl.String,
    "region": pl.String,
    "name_en": pl.String,
    "mentions": pl.Int32,
}
PLACES = {
    "article_id": pl.String,
    "name": pl.String,
    "level": pl.String,
    "code": pl.String,
    "region": pl.String,
    "country": pl.String,
    "mentions": pl.Int32,
}
SECTORS = {
    "article_id": pl.String,
    "isic": pl.String,
    "sector": pl.String,
    "terms": pl.String,
    "mentions": pl.Int32,
}

TABLES: dict[str, dict[str, pl.DataType]] = {
    "articles": ARTICLES,
    "events": EVENTS,
    "actors": ACTORS,
    "places": PLACES,
    "sectors": SECTORS,
}


def empty(table: str) -> pl.DataFrame:
    """An empty frame with the table's columns.

    >>> empty("events").columns[:3]
    ['event_id', 'article_id', 'event_type']
    """
    return pl.DataFrame(schema=TABLES[table])


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    """Rows (dicts) as a frame with exactly the table's columns and types.

    >>> frame("sectors", [{"article_id": "a", "isic": "C", "sector": "manufacturing",
    ...                    "terms": "机械", "mentions": 2}]).height
    1
    """
    schema = TABLES[table]
    return pl.DataFrame(
        [{k: r.get(k) for k in schema} for r in rows], schema=schema, orient="row"
    ) if rows else empty(table)
