"""The ``tradeviz`` command as a user runs it."""
from __future__ import annotations

import subprocess
import sys

import polars as pl

from tradeviz import schema
from tradeviz.cli import main


def test_extract_writes_all_tables_as_csv(seeds_dir, tmp_path, capsys):
    assert main(["extract", str(seeds_dir), "--out", str(tmp_path), "--format", "csv", "--quiet"]) == 0
    for name in schema.TABLES:
        df = pl.read_csv(tmp_path / f"{name}.csv", infer_schema=False)
        assert df.columns == list(schema.TABLES[name])
    out = capsys.readouterr().out
    assert "5 articles read, 0 with errors" in out


def test_read_writes_the_articles_table_and_reports_counts(seeds_dir, tmp_path, capsys):
    assert main(["read", str(seeds_dir), "--out", str(tmp_path), "--quiet"]) == 0
    assert pl.read_parquet(tmp_path / "articles.parquet").height == 5
    assert "5 articles read" in capsys.readouterr().out


def test_missing_input_is_an_error_message_not_a_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "tradeviz.cli", "extract", str(tmp_path / "nope.txt"),
                           "--out", str(tmp_path / "o")], capture_output=True, text=True)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "nope.txt" in proc.stderr


def test_console_script_has_help():
    proc = subprocess.run([sys.executable, "-m", "tradeviz.cli", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    for command in ("read", "extract", "report"):
        assert command in proc.stdout
