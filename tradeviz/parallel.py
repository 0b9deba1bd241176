"""Corpus scale: streaming, multi-process extraction with incremental, resumable output.

:func:`extract_to` reads the inputs lazily, cuts them into batches of
``batch_size`` articles (the same input order always gives the same batches),
and has a pool of worker processes clean, extract and write every batch as one
part file per table. Memory is bounded by a few batches, whatever the corpus
size. Layout of ``out`` while a run is going:

``out/<table>/part-000000.<fmt>``
    one file per batch per table, written as a hidden ``.part-000000.<fmt>.tmp``
    and renamed when complete, so no half-written file ever carries the name of
    a finished one (readers such as ``pl.scan_parquet("out/events/*.parquet")``
    and pyarrow datasets skip dot-files);
``out/_journal.jsonl``
    the run's settings on the first line, then one line per finished batch,
    appended after the batch's files are in place (one ``write`` per line; a
    torn last line is ignored). ``resume=True`` skips the batches it lists and
    redoes every other one, so each article ends up in the output exactly once.

When all batches are done, ``merge=True`` (the default, and what the CLI does)
concatenates the parts in batch order into ``out/<table>.<fmt>`` (the layout
of :meth:`Tables.write`, so the output is the same for any number of workers),
then removes the part folders and the journal. ``merge=False`` keeps the
partitioned dataset. Either way ``out/_manifest.json`` is written last and
records the row counts; its presence means the run is complete. CSV works the
same way: every part is a CSV file with a header, and merging keeps the first
header only.
"""
from __future__ import annotations

import gc
import glob
import json
import os
import shutil
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

import polars as pl

from . import schema
from .errors import Errors, TradevizError
from .tabulate import FORMATS, Tables

JOURNAL = "_journal.jsonl"
MANIFEST = "_manifest.json"
LAYOUT_VERSION = 1
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".json", ".parquet"}


# ---------------------------------------------------------------- batches

def batches(items: Iterable, size: int) -> Iterator[tuple[int, list]]:
    """Consecutive ``(number, items)`` batches of at most ``size`` items, lazily.

    >>> [(n, b) for n, b in batches(range(5), 2)]
    [(0, [0, 1]), (1, [2, 3]), (2, [4])]
    """
    it = iter(items)
    for number in range(1 << 62):
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield number, chunk


def extract_batch(raws: Iterable) -> Tables:
    """The five tables of a batch of raw articles (clean + extract + tabulate).

    >>> from tradeviz.read import RawArticle
    >>> t = extract_batch([RawArticle(source="a", data="山西省代表团访问纽约州。".encode(), article_id="a1")])
    >>> t.articles["article_id"].to_list()
    ['a1']
    """
    from .clean import clean_article
    from .pipeline import extract_article
    return Tables.from_results([extract_article(clean_article(raw)) for raw in raws])


def warm_up() -> None:
    """Build the cached dictionaries and automata once (a worker's initializer).

    The garbage collector is off meanwhile: the caches are hundreds of thousands of
    objects and no garbage, and every full pass over the growing heap would visit them
    all again (a sixth of the time).

    >>> warm_up()
    """
    from .read import RawArticle
    enabled = gc.isenabled()
    gc.disable()
    try:
        extract_batch([RawArticle(source="<warm-up>", article_id="warm-up",
                                  data="山西省代表团于2019年9月24日访问美国纽约州，签署合作协议。"
                                       "A New York delegation visited Shanxi.".encode())])
    finally:
        if enabled:
            gc.enable()


#: Objects made between two passes of the garbage collector's youngest generation during a
#: run (Python's default is 700): extraction makes and drops many small objects per article,
#: and seldom a cycle, so rarer passes find the same garbage for a third of the work.
GC_THRESHOLD = 5000


@contextmanager
def lasting_caches():
    """Within: what the process holds now (the caches :func:`warm_up` built) is left out of
    the garbage collector's passes (``gc.freeze``), as it lives as long as the process, and
    the youngest generation is collected every ``GC_THRESHOLD`` objects. A full pass would
    visit every object of the caches again, a tenth of a second each on a long run.
    Afterwards all is as before (the objects are the collector's again, unless frozen before).

    >>> before = gc.get_threshold()
    >>> with lasting_caches():
    ...     gc.get_freeze_count() > 0, gc.get_threshold()[0]
    (True, 5000)
    >>> gc.get_threshold() == before
    True
    """
    frozen_before = gc.get_freeze_count()
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(threshold[0], GC_THRESHOLD), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if not frozen_before:
            gc.unfreeze()


