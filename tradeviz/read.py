"""Reading: paths, folders, globs, tables, strings and DataFrames into raw articles.

Every input article becomes one :class:`RawArticle`, failed ones included (with
``error`` set), so the articles table has one row per input article. Decoding
bytes to text is :func:`decode`; the cleaner calls it.
"""
from __future__ import annotations

import codecs
import glob as globlib
import hashlib
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .errors import Errors, TradevizError

#: Largest file read as one article; bigger ones become an error row. Pass
#: ``max_bytes`` to :func:`iter_raw`, or change the default for every call:
#: ``importlib.import_module("tradeviz.read").MAX_BYTES = 50 * 2**20`` (the name
#: ``tradeviz.read`` itself is the ``tv.read`` function).
MAX_BYTES = 20 * 1024 * 1024

HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml", ".php", ".asp", ".aspx", ".jsp"}
MD_SUFFIXES = {".md", ".markdown"}
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".parquet"}
TEXT_COLUMNS = ("text", "content", "body", "article", "article_text", "full_text", "正文", "内容")
META_COLUMNS = {"id": ("id", "article_id", "doc_id"), "title": ("title", "headline", "标题"),
                "url": ("url", "link", "source_url"), "date": ("date", "published", "pubdate",
                                                             "publish_date", "时间", "日期")}
_MAGIC = {b"%PDF": "PDF", b"PK\x03\x04": "ZIP/Office", b"\x89PNG": "PNG", b"GIF8": "GIF",
          b"\xff\xd8\xff": "JPEG", b"\x1f\x8b": "gzip", b"\x7fELF": "executable",
          b"MZ": "executable", b"PAR1": "Parquet", b"RIFF": "RIFF media", b"\xd0\xcf\x11\xe0": "OLE/Office"}
_GLOB_CHARS = set("*?[")


@dataclass(slots=True)
class RawArticle:
    """One input article before cleaning: the undecoded bytes (or a str)."""

    source: str                     # path as given, id column value, or "<text N>"
    data: bytes | str
    kind: str = "txt"               # txt | html | md
    meta: dict = field(default_factory=dict)   # title/url/date/id from table columns
    error: str = ""                 # set when the input could not be read at all
    article_id: str = ""


def content_id(*parts: str | bytes) -> str:
    """A stable 16-hex id of the parts (file name and bytes, or row id and text).

    >>> content_id("a.txt", b"hello") == content_id("a.txt", b"hello")
    True
    >>> len(content_id("x"))
    16
    """
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8") if isinstance(p, str) else p)
        h.update(b"\0")
    return h.hexdigest()[:16]


def kind_of(path: Path) -> str:
    """``html``, ``md``, ``table`` or ``txt`` from a file's suffix.

    >>> kind_of(Path("a/b.HTM")), kind_of(Path("x.parquet")), kind_of(Path("n"))
    ('html', 'table', 'txt')
    """
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MD_SUFFIXES:
        return "md"
    if suffix in TABLE_SUFFIXES:
        return "table"
    return "txt"


def _looks_like_path(s: str) -> bool:
    """True for a short one-line string that reads as a file name, folder or glob."""
    if not s or len(s) > 400 or "\n" in s or s != s.strip():
        return False
    if s.startswith(("http://", "https://")):
        return False
    p = Path(s)
    return (p.suffix.lower() in HTML_SUFFIXES | MD_SUFFIXES | TABLE_SUFFIXES | {".txt"}
            or s.endswith(("/", "\\")) or s.startswith(("./", "../", "~/", ".\\"))
            or (bool(_GLOB_CHARS & set(s)) and "/" in s)
            # "data/articles": ASCII with a separator and no spaces; a sentence is not a path
            or (s.isascii() and ("/" in s or "\\" in s) and " " not in s and not s.replace("/", "").isdigit()))


def expand(spec: str | Path) -> list[Path]:
    """The files a path, folder (recursive) or glob names, sorted; [] when none.

    >>> expand("no/such/file.txt")
    []
    """
    s = str(spec)
    p = Path(s)
    if p.is_file():
        return [p]
    if p.is_dir():
        return list(folder_files(p))
    if _GLOB_CHARS & set(s):
        out: list[Path] = []
        for m in sorted(globlib.glob(s, recursive=True)):
            out.extend(expand(m) if Path(m).is_dir() else [Path(m)])
        return out
    return []


