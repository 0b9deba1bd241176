"""Corpus scale: streaming, multi-process extraction with incremental output.

STUB, to be replaced.
"""
from __future__ import annotations


def extract_to(inputs, out, format="parquet", workers=1, resume=False, progress=None):
    """Extract ``inputs`` into table files under ``out`` (stub: single process, in memory)."""
    from .pipeline import extract
    tables = extract(inputs, progress=progress)
    tables.write(out, format)
    return tables