def _init_worker() -> None:
    """Pool initializer: Ctrl-C is the parent's to handle; then load the dictionaries once
    (and collect garbage as :func:`lasting_caches` does: the worker ends with the pool)."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()
    gc.freeze()
    gc.set_threshold(max(gc.get_threshold()[0], GC_THRESHOLD), *gc.get_threshold()[1:])


def part_name(batch: int, format: str) -> str:
    """The file name of one batch of one table.

    >>> part_name(7, "parquet")
    'part-000007.parquet'
    """
    return f"part-{batch:06d}.{format}"


def _write_frame(df: pl.DataFrame, path: Path, format: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    if format == "parquet":
        df.write_parquet(tmp, compression="zstd", statistics=False)
    else:
        df.write_csv(tmp)
    tmp.replace(path)   # atomic: the final name only ever holds a complete file


def run_batch(batch: int, raws: list, out: str, format: str) -> dict:
    """Extract one batch and write its part files; the journal record of the batch."""
    tables = extract_batch(raws)
    out = Path(out)
    rows = {}
    for name, df in tables:
        _write_frame(df, out / name / part_name(batch, format), format)
        rows[name] = df.height
    errors = tables.articles.filter(pl.col("error").fill_null("") != "").height
    return {"batch": batch, "articles": len(raws), "errors": errors, "rows": rows}


def ipc_batch(batch: int, raws: list) -> tuple[int, dict[str, bytes]]:
    """Extract one batch in a worker; its five tables as Arrow IPC bytes (compact to send back)."""
    import io
    out = {}
    for name, df in extract_batch(raws):
        buf = io.BytesIO()
        df.write_ipc(buf, compression="uncompressed")
        out[name] = buf.getvalue()
    return batch, out


def _result(future: Future):
    """``future.result()``, waking often so that Ctrl-C is seen at once."""
    while not future.done():
        wait([future], timeout=0.2)
    return future.result()


def iter_tables(inputs, workers: int = 1, batch_size: int = 500, progress: bool | None = None) -> Iterator[Tables]:
    """The tables of ``inputs`` one batch at a time, in input order, extracted on ``workers``
    processes: for aggregating a corpus too large to hold, in a notebook or a script.

    >>> sum(t.articles.height for t in iter_tables("seeds/", batch_size=2, progress=False))
    5
    """
    import io
    workers = (os.cpu_count() or 1) if workers == 0 else max(1, int(workers))
    bar = _bar(inputs, progress)
    try:
        todo = batches(iter_inputs(inputs), batch_size)
        if workers == 1:
            for _, raws in todo:
                tables = extract_batch(raws)
                bar.update(len(raws))
                yield tables
            return
        with _pool(workers) as pool:
            window: dict[int, Future] = {}
            sizes: dict[int, int] = {}
            following = 0
            for n, raws in todo:
                window[n], sizes[n] = pool.submit(ipc_batch, n, raws), len(raws)
                while len(window) >= 2 * workers or (window and following in window and window[following].done()):
                    _, frames = _result(window.pop(following))
                    bar.update(sizes.pop(following))
                    following += 1
                    yield Tables(**{name: pl.read_ipc(io.BytesIO(b)) for name, b in frames.items()})
            while window:
                _, frames = _result(window.pop(following))
                bar.update(sizes.pop(following))
                following += 1
                yield Tables(**{name: pl.read_ipc(io.BytesIO(b)) for name, b in frames.items()})
    finally:
        bar.close()


# ---------------------------------------------------------------- input

def frame_rows(df, source: str, offset: int = 0) -> list:
    """Raw articles of a chunk of a table, rows numbered from ``offset`` + 1 of the whole table.

    Rows with an id are named by it, as :func:`tradeviz.read.rows_of_frame` names
    them; rows without one get the number they have in the whole table, so
    reading a table in chunks names every row as reading it at once does.

    >>> import polars as pl
    >>> [r.source for r in frame_rows(pl.DataFrame({"text": ["a", "b"]}), "t.parquet", offset=10)]
    ['t.parquet#11', 't.parquet#12']
    """
    from .read import content_id, rows_of_frame
    raws = list(rows_of_frame(df, source, strict=True))
    for i, raw in enumerate(raws, offset + 1):
        if not raw.meta.get("id"):
            body = raw.data if isinstance(raw.data, str) else ""
            raw.source, raw.article_id = f"{source}#{i}", content_id(f"row {i}", body)
    return raws


def _parquet_rows(path: Path, chunk: int) -> Iterator:
    import pyarrow.parquet as pq
    from .read import TEXT_COLUMNS
    f = pq.ParquetFile(path)
    columns = [c for c in f.schema_arrow.names]
    if not any(c.lower().strip() in TEXT_COLUMNS for c in columns):
        raise ValueError("no text column")
    offset = 0
    for rb in f.iter_batches(batch_size=chunk):
        df = pl.from_arrow(rb)
        yield from frame_rows(df, str(path), offset)
        offset += df.height


def walk_files(folder: Path) -> Iterator[Path]:
    """The files under ``folder`` in the reader's order (sorted paths, hidden parts skipped),
    found one directory at a time instead of listed all at once (a million paths take ~400 MB).

    >>> [p.name for p in walk_files(Path("seeds"))][:1]
    ['000_197c50509feeb9c3.txt']
    """
    entries = sorted(os.scandir(folder), key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from walk_files(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def iter_inputs(inputs, chunk: int = 1000) -> Iterator:
    """Raw articles of ``inputs`` as :func:`tradeviz.read.iter_raw` gives them, but lazily
    all the way: folders are walked a directory at a time, a Parquet table of articles is
    read in chunks of rows, and an iterator of texts is consumed one text at a time.

    >>> [r.source for r in iter_inputs(iter(["第一篇。", "第二篇。"]))]
    ['<text 1>', '<text 2>']
    """
    from .read import MAX_BYTES, iter_raw, read_file
    if isinstance(inputs, (str, Path, bytes)) or hasattr(inputs, "columns"):
        inputs = [inputs]
    n_text = 0
    for item in inputs:
        if isinstance(item, (str, Path)) and _is_file(item, ".parquet"):
            try:
                rows = _parquet_rows(Path(item), chunk)
                first = next(rows, None)
            except Exception:        # not a table of articles: the reader says why
                yield from iter_raw([item])
                continue
            if first is not None:
                yield first
                yield from rows
        elif isinstance(item, (str, Path)) and _is_dir(item):
            for f in walk_files(Path(item)):
                yield from read_file(f, MAX_BYTES)
        else:
            for raw in iter_raw([item]):
                if raw.source == "<text 1>" and isinstance(item, (str, bytes)):
                    n_text += 1          # texts are numbered across the whole input
                    raw.source = f"<text {n_text}>"
                yield raw


def _is_file(item, suffix: str) -> bool:
    try:
        return str(item).lower().endswith(suffix) and Path(item).is_file()
    except (OSError, ValueError):
        return False


def _is_dir(item) -> bool:
    try:
        return len(str(item)) < 4096 and Path(item).is_dir()
    except (OSError, ValueError):
        return False


# ---------------------------------------------------------------- journal

def _settings(inputs, format: str, batch_size: int) -> dict:
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    names = None        # a DataFrame or a one-shot iterator (never consumed here): nothing to name it by
    if isinstance(inputs, (list, tuple)) and all(isinstance(x, (str, Path)) for x in inputs):
        names = [str(x) for x in inputs]
    return {"layout": LAYOUT_VERSION, "format": format, "batch_size": batch_size, "inputs": names}


def read_journal(out: Path) -> tuple[dict | None, dict[int, dict]]:
    """The settings and the finished batches recorded in ``out``'s journal."""
    path = out / JOURNAL
    if not path.exists():
        return None, {}
    settings, done = None, {}
    with open(path, "rb") as f:
        for line in f:
            if not line.endswith(b"\n"):
                break                       # torn last line of a killed run
            try:
                record = json.loads(line)
            except ValueError:
                break
            if settings is None:
                settings = record
            else:
                done[record["batch"]] = record
    return settings, done


