"""The notebook summary and the scripted HTML report."""
from __future__ import annotations

import base64
import re
import shutil
import subprocess

import matplotlib
import pytest

matplotlib.use("Agg")

from tradeviz import report  # noqa: E402


def test_summary_html_has_counts_errors_dates_and_tops(small_tables):
    html = small_tables._repr_html_()
    assert "<b>3</b> articles" in html and "<b>4</b> events" in html and "<b>4</b> sectors" in html
    assert "1 article(s) with errors" in html and "broken.pdf" in html
    assert "2015-09" in html and "2016-09-27" in html and "2 without a year or date" in html
    assert "interprovincial 2" in html and "US–China 2" in html
    assert "Shanxi" in html and "C Manufacturing" in html
    assert len(html) < 3000          # a summary, not a wall of text


def test_summary_html_of_empty_tables():
    from tradeviz import Tables
    html = report.summary_html(Tables.from_results([]))
    assert "<b>0</b> events" in html


def test_date_range_uses_known_years_only(small_tables):
    assert report.date_range(small_tables) == ("2015-09", "2016-09-27")


def test_top_tables(small_tables):
    assert report.top_regions(small_tables)["region"].to_list()[0] in ("CN-SX", "CN-SC")
    sectors = report.top_sectors(small_tables, lang="en")
    assert sectors.row(0) == ("C Manufacturing", 2, sectors["terms"][0])
    assert "机械" in sectors["terms"][0] and "铸造" in sectors["terms"][0]
    assert report.top_actors(small_tables)["name"].to_list() == ["山西省商务厅", "张华龙"] or \
        set(report.top_actors(small_tables)["name"]) == {"张华龙", "山西省商务厅"}


def test_render_report_embeds_charts_and_lists_events(small_tables):
    html = report.render_report(small_tables)
    images = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert len(images) == 3
    assert all(base64.b64decode(i)[:8] == b"\x89PNG\r\n\x1a\n" for i in images)
    for evidence in ("浙江省代表团与四川省举行座谈。", "9月24日至26日，纽约州代表团访问山西。"):
        assert evidence in html
    assert "Events with unknown year or no date (2)" in html
    assert "Articles with errors (1)" in html
    assert not re.search(r"\$[a-z_{]", html)   # no placeholder left unfilled


def test_report_escapes_text(small_tables):
    import polars as pl
    small_tables.events = small_tables.events.with_columns(pl.lit("<script>x</script>").alias("evidence"))
    html = report.render_report(small_tables)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_write_report_on_the_seeds(seeds_dir, tmp_path):
    path = report.write_report([seeds_dir], tmp_path / "out", format="csv", progress=False)
    assert path == tmp_path / "out" / "report.html"
    html = path.read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") == 3
    assert "Events and their evidence" in html
    for name in ("articles", "events", "actors", "places", "sectors"):
        assert (tmp_path / "out" / f"{name}.csv").exists()
    assert not list((tmp_path / "out").glob("*.part"))


def test_report_command(seeds_dir, tmp_path):
    from tradeviz.cli import main
    assert main(["report", str(seeds_dir), "--out", str(tmp_path), "--quiet"]) == 0
    assert (tmp_path / "report.html").exists() and (tmp_path / "events.parquet").exists()


@pytest.mark.skipif(not shutil.which("chromium"), reason="chromium is not installed")
def test_report_renders_in_a_browser(small_tables, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(report.render_report(small_tables), encoding="utf-8")
    shot = tmp_path / "shot.png"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
                    "--window-size=1280,1600", page.as_uri()], capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 20_000   # a page with charts, not a blank one


def test_a_large_corpus_lists_only_primary_events_and_says_so():
    from tradeviz import schema
    from tradeviz.report import events_html
    from tradeviz.tabulate import Tables
    rows = [{"event_id": str(i), "article_id": f"a{i // 3}", "event_type": "visit", "start": "2020",
             "end": "2020", "host": "CN-SX", "guest": "US-NY", "scope": "us_china",
             "primary": i % 3 == 0, "evidence": f"sentence {i}"} for i in range(30)]
    tables = Tables(articles=schema.empty("articles"), events=schema.frame("events", rows),
                    actors=schema.empty("actors"), places=schema.empty("places"), sectors=schema.empty("sectors"))
    few = events_html(tables, max_articles=4)
    assert few.count("<tr><td") == 4 and "all 30 events are in the events table" in few
    assert events_html(tables, max_articles=40).count("<tr><td") == 30
