"""The whole flow for a user: read → clean → extract → tabulate."""
from __future__ import annotations

from typing import Iterable, Iterator

from .clean import Article, clean_article
from .errors import Errors, TradevizError
from .extract import Doc, extract_doc
from .read import iter_raw
from .tabulate import Tables


def iter_articles(inputs) -> Iterator[Article]:
    """Cleaned articles, one per input article, failed ones included (with ``error``)."""
    for raw in iter_raw(inputs):
        yield clean_article(raw)


def doc_of(article: Article) -> Doc:
    """The extraction document of a cleaned article."""
    return Doc(article_id=article.article_id, text=article.text, title=article.title,
               published=article.published, language=article.language, url=article.url,
               parts=list(article.parts))


def extract_article(article: Article) -> tuple[Article, Doc | None]:
    """One article through the extraction chain; an exception becomes its ``error``."""
    if article.error:
        return article, None
    try:
        return article, extract_doc(doc_of(article))
    except Exception as exc:  # one bad article must not end the run
        article.error = Errors.EXTRACT_FAILED.format(detail=f"{type(exc).__name__}: {exc}")
        return article, None


def _progress(items: Iterable, enabled: bool | None, desc: str):
    if enabled is False:
        return items
    from tqdm.auto import tqdm
    return tqdm(items, desc=desc, unit=" articles", disable=None if enabled is None else False)


def _convert(df, backend: str):
    if backend == "polars":
        return df
    if backend == "pandas":
        return df.to_pandas()
    raise TradevizError(Errors.BAD_BACKEND.format(backend=backend))


def read(inputs, backend: str = "polars", progress: bool | None = None):
    """The articles table of ``inputs`` (paths, folders, globs, strings or a DataFrame).

    >>> df = read("seeds/")
    >>> df.height, df.columns[:3]
    (5, ['article_id', 'source', 'title'])
    """
    tables = Tables.from_results([(a, None) for a in _progress(iter_articles(inputs), progress, "reading")])
    return _convert(tables.articles, backend)


def extract(inputs, backend: str = "polars", progress: bool | None = None) -> Tables:
    """All five tables for ``inputs``.

    >>> t = extract("seeds/")
    >>> t.articles.height
    5
    """
    if backend not in ("polars", "pandas"):
        raise TradevizError(Errors.BAD_BACKEND.format(backend=backend))
    results = [extract_article(a) for a in _progress(iter_articles(inputs), progress, "extracting")]
    tables = Tables.from_results(results)
    if backend == "pandas":
        for name, df in tables:
            setattr(tables, name, df.to_pandas())
    return tables
