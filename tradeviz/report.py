"""The scripted HTML report and the notebook summary of extraction tables.

:func:`summary_html` is what Jupyter shows for a :class:`tradeviz.Tables`;
:func:`write_report` (``tradeviz report PATH... --out DIR``) extracts, writes
the tables and a self-contained ``report.html`` (charts embedded as PNG).
"""
from __future__ import annotations

import base64
import functools
import io
from html import escape
from pathlib import Path
from string import Template

import polars as pl

from . import data

TOP = 10
NONE = '<p class="muted" style="color:#888">—</p>'


def _t(tables, name: str) -> pl.DataFrame:
    from .plot import _table
    return _table(tables, name)


def _col(df: pl.DataFrame, name: str) -> pl.Expr:
    """A string column with nulls as ''."""
    return pl.col(name).cast(pl.String).fill_null("")


def failed_articles(tables) -> pl.DataFrame:
    """Articles whose ``error`` is not empty (source, error)."""
    arts = _t(tables, "articles")
    if not arts.height:
        return pl.DataFrame(schema={"source": pl.String, "error": pl.String})
    return arts.filter(_col(arts, "error") != "").select(_col(arts, "source").alias("source"),
                                                         _col(arts, "error").alias("error"))


def event_date_counts(tables) -> dict[str, int]:
    """Events by how precisely their start is known: day, month, year, year_unknown, none.

    >>> import polars as pl
    >>> event_date_counts(pl.DataFrame({"start": ["2015-09", "--09-24", ""]}))
    {'day': 0, 'month': 1, 'year': 0, 'year_unknown': 1, 'none': 1}
    """
    from .plot import _str, when
    out = dict.fromkeys(("day", "month", "year", "year_unknown", "none"), 0)
    for s in _str(_t(tables, "events"), "start"):
        out[when(s).precision] += 1
    return out


def date_range(tables) -> tuple[str, str] | None:
    """The first and last event dates with a known year, as written (partial ISO), or None.

    >>> import polars as pl
    >>> date_range(pl.DataFrame({"start": ["2015-09", "2014", "--09-24"], "end": ["", "", ""]}))
    ('2014', '2015-09')
    """
    from .plot import _str, when
    ev = _t(tables, "events")
    dated = [(when(d).lo, when(d).hi, d) for d in _str(ev, "start") + _str(ev, "end") if when(d).lo]
    if not dated:
        return None
    return min(dated)[2], max(dated, key=lambda t: t[1])[2]


def top_regions(tables, n: int = TOP, lang: str = "zh") -> pl.DataFrame:
    """Regions (provinces, states) by the number of articles naming them, with mentions.

    Places below a province count for their province; countries are left out.
    """
    from .plot import region_label
    pl_ = _t(tables, "places")
    if not pl_.height:
        return pl.DataFrame(schema={"region": pl.String, "name": pl.String, "articles": pl.UInt32,
                                    "mentions": pl.Int64})
    # provinces and states (a country has no region: "China" says nothing about where)
    df = pl_.with_columns(_col(pl_, "region").alias("region")).filter(pl.col("region") != "")
    df = df.group_by("region").agg(pl.col("article_id").n_unique().alias("articles"),
                                  pl.col("mentions").cast(pl.Int64).sum().alias("mentions"))
    df = df.sort(["articles", "mentions", "region"], descending=[True, True, False]).head(n)
    return df.with_columns(pl.col("region").map_elements(lambda c: region_label(c, lang),
                                                         return_dtype=pl.String).alias("name")) \
             .select("region", "name", "articles", "mentions")


def top_sectors(tables, n: int = TOP, lang: str = "zh") -> pl.DataFrame:
    """ISIC sections by the number of articles naming them, with their most frequent terms."""
    from .plot import section_label
    sec = _t(tables, "sectors")
    if not sec.height:
        return pl.DataFrame(schema={"section": pl.String, "articles": pl.UInt32, "terms": pl.String})
    df = sec.with_columns(_col(sec, "isic").str.slice(0, 1).str.to_uppercase().alias("letter"),
                          _col(sec, "terms").str.split(";").alias("term"))
    terms = df.explode("term").filter(pl.col("term") != "").group_by("letter", "term").len() \
        .sort(["len", "term"], descending=[True, False]).group_by("letter", maintain_order=True) \
        .agg(pl.col("term").head(6).str.join("、").alias("terms"))
    df = df.group_by("letter").agg(pl.col("article_id").n_unique().alias("articles")) \
        .join(terms, on="letter", how="left").sort(["articles", "letter"], descending=[True, False]).head(n)
    return df.select(pl.col("letter").map_elements(lambda s: section_label(s, lang), return_dtype=pl.String)
                     .alias("section"), "articles", pl.col("terms").fill_null(""))