def _append(path: Path, record: dict) -> None:
    line = (json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line)                  # one write: a kill leaves the line whole or absent
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_json(path: Path, obj: dict) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(obj, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def _clear(out: Path, format: str) -> None:
    """Remove what an earlier run of ours left in ``out`` (and nothing else)."""
    _clear_parts(out)
    for f in (out / JOURNAL, out / MANIFEST):
        f.unlink(missing_ok=True)


def _drop_unfinished(out: Path, done: dict[int, dict], format: str) -> None:
    """Delete temp files and parts of batches the journal does not list (they are redone)."""
    keep = {part_name(b, format) for b in done}
    for name in schema.TABLES:
        folder = out / name
        if folder.is_dir():
            for f in folder.iterdir():
                if f.name.startswith(".part-") or (f.name.startswith("part-") and f.name not in keep):
                    f.unlink()


# ---------------------------------------------------------------- result

@dataclass
class TableFiles:
    """One written table: its files, its row count, and lazy access to its rows."""

    name: str
    paths: list[Path]
    height: int
    format: str

    def scan(self) -> pl.LazyFrame:
        """The table as a polars LazyFrame over its files."""
        if not self.paths:
            return schema.empty(self.name).lazy()
        if self.format == "parquet":
            return pl.scan_parquet(self.paths)
        return pl.scan_csv(self.paths, schema=schema.TABLES[self.name])

    def collect(self) -> pl.DataFrame:
        """The whole table in memory (for small runs)."""
        return self.scan().collect()

    def __getitem__(self, column: str) -> pl.Series:
        return self.scan().select(column).collect()[column]

    def filter(self, predicate) -> pl.DataFrame:
        """The rows kept by an expression, or by a boolean Series as long as the table."""
        lf = self.scan()
        if isinstance(predicate, pl.Series):
            rows = predicate.arg_true()
            lf = lf.with_row_index("_row").filter(pl.col("_row").is_in(rows.implode())).drop("_row")
        else:
            lf = lf.filter(predicate)
        return lf.collect(engine="streaming")    # the kept rows only, never the whole table


@dataclass
class Written:
    """What :func:`extract_to` wrote: one :class:`TableFiles` per table, iterable like Tables."""

    out: Path
    format: str
    tables: dict[str, TableFiles] = field(default_factory=dict)
    names = tuple(schema.TABLES)

    def __getattr__(self, name: str) -> TableFiles:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    def __iter__(self):
        return iter((name, self.tables[name]) for name in self.names)

    def to_tables(self) -> Tables:
        """All five tables in memory as :class:`Tables` (for small runs)."""
        return Tables(**{name: t.collect() for name, t in self})

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={t.height}" for name, t in self)
        return f"Written({str(self.out)!r}, {counts})"


def _written(out: Path, manifest: dict) -> Written:
    fmt = manifest["format"]
    result = Written(out=out, format=fmt)
    for name in schema.TABLES:
        if manifest.get("merged", True):
            paths = [out / f"{name}.{fmt}"]
        else:
            paths = [out / name / part_name(b, fmt) for b in range(manifest["batches"])]
        result.tables[name] = TableFiles(name, paths, manifest["rows"][name], fmt)
    return result


def load(out: str | Path) -> Written:
    """The tables of a finished :func:`extract_to` run in ``out`` (refuses an unfinished one)."""
    out = Path(out)
    path = out / MANIFEST
    if not path.exists():
        raise TradevizError(Errors.RUN_UNFINISHED.format(out=str(out)))
    return _written(out, json.loads(path.read_text(encoding="utf-8")))


# ---------------------------------------------------------------- merge

def _merge(out: Path, name: str, batches_n: int, format: str) -> Path:
    parts = [out / name / part_name(b, format) for b in range(batches_n)]
    final = out / f"{name}.{format}"
    tmp = final.with_name(f".{final.name}.tmp")
    if format == "parquet":
        import pyarrow.parquet as pq
        writer = None
        try:
            for p in parts:            # one part in memory at a time
                table = pq.ParquetFile(p).read()     # not read_table: it loads pyarrow.dataset and pandas (0.3 s)
                if writer is None:
                    writer = pq.ParquetWriter(tmp, table.schema, compression="zstd", write_statistics=False)
                writer.write_table(table)
            if writer is None:
                schema.empty(name).write_parquet(tmp)
        finally:
            if writer is not None:
                writer.close()
    else:
        with open(tmp, "wb") as dst:
            if not parts:
                schema.empty(name).write_csv(dst)
            for i, p in enumerate(parts):
                with open(p, "rb") as src:
                    if i:
                        src.readline()     # the header (never spans lines) only once
                    shutil.copyfileobj(src, dst, 1 << 20)
    tmp.replace(final)
    return final


# ---------------------------------------------------------------- progress

def count_inputs(inputs) -> int | None:
    """How many articles ``inputs`` hold, when cheap to know (for the progress bar's ETA)."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    if hasattr(inputs, "shape") and hasattr(inputs, "columns"):
        return int(inputs.shape[0])
    if not isinstance(inputs, (list, tuple)):     # a one-shot iterator must not be consumed
        return None
    total = 0
    for item in inputs:
        if not isinstance(item, (str, Path)):
            return None
        try:
            paths = [Path(item)] if Path(item).exists() else [Path(p) for p in sorted(glob.glob(str(item)))]
        except (OSError, ValueError):       # article text too long or odd to be a path
            return None
        if not paths:
            return None
        for p in paths:
            if p.is_dir():
                total += _count_files(p)
            elif p.suffix.lower() == ".parquet":
                import pyarrow.parquet as pq
                total += pq.ParquetFile(p).metadata.num_rows
            elif p.suffix.lower() in TABLE_SUFFIXES:
                return None
            else:
                total += 1
    return total


def _count_files(folder: Path) -> int:
    """Files the reader would read under ``folder`` (hidden files and folders skipped)."""
    n = 0
    for _, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        n += sum(1 for f in files if not f.startswith("."))
    return n


class _NoBar:
    """What ``_bar`` gives when there is no bar to show: tqdm's calls, doing nothing."""

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _bar(inputs, enabled: bool | None):
    """A progress bar over ``inputs`` (its ETA from :func:`count_inputs`), or none when ``enabled`` is False."""
    if enabled is False:
        return _NoBar()        # neither count the inputs nor import tqdm.auto (a tenth of a second)
    total = count_inputs(inputs)
    from tqdm.auto import tqdm
    # disable=None: tqdm shows the bar only on a terminal (or in a notebook)
    return tqdm(total=total, unit=" articles", desc="extracting", smoothing=0.05,
                disable=None if enabled is None else False)


# ---------------------------------------------------------------- the run

def _pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing as mp
    method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context(method), initializer=_init_worker)


