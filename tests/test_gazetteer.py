"""The gazetteer tables and the helpers other steps use."""
from __future__ import annotations

import re
from collections import Counter

from tradeviz.extract import gazetteer as gz


def all_entries():
    return [e for es in gz.entries().values() for e in es]


def test_every_province_level_division_of_china_with_its_iso_code():
    provinces = {e.code for e in all_entries() if e.country == "CN" and e.level == "province"}
    assert len(provinces) == 34
    assert {"CN-HK", "CN-MO", "CN-TW", "CN-SX", "CN-SN", "CN-NM", "CN-HA", "CN-XZ"} <= provinces


def test_every_us_state_and_dc():
    states = {e.code for e in all_entries() if e.country == "US" and e.level == "province"}
    assert len({c for c in states if c != "US-DC"}) >= 50
    assert "US-DC" in states


def test_prefectures_and_counties_carry_gb_t_2260_codes_in_their_province():
    cn = [e for e in all_entries() if e.country == "CN" and e.level in ("prefecture", "county")]
    codes = {e.code for e in cn}
    assert len({c for c in codes if c.endswith("00")}) > 300        # prefecture level
    assert len(codes) > 2500                                         # with the counties
    assert all(re.fullmatch(r"\d{6}", e.code) and e.region.startswith("CN-") for e in cn)
    # the code prefix and the region agree (51 is Sichuan)
    assert {e.region for e in cn if e.code.startswith("51")} == {"CN-SC"}


def test_countries_use_iso_3166_1():
    assert gz.lookup("美国")[0].code == "US"
    assert gz.lookup("韩国")[0].code == "KR"
    assert gz.lookup("Kazakhstan")[0].code == "KZ"
    assert all(e.region == "" for e in all_entries() if e.level == "country")


def test_region_of():
    assert gz.region_of("成都") == "CN-SC"
    assert gz.region_of("成都市") == "CN-SC"
    assert gz.region_of("Los Angeles") == "US-CA"
    assert gz.region_of("渝") == "CN-CQ"
    assert gz.region_of("阿壩州") == "CN-SC"            # traditional form
    assert gz.region_of("合作") == ""                   # the word, not 合作市
    assert gz.region_of("日本") == ""


def test_country_of_region():
    assert gz.country_of_region("CN-TW") == "CN"
    assert gz.country_of_region("US-WA") == "US"
    assert gz.country_of_region("") == ""


def test_province_abbreviations_cover_every_province():
    abbr = gz.province_abbreviations()
    assert set(abbr.values()) == {e.code for e in all_entries() if e.country == "CN" and e.level == "province"}
    assert abbr["川"] == "CN-SC" and abbr["渝"] == "CN-CQ" and abbr["晋"] == "CN-SX" and abbr["陕"] == "CN-SN"


def test_ambiguous_bare_names_need_their_suffix():
    for word in ("合作", "公安", "和平", "城关"):
        assert gz.region_of(word) == "", word
    assert "合作" in gz.weak_names()
    assert gz.lookup("合作市")[0].region == "CN-GS"


def test_bare_names_of_big_cities_are_kept():
    for name, region in (("合肥", "CN-AH"), ("大连", "CN-LN"), ("保定", "CN-HE"), ("拉萨", "CN-XZ")):
        assert gz.region_of(name) == region, name


def test_a_shared_surface_lists_its_best_reading_first():
    assert gz.lookup("吉林")[0].level == "province"
    columbus = gz.lookup("Columbus")
    assert columbus[0].region == "US-OH" and "US-GA" in {e.region for e in columbus}


def test_scan_is_leftmost_longest_and_marks_slogans():
    hits = gz.scan("吉林省长春市")
    assert [h.surface for h in hits] == ["吉林省", "长春市"]
    assert [h.slogan for h in gz.scan("一带一路")] == [True]


def test_generated_tables_have_no_duplicate_readings():
    rows = Counter((r["surface"], r["code"], r["region"], r["name"])
                   for f in gz.NAME_FILES for r in gz.read_table(f))
    assert max(rows.values()) == 1


def test_round2_data_tables_load_and_are_consistent():
    from tradeviz.extract import gazetteer as g
    states = set(g.us_state_codes().values())
    assert set(g.us_ap_abbreviations().values()) <= states
    assert g.us_ap_abbreviations()["Mo."] == "US-MO" and g.us_ap_abbreviations()["W.Va."] == "US-WV"
    assert {"台港澳办", "港澳办", "侨办"} <= g.slogans()
    before, after = g.slogan_markers()
    assert "为主题" in after and "主题为" in before
    assert "高铁" in g.route_words() and " Times" in g.media_words()