def top_actors(tables, n: int = TOP) -> pl.DataFrame:
    """Named people and organisations by the number of articles, then mentions."""
    act = _t(tables, "actors")
    if not act.height:
        return pl.DataFrame(schema={"name": pl.String, "kind": pl.String, "title": pl.String,
                                    "region": pl.String, "articles": pl.UInt32})
    mentions = pl.col("mentions").cast(pl.Int64).sum() if "mentions" in act.columns else pl.len()
    df = act.with_columns(_col(act, "title").alias("title"), _col(act, "region").alias("region"))
    return df.group_by("name", "kind").agg(
        pl.col("title").filter(pl.col("title") != "").first().fill_null("").alias("title"),
        pl.col("region").filter(pl.col("region") != "").first().fill_null("").alias("region"),
        pl.col("article_id").n_unique().alias("articles"), mentions.alias("mentions"),
    ).sort(["articles", "mentions", "name"], descending=[True, True, False]).head(n) \
        .select("name", "kind", "title", "region", "articles")


def scope_counts(tables) -> dict[str, int]:
    """Events per scope, in the order of :data:`tradeviz.plot.SCOPES`, unknown last."""
    from .plot import SCOPES, UNKNOWN, _str
    counts: dict[str, int] = {}
    for s in _str(_t(tables, "events"), "scope"):
        s = s if s in SCOPES else UNKNOWN
        counts[s] = counts.get(s, 0) + 1
    return {s: counts[s] for s in (*SCOPES, UNKNOWN) if s in counts}


# --------------------------------------------------------------------------- HTML pieces

def html_table(df: pl.DataFrame, headers: dict[str, str] | None = None, caption: str = "",
               limit: int | None = None) -> str:
    """A plain HTML table of a frame, every cell escaped; numbers right-aligned.

    >>> html_table(pl.DataFrame({"a": ["<x>"], "n": [3]}))
    '<table><thead><tr><th>a</th><th>n</th></tr></thead><tbody><tr><td>&lt;x&gt;</td><td class="num">3</td></tr></tbody></table>'
    """
    if not df.height:
        return (f"<div><b>{escape(caption)}</b>{NONE}</div>" if caption else NONE)
    headers = headers or {}
    numeric = {c for c, t in df.schema.items() if t.is_numeric()}
    head = "".join(f"<th>{escape(headers.get(c, c))}</th>" for c in df.columns)
    rows = []
    for row in (df.head(limit) if limit else df).iter_rows(named=True):
        cells = "".join(
            f'<td class="num">{escape(str(v))}</td>' if c in numeric else
            f"<td>{escape('' if v is None else str(v))}</td>" for c, v in row.items())
        rows.append(f"<tr>{cells}</tr>")
    cap = f"<caption style='text-align:left;font-weight:bold'>{escape(caption)}</caption>" if caption else ""
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def summary_html(tables) -> str:
    """A compact HTML summary: counts per table, errors, event dates, scopes, top regions and sectors.

    >>> from tradeviz import Tables
    >>> "0</b> articles" in summary_html(Tables.from_results([]))
    True
    """
    from .plot import WORDS, region_label
    scope_words = WORDS["en"]["scope"]
    badge = ("<span class='tv-badge' style='background:#f2f5f9;border-radius:6px;padding:2px 8px;"
             "margin-right:6px;display:inline-block'><b>{n}</b> {name}</span>")
    counts = "".join(badge.format(n=_t(tables, name).height, name=name)
                     for name in ("articles", "events", "actors", "places", "sectors"))
    lines = []
    failed = failed_articles(tables)
    if failed.height:
        shown = ", ".join(escape(Path(s).name or s) for s in failed["source"].head(5).to_list())
        more = f" …and {failed.height - 5} more" if failed.height > 5 else ""
        lines.append(f"<span style='color:#a33'>{failed.height} article(s) with errors</span>: {shown}{more}")
    else:
        lines.append("no article with errors")
    ev = _t(tables, "events")
    if ev.height:
        rng = date_range(tables)
        dates = event_date_counts(tables)
        apart = dates["year_unknown"] + dates["none"]
        span = f"events from {escape(rng[0])} to {escape(rng[1])}" if rng else "no event with a known year"
        lines.append(span + (f"; {apart} without a year or date" if apart else ""))
        sc = scope_counts(tables)
        lines.append("scopes: " + ", ".join(f"{escape(scope_words.get(s, s))} {n}" for s, n in sc.items()))
    regions = top_regions(tables, 5)
    if regions.height:
        lines.append("top regions: " + ", ".join(
            f"{escape(region_label(r, 'en'))} ({n})" for r, n in zip(regions["region"], regions["articles"])))
    sectors = top_sectors(tables, 5, lang="en")
    if sectors.height:
        lines.append("top sectors: " + ", ".join(
            f"{escape(s)} ({n})" for s, n in zip(sectors["section"], sectors["articles"])))
    items = "".join(f"<li>{ln}</li>" for ln in lines)
    return (f"<div class='tv-summary'><div class='tv-badges'>{counts}</div>"
            f"<ul style='margin:.3em 0 0 1.2em;padding:0'>{items}</ul></div>")