def extract_to(inputs, out, format="parquet", workers=1, resume=False, progress=None,
               batch_size: int = 500, merge: bool = True) -> Written:
    """Extract ``inputs`` into table files under ``out``, streaming, on ``workers`` processes.

    ``workers=0`` uses one process per core; ``workers=1`` runs in this process.
    ``resume=True`` finishes an interrupted run in ``out``. The files are the
    same, byte for byte, for any number of workers. ``progress``: None shows a
    bar (rate, ETA) on a terminal or in a notebook, True always, False never.

    Workers are started with ``forkserver`` (``spawn`` where there is none), as
    forking a process that runs polars threads can deadlock; so a *script*
    that calls this with ``workers != 1`` must do so under
    ``if __name__ == "__main__":`` (notebooks and the ``tradeviz`` command need nothing).

    >>> import tempfile
    >>> w = extract_to("seeds/", tempfile.mkdtemp(), format="csv", progress=False)
    >>> w.articles.height, sorted(p.name for p in w.out.glob("*.csv"))[:2]
    (5, ['actors.csv', 'articles.csv'])
    """
    if format not in FORMATS:
        raise TradevizError(Errors.BAD_FORMAT.format(fmt=format))
    if batch_size < 1:
        raise TradevizError(Errors.BAD_BATCH_SIZE.format(size=batch_size))
    workers = (os.cpu_count() or 1) if workers == 0 else max(1, int(workers))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    settings = _settings(inputs, format, batch_size)

    done: dict[int, dict] = {}
    if resume:
        if (out / MANIFEST).exists():
            manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
            _check_same(out, manifest.get("settings", {}), settings)
            return _written(out, manifest)
        theirs, done = read_journal(out)
        if theirs is None:
            resume = False
        else:
            _check_same(out, theirs, settings)
            batch_size = theirs["batch_size"]
            settings = theirs
            _drop_unfinished(out, done, format)
    if not resume:
        _clear(out, format)
        _append(out / JOURNAL, settings)
    for name in schema.TABLES:
        (out / name).mkdir(exist_ok=True)

    bar = _bar(inputs, progress)
    n_batches = 0
    try:
        todo = ((n, raws) for n, raws in batches(iter_inputs(inputs), batch_size)
                if not _skipped(n, raws, done, bar))
        if workers == 1:
            warm_up()
            with lasting_caches():
                for n, raws in todo:
                    _finish(out, run_batch(n, raws, str(out), format), done, bar)
        else:
            _run_pool(todo, workers, out, format, done, bar)
        n_batches = max(done) + 1 if done else 0
    finally:
        bar.close()
    return _finalise(out, settings, done, n_batches, merge)


