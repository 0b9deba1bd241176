"""Reading + cleaning speed on a generated corpus, and the t2s converter's speed.

Builds a corpus of ``--files`` articles in a temporary folder by varying the seeds
(paragraphs shuffled and resampled, an index line added), saved in mixed encodings
(UTF-8, UTF-8 with BOM, UTF-16, GB18030, Big5 where the text allows) and partly
wrapped as HTML pages with navigation and footers; then times ``iter_articles``
over it (one process) and the converter against ``opencc.OpenCC('t2s')``.

    .venv/bin/python benchmarks/read_bench.py            # printed figures
    .venv/bin/python benchmarks/read_bench.py --json     # one JSON object

Not a test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import html
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tradeviz.convert import reference, t2s  # noqa: E402
from tradeviz.pipeline import iter_articles  # noqa: E402

ENCODINGS = ["utf-8", "utf-8", "utf-8-sig", "utf-16", "gb18030", "big5"]


def seed_texts() -> list[str]:
    return [f.read_text("utf-8") for f in sorted((ROOT / "seeds").glob("*.txt"))]


def variant(text: str, rng: random.Random, i: int) -> str:
    """A new article from a seed: some paragraphs resampled and shuffled, an index line."""
    paras = [p for p in text.split("\n") if p.strip()]
    head, body = paras[:3], paras[3:]
    rng.shuffle(body)
    body = body + rng.sample(body, k=min(len(body), rng.randint(0, 3)))
    return "\n".join(head + body + [f"(No. {i})"])


def as_html(text: str) -> str:
    lines = text.split("\n")
    paras = "".join(f"<p>{html.escape(x)}</p>" for x in lines[1:])
    return (f"<!DOCTYPE html><html><head><title>{html.escape(lines[0])} - 新闻网</title>"
            "<style>p{margin:0}</style><script>var s=1;</script></head><body>"
            "<div class='nav'><a href='/'>首页</a> | <a href='/n'>新闻</a></div>"
            f"<div class='main'><h1>{html.escape(lines[0])}</h1><div id='content'>{paras}</div></div>"
            "<div class='footer'>版权所有 © 新闻网 京ICP备000000号</div></body></html>")


def build_corpus(folder: Path, n: int, seed: int = 0) -> tuple[int, int]:
    """Write ``n`` articles to ``folder``; (files, bytes)."""
    rng = random.Random(seed)
    seeds = seed_texts()
    total = 0
    for i in range(n):
        text = variant(seeds[i % len(seeds)], rng, i)
        is_html = i % 5 == 4
        if is_html:
            text = as_html(text)
        enc = ENCODINGS[i % len(ENCODINGS)]
        try:
            data = text.encode(enc)
        except UnicodeEncodeError:
            enc, data = "utf-8", text.encode("utf-8")
        (folder / f"a{i:05d}.{'html' if is_html else 'txt'}").write_bytes(data)
        total += len(data)
    return n, total


def time_reading(folder: Path) -> dict:
    t0, c0 = time.perf_counter(), time.process_time()
    arts = list(iter_articles(folder))
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    nbytes = sum(f.stat().st_size for f in folder.iterdir())
    # CPU seconds too: on a shared machine wall time measures the neighbours as well
    return {"articles": len(arts), "errors": sum(1 for a in arts if a.error), "seconds": round(dt, 3),
            "cpu_seconds": round(cpu, 3), "articles_per_s": round(len(arts) / dt, 1),
            "mb_per_s": round(nbytes / dt / 1e6, 2), "articles_per_cpu_s": round(len(arts) / cpu, 1),
            "mb_per_cpu_s": round(nbytes / cpu / 1e6, 2), "mb": round(nbytes / 1e6, 2)}


def time_converter() -> dict:
    seeds = seed_texts()
    trad = "\n".join(seeds[i] for i in (1, 2, 4)) * 30          # the traditional seeds
    simp = seeds[0] * 100                                          # nothing to convert: the gate
    out = {}
    for name, text in (("traditional", trad), ("simplified", simp)):
        mb = len(text.encode("utf-8")) / 1e6
        t0 = time.perf_counter()
        t2s(text)
        out[f"t2s_{name}_mb_per_s"] = round(mb / (time.perf_counter() - t0), 1)
    sample = trad[:100_000]
    t0 = time.perf_counter()
    ref = reference().convert(sample)
    out["reference_mb_per_s"] = round(len(sample.encode("utf-8")) / 1e6 / (time.perf_counter() - t0), 2)
    out["same_output"] = ref == t2s(sample)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=3000, help="articles in the generated corpus")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    t2s("預熱")                      # build the tables outside the timings
    with tempfile.TemporaryDirectory(prefix="tradeviz_bench_") as tmp:
        build_corpus(Path(tmp), args.files)
        reading = time_reading(Path(tmp))
    result = {"reading": reading, "converter": time_converter()}
    if args.json:
        print(json.dumps(result))
    else:
        r, c = result["reading"], result["converter"]
        print(f"read+clean: {r['articles']} articles ({r['mb']} MB, {r['errors']} errors) in {r['seconds']} s: "
              f"{r['articles_per_s']} articles/s, {r['mb_per_s']} MB/s "
              f"({r['articles_per_cpu_s']} articles, {r['mb_per_cpu_s']} MB per CPU second)")
        print(f"t2s: {c['t2s_traditional_mb_per_s']} MB/s on traditional text, "
              f"{c['t2s_simplified_mb_per_s']} MB/s on simplified text; reference opencc "
              f"{c['reference_mb_per_s']} MB/s; same output: {c['same_output']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