def figure_html(ax, caption: str, alt: str) -> str:
    """A figure as an embedded PNG (base64) with a caption; closes the figure."""
    import matplotlib.pyplot as plt
    fig = ax.figure if hasattr(ax, "figure") else ax
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return (f'<figure><img alt="{escape(alt)}" src="data:image/png;base64,{data}">'
            f"<figcaption>{escape(caption)}</figcaption></figure>")


MAX_ARTICLES_LISTED = 200


def events_html(tables, max_articles: int = MAX_ARTICLES_LISTED) -> str:
    """The events with their date, sides, type, scope and evidence sentence, grouped by article.

    A corpus of thousands of articles would make a page nobody reads (and tens of
    MB): past ``max_articles`` articles only the primary events are listed, and a
    note says how many rows are in the events table.
    """
    from .plot import WORDS, exchange_label
    ev, arts = _t(tables, "events"), _t(tables, "articles")
    if not ev.height:
        return NONE
    note = ""
    if ev["article_id"].n_unique() > max_articles:
        total = ev.height
        ev = ev.filter(pl.col("primary").fill_null(False))
        keep = ev["article_id"].unique(maintain_order=True).head(max_articles)
        ev = ev.filter(pl.col("article_id").is_in(keep.implode()))
        note = (f"<p class='muted'>The primary events of the first {keep.len()} articles; "
                f"all {total} events are in the events table.</p>")
    title_of = {a: (t or Path(s or "").name) for a, t, s in
                zip(arts["article_id"].to_list(), arts["title"].fill_null("").to_list(),
                    arts["source"].fill_null("").to_list())} if arts.height else {}
    source_of = dict(zip(arts["article_id"].to_list(), arts["source"].fill_null("").to_list())) \
        if arts.height else {}
    types, scopes = WORDS["zh"]["type"], WORDS["en"]["scope"]
    rows, current = [], None
    for e in ev.iter_rows(named=True):
        if e["article_id"] != current:
            current = e["article_id"]
            rows.append(f"<tr class='art'><th colspan='5'>{escape(title_of.get(current, current))} "
                        f"<span class='muted'>{escape(Path(source_of.get(current, '')).name)}</span></th></tr>")
        start, end = e.get("start") or "", e.get("end") or ""
        when = escape(start + (f" – {end}" if end and end != start else "")) or \
            "<span class='warn'>no date</span>"
        star = " ★" if e.get("primary") else ""
        rows.append(
            f"<tr><td class='nowrap'>{when}</td>"
            f"<td class='nowrap'>{escape(exchange_label(e.get('host') or '', e.get('guest') or ''))}</td>"
            f"<td class='nowrap'>{escape(types.get(e.get('event_type') or '', e.get('event_type') or ''))}{star}</td>"
            f"<td class='nowrap'>{escape(scopes.get(e.get('scope') or '', e.get('scope') or ''))}</td>"
            f"<td class='evidence'>{escape(e.get('evidence') or '')}</td></tr>")
    head = "<tr><th>date</th><th>host ← guest</th><th>type (★ primary)</th><th>scope</th><th>evidence</th></tr>"
    return f"{note}<table class='events'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def quality_html(tables) -> str:
    """Articles with errors, articles without events, events without a date or a year."""
    parts = []
    failed = failed_articles(tables)
    parts.append(html_table(failed, caption=f"Articles with errors ({failed.height})"))
    ev, arts = _t(tables, "events"), _t(tables, "articles")
    with_events = set(ev["article_id"].to_list()) if ev.height else set()
    ok = arts.filter(_col(arts, "error") == "") if arts.height else arts
    no_events = ok.filter(~pl.col("article_id").is_in(list(with_events))) if ok.height else ok
    if no_events.height:
        no_events = no_events.select(_col(no_events, "source").alias("source"),
                                     _col(no_events, "title").alias("title"))
    parts.append(html_table(no_events, caption=f"Articles read but with no event found ({no_events.height})"))
    dates = event_date_counts(tables)
    undated = ev.filter(~_col(ev, "start").str.contains(r"^\d{4}")) if ev.height else ev
    if undated.height:
        undated = undated.select("article_id", "event_type", "start", "end", "host", "guest")
    parts.append(f"<p>Event dates: {dates['day']} to the day, {dates['month']} to the month, "
                 f"{dates['year']} to the year only, {dates['year_unknown']} with month and day but "
                 f"no year, {dates['none']} with no date.</p>")
    parts.append(html_table(undated, caption=f"Events with unknown year or no date ({undated.height})"))
    return "\n".join(f"<div>{p}</div>" for p in parts)


