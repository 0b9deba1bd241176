"""Cleaning: decoding, HTML to text, noise removal, metadata, language, t2s.

STUB, to be replaced.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .read import RawArticle


@dataclass(slots=True)
class Article:
    """One row of the articles table, plus what extraction needs."""

    article_id: str
    source: str
    title: str = ""
    published: str = ""
    language: str = ""
    text: str = ""
    error: str = ""
    url: str = ""
    publisher: str = ""
    encoding: str = ""
    images: list[str] = field(default_factory=list)
    parts: list[tuple[str, int, int]] = field(default_factory=list)

    def row(self) -> dict:
        """The articles-table row of this article."""
        return {"article_id": self.article_id, "source": self.source, "title": self.title,
                "published": self.published, "language": self.language, "text": self.text,
                "error": self.error, "url": self.url, "publisher": self.publisher,
                "encoding": self.encoding, "images": len(self.images), "chars": len(self.text)}


def clean_article(raw: RawArticle) -> Article:
    """The cleaned article of one raw input."""
    text = raw.data.decode("utf-8") if isinstance(raw.data, bytes) else raw.data
    return Article(article_id=raw.article_id, source=raw.source, text=text, encoding="utf-8")
