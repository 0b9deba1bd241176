"""The scripted HTML report and the notebook summary.

STUB, to be replaced.
"""
from __future__ import annotations

from html import escape


def summary_html(tables) -> str:
    """A compact HTML summary of extraction tables (stub)."""
    return "<pre>" + escape(repr(tables)) + "</pre>"


def write_report(inputs, out, format="parquet", progress=None):
    """Extract ``inputs`` and write ``out/report.html`` plus the tables (stub)."""
    from pathlib import Path
    from .pipeline import extract
    tables = extract(inputs, progress=progress)
    tables.write(out, format)
    path = Path(out) / "report.html"
    path.write_text("<html><body>" + summary_html(tables) + "</body></html>", encoding="utf-8")
    return path
