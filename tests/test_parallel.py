"""Corpus-scale extraction: same bytes for any number of workers, safe against kills, resumable."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import tradeviz as tv
from tradeviz import parallel, schema
from tradeviz.errors import TradevizError

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir) -> list[Path]:
    """The seeds plus 40 generated articles of every language kind."""
    gen = tmp_path_factory.mktemp("generated")
    generate.write_files(gen, 40, seed=3)
    return [seeds_dir, gen]


def _bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith((".", "_"))}


def _same_tables(written, tables) -> None:
    for name, df in tables:
        assert_frame_equal(written.tables[name].collect(), df)


def test_batches_are_consecutive_and_lazy():
    def endless():
        i = 0
        while True:
            yield i
            i += 1
    first = next(parallel.batches(endless(), 3))   # would hang if the input were materialised
    assert first == (0, [0, 1, 2])


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_output_is_identical_for_any_number_of_workers(corpus, tmp_path, fmt):
    one = parallel.extract_to(corpus, tmp_path / "w1", format=fmt, workers=1, progress=False, batch_size=7)
    two = parallel.extract_to(corpus, tmp_path / "w2", format=fmt, workers=2, progress=False, batch_size=7)
    assert _bytes(tmp_path / "w1") == _bytes(tmp_path / "w2")
    assert sorted(_bytes(tmp_path / "w1")) == sorted(f"{n}.{fmt}" for n in schema.TABLES)
    assert one.articles.height == two.articles.height == 45
    _same_tables(two, tv.extract(corpus, progress=False))


def test_partitioned_output_has_one_part_per_batch(corpus, tmp_path):
    w = parallel.extract_to(corpus, tmp_path / "parts", workers=2, progress=False, batch_size=10, merge=False)
    parts = sorted(p.name for p in (tmp_path / "parts" / "events").iterdir())
    assert parts == [parallel.part_name(b, "parquet") for b in range(5)]
    events = pl.scan_parquet(tmp_path / "parts" / "events" / "*.parquet").collect()
    assert_frame_equal(events, tv.extract(corpus, progress=False).events)
    assert parallel.load(tmp_path / "parts").events.height == w.events.height == events.height


def test_an_interrupted_run_is_unfinished_and_resume_completes_it(corpus, tmp_path, monkeypatch):
    out = tmp_path / "run"
    real = parallel.run_batch

    def dies_at_batch_3(batch, *args):
        if batch == 3:
            raise KeyboardInterrupt
        return real(batch, *args)

    monkeypatch.setattr(parallel, "run_batch", dies_at_batch_3)
    with pytest.raises(KeyboardInterrupt):
        parallel.extract_to(corpus, out, workers=1, progress=False, batch_size=6)
    monkeypatch.undo()
    settings, done = parallel.read_journal(out)
    assert sorted(done) == [0, 1, 2] and settings["batch_size"] == 6
    # what a kill can leave: a torn journal line, a temp file, a part of an unjournaled batch
    with open(out / parallel.JOURNAL, "ab") as f:
        f.write(b'{"batch": 5, "art')
    (out / "articles" / ".part-000003.parquet.tmp").write_bytes(b"PAR1 half written")
    (out / "articles" / "part-000004.parquet").write_bytes(b"not what batch 4 holds")
    assert not (out / "articles.parquet").exists()
    with pytest.raises(TradevizError, match="resume"):
        parallel.load(out)
    # readers of the partitioned folder never pick up the temp file
    assert not any(p.name.endswith(".tmp") for p in (out / "articles").glob("*.parquet"))

    w = parallel.extract_to(corpus, out, workers=1, progress=False, batch_size=6, resume=True)
    clean = parallel.extract_to(corpus, tmp_path / "clean", workers=1, progress=False, batch_size=6)
    assert _bytes(out) == _bytes(tmp_path / "clean")
    ids = w.articles["article_id"]
    assert ids.len() == 45 and ids.n_unique() == 45
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [parallel.MANIFEST] + [f"{n}.parquet" for n in schema.TABLES])
    assert clean.articles.height == 45


def test_resume_after_kill_9_gives_every_article_exactly_once(tmp_path, seeds_dir):
    gen = tmp_path / "gen"
    generate.write_files(gen, 150, seed=11)
    out = tmp_path / "run"
    code = ("import sys; from tradeviz.parallel import extract_to; "
            f"extract_to([{str(gen)!r}], {str(out)!r}, workers=1, progress=False, batch_size=3)")
    proc = subprocess.Popen([sys.executable, "-c", code], start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        _, done = parallel.read_journal(out)
        if len(done) >= 3 or proc.poll() is not None:
            break
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / parallel.MANIFEST).exists(), "the run ended before it could be killed"
    w = parallel.extract_to([gen], out, workers=2, progress=False, batch_size=3, resume=True)
    ids = w.articles["article_id"].to_list()
    expected = tv.extract([gen], progress=False).articles["article_id"].to_list()
    assert ids == expected and len(set(ids)) == 150


def test_resume_refuses_another_run_and_a_finished_run_is_kept(corpus, tmp_path):
    out = tmp_path / "run"
    parallel.extract_to(corpus, out, format="csv", progress=False, batch_size=20)
    before = _bytes(out)
    again = parallel.extract_to(corpus, out, format="csv", progress=False, batch_size=20, resume=True)
    assert _bytes(out) == before and again.articles.height == 45
    with pytest.raises(TradevizError, match="cannot resume"):
        parallel.extract_to(corpus, out, format="parquet", progress=False, resume=True)


def test_manifest_records_row_counts(corpus, tmp_path):
    w = parallel.extract_to(corpus, tmp_path / "m", progress=False, batch_size=8)
    manifest = json.loads((tmp_path / "m" / parallel.MANIFEST).read_text())
    assert manifest["rows"]["articles"] == 45 and manifest["batches"] == 6
    assert {n: t.height for n, t in w} == {n: t.collect().height for n, t in w}


def test_cli_workers_and_resume(corpus, tmp_path, capsys):
    from tradeviz.cli import main
    args = ["extract", *map(str, corpus), "--format", "csv", "--quiet"]
    assert main([*args, "--out", str(tmp_path / "a"), "--workers", "2"]) == 0
    assert "45 articles read" in capsys.readouterr().out
    assert main([*args, "--out", str(tmp_path / "b")]) == 0
    assert _bytes(tmp_path / "a") == _bytes(tmp_path / "b")
    assert main([*args, "--out", str(tmp_path / "a"), "--workers", "2", "--resume"]) == 0


def test_count_inputs_for_the_progress_bar(corpus, tmp_path):
    assert parallel.count_inputs(corpus) == 45
    (corpus[1] / ".marker").touch()   # hidden files are not articles
    assert parallel.count_inputs(corpus) == 45
    assert parallel.count_inputs(str(corpus[1] / "0000" / "*.txt")) == 40
    assert parallel.count_inputs(["some text that is not a path"]) is None


def test_a_parquet_table_is_streamed_in_chunks_with_the_readers_names(tmp_path):
    from tradeviz.read import iter_raw
    with_ids = tmp_path / "with_ids.parquet"
    generate.write_parquet(with_ids, 23, seed=2, rows_per_group=5)
    bare = tmp_path / "bare.parquet"
    pl.read_parquet(with_ids).select("text").write_parquet(bare, row_group_size=4)
    for path in (with_ids, bare):
        streamed = [(r.source, r.article_id, r.data) for r in parallel.iter_inputs([path], chunk=4)]
        whole = [(r.source, r.article_id, r.data) for r in iter_raw([path])]
        assert streamed == whole and len(streamed) == 23
    w = parallel.extract_to([bare, with_ids], tmp_path / "out", workers=1, progress=False, batch_size=10)
    _same_tables(w, tv.extract([bare, with_ids], progress=False))


def test_folders_are_walked_lazily_in_the_readers_order(tmp_path, seeds_dir):
    from tradeviz.read import iter_raw
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for rel in ["a.txt", "b/c/z.txt", "b/a b.txt", "b.txt", "B.txt", ".hidden/x.txt", "b/.dot.txt", "b/c.txt"]:
        (tmp_path / rel).write_text(f"{rel} 山西省代表团访问纽约州。", encoding="utf-8")
    for inputs in ([tmp_path], [seeds_dir, str(tmp_path)]):
        lazy = [(r.source, r.article_id) for r in parallel.iter_inputs(inputs)]
        assert lazy == [(r.source, r.article_id) for r in iter_raw(inputs)]
    assert len(lazy) == 5 + 6


def test_iter_tables_streams_batches_in_input_order(corpus):
    one = list(parallel.iter_tables(corpus, workers=1, batch_size=8, progress=False))
    two = list(parallel.iter_tables(corpus, workers=2, batch_size=8, progress=False))
    assert [t.articles.height for t in one] == [8, 8, 8, 8, 8, 5]
    for name in schema.TABLES:
        assert_frame_equal(pl.concat([getattr(t, name) for t in two]), pl.concat([getattr(t, name) for t in one]))
    assert_frame_equal(pl.concat([t.events for t in one]), tv.extract(corpus, progress=False).events)


def test_a_generator_of_texts_is_read_once_lazily(tmp_path):
    texts = (f"第{i}篇：山西省代表团访问纽约州。" for i in range(12))
    w = parallel.extract_to(texts, tmp_path / "gen", workers=1, progress=False, batch_size=5)
    assert w.articles.height == 12
    assert w.articles["source"].to_list() == [f"<text {i}>" for i in range(1, 13)]
