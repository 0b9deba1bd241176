"""The package's data files (gazetteers, lexicons, calendars, patterns) and their loaders.

Every file here is UTF-8; lines starting with ``#`` are comments, and the first
of them names the file's source. These small readers are the one way code
reads the files, so that each step's loader (cached in its own module) only
says which file it wants and what it builds from it.
"""
from __future__ import annotations

import csv
import hashlib
import marshal
import os
import sys
import tempfile
from importlib import resources
from pathlib import Path


def path(name: str) -> Path:
    """The path of data file ``name`` (may include a folder, e.g. ``places/cn_names.csv``).

    >>> path("fairs.csv").name
    'fairs.csv'
    """
    return Path(str(resources.files(__name__).joinpath(name)))


def text(name: str) -> str:
    """The whole text of data file ``name``."""
    return path(name).read_text(encoding="utf-8")


def lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of data file ``name``, stripped.

    >>> lines("non_actor_roles.txt")[:2]
    ['本报记者', '特约记者']
    """
    with open(path(name), encoding="utf-8") as f:
        return [s for s in (line.strip() for line in f) if s and not s.startswith("#")]


def rows(name: str) -> list[dict[str, str]]:
    """Rows of CSV data file ``name`` as dicts, comment lines skipped.

    >>> rows("fairs.csv")[0]["key"]
    'ciie'
    """
    with open(path(name), encoding="utf-8", newline="") as f:
        reader = csv.reader(line for line in f if not line.startswith("#"))
        header = next(reader, None)
        if header is None:
            return []
        out = []
        for row in reader:
            if len(row) == len(header):
                out.append(dict(zip(header, row)))     # DictReader's row, at a third of its cost
            elif row:                                   # DictReader skips empty rows
                out.append(_odd_row(header, row))
        return out


def _odd_row(header: list[str], row: list[str]) -> dict:
    # as csv.DictReader makes a row with too few fields (None for the rest) or too many (under None)
    d = dict(zip(header, row))
    if len(row) > len(header):
        d[None] = row[len(header):]
    for key in header[len(row):]:
        d[key] = None
    return d


def cached(name: str, sources, build):
    """``build()``, kept between processes in a file of the temporary folder: what the loaders
    derive from data files (tables, sets, arrays) loads several times faster than it is built.

    The file is named for ``name`` and a key on the ``sources`` (paths of the data files read
    *and* of the module that builds from them: their paths, sizes and times), on this module
    and on the Python version, so a change to any of them makes a new file. ``build`` must give what ``marshal``
    writes (str, bytes, numbers, tuples, lists, dicts, sets): marshal only makes data, so a
    foreign file cannot run code. A file written is complete (written aside, then renamed);
    one that cannot be read or written is simply not used.

    >>> import tempfile
    >>> src = Path(tempfile.mkdtemp()) / "words.txt"
    >>> _ = src.write_text("a b", encoding="utf-8")
    >>> cached("doctest", [src], lambda: src.read_text().split()), cached("doctest", [src], list)
    (['a', 'b'], ['a', 'b'])
    """
    try:
        key = _cache_key(sources)
        file = Path(tempfile.gettempdir()) / f"tradeviz-{name}-{key[:16]}.marshal"
    except (OSError, ValueError):
        return build()
    try:
        with open(file, "rb") as f:
            stored_key, value = marshal.loads(f.read())     # load(f) reads item by item: slower
        if stored_key == key:
            return value
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    _write_cache(file, (key, value))
    _drop_stale(file, name)
    return value


def _cache_key(sources) -> str:
    parts = [sys.version, str(marshal.version)]
    for source in [*sources, __file__]:       # this module's own code too: it writes the files
        st = os.stat(source)
        parts.append(f"{source}|{st.st_size}|{st.st_mtime_ns}")
    return hashlib.sha1("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _write_cache(file: Path, value) -> None:
    tmp = file.with_name(f"{file.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            marshal.dump(value, f)
        os.replace(tmp, file)       # atomic: a reader never sees half a file
    except (OSError, ValueError):
        pass
    finally:
        try:
            tmp.unlink()
        except OSError:
            pass


def _drop_stale(file: Path, name: str) -> None:
    """Remove the files of ``name`` made for earlier data or code: one file a name stays."""
    for old in file.parent.glob(f"tradeviz-{name}-*.marshal"):
        if old != file:
            try:
                old.unlink()
            except OSError:
                pass


def joined(strings) -> str | list[str]:
    """Strings packed for :func:`cached`: one string, newline-joined (marshal writes and reads
    it many times faster than as many strings), or the list itself where one holds a newline.

    >>> joined(["a", "b"]), joined(["a\\nb"]), unjoined(joined(["a", "b"])), unjoined(joined([]))
    ('a\\nb', ['a\\nb'], ['a', 'b'], [])
    """
    strings = list(strings)
    if any("\n" in x for x in strings):
        return strings
    return "\n".join(strings) if strings else []


def unjoined(packed: str | list[str]) -> list[str]:
    """The strings :func:`joined` packed."""
    return packed.split("\n") if isinstance(packed, str) else list(packed)