def _skipped(n: int, raws: list, done: dict, bar) -> bool:
    if n in done:
        bar.update(len(raws))
        return True
    return False


def _finish(out: Path, record: dict, done: dict, bar) -> None:
    _append(out / JOURNAL, record)
    done[record["batch"]] = record
    bar.update(record["articles"])


def _run_pool(todo, workers: int, out: Path, format: str, done: dict, bar) -> None:
    """Keep at most two batches per worker in flight, so memory stays flat."""
    pending: set[Future] = set()
    with _pool(workers) as pool:
        try:
            for n, raws in todo:
                pending.add(pool.submit(run_batch, n, raws, str(out), format))
                pending = _drain(pending, 2 * workers - 1, out, done, bar)
            _drain(pending, 0, out, done, bar)
        except BaseException:
            # Ctrl-C or a failed batch: stop now. Finished batches are in the journal;
            # a worker killed mid-batch leaves only a hidden temp file, removed on resume.
            for f in pending:
                f.cancel()
            for proc in list((getattr(pool, "_processes", None) or {}).values()):
                proc.terminate()
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _drain(pending: set, keep: int, out: Path, done: dict, bar) -> set:
    """Journal finished batches until at most ``keep`` are in flight."""
    while len(pending) > keep:
        # short timeouts: a signal delivered to another thread must not wait for a whole batch
        finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
        for f in finished:
            _finish(out, f.result(), done, bar)
    return pending