@functools.cache
def _template() -> Template:
    text = data.text("report_template.html")
    return Template(text)


MAX_TIMELINE_LANES = 40


def exchange_count(tables) -> int:
    """How many distinct exchanges (host, guest) the events hold."""
    ev = _t(tables, "events")
    return ev.select(["host", "guest"]).unique().height if ev.height else 0


def render_report(tables, table_files: str = "", title: str = "tradeviz report") -> str:
    """The report page (HTML text) for extraction tables."""
    from . import __version__
    from .plot import exchange_network, sector_frequency, timeline

    # each figure is closed as soon as it is embedded; past a few dozen exchanges one
    # lane each makes a page-long image, so a large corpus gets one lane per scope
    by = "exchange" if exchange_count(tables) <= MAX_TIMELINE_LANES else "scope"
    lanes = "one exchange (host ← guest)" if by == "exchange" else "one scope of exchange"
    tl = figure_html(timeline(tables, by=by), f"Each lane is {lanes}; colour: scope; "
                     "marker: event type; hollow markers and bars: only the month or year is known. "
                     "Events with no year or no date are in the grey panel.", "timeline")
    net = figure_html(exchange_network(tables), "Regions as nodes, arrows from the guest to the host; "
                      "width: number of events; colour and line style: scope.", "exchange network")
    sec = figure_html(sector_frequency(tables), "Articles naming each ISIC section, coloured by the "
                      "scope of the article's primary event.", "sector frequency")
    arts = _t(tables, "articles")
    n_ok = arts.filter(_col(arts, "error") == "").height if arts.height else 0
    page = _template().substitute(
        title=escape(title),
        subtitle=escape(f"{arts.height} articles ({n_ok} read), {_t(tables, 'events').height} events"),
        summary=summary_html(tables),
        timeline=tl, network=net, sectors_chart=sec,
        sectors_table=html_table(top_sectors(tables), {"articles": "articles", "terms": "terms (most frequent)"},
                                 caption="Top sectors"),
        regions_table=html_table(top_regions(tables), caption="Top regions"),
        actors_table=html_table(top_actors(tables), caption="Top actors"),
        events_table=events_html(tables),
        quality=quality_html(tables),
        version=escape(__version__),
        table_files=escape(table_files),
    )
    # the Chinese of this very page, in a font embedded in it: readable on machines without CJK fonts
    from .fonts import font_face_css
    return page.replace("<!--tv-font-face-->", font_face_css(page), 1)


def write_report(inputs, out, format="parquet", progress=None) -> Path:
    """Extract ``inputs``, write the tables and a self-contained ``out/report.html``.

    Returns the path of the report. Charts are embedded as PNG, so the file
    can be mailed or opened offline on its own.
    """
    from .pipeline import extract
    tables = extract(inputs, progress=progress)
    paths = tables.write(out, format)
    path = Path(out) / "report.html"
    tmp = path.with_suffix(".html.part")
    tmp.write_text(render_report(tables, ", ".join(p.name for p in paths)), encoding="utf-8")
    tmp.replace(path)
    return path
