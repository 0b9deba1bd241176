"""Every message tradeviz shows a user, in one place (as spaCy keeps its Errors).

Row-level problems become the ``error`` column of the articles table; wrong
calls raise :class:`TradevizError` with one of these messages.
"""


class TradevizError(ValueError):
    """A wrong call: bad arguments, an input that does not exist, a bad option."""


class Errors:
    NO_INPUT = "no input given: pass a path, a glob, a string, a list of strings or a DataFrame"
    NOT_FOUND = "input not found: {path!r} is neither a file, a folder nor a glob that matches anything"
    BAD_FORMAT = "unknown output format {fmt!r}: choose 'parquet' or 'csv'"
    BAD_BACKEND = "unknown backend {backend!r}: choose 'polars' or 'pandas'"
    NO_TEXT_COLUMN = "table {source!r} has no text column (looked for {candidates}); columns are {columns}"
    EMPTY = "empty file"
    UNREADABLE = "could not read the file: {detail}"
    BINARY = "binary file (not text): {detail}"
    UNDECODABLE = "could not decode the bytes as text in any known encoding"
    TOO_LARGE = "file is {mb:.1f} MB, over the {limit_mb} MB limit for one article"
    NO_TEXT_IN_HTML = "HTML page with no article text"
    NO_TEXT = "no text left after cleaning"
    CLEAN_FAILED = "cleaning failed: {detail}"
    TABLE_UNREADABLE = "could not read table: {detail}"
    EXTRACT_FAILED = "extraction failed: {detail}"
    MISSING_DEPENDENCY = "{purpose} needs {package}: pip install {package}"
    MISSING_EXTRA = "{feature} needs {package}: pip install 'tradeviz[{extra}]'"
    RESUME_MISMATCH = "cannot resume in {out!r}: it holds a run with {theirs}, not {ours}; run again without --resume to start over"
    RUN_UNFINISHED = "no finished run in {out!r}: finish it with --resume (resume=True)"
    BAD_BATCH_SIZE = "batch size must be at least 1, not {size!r}"
    NO_COLUMN = "no column {column!r} in the articles; columns are {columns}"
