"""Benchmark the whole pipeline (read, clean, extract, write) against bare ``jieba.lcut``.

    python benchmarks/run.py --articles 2000 --workers 1 --json
    python benchmarks/run.py --articles 2000 --workers 2 --json --steps 0
    python benchmarks/run.py --articles 2000 --workers 1,2 --json   # one line per run, plus speedup

Generates a corpus (benchmarks/generate.py, not timed), runs
``tradeviz.parallel.extract_to`` on it, then times ``jieba.lcut`` single-process
over the same cleaned text (the articles table's ``text`` column), and prints
one JSON object. MB are megabytes (1e6 bytes) of cleaned UTF-8 text, the same
basis for the pipeline and for jieba. ``ratio_vs_jieba`` is the pipeline's
MB/s per worker over jieba's MB/s. ``peak_rss_mb`` is the largest sum of the
resident memory of this process and all its descendants (the worker pool),
sampled every 50 ms while the pipeline runs. ``steps`` times every step of
the chain in this process on the first ``--steps`` articles, to show where
extraction spends its time (``--profile`` adds a pyinstrument report on stderr).

With several worker counts (``--workers 1,2``) every run prints one line, and
runs after the first add ``speedup`` (wall time of the first over this one)
and ``cpu_speedup`` (``workers x`` first run's CPU seconds over this run's):
the speedup the pool would reach on otherwise idle cores, which is what to
read on a shared, loaded machine.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402


class MemorySampler(threading.Thread):
    """Peak RSS of this process plus its descendants, and their CPU seconds."""

    def __init__(self, interval: float = 0.05):
        super().__init__(daemon=True)
        self.interval, self.peak, self.cpu = interval, 0, {}
        self._halt = threading.Event()

    def run(self) -> None:
        try:
            import psutil
        except ImportError:     # without psutil: getrusage's maxrss of self and of waited-for children
            return
        me = psutil.Process()
        base = {}      # CPU already spent before the run (imports, earlier runs) is not counted
        for p in [me] + me.children(recursive=True):
            t = p.cpu_times()
            base[p.pid] = t.user + t.system
        while not self._halt.is_set():
            total = 0
            for p in [me] + me.children(recursive=True):
                try:
                    total += p.memory_info().rss
                    t = p.cpu_times()
                    self.cpu[p.pid] = t.user + t.system - base.get(p.pid, 0.0)
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def text_sample(out: Path, fmt: str, limit: int) -> tuple[float, list[str]]:
    """MB of cleaned text in the articles table, and the texts of its first ``limit`` rows."""
    import polars as pl
    path = out / f"articles.{fmt}"
    lf = pl.scan_parquet(path) if fmt == "parquet" else pl.scan_csv(path, infer_schema=False)
    mb = lf.select(pl.col("text").fill_null("").str.len_bytes().sum()).collect().item() / 1e6
    texts = lf.select(pl.col("text").fill_null("")).head(limit).collect()["text"].to_list()
    return mb, texts


def jieba_rate(texts: list[str]) -> float:
    """MB/s of bare ``jieba.lcut`` over ``texts`` (dictionary loading not timed)."""
    import jieba
    jieba.setLogLevel(60)
    jieba.initialize()
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    t0 = time.perf_counter()
    for t in texts:
        jieba.lcut(t)
    return mb / (time.perf_counter() - t0)


def step_times(corpus: Path, n: int, profile: bool) -> dict:
    """Seconds spent in each step of the pipeline on the first ``n`` articles, in this process."""
    from itertools import islice
    from tradeviz.clean import clean_article
    from tradeviz.extract import actors, dates, events, places, sectors
    from tradeviz.parallel import warm_up
    from tradeviz.pipeline import doc_of
    from tradeviz.read import iter_raw
    from tradeviz.tabulate import Tables

    warm_up()
    steps = [("places", places.find_places, "places"), ("dates", dates.find_dates, "dates"),
             ("sectors", sectors.find_sectors, "sectors"), ("actors", actors.find_actors, "actors"),
             ("events", events.find_events, "events")]
    spent = {k: 0.0 for k in ["read", "clean", *[s[0] for s in steps], "tabulate", "write"]}
    profiler = None
    if profile:
        from pyinstrument import Profiler
        profiler = Profiler()
        profiler.start()
    t = time.perf_counter()
    raws = list(islice(iter_raw(corpus), n))
    spent["read"] = time.perf_counter() - t
    results = []
    for raw in raws:
        t = time.perf_counter()
        article = clean_article(raw)
        spent["clean"] += time.perf_counter() - t
        doc = doc_of(article)
        for name, find, attr in steps:
            t = time.perf_counter()
            setattr(doc, attr, find(doc))
            spent[name] += time.perf_counter() - t
        results.append((article, doc))
    t = time.perf_counter()
    tables = Tables.from_results(results)
    spent["tabulate"] = time.perf_counter() - t
    t = time.perf_counter()
    tables.write(tempfile.mkdtemp(prefix="tv_steps_"), "parquet")
    spent["write"] = time.perf_counter() - t
    if profiler is not None:
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False), file=sys.stderr)
    total = sum(spent.values()) or 1.0
    # the chain may grow: say if extract_doc calls steps this breakdown does not know
    known = {"find_places", "find_dates", "find_sectors", "find_actors", "find_events"}
    import importlib
    import inspect
    import re
    chain = importlib.import_module("tradeviz.extract")
    unknown = sorted(set(re.findall(r"\bfind_\w+", inspect.getsource(chain.extract_doc))) - known)
    return {"articles": len(raws), "seconds": {k: round(v, 4) for k, v in spent.items()},
            "share": {k: round(v / total, 3) for k, v in spent.items()},
            "slowest": max(spent, key=spent.get), "unlisted_steps": unknown}


def run_once(corpus: Path, tmp: Path, a, workers: int, raw_mb: float, generate_s: float) -> dict:
    """One timed pipeline run on ``corpus`` with ``workers`` processes, and the jieba yardstick."""
    from tradeviz.parallel import extract_to
    out = tmp / f"out{workers}"

    sampler = MemorySampler()
    sampler.start()
    t = time.perf_counter()
    written = extract_to([corpus], out, format=a.format, workers=workers,
                         progress=False if a.json else None, batch_size=a.batch_size)
    seconds = time.perf_counter() - t
    sampler.stop()

    mb, texts = text_sample(out, a.format, a.jieba_articles)
    jieba = jieba_rate(texts)
    mb_per_s = mb / seconds
    cpu = sum(sampler.cpu.values())
    result = {
        "articles": written.articles.height, "workers": workers, "mb": round(mb, 3), "raw_mb": round(raw_mb, 3),
        "seconds": round(seconds, 3), "articles_per_s": round(written.articles.height / seconds, 1),
        "mb_per_s": round(mb_per_s, 4), "jieba_mb_per_s": round(jieba, 4),
        "ratio_vs_jieba": round(mb_per_s / workers / jieba, 3),
        "cpu_seconds": round(cpu, 2), "mb_per_cpu_s": round(mb / cpu, 4) if cpu else None,
        "peak_rss_mb": round(sampler.peak / 2**20, 1) if sampler.peak else round(
            (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024, 1),
        "maxrss_self_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "maxrss_children_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "rows": {name: t.height for name, t in written},
        "errors": written.articles.filter(written.articles["error"].fill_null("") != "").height,
        "generate_seconds": round(generate_s, 2), "format": a.format, "batch_size": a.batch_size,
        "load_average": round(os.getloadavg()[0], 2), "cpus": os.cpu_count(),
    }
    shutil.rmtree(out, ignore_errors=True)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", default="1", help="0: one per core; a comma list runs each on the same corpus")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--format", default="parquet", choices=("parquet", "csv"))
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--jieba-articles", type=int, default=2000,
                    help="time jieba on the first N cleaned articles (its rate does not depend on N)")
    ap.add_argument("--steps", type=int, default=300, help="per-step timing on the first N articles (0: skip)")
    ap.add_argument("--profile", action="store_true", help="pyinstrument report of the step run on stderr")
    ap.add_argument("--corpus", help="reuse (or create) the corpus in this folder")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--json", action="store_true", help="print one JSON object only")
    a = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="tv_bench_"))
    corpus = Path(a.corpus) if a.corpus else tmp / "corpus"
    marker = corpus / f".generated-{a.articles}-{a.seed}"
    t = time.perf_counter()
    if not marker.exists():
        if corpus.exists():
            shutil.rmtree(corpus)
        generate.write_files(corpus, a.articles, a.seed)
        marker.touch()
    generate_s = time.perf_counter() - t
    raw_mb = sum(f.stat().st_size for f in corpus.rglob("*.txt")) / 1e6
    first = None
    counts = [int(w) for w in str(a.workers).split(",")]
    for k, w in enumerate(counts):
        if len(counts) == 1:
            result = run_once(corpus, tmp, a, (os.cpu_count() or 1) if w == 0 else w, raw_mb, generate_s)
        else:   # each count in a fresh process, so one run's memory and caches do not weigh on the next
            args = [sys.executable, __file__, "--articles", str(a.articles), "--seed", str(a.seed),
                    "--workers", str(w), "--corpus", str(corpus), "--format", a.format, "--batch-size",
                    str(a.batch_size), "--jieba-articles", str(a.jieba_articles), "--steps", "0", "--json"]
            result = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
        if first is None:
            first = result
        else:
            result["speedup"] = round(first["seconds"] / result["seconds"], 3)
            result["cpu_speedup"] = round(result["workers"] * first["cpu_seconds"] / result["cpu_seconds"], 3)
        if k < len(counts) - 1:
            print(json.dumps(result, ensure_ascii=False), flush=True)
    if a.steps:
        result["steps"] = step_times(corpus, a.steps, a.profile)
    if not a.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        result["folder"] = str(tmp)
    if a.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
