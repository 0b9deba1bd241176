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
    counts = Counter((p.name, p.level, p.code, p.region, p.country) for p in doc.places)
    return [{"article_id": doc.article_id, "name": n, "level": lv, "code": c, "region": r,
             "country": co, "mentions": k} for (n, lv, c, r, co), k in counts.items()]


def sector_rows(doc: Doc) -> list[dict]:
    """One row per sector, its evidence terms joined by ';'."""
    by_sector: dict[tuple[str, str], list[str]] = {}
    for h in doc.sectors:
        by_sector.setdefault((h.isic, h.sector), []).append(h.term)
    return [{"article_id": doc.article_id, "isic": isic, "sector": label,
             "terms": ";".join(dict.fromkeys(terms)), "mentions": len(terms)}
            for (isic, label), terms in by_sector.items()]


def actor_rows(doc: Doc) -> list[dict]:
    """One row per distinct actor (name and kind); the first title and region found win."""
    rows: dict[tuple[str, str], dict] = {}
    for a in doc.actors:
        key = (a.name, a.kind)
        if key in rows:
            r = rows[key]
            r["mentions"] += 1
            r["title"] = r["title"] or a.title
            r["region"] = r["region"] or a.region
            r["name_en"] = r["name_en"] or a.name_en
        else:
            rows[key] = {"actor_id": _short_id(doc.article_id, a.name, a.kind),
                         "article_id": doc.article_id, "name": a.name, "kind": a.kind,
                         "title": a.title, "region": a.region, "name_en": a.name_en,
                             "mentions": 1}
    return list(rows.values())


def event_rows(doc: Doc) -> list[dict]:
    """One row per event, in the order found."""
    return [{"event_id": _short_id(doc.article_id, str(i)), "article_id": doc.article_id,
             "event_type": e.event_type, "start": e.start, "end": e.end, "host": e.host,
             "guest": e.guest, "scope": e.scope, "primary": e.primary, "evidence": e.evidence}
            for i, e in enumerate(doc.events)]


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
        rows: dict[str, list[dict]] = {name: [] for name in schema.TABLES}
        builders = {"events": event_rows, "actors": actor_rows,
                    "places": place_rows, "sectors": sector_rows}
        for article, doc in results:
            rows["articles"].append(article.row())
            if doc is not None:
                for name, build in builders.items():
                    rows[name].extend(build(doc))
        return cls(**{name: schema.frame(name, r) for name, r in rows.items()})

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
