"""Shared fixtures: where the seeds and the ../shared reference data are."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

needs_shared = pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(),
    reason="../shared (spec, gold and dev articles) is not beside the checkout, as on a user's machine",
)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(autouse=True)
def _close_figures():
    """Close matplotlib figures after each test so none leaks into the next."""
    yield
    import sys
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


@pytest.fixture
def small_tables():
    """Small hand-made tables (two articles, four events: one dated to the day, one to the
    month, one with month and day but no year, one undated) for chart and report tests."""
    from tradeviz import schema
    from tradeviz.tabulate import Tables
    rows = {
        "articles": [
            {"article_id": "a1", "source": "a1.txt", "title": "四川浙江合作", "published": "2016-09-28",
             "language": "zh-Hans", "text": "…", "error": ""},
            {"article_id": "a2", "source": "a2.txt", "title": "纽约州代表团访问山西", "published": "",
             "language": "zh-Hans", "text": "…", "error": ""},
            {"article_id": "a3", "source": "broken.pdf", "title": "", "published": "", "language": "",
             "text": "", "error": "cannot read PDF"},
        ],
        "events": [
            {"event_id": "e1", "article_id": "a1", "event_type": "meeting", "start": "2016-09-27",
             "end": "2016-09-27", "host": "CN-SC", "guest": "CN-ZJ", "scope": "interprovincial",
             "primary": True, "evidence": "浙江省代表团与四川省举行座谈。"},
            {"event_id": "e2", "article_id": "a1", "event_type": "signing", "start": "2015-09",
             "end": "", "host": "CN-SC", "guest": "CN-ZJ", "scope": "interprovincial",
             "primary": False, "evidence": "双方于2015年9月签约。"},
            {"event_id": "e3", "article_id": "a2", "event_type": "visit", "start": "--09-24",
             "end": "--09-26", "host": "CN-SX", "guest": "US-NY", "scope": "us_china",
             "primary": True, "evidence": "9月24日至26日，纽约州代表团访问山西。"},
            {"event_id": "e4", "article_id": "a2", "event_type": "meeting", "start": "", "end": "",
             "host": "CN-SX", "guest": "US-NY", "scope": "us_china", "primary": False,
             "evidence": "代表团与山西省经信委会谈。"},
        ],
        "actors": [
            {"actor_id": "p1", "article_id": "a2", "name": "张华龙", "kind": "person",
             "title": "山西省经信委主任", "region": "CN-SX", "mentions": 2},
            {"actor_id": "o1", "article_id": "a2", "name": "山西省商务厅", "kind": "government",
             "title": "", "region": "CN-SX", "mentions": 1},
        ],
        "places": [
            {"article_id": "a1", "name": "四川", "level": "province", "code": "CN-SC", "region": "CN-SC",
             "country": "CN", "mentions": 3},
            {"article_id": "a1", "name": "浙江", "level": "province", "code": "CN-ZJ", "region": "CN-ZJ",
             "country": "CN", "mentions": 2},
            {"article_id": "a2", "name": "山西", "level": "province", "code": "CN-SX", "region": "CN-SX",
             "country": "CN", "mentions": 4},
            {"article_id": "a2", "name": "纽约州", "level": "province", "code": "US-NY", "region": "US-NY",
             "country": "US", "mentions": 2},
        ],
        "sectors": [
            {"article_id": "a1", "isic": "C", "sector": "manufacturing", "terms": "机械;装备",
             "mentions": 3},
            {"article_id": "a1", "isic": "K", "sector": "finance", "terms": "金融", "mentions": 1},
            {"article_id": "a2", "isic": "C28", "sector": "machinery", "terms": "铸造", "mentions": 1},
            {"article_id": "a2", "isic": "R", "sector": "culture", "terms": "文化旅游", "mentions": 1},
        ],
    }
    return Tables(**{name: schema.frame(name, r) for name, r in rows.items()})
