"""Tabulation: extraction results of many articles into the five tidy tables."""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from . import schema
from .clean import Article
from .errors import Errors, TradevizError
from .extract.mentions import Doc

FORMATS = ("parquet", "csv")


def _short_id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def place_rows(doc: Doc) -> list[dict]:
    """One row per distinct place (name and code) with its number of mentions."""
    return _as_dicts("places", _place_tuples(doc))


def sector_rows(doc: Doc) -> list[dict]:
    """One row per sector, its evidence terms joined by ';'."""
    return _as_dicts("sectors", _sector_tuples(doc))


def actor_rows(doc: Doc) -> list[dict]:
    """One row per distinct actor (name and kind); the first title and region found win."""
    return _as_dicts("actors", _actor_tuples(doc))


def event_rows(doc: Doc) -> list[dict]:
    """One row per event, in the order found."""
    return _as_dicts("events", _event_tuples(doc))


# The rows as tuples in the table's column order: made into columns at once (zip), which
# polars takes several times faster than dicts, row by row.

def _as_dicts(table: str, rows: list[tuple]) -> list[dict]:
    columns = tuple(schema.TABLES[table])
    return [dict(zip(columns, r)) for r in rows]


def _place_tuples(doc: Doc) -> list[tuple]:
    aid = doc.article_id
    counts = Counter((p.name, p.level, p.code, p.region, p.country) for p in doc.places)
    return [(aid, *key, k) for key, k in counts.items()]


def _sector_tuples(doc: Doc) -> list[tuple]:
    by_sector: dict[tuple[str, str], list[str]] = {}
    for h in doc.sectors:
        by_sector.setdefault((h.isic, h.sector), []).append(h.term)
    aid = doc.article_id
    return [(aid, isic, label, ";".join(dict.fromkeys(terms)), len(terms))
            for (isic, label), terms in by_sector.items()]


def _actor_tuples(doc: Doc) -> list[tuple]:
    rows: dict[tuple[str, str], list] = {}
    aid = doc.article_id
    for a in doc.actors:
        key = (a.name, a.kind)
        r = rows.get(key)
        if r is None:
            rows[key] = [None, aid, a.name, a.kind, a.title, a.region, a.name_en, 1]
        else:
            r[7] += 1
            r[4] = r[4] or a.title
            r[5] = r[5] or a.region
            r[6] = r[6] or a.name_en
    for r in rows.values():
        r[0] = _short_id(aid, r[2], r[3])
    return [tuple(r) for r in rows.values()]


def _event_tuples(doc: Doc) -> list[tuple]:
    aid = doc.article_id
    return [(_short_id(aid, str(i)), aid, e.event_type, e.start, e.end, e.host, e.guest, e.scope,
             e.primary, e.evidence) for i, e in enumerate(doc.events)]


def _frame(table: str, rows: list[tuple]) -> pl.DataFrame:
    """Rows (tuples in column order) as a frame: what ``schema.frame`` makes of them as dicts."""
    if not rows:
        return schema.empty(table)
    columns = schema.TABLES[table]
    return pl.DataFrame(dict(zip(columns, map(list, zip(*rows)))), schema=columns)


def write_table(df: pl.DataFrame, out: str | Path, name: str, format: str = "parquet") -> Path:
    """Write ``df`` as ``out/<name>.<format>`` and return the path.

    The file appears only once complete: a killed run leaves a ``.part`` file,
    never one that looks finished.

    >>> import tempfile
    >>> write_table(schema.empty("events"), tempfile.mkdtemp(), "events", "csv").name
    'events.csv'
    """
    if format not in FORMATS:
        raise TradevizError(Errors.BAD_FORMAT.format(fmt=format))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.{format}"
    tmp = path.with_suffix(path.suffix + ".part")
    df.write_parquet(tmp) if format == "parquet" else df.write_csv(tmp)
    tmp.replace(path)
    return path


@dataclass
class Tables:
    """The five tables of an extraction run, as polars DataFrames.

    >>> t = Tables.from_results([])
    >>> t.articles.height, list(t.names)
    (0, ['articles', 'events', 'actors', 'places', 'sectors'])
    """

    articles: pl.DataFrame
    events: pl.DataFrame
    actors: pl.DataFrame
    places: pl.DataFrame
    sectors: pl.DataFrame

    names = tuple(schema.TABLES)

    @classmethod
    def from_results(cls, results: list[tuple[Article, Doc | None]]) -> "Tables":
        """Tables from (article, extracted doc) pairs; doc is None for failed articles."""
        rows: dict[str, list[tuple]] = {name: [] for name in schema.TABLES}
        article_columns = tuple(schema.TABLES["articles"])
        articles, events, actors, places, sectors = rows.values()
        for article, doc in results:
            row = article.row()
            articles.append(tuple(map(row.get, article_columns)))
            if doc is not None:
                events += _event_tuples(doc)
                actors += _actor_tuples(doc)
                places += _place_tuples(doc)
                sectors += _sector_tuples(doc)
        return cls(**{name: _frame(name, r) for name, r in rows.items()})

    def __iter__(self):
        return iter((name, getattr(self, name)) for name in self.names)

    def to_pandas(self) -> dict:
        """The five tables as pandas DataFrames, keyed by table name."""
        return {name: df.to_pandas() for name, df in self}

    def write(self, out: str | Path, format: str = "parquet") -> list[Path]:
        """Write one file per table into ``out`` and return their paths."""
        return [write_table(df, out, name, format) for name, df in self]

    def _repr_html_(self) -> str:
        from .report import summary_html
        return summary_html(self)

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={df.height}" for name, df in self)
        return f"Tables({counts})"
