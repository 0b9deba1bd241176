"""Charts of the extraction tables (matplotlib, seaborn-style calls).

Each function takes a tidy table as ``data=`` (polars or pandas, or a
:class:`tradeviz.Tables`, from which it picks the table it needs), draws on
``ax`` (a new figure when None) and returns the Axes:

- :func:`timeline` — exchanges over time, one lane per exchange or per scope;
- :func:`sector_frequency` — how often each ISIC section appears, by scope;
- :func:`exchange_network` — regions as nodes, exchanges as weighted arrows.

Labels are in Chinese (``lang="zh"``) or English (``lang="en"``); a CJK font
is set up on first use (:func:`tradeviz.fonts.use_cjk_font`).

>>> import polars as pl
>>> ev = pl.DataFrame({"event_type": ["visit"], "start": ["2017-09"], "end": [""],
...                    "host": ["CN-SC"], "guest": ["US-WA"], "scope": ["us_china"]})
>>> timeline(ev).get_title()
'交流事件时间线'
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import polars as pl

from . import data
from .fonts import use_cjk_font

SCOPES = ("interprovincial", "us_china", "international", "domestic")
EVENT_TYPES = ("visit", "meeting", "forum", "expo", "signing", "promotion", "other")
UNKNOWN = "unknown"

# One colour per scope, the same in every chart (colour-blind safe, Okabe-Ito).
SCOPE_COLORS = {"interprovincial": "#0072B2", "us_china": "#D55E00", "international": "#009E73",
                "domestic": "#CC79A7", UNKNOWN: "#999999"}
SCOPE_LINESTYLES = {"interprovincial": "-", "us_china": "--", "international": "-.",
                    "domestic": ":", UNKNOWN: ":"}
TYPE_MARKERS = {"visit": "o", "meeting": "s", "forum": "^", "expo": "D", "signing": "P",
                "promotion": "*", "other": "X"}

# Interface words of the charts (not data: they are the charts' own vocabulary).
WORDS = {
    "zh": {
        "scope": {"interprovincial": "省际", "us_china": "中美", "international": "国际",
                  "domestic": "国内", UNKNOWN: "范围不明"},
        "type": {"visit": "访问", "meeting": "会见会谈", "forum": "论坛", "expo": "展会",
                 "signing": "签约", "promotion": "推介", "other": "其他"},
        "timeline_title": "交流事件时间线", "time": "时间", "exchange": "交流（东道方 ← 来访方）",
        "scope_axis": "交流范围", "undated": "日期不全", "year_unknown": "年份不详",
        "no_date": "无日期", "day": "确切日期", "period": "只知年月或年份（横条为其时段）",
        "no_dated_events": "没有带年份的事件", "no_events": "没有事件",
        "undated_note": "{n} 个事件年份不详或无日期，列于右侧，未放上时间轴",
        "sector_title": "各行业（ISIC 门类）出现频次", "articles": "文章数",
        "mentions": "提及次数", "sector": "行业门类", "by_scope": "按交流范围",
        "network_title": "地区交流网络", "edges": "箭头：来访方 → 东道方；线宽 = 事件数",
        "not_drawn": "{n} 个事件缺东道方或来访方，未画出", "events": "事件数",
        "strongest": "只画出最频繁的 {n} 对交流（共 {m} 对）",
        "no_sectors": "没有行业记录",
    },
    "en": {
        "scope": {"interprovincial": "interprovincial", "us_china": "US–China",
                  "international": "international", "domestic": "domestic", UNKNOWN: "scope unknown"},
        "type": {t: t for t in EVENT_TYPES},
        "timeline_title": "Timeline of exchanges", "time": "date", "exchange": "exchange (host ← guest)",
        "scope_axis": "scope", "undated": "incomplete date", "year_unknown": "year unknown",
        "no_date": "no date", "day": "exact day", "period": "month or year only (bar: the period)",
        "no_dated_events": "no event with a known year", "no_events": "no events",
        "undated_note": "{n} events with unknown year or no date are listed on the right, not placed in time",
        "sector_title": "How often each sector (ISIC section) appears", "articles": "articles",
        "mentions": "mentions", "sector": "ISIC section", "by_scope": "by scope",
        "network_title": "Network of regional exchanges", "edges": "arrow: guest → host; width = events",
        "not_drawn": "{n} events lacking host or guest are not drawn", "events": "events",
        "strongest": "the {n} most frequent of {m} exchanges drawn",
        "no_sectors": "no sectors",
    },
}


def _words(lang: str) -> dict:
    if lang not in WORDS:
        raise ValueError(f"lang must be one of {sorted(WORDS)}, not {lang!r}")
    return WORDS[lang]


# --------------------------------------------------------------------------- data access

def _table(data, name: str) -> pl.DataFrame:
    """``data`` as a polars frame: a polars/pandas frame, or the named table of a Tables."""
    if data is not None and hasattr(data, "names") and hasattr(data, name):
        data = getattr(data, name)
    if data is None:
        from . import schema
        return schema.empty(name)
    if not isinstance(data, pl.DataFrame):
        data = pl.from_pandas(data) if hasattr(data, "to_numpy") else pl.DataFrame(data)
    return data


def _str(df: pl.DataFrame, col: str) -> list[str]:
    """A column as strings, '' for null or missing column."""
    if col not in df.columns:
        return [""] * df.height
    return ["" if v is None else str(v) for v in df[col].to_list()]


@functools.cache
def _csv_rows(name: str) -> tuple[dict, ...]:
    return tuple(data.rows(name))


@functools.cache
def _region_names() -> dict[str, dict[str, str]]:
    return {r["code"]: {"zh": r["zh"], "en": r["en"]} for r in _csv_rows("region_labels.csv")}


def region_label(code: str, lang: str = "zh") -> str:
    """The short display name of a region or country code; the code itself if unknown.

    >>> region_label("CN-SC"), region_label("US-NY", "en"), region_label("XX-99")
    ('四川', 'New York', 'XX-99')
    """
    names = _region_names().get(code)
    return names[lang] if names and names.get(lang) else code


@functools.cache
def _section_names() -> dict[str, dict[str, str]]:
    return {r["section"]: r for r in _csv_rows("isic_section_labels.csv")}


def section_label(isic: str, lang: str = "zh") -> str:
    """'C 制造业' for an ISIC code (section letter first, division digits ignored).

    >>> section_label("C28"), section_label("K", "en")
    ('C 制造业', 'K Finance')
    """
    letter = (isic or "?")[:1].upper()
    row = _section_names().get(letter)
    return f"{letter} {row[lang + '_short']}" if row else letter


# --------------------------------------------------------------------------- partial dates

@dataclass(frozen=True)
class When:
    """Where a partial ISO date goes on a time axis."""

    precision: str            # day | month | year | year_unknown | none
    mid: dt.date | None       # the point drawn
    lo: dt.date | None        # the period it covers
    hi: dt.date | None


_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def when(value: str) -> When:
    """Place a partial ISO date: a month at mid-month, a year at mid-year.

    >>> when("2015-09").mid, when("2014").precision, when("--09-24").precision, when("").precision
    (datetime.date(2015, 9, 15), 'year', 'year_unknown', 'none')
    """
    value = (value or "").strip()
    if value.startswith("--"):
        return When("year_unknown", None, None, None)
    m = _DATE.match(value)
    if not m:
        return When("none", None, None, None)
    y, mo, d = int(m[1]), m[2], m[3]
    try:
        if d:
            day = dt.date(y, int(mo), int(d))
            return When("day", day, day, day)
        if mo:
            lo = dt.date(y, int(mo), 1)
            hi = (lo.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            return When("month", lo.replace(day=15), lo, hi)
        return When("year", dt.date(y, 7, 1), dt.date(y, 1, 1), dt.date(y, 12, 31))
    except ValueError:
        return When("none", None, None, None)


# --------------------------------------------------------------------------- timeline

def exchange_label(host: str, guest: str, lang: str = "zh") -> str:
    """'四川 ← 浙江': host ← guest, short names.

    >>> exchange_label("CN-SX", "US-NY", "en")
    'Shanxi ← New York'
    """
    h = region_label(host, lang) if host else "?"
    g = region_label(guest, lang) if guest else "?"
    return f"{h} ← {g}"


def _lanes(df: pl.DataFrame, by: str, lang: str) -> list[str]:
    scopes = [s or UNKNOWN for s in _str(df, "scope")]
    if by == "scope":
        return [_words(lang)["scope"].get(s, s) for s in scopes]
    if by == "exchange":
        return [exchange_label(h, g, lang) for h, g in zip(_str(df, "host"), _str(df, "guest"))]
    raise ValueError(f'by must be "exchange" or "scope", not {by!r}')


def timeline(data=None, ax=None, by: str = "exchange", lang: str = "zh", title: str | None = None,
             legend: bool = True):
    """Events over time, one lane per exchange (``by="exchange"``) or per scope.

    A day is a filled marker; a month or year is a hollow marker at its middle
    with a bar over the period; a start–end span is a line. Events whose year
    is unknown (``--MM-DD``) or that have no date are not placed in time: they
    sit in a side panel on the right, in their lane, and a note says so.
    Colour is the scope, the marker the event type. Returns the main Axes (the
    side panel is ``ax.undated_ax``).

    >>> import polars as pl
    >>> ev = pl.DataFrame({"event_type": ["visit", "meeting"], "start": ["2023-11-04", "--09-24"],
    ...     "end": ["", ""], "host": ["CN-SC", "CN-SX"], "guest": ["CN-ZJ", "US-NY"],
    ...     "scope": ["interprovincial", "us_china"]})
    >>> ax = timeline(ev)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['四川 ← 浙江', '山西 ← 纽约州']
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    use_cjk_font()
    w = _words(lang)
    df = _table(data, "events")
    lanes_of = _lanes(df, by, lang)
    starts, ends = _str(df, "start"), _str(df, "end")
    types = [t if t in TYPE_MARKERS else "other" for t in _str(df, "event_type")]
    scopes = [s if s in SCOPE_COLORS else UNKNOWN for s in _str(df, "scope")]
    whens = [when(s) for s in starts]
    end_whens = [when(e) for e in ends]

    # Lanes ordered by scope, then by first date, so related exchanges sit together.
    first: dict[str, tuple] = {}
    for lane, sc, wh in zip(lanes_of, scopes, whens):
        key = (list(SCOPE_COLORS).index(sc), wh.mid or dt.date.max)
        first[lane] = min(first.get(lane, key), key)
    lanes = sorted(first, key=lambda ln: (first[ln], ln))
    y_of = {ln: i for i, ln in enumerate(lanes)}

    n_lanes = max(len(lanes), 1)
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 2.4 + 0.42 * n_lanes), layout="constrained")
    side = ax.inset_axes([1.02, 0.0, 0.24, 1.0], sharey=ax)
    ax.undated_ax = side

    dated_x: list[dt.date] = []
    side_cols = {"year_unknown": 0, "none": 1}
    stack: dict[tuple, int] = {}
    n_apart = 0
    for lane, typ, sc, wh, ew, start in zip(lanes_of, types, scopes, whens, end_whens, starts):
        y = y_of[lane]
        colour, marker = SCOPE_COLORS[sc], TYPE_MARKERS[typ]
        if wh.mid is None:
            n_apart += 1
            col = side_cols[wh.precision]
            k = stack.get(("side", lane, col), 0)
            stack[("side", lane, col)] = k + 1
            x = col - 0.3 + 0.3 * (k % 3)
            yy = y + 0.2 * (k // 3)
            side.plot(x, yy, marker=marker, ms=7, color=colour, mfc="white", mew=1.5, ls="none")
            if wh.precision == "year_unknown":   # say the month and day that are known
                up = k % 2 == 1
                side.annotate(start.lstrip("-"), (x, yy), xytext=(0, 8 if up else -8),
                              textcoords="offset points", ha="center", va="bottom" if up else "top",
                              fontsize=6.5, color="#444444")
            continue
        k = stack.get((lane, wh.mid), 0)
        stack[(lane, wh.mid)] = k + 1
        yy = y + (0.22 * ((k + 1) // 2) * (1 if k % 2 else -1) if k else 0)
        dated_x.append(wh.mid)
        if wh.precision == "day":
            end = ew.hi if ew.hi and ew.hi > wh.mid else None
            if end:
                ax.plot([wh.mid, end], [yy, yy], color=colour, lw=3, solid_capstyle="round", alpha=0.7)
                dated_x.append(end)
            ax.plot(wh.mid, yy, marker=marker, ms=8, color=colour, ls="none")
        else:
            hi = max(wh.hi, ew.hi) if ew.hi else wh.hi
            ax.plot([wh.lo, hi], [yy, yy], color=colour, lw=5, alpha=0.25, solid_capstyle="butt")
            ax.plot(wh.mid, yy, marker=marker, ms=8, color=colour, mfc="white", mew=1.6, ls="none")
            dated_x += [wh.lo, hi]

    # Main axis: time.
    ax.set_yticks(range(len(lanes)), lanes)
    ax.set_ylim(len(lanes) - 0.5, -0.5) if lanes else ax.set_ylim(0.5, -0.5)
    ax.set_ylabel(w["exchange"] if by == "exchange" else w["scope_axis"], fontsize=9)
    ax.set_xlabel(w["time"])
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.grid(axis="y", color="#f0f0f0", lw=0.6)
    ax.set_axisbelow(True)
    if dated_x:
        lo, hi = min(dated_x), max(dated_x)
        pad = max((hi - lo).days * 0.05, 20)
        ax.set_xlim(lo - dt.timedelta(days=pad), hi + dt.timedelta(days=pad))
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    else:
        ax.set_xticks([])
        ax.text(0.5, 0.5, w["no_dated_events"] if df.height else w["no_events"],
                transform=ax.transAxes, ha="center", va="center", color="#777777")
    ax.set_title(title if title is not None else w["timeline_title"], fontsize=12)

    # Side panel: events not placed in time, in their lanes.
    side.set_xlim(-0.5, 1.5)
    side.set_xticks([0, 1], [w["year_unknown"], w["no_date"]], fontsize=8)
    side.tick_params(axis="y", left=False, labelleft=False)
    side.set_facecolor("#f7f7f7")
    side.set_title(w["undated"], fontsize=9)
    side.grid(axis="y", color="#e6e6e6", lw=0.6)
    for spine in side.spines.values():
        spine.set_color("#cccccc")

    note = w["undated_note"].format(n=n_apart) if n_apart else None
    if legend and df.height:
        handles = [Line2D([], [], color=SCOPE_COLORS[s], lw=6, label=w["scope"][s])
                   for s in SCOPE_COLORS if s in set(scopes)]
        handles += [Line2D([], [], marker=TYPE_MARKERS[t], color="#444444", ls="none", ms=7,
                           label=w["type"][t]) for t in TYPE_MARKERS if t in set(types)]
        handles += [Line2D([], [], marker="o", color="#444444", ls="none", ms=7, label=w["day"]),
                    Line2D([], [], marker="o", color="#444444", mfc="white", mew=1.5, ls="-",
                           lw=0, ms=7, label=w["period"])]
        # below the tick labels and the x label: a fixed distance in points, whatever the axes' size
        from matplotlib.transforms import ScaledTranslation
        below = ax.transAxes + ScaledTranslation(0, -44 / 72, ax.figure.dpi_scale_trans)
        leg = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, 0), bbox_transform=below,
                        ncol=min(len(handles), 5), fontsize=8, frameon=False, title=note,
                        title_fontsize=8, alignment="left")
        leg.get_title().set_color("#555555")
    elif note:
        ax.annotate(note, (0, 0), xycoords="axes fraction", xytext=(0, -30), textcoords="offset points",
                    va="top", fontsize=8, color="#555555")
    return ax


# --------------------------------------------------------------------------- sectors

def article_scopes(events) -> dict[str, str]:
    """Each article's scope: the scope of its primary event (its first event if none is primary).

    >>> import polars as pl
    >>> article_scopes(pl.DataFrame({"article_id": ["a", "a"], "scope": ["us_china", "domestic"],
    ...                              "primary": [False, True]}))
    {'a': 'domestic'}
    """
    ev = _table(events, "events")
    out: dict[str, str] = {}
    settled: set[str] = set()
    primary = ev["primary"].to_list() if "primary" in ev.columns else [False] * ev.height
    for aid, scope, prim in zip(_str(ev, "article_id"), _str(ev, "scope"), primary):
        if not scope or aid in settled:
            continue
        if prim:
            out[aid] = scope
            settled.add(aid)
        elif aid not in out:
            out[aid] = scope
    return out


def sector_counts(data=None, events=None, by: str | None = "scope", weight: str = "articles") -> pl.DataFrame:
    """Counts of ISIC sections: one row per section (and scope), column ``n``.

    ``weight="articles"`` counts articles that name the section;
    ``weight="mentions"`` sums the mentions.

    >>> import polars as pl
    >>> s = pl.DataFrame({"article_id": ["a", "b"], "isic": ["C28", "C"], "mentions": [2, 1]})
    >>> sector_counts(s, by=None).rows()
    [('C', 2)]
    """
    if events is None and data is not None and hasattr(data, "events") and hasattr(data, "names"):
        events = data.events
    sec = _table(data, "sectors")
    sections = [(i or "?")[:1].upper() for i in _str(sec, "isic")]
    aids = _str(sec, "article_id")
    if weight == "articles":
        w = [1] * sec.height
    elif weight == "mentions":
        w = [int(m or 0) for m in sec["mentions"].to_list()] if "mentions" in sec.columns else [1] * sec.height
    else:
        raise ValueError(f'weight must be "articles" or "mentions", not {weight!r}')
    rows = pl.DataFrame({"article_id": aids, "section": sections, "w": w},
                        schema={"article_id": pl.String, "section": pl.String, "w": pl.Int64})
    # an article naming C and C28 counts once for C
    rows = rows.group_by("article_id", "section").agg(pl.col("w").sum()) if weight == "mentions" \
        else rows.unique(["article_id", "section"])
    if by is None:
        return rows.group_by("section").agg(pl.col("w").sum().alias("n")).sort("n", "section",
                                                                               descending=[True, False])
    if by != "scope":
        raise ValueError(f'by must be "scope" or None, not {by!r}')
    scopes = article_scopes(events)
    rows = rows.with_columns(pl.col("article_id").replace_strict(scopes, default=UNKNOWN).alias("scope"))
    return rows.group_by("section", "scope").agg(pl.col("w").sum().alias("n")).sort("section", "scope")


def sector_frequency(data=None, events=None, by: str | None = "scope", lang: str = "zh", ax=None,
                     weight: str = "articles", title: str | None = None, color: str | None = None):
    """Horizontal bars: how often each ISIC section appears, stacked by scope.

    ``data`` is the sectors table (or a Tables, whose events then give the
    scopes); ``events`` gives each article's scope (its primary event's).
    ``by=None`` draws one bar per section without the split (in ``color``).

    >>> import polars as pl
    >>> s = pl.DataFrame({"article_id": ["a", "b"], "isic": ["C", "K"], "mentions": [2, 1]})
    >>> ax = sector_frequency(s, lang="en", by=None)
    >>> sorted(t.get_text() for t in ax.get_yticklabels())
    ['C Manufacturing', 'K Finance']
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    w = _words(lang)
    counts = sector_counts(data, events, by=by, weight=weight)
    totals: dict[str, int] = {}
    for sec, n in zip(counts["section"].to_list(), counts["n"].to_list()):
        totals[sec] = totals.get(sec, 0) + n
    order = sorted(totals, key=lambda s: (-totals[s], s))
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 1.4 + 0.36 * max(len(order), 3)), layout="constrained")
    y = {s: i for i, s in enumerate(order)}
    if by is None:
        ax.barh([y[s] for s in order], [totals[s] for s in order], color=color or "#4C72B0")
    else:
        left = {s: 0 for s in order}
        present = [s for s in SCOPE_COLORS if s in set(counts["scope"].to_list())]
        for scope in present:
            part = counts.filter(pl.col("scope") == scope)
            secs, ns = part["section"].to_list(), part["n"].to_list()
            ax.barh([y[s] for s in secs], ns, left=[left[s] for s in secs], color=SCOPE_COLORS[scope],
                    label=w["scope"][scope], edgecolor="white", linewidth=0.5)
            for s, n in zip(secs, ns):
                left[s] += n
        if present:
            ax.legend(title=w["by_scope"], fontsize=8, title_fontsize=8, loc="lower right", frameon=False)
    for s in order:
        ax.text(totals[s], y[s], f" {totals[s]}", va="center", fontsize=8, color="#333333")
    ax.set_yticks(range(len(order)), [section_label(s, lang) for s in order])
    ax.set_ylim(len(order) - 0.5, -0.5) if order else ax.set_ylim(0.5, -0.5)
    if not order:
        ax.text(0.5, 0.5, w["no_sectors"], transform=ax.transAxes, ha="center", va="center", color="#777777")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel(w["articles"] if weight == "articles" else w["mentions"])
    ax.set_ylabel(w["sector"])
    ax.grid(axis="x", color="#e6e6e6", lw=0.6)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(title if title is not None else w["sector_title"], fontsize=12)
    return ax


# --------------------------------------------------------------------------- network

def _side(code: str) -> int:
    """0 for China (its regions), 1 for the US, 2 for any other country."""
    country = code.split("-")[0]
    return 0 if country == "CN" else 1 if country == "US" else 2


def _node_positions(nodes: list[str]) -> dict[str, tuple[float, float]]:
    """China on the left half of a circle, the US and other countries on the right half."""
    import math

    left = sorted(n for n in nodes if _side(n) == 0)
    right = sorted(n for n in nodes if _side(n) == 1) + sorted(n for n in nodes if _side(n) == 2)
    pos = {}
    for group, (a0, a1) in ((left, (105, 255)), (right, (75, -75))):
        k = len(group)
        for i, n in enumerate(group):
            t = math.radians(180 if k == 1 and a0 > 90 else 0 if k == 1 else a0 + (a1 - a0) * i / (k - 1))
            pos[n] = (math.cos(t), math.sin(t))
    return pos


def _bend(a: tuple[float, float], b: tuple[float, float]) -> float:
    """arc3 curvature that bows an edge between two nodes on the same side towards the centre,
    so that it does not run along the rim of the circle among the labels."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    # arc3 puts the control point at the midpoint + rad * (dy, -dx)
    return -0.45 if dy * mx - dx * my > 0 else 0.45


def exchange_counts(data=None) -> pl.DataFrame:
    """Events per (guest, host, scope) with both sides known and distinct; column ``n``.

    >>> import polars as pl
    >>> ev = pl.DataFrame({"host": ["CN-SC", "CN-SC", ""], "guest": ["CN-ZJ", "CN-ZJ", "US"],
    ...                    "scope": ["interprovincial"] * 3})
    >>> exchange_counts(ev).rows()
    [('CN-ZJ', 'CN-SC', 'interprovincial', 2)]
    """
    ev = _table(data, "events")
    df = pl.DataFrame({"guest": _str(ev, "guest"), "host": _str(ev, "host"),
                       "scope": [s if s in SCOPE_COLORS else UNKNOWN for s in _str(ev, "scope")]},
                      schema={"guest": pl.String, "host": pl.String, "scope": pl.String})
    df = df.filter((pl.col("guest") != "") & (pl.col("host") != "") & (pl.col("guest") != pl.col("host")))
    return df.group_by("guest", "host", "scope").len("n").with_columns(pl.col("n").cast(pl.Int64)) \
        .sort("n", "guest", "host", descending=[True, False, False])


def exchange_network(data=None, ax=None, lang: str = "zh", title: str | None = None, max_edges: int = 60):
    """Regions as nodes, exchanges as arrows (guest → host) weighted by the number of events.

    Chinese regions sit on the left half of a circle, the US and other
    countries on the right; edge colour and line style show the scope
    (interprovincial solid blue, US–China dashed orange, ...), width the
    number of events; node size the number of events a region takes part in.
    Past ``max_edges`` exchanges only the strongest are drawn, and a note says so.

    >>> import polars as pl
    >>> ev = pl.DataFrame({"host": ["CN-SC", "CN-SX"], "guest": ["CN-ZJ", "US-NY"],
    ...                    "scope": ["interprovincial", "us_china"]})
    >>> ax = exchange_network(ev, lang="en")
    >>> sorted(t.get_text() for t in ax.get_legend().get_texts())
    ['US–China', 'interprovincial']
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    use_cjk_font()
    w = _words(lang)
    ev = _table(data, "events")
    edges = exchange_counts(ev)
    total_edges = edges.height
    edges = edges.head(max_edges)
    nodes = sorted(set(edges["guest"].to_list()) | set(edges["host"].to_list()))
    pos = _node_positions(nodes)
    degree = {n: 0 for n in nodes}
    for g, h, n in zip(edges["guest"].to_list(), edges["host"].to_list(), edges["n"].to_list()):
        degree[g] += n
        degree[h] += n
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 7), layout="constrained")
    ax.set_aspect("equal")
    ax.set_xlim(-1.6, 1.6)
    ax.set_ylim(-1.35, 1.35)
    ax.axis("off")
    max_n = max(edges["n"].to_list(), default=1)
    pairs = set(zip(edges["guest"].to_list(), edges["host"].to_list()))
    for g, h, scope, n in edges.iter_rows():
        rad = _bend(pos[g], pos[h]) if _side(g) == _side(h) and (h, g) not in pairs else 0.18
        arrow = FancyArrowPatch(pos[g], pos[h], connectionstyle=f"arc3,rad={rad}", arrowstyle="-|>",
                                mutation_scale=12, lw=1.2 + 4.0 * n / max_n, color=SCOPE_COLORS[scope],
                                linestyle=SCOPE_LINESTYLES[scope], alpha=0.8, shrinkA=9, shrinkB=9,
                                zorder=1)
        ax.add_patch(arrow)
    for node, (x, y) in pos.items():
        colour = "#C0392B" if _side(node) == 0 else "#1F4E79" if _side(node) == 1 else "#555555"
        size = 50 + 250 * degree[node] / max(degree.values())   # relative, so a corpus stays readable
        ax.scatter([x], [y], s=size, color=colour, zorder=2, edgecolor="white")
        ax.annotate(region_label(node, lang), (x, y), xytext=(x * 14, y * 14 - 3),
                    textcoords="offset points", ha="left" if x > 0.05 else "right" if x < -0.05 else "center",
                    va="center", fontsize=9, zorder=3)
    if not nodes:
        ax.text(0.5, 0.5, w["no_events"], transform=ax.transAxes, ha="center", va="center", color="#777777")
    present = [s for s in SCOPE_COLORS if s in set(edges["scope"].to_list())]
    handles = [Line2D([], [], color=SCOPE_COLORS[s], ls=SCOPE_LINESTYLES[s], lw=2.5, label=w["scope"][s])
               for s in present]
    if handles:
        ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False, title=w["edges"],
                  title_fontsize=8)
    if total_edges > edges.height:
        ax.text(0.0, 1.0, w["strongest"].format(n=edges.height, m=total_edges), transform=ax.transAxes, ha="left",
                va="top", fontsize=8, color="#555555")
    skipped = ev.height - int(exchange_counts(ev)["n"].sum() if total_edges else 0)
    if skipped:
        ax.text(1.0, 0.0, w["not_drawn"].format(n=skipped), transform=ax.transAxes, ha="right",
                va="bottom", fontsize=8, color="#555555")
    ax.set_title(title if title is not None else w["network_title"], fontsize=12)
    return ax