def folder_files(folder: Path) -> Iterator[Path]:
    """The files under ``folder`` in sorted order, hidden files and folders skipped, found one
    directory at a time: what ``sorted(folder.rglob("*"))`` keeps of them, without listing and
    sorting the whole tree before the first file (symbolic links to folders are not followed,
    a folder that may not be read is skipped, as rglob does).

    >>> [p.name for p in folder_files(Path("seeds"))][:1]
    ['000_197c50509feeb9c3.txt']
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except PermissionError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        path = folder / entry.name
        if is_dir:
            yield from folder_files(path)
        elif path.is_file():
            yield path


def _is_dataframe(x) -> bool:
    mod = type(x).__module__
    return (mod.startswith("polars") or mod.startswith("pandas")) and hasattr(x, "columns")


def iter_raw(inputs, max_bytes: int | None = None) -> Iterator[RawArticle]:
    """Raw articles from ``inputs`` in a stable order.

    ``inputs``: a path, folder, glob or article text (str), a ``Path``, a
    pandas/polars DataFrame, or a list of any of these.

    >>> [r.source for r in iter_raw(["第一篇文章。", "Second article."])]
    ['<text 1>', '<text 2>']
    """
    if inputs is None or (isinstance(inputs, (list, tuple)) and not inputs):
        raise TradevizError(Errors.NO_INPUT)
    items = [inputs] if isinstance(inputs, (str, Path, bytes)) or _is_dataframe(inputs) else list(inputs)
    limit = MAX_BYTES if max_bytes is None else max_bytes
    n_text = 0
    for item in items:
        if _is_dataframe(item):
            yield from rows_of_frame(item, "<dataframe>", strict=True)
        elif isinstance(item, Path) or (isinstance(item, str) and (_looks_like_path(item) or _exists(item))):
            if _is_folder(item):     # read while walked: the first article comes at once
                for f in folder_files(Path(str(item))):
                    yield from read_file(f, limit)
                continue
            files = expand(item)
            if not files and not Path(item).is_dir():    # an empty folder is zero articles
                raise TradevizError(Errors.NOT_FOUND.format(path=str(item)))
            for f in files:
                yield from read_file(f, limit)
        elif isinstance(item, (str, bytes)):
            n_text += 1
            yield RawArticle(source=f"<text {n_text}>", data=item, kind="txt",
                             article_id=content_id("<text>", item))
        else:
            raise TradevizError(Errors.NO_INPUT)


def _is_folder(item) -> bool:
    try:
        return Path(str(item)).is_dir()
    except (OSError, ValueError):
        return False


def _exists(s: str) -> bool:
    try:
        return len(s) < 4096 and "\n" not in s and Path(s).exists()
    except OSError:
        return False


def read_file(path: Path, limit: int = MAX_BYTES) -> Iterator[RawArticle]:
    """The raw article(s) of one file: one for a text/HTML/markdown file, one per row of a table."""
    kind = kind_of(path)
    source = str(path)
    try:
        size = path.stat().st_size
        data = path.read_bytes() if size <= limit else b""
    except OSError as exc:       # unreadable (permissions, vanished): its row says so, the run goes on
        yield RawArticle(source=source, data=b"", error=Errors.UNREADABLE.format(detail=exc.strerror or exc),
                         article_id=content_id(path.name, "unreadable"))
        return
    if size > limit:
        yield RawArticle(source=source, data=b"", kind=kind if kind != "table" else "txt",
                         error=Errors.TOO_LARGE.format(mb=size / 2**20, limit_mb=round(limit / 2**20, 1)),
                         article_id=content_id(path.name, f"size={size}"))
        return
    if kind == "table":
        yield from rows_of_table(path, data)
        return
    if kind == "txt" and _sniff_html(data):
        kind = "html"
    yield RawArticle(source=source, data=data, kind=kind, article_id=content_id(path.name, data))


def _sniff_html(data: bytes) -> bool:
    head = data[:512].lstrip(codecs.BOM_UTF8).lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<") and b"<body" in data[:4096].lower())


def rows_of_table(path: Path, data: bytes) -> Iterator[RawArticle]:
    """One raw article per row of a CSV/TSV/JSONL/Parquet table of articles; an unreadable
    table or one without a text column gives one error row."""
    import io

    import polars as pl
    suffix = path.suffix.lower()
    encoding = ""
    try:
        if suffix == ".parquet":
            df = pl.read_parquet(io.BytesIO(data))
        elif suffix in (".jsonl", ".ndjson"):
            text, encoding = decode(data)
            df = pl.read_ndjson(io.BytesIO(text.encode("utf-8")), infer_schema_length=None)
        else:
            text, encoding = decode(data)     # tables saved in GBK or with a BOM read as well
            df = pl.read_csv(io.BytesIO(text.encode("utf-8")), separator="\t" if suffix == ".tsv" else ",",
                             infer_schema=False)
    except Exception as exc:  # any parse failure is this file's row error, the run goes on
        yield RawArticle(source=str(path), data=b"", error=Errors.TABLE_UNREADABLE.format(
            detail=f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"),
            article_id=content_id(path.name, data))
        return
    for raw in rows_of_frame(df, str(path), strict=False, file_id=content_id(path.name, data)):
        raw.meta["encoding"] = encoding          # of the table file; the cleaner records it
        yield raw


def _find_column(columns: list[str], candidates) -> str | None:
    lower = {c.lower().strip(): c for c in columns}
    for cand in candidates:
        if cand in lower:
            return lower[cand]
    return None


def rows_of_frame(df, source: str, strict: bool, file_id: str = "") -> Iterator[RawArticle]:
    """One raw article per row of a pandas/polars frame. Without a text column: raise
    (``strict``, a DataFrame passed in Python) or give one error row (a table file)."""
    columns = [str(c) for c in df.columns]
    text_col = _find_column(columns, TEXT_COLUMNS)
    if text_col is None:
        msg = Errors.NO_TEXT_COLUMN.format(source=source, candidates=", ".join(TEXT_COLUMNS), columns=columns)
        if strict:
            raise TradevizError(msg)
        yield RawArticle(source=source, data=b"", error=msg, article_id=file_id or content_id(source))
        return
    meta_cols = {k: _find_column(columns, v) for k, v in META_COLUMNS.items()}
    records = df.to_dicts() if hasattr(df, "to_dicts") else df.to_dict("records")
    for i, rec in enumerate(records, 1):
        meta = {k: _str(rec.get(c)) for k, c in meta_cols.items() if c and _str(rec.get(c))}
        text = rec.get(text_col)
        text = "" if text is None or text != text else str(text)   # NaN from pandas
        row_source = meta.get("id") or f"{source}#{i}"
        yield RawArticle(source=row_source, data=text, kind="txt", meta=meta,
                         error="" if text.strip() else Errors.EMPTY,
                         article_id=content_id(meta.get("id") or f"row {i}", text))


def _str(v) -> str:
    if v is None or v != v:
        return ""
    return str(v).strip()


# ---------------------------------------------------------------- decoding

#: Encodings tried by charset-normalizer after the fast paths (BOM, strict UTF-8):
#: those of Chinese and US websites.
CANDIDATE_ENCODINGS = ["gb18030", "big5", "big5hkscs", "utf_16", "cp1252", "latin_1", "shift_jis", "euc_kr"]
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


class DecodeError(ValueError):
    """Bytes that are not text (binary, empty, undecodable); the message is the row error."""


_DECLARED = re.compile(rb"""(?i)<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""")


def declared_charset(data: bytes) -> str:
    """The charset an HTML page declares in its first bytes, or "".

    >>> declared_charset(b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    'gb2312'
    """
    m = _DECLARED.search(data[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else ""


def decode(data: bytes, declared: str = "") -> tuple[str, str]:
    """(text, encoding name) of ``data``; raises :class:`DecodeError` with a user message.

    >>> decode("河南省首批从美国堪萨斯州进口大豆，线上启运仪式在郑州举行。".encode("gbk"))[1]
    'gb18030'
    >>> decode(b"plain")
    ('plain', 'utf-8')
    """
    if not data.strip():
        raise DecodeError(Errors.EMPTY)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                raise DecodeError(Errors.UNDECODABLE) from None
            if not text.strip():
                raise DecodeError(Errors.EMPTY)
            return text, enc
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise DecodeError(Errors.BINARY.format(detail=f"looks like {what}"))
    if b"\0" in data[:8192]:
        raise DecodeError(Errors.BINARY.format(detail="holds NUL bytes"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _declared(data, declared) or _detect(data)
    if _control_share(text) > 0.05:
        raise DecodeError(Errors.BINARY.format(detail="mostly control characters"))
    return text, "utf-8"


def _declared(data: bytes, declared: str) -> tuple[str, str] | None:
    """The text in the page's declared charset when the bytes decode in it without error."""
    enc = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5"}.get(declared, declared)
    if not enc or enc.replace("-", "").replace("_", "") in ("utf8",):
        return None
    if enc in ("gb18030", "big5"):
        enc = _likelier_chinese(data, enc)     # pages mislabel Big5 as GB2312 and back
    try:
        return data.decode(enc), codecs.lookup(enc).name
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes
    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        raise DecodeError(Errors.UNDECODABLE)
    enc = best.encoding
    if enc in ("gb2312", "gbk"):
        enc = "gb18030"          # its superset: same text, fewer failures
    if enc in ("gb18030", "big5", "big5hkscs", "shift_jis"):   # not euc_kr: Hangul reads as common Han
        enc = _likelier_chinese(data, enc)
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise DecodeError(Errors.UNDECODABLE) from None
    if _control_share(text) > 0.05:
        raise DecodeError(Errors.BINARY.format(detail="mostly control characters"))
    return text, enc


def _likelier_chinese(data: bytes, guess: str) -> str:
    """GB18030 or Big5, whichever reads as commoner Chinese (short texts fool the detector).

    Both decode many byte strings without error; wrongly decoded text is full of rare
    characters. A character counts as common when its simplified form is in GB2312's
    level-1 block (the 3,755 most frequent characters) or is a GB2312 symbol.
    """
    scores = {}
    for enc in dict.fromkeys([guess, "gb18030", "big5"]):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        scores[enc] = (_common_share(text), sum(map(_PUNCTUATION.__contains__, text)))
    if guess not in ("gb18030", "big5", "big5hkscs"):
        # another script (Korean, Japanese) was guessed: switch only for near-certain Chinese
        scores = {e: v for e, v in scores.items() if e == guess or v[0] >= 0.9}
    return max(scores, key=lambda e: (scores[e], e == guess)) if scores else guess


# typographic punctuation of Chinese and English pages: breaks ties between decodings of
# text that is mostly ASCII (English with curly quotes decodes as symbols in Big5)
_PUNCTUATION = frozenset("“”‘’—…、。，：；！？（）《》「」·")


def _common_share(text: str) -> float:
    import numpy as np

    from .convert import t2s
    codes = np.frombuffer(t2s(text[:20000]).encode("utf-32-le"), dtype=np.uint32)
    wide = codes[codes > 0x7F]
    if not len(wide):
        return 1.0
    mask = _common_mask()
    return float(mask[np.minimum(wide, len(mask) - 1)].mean())


@lru_cache(maxsize=1)
def _common_mask():
    """Per BMP code point: is it a GB2312 symbol or level-1 (most frequent) character?"""
    import numpy as np
    mask = np.zeros(0x10000, dtype=bool)
    for lead in [*range(0xA1, 0xAA), *range(0xB0, 0xD8)]:
        for trail in range(0xA1, 0xFF):
            try:
                mask[ord(bytes((lead, trail)).decode("gb2312"))] = True
            except UnicodeDecodeError:
                pass
    mask[0xFFFF] = False          # code points above the BMP are clipped onto this one
    return mask


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _control_share(text: str) -> float:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)
