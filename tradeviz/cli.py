"""The ``tradeviz`` command: ``read``, ``extract`` (and later ``report``)."""
from __future__ import annotations

import argparse
import sys
import time

from .errors import TradevizError


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="PATH",
                   help="files, folders (recursive), globs, or tables (.csv/.jsonl/.parquet) of articles")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the output tables")
    p.add_argument("--format", default="parquet", choices=("parquet", "csv"), help="table file format")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="worker processes (0: one per core); output is the same for any N")
    p.add_argument("--resume", action="store_true",
                   help="finish an interrupted run in --out without redoing or duplicating articles")


def _summary(articles, seconds: float) -> str:
    n = articles.height
    errors = articles.filter(articles["error"].fill_null("") != "").height
    return f"{n} articles read, {errors} with errors, in {seconds:.1f} s"


def cmd_read(args) -> int:
    from .pipeline import read
    from .tabulate import write_table
    t0 = time.perf_counter()
    articles = read(args.inputs, progress=False if args.quiet else None)
    path = write_table(articles, args.out, "articles", args.format)
    print(_summary(articles, time.perf_counter() - t0) + f"; wrote {path}")
    return 0


def cmd_extract(args) -> int:
    from .pipeline import extract
    t0 = time.perf_counter()
    if args.workers != 1 or args.resume:
        from .parallel import extract_to
        tables = extract_to(args.inputs, args.out, format=args.format, workers=args.workers,
                            resume=args.resume, progress=False if args.quiet else None)
        paths = list(tables.names)
    else:
        tables = extract(args.inputs, progress=False if args.quiet else None)
        paths = tables.write(args.out, args.format)
    counts = ", ".join(f"{df.height} {name}" for name, df in tables if name != "articles")
    print(_summary(tables.articles, time.perf_counter() - t0) + f"; {counts}; wrote {len(paths)} tables to {args.out}")
    return 0


def cmd_report(args) -> int:
    from .report import write_report
    t0 = time.perf_counter()
    path = write_report(args.inputs, args.out, format=args.format, progress=False if args.quiet else None)
    print(f"report written to {path} in {time.perf_counter() - t0:.1f} s")
    return 0


def build_parser() -> argparse.ArgumentParser:
    from . import __version__
    ap = argparse.ArgumentParser(prog="tradeviz", description=__doc__.splitlines()[0])
    ap.add_argument("--version", action="version", version=f"tradeviz {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("read", help="read and clean articles into the articles table")
    _add_common(p)
    p.set_defaults(func=cmd_read)
    p = sub.add_parser("extract", help="extract the five tables (articles, events, actors, places, sectors)")
    _add_common(p)
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("report", help="write a self-contained HTML report (and the tables) for the articles")
    _add_common(p)
    p.set_defaults(func=cmd_report)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except TradevizError as exc:
        print(f"tradeviz: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
