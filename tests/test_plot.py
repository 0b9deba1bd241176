"""Charts: titles and labels, partial and unknown dates, scopes, languages, glyphs."""
from __future__ import annotations

import warnings

import matplotlib
import polars as pl
import pytest

matplotlib.use("Agg")

from tradeviz import plot  # noqa: E402


def texts(fig) -> str:
    """All the text drawn in a figure, legends and annotations included."""
    return "\n".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))


def test_when_places_partial_dates():
    assert plot.when("2023-11-04").precision == "day"
    m = plot.when("2015-09")
    assert (m.precision, m.mid.isoformat(), m.lo.isoformat(), m.hi.isoformat()) == \
        ("month", "2015-09-15", "2015-09-01", "2015-09-30")
    y = plot.when("2014")
    assert (y.precision, y.mid.isoformat()) == ("year", "2014-07-01")
    assert plot.when("--09-24").mid is None and plot.when("--09-24").precision == "year_unknown"
    assert plot.when("").precision == plot.when("2015-13-40").precision == "none"


def test_timeline_has_title_labels_and_lanes(small_tables):
    ax = plot.timeline(small_tables)
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    lanes = [t.get_text() for t in ax.get_yticklabels()]
    assert lanes == ["四川 ← 浙江", "山西 ← 纽约州"]


def test_timeline_in_english(small_tables):
    ax = plot.timeline(small_tables, lang="en")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Sichuan ← Zhejiang", "Shanxi ← New York"]
    assert ax.get_title() == "Timeline of exchanges"


def test_timeline_keeps_unknown_year_and_undated_events_apart(small_tables):
    ax = plot.timeline(small_tables, lang="en")
    # only the two events with a known year are on the time axis ...
    xs = [x for line in ax.get_lines() for x in line.get_xdata() if line.get_marker() not in (None, "None", "")]
    years = {matplotlib.dates.num2date(x).year if not hasattr(x, "year") else x.year for x in xs}
    assert years <= {2015, 2016}
    # ... the other two are in the side panel, in the lane of their exchange, with their month-day
    side = ax.undated_ax
    marks = [line for line in side.get_lines() if line.get_marker() not in (None, "None", "")]
    assert len(marks) == 2
    assert {round(float(line.get_ydata()[0])) for line in marks} == {1}   # lane 1: 山西 ← 纽约州
    drawn = texts(ax.figure)
    assert "09-24" in drawn and "year unknown" in drawn and "no date" in drawn
    assert "2 events with unknown year or no date" in drawn


def test_timeline_by_scope(small_tables):
    ax = plot.timeline(small_tables.events, by="scope", lang="en")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["interprovincial", "US–China"]


def test_timeline_accepts_pandas_and_empty_frames(small_tables):
    ax = plot.timeline(small_tables.events.to_pandas())
    assert len(ax.get_yticklabels()) == 2
    from tradeviz import schema
    ax = plot.timeline(schema.empty("events"), lang="en")
    assert "no events" in texts(ax.figure)


def test_timeline_draws_on_a_given_axes(small_tables):
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots()
    assert plot.timeline(small_tables, ax=ax) is ax


def test_sector_frequency_counts_articles_by_scope(small_tables):
    counts = plot.sector_counts(small_tables)
    got = {(r["section"], r["scope"]): r["n"] for r in counts.iter_rows(named=True)}
    # C is named by both articles (C and C28 fold into section C), one of each scope
    assert got == {("C", "interprovincial"): 1, ("C", "us_china"): 1, ("K", "interprovincial"): 1,
                   ("R", "us_china"): 1}


@pytest.mark.parametrize("lang,label,legend", [("zh", "C 制造业", "省际"), ("en", "C Manufacturing", "US–China")])
def test_sector_frequency_labels(small_tables, lang, label, legend):
    ax = plot.sector_frequency(small_tables.sectors, events=small_tables.events, lang=lang)
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert ticks[0] == label     # the most frequent section first
    assert legend in [t.get_text() for t in ax.get_legend().get_texts()]


def test_sector_frequency_without_events_marks_scope_unknown(small_tables):
    ax = plot.sector_frequency(small_tables.sectors, lang="en")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["scope unknown"]


def test_exchange_network_distinguishes_scopes(small_tables):
    ax = plot.exchange_network(small_tables, lang="en")
    assert ax.get_title()
    arrows = [p for p in ax.patches if isinstance(p, matplotlib.patches.FancyArrowPatch)]
    assert len(arrows) == 2                       # one edge per exchange, weighted
    styles = {(matplotlib.colors.to_hex(a.get_edgecolor()), a.get_linestyle()) for a in arrows}
    assert len(styles) == 2                       # interprovincial and US–China look different
    assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == ["US–China", "interprovincial"]
    labels = texts(ax.figure)
    assert "Sichuan" in labels and "New York" in labels


def test_exchange_network_puts_china_left_and_us_right():
    pos = plot._node_positions(["CN-SC", "CN-ZJ", "US-NY", "US-CA", "JP"])
    assert all(pos[n][0] < 0 for n in ("CN-SC", "CN-ZJ"))
    assert all(pos[n][0] > 0 for n in ("US-NY", "US-CA", "JP"))


def test_exchange_network_counts_events_without_sides():
    ev = pl.DataFrame({"host": ["CN-SC", ""], "guest": ["CN-ZJ", "US"], "scope": ["interprovincial", "us_china"]})
    ax = plot.exchange_network(ev, lang="en")
    assert "1 events lacking host or guest are not drawn" in texts(ax.figure)


def test_labels_of_unknown_codes_fall_back_to_the_code():
    assert plot.region_label("US-ZZ") == "US-ZZ"
    assert plot.exchange_label("CN-SC", "") == "四川 ← ?"


def test_unknown_lang_is_refused(small_tables):
    with pytest.raises(ValueError, match="lang"):
        plot.timeline(small_tables, lang="fr")


@pytest.mark.parametrize("chart", ["timeline", "sector_frequency", "exchange_network"])
def test_charts_draw_chinese_without_missing_glyphs(small_tables, chart):
    ax = getattr(plot, chart)(small_tables, lang="zh")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax.figure.canvas.draw()


def test_a_large_network_draws_the_strongest_exchanges_and_says_so():
    import polars as pl
    from tradeviz.plot import exchange_network
    hosts = [f"CN-{c}" for c in ("SC", "SX", "ZJ", "JS", "GD", "HB")]
    guests = [f"US-{c}" for c in ("CA", "NY", "TX", "WA", "OH", "MI", "IL")]
    ev = pl.DataFrame([{"host": h, "guest": g, "scope": "us_china"} for h in hosts for g in guests])
    ax = exchange_network(ev, lang="en", max_edges=10)
    assert sum(1 for p in ax.patches if p.__class__.__name__ == "FancyArrowPatch") == 10
    assert any("10 most frequent of 42" in t.get_text() for t in ax.texts)
    sizes = [s for c in ax.collections for s in c.get_sizes()]
    assert max(sizes) <= 300