def _check_same(out: Path, theirs: dict, ours: dict) -> None:
    keys = ("layout", "format", "inputs")
    a = {k: theirs.get(k) for k in keys}
    b = {k: ours.get(k) for k in keys}
    if a != b:
        raise TradevizError(Errors.RESUME_MISMATCH.format(out=str(out), theirs=a, ours=b))


def _finalise(out: Path, settings: dict, done: dict, n_batches: int, merge: bool) -> Written:
    missing = [b for b in range(n_batches) if b not in done]
    if missing:   # cannot happen unless files were removed during the run
        raise TradevizError(Errors.RUN_UNFINISHED.format(out=str(out)))
    fmt = settings["format"]
    rows = {name: sum(done[b]["rows"][name] for b in range(n_batches)) for name in schema.TABLES}
    manifest = {"settings": settings, "format": fmt, "batches": n_batches, "merged": merge,
                "rows": rows, "errors": sum(done[b]["errors"] for b in range(n_batches))}
    if merge:
        for name in schema.TABLES:
            _merge(out, name, n_batches, fmt)
    _write_json(out / MANIFEST, manifest)
    if merge:
        _clear_parts(out)
    (out / JOURNAL).unlink(missing_ok=True)
    return _written(out, manifest)


def _clear_parts(out: Path) -> None:
    """Remove the part files of every table (and their folders once empty)."""
    for name in schema.TABLES:
        folder = out / name
        if folder.is_dir():
            for f in folder.iterdir():
                if f.name.startswith(("part-", ".part-")):
                    f.unlink()
            if not any(folder.iterdir()):
                folder.rmdir()
