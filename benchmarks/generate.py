"""A corpus generator for benchmarks: realistic exchange-news articles at any size.

Every article is a function of (seed, index) only, so a corpus of N articles is
the prefix of a corpus of 2N, and the same seed always gives the same bytes.
Articles mix simplified and traditional Chinese, English and bilingual text,
interprovincial and US-China exchanges, people with titles, dates, sectors,
event wording, and page noise (navigation, source lines, image URLs, &nbsp;,
footers) in the style of the seeds. Place names, surnames and English given
names come from ``tradeviz/data`` where those files exist, the rest from
``benchmarks/vocab.toml``.

    python benchmarks/generate.py --articles 2000 --out /tmp/corpus            # files
    python benchmarks/generate.py --articles 2000 --parquet /tmp/corpus.parquet  # one table
"""
from __future__ import annotations

import argparse
import csv
import functools
import random
import tomllib
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "tradeviz" / "data"
PER_FOLDER = 1000
MUNICIPALITIES = {"CN-BJ", "CN-TJ", "CN-SH", "CN-CQ"}
AUTONOMOUS = {"CN-NM", "CN-GX", "CN-XZ", "CN-NX", "CN-XJ"}
SPECIAL = {"CN-HK", "CN-MO", "CN-TW"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
KIND_WEIGHTS = {"zh-Hans": 50, "zh-Hant": 12, "en": 25, "mixed": 13}


@functools.cache
def vocab() -> dict:
    """Templates and word lists: vocab.toml, with place and name lists from the package data."""
    v = tomllib.loads((HERE / "vocab.toml").read_text(encoding="utf-8"))
    fb = v["fallback"]
    split = lambda items: [tuple(s.split(":")) for s in items]
    regions = _data_rows("region_labels.csv")
    full = {r["iso"]: r["name"] for r in _data_rows("places/cn_provinces.csv") if r.get("iso") and r.get("name")}
    v["full_names"] = full
    v["provinces"] = [(r["code"], r["zh"], r["en"]) for r in regions
                      if r.get("code", "").startswith("CN-") and r["code"] not in SPECIAL] or split(fb["provinces"])
    v["states"] = [(r["code"], r["zh"], r["en"]) for r in regions
                   if r.get("code", "").startswith("US-")] or split(fb["states"])
    cities = [(r["region"], r["surface"], r["name_en"]) for r in _data_rows("places/us_zh.csv")
              if r.get("level") == "city" and r.get("region", "").startswith("US-")]
    v["us_cities"] = cities or split(fb["us_cities"])
    v["cn_cities"] = split(v["cities"]["cn"])
    v["surnames"] = _data_words("surnames.txt") or fb["surnames"]
    v["given_en"] = _data_words("given_names_en.txt") or fb["given_en"]
    return v


def _data_rows(name: str) -> list[dict]:
    path = DATA / name
    if not path.exists():
        return []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    try:
        return list(csv.DictReader(lines))
    except csv.Error:
        return []


def _data_words(name: str) -> list[str]:
    path = DATA / name
    if not path.exists():
        return []
    return [w for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")
            for w in ln.split()]


@functools.cache
def _s2t() -> dict:
    """Simplified → traditional, character by character, from OpenCC's own table."""
    import opencc
    table = {}
    path = Path(opencc.__file__).parent / "dictionary" / "STCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1:
            table[ord(parts[0])] = parts[1]
    return table


def to_traditional(text: str) -> str:
    """``text`` in traditional characters (character-level conversion).

    >>> to_traditional("湖南省党政代表团来藏考察")
    '湖南省黨政代表團來藏考察'
    """
    return text.translate(_s2t())


def _province_full(code: str, short: str) -> str:
    if code in MUNICIPALITIES:
        return short + "市"
    if code in AUTONOMOUS:
        return short + "自治区"
    return short + "省"


def _cn_name(rng: random.Random, v: dict) -> str:
    chars = v["zh"]["given_chars"]
    given = rng.choice(chars) + (rng.choice(chars) if rng.random() < 0.75 else "")
    return rng.choice(v["surnames"]) + given


def _en_person(rng: random.Random, v: dict) -> str:
    return f'{rng.choice(v["given_en"])} {rng.choice(v["fallback"]["surnames_en"])}'


def _pinyin_name(rng: random.Random) -> str:
    syll = ["Zhang", "Wang", "Li", "Zhao", "Chen", "Liu", "Huang", "Jing", "Hai", "Ping", "Jun", "Mao", "Wei", "Ming"]
    return f"{rng.choice(syll)} {rng.choice(syll)}{rng.choice(syll).lower()}"


def _fields(rng: random.Random, v: dict) -> dict:
    """Who, where, when and what of one article."""
    host = rng.choice(v["provinces"])
    us_china = rng.random() < 0.5
    if us_china:
        guest = rng.choice(v["states"])
        if rng.random() < 0.35:            # a Chinese delegation visiting the US
            host, guest = guest, host
    else:
        guest = rng.choice([p for p in v["provinces"] if p[0] != host[0]])
    short = lambda p: p[1][:-1] if p[0].startswith("US-") and p[1].endswith("州") and len(p[1]) > 2 else p[1]
    full = lambda p: p[1] if p[0].startswith("US-") else v["full_names"].get(p[0]) or _province_full(p[0], p[1])
    host_cities = [c for c in (v["us_cities"] if host[0].startswith("US-") else v["cn_cities"]) if c[0] == host[0]]
    city = rng.choice(host_cities) if host_cities else (host[0], short(host), host[2])
    year = rng.randint(2005, 2024)
    month, day = rng.randint(1, 12), rng.randint(1, 26)
    span = rng.randint(1, 4)
    zh = v["zh"]
    sectors = rng.sample(zh["sectors"], 3)
    sectors_en = rng.sample(v["en"]["sectors"], 3)
    us_side = lambda p: p[0].startswith("US-")
    f = {
        "host": full(host), "guest": full(guest), "host_short": short(host), "guest_short": short(guest),
        "host_en": host[2], "guest_en": guest[2], "city": city[1], "city_en": city[2],
        "kind": rng.choice(zh["kinds"]), "sector": sectors[0], "sector2": sectors[1], "sector3": sectors[2],
        "year": year, "month": month, "year0": rng.randint(1979, year), "k": rng.choice([10, 20, 25, 30, 35, 40]),
        "date": (f"{year}年" if rng.random() < 0.6 else "") + f"{month}月{day}日",
        "date2": f"{day + span}日", "pub": f"{year}-{month:02d}-{min(day + span + 1, 28):02d}",
        "date_en": f"{MONTHS[month - 1]} {day}" + (f", {year}" if rng.random() < 0.6 else ""),
        "date_en_pub": f"{MONTHS[month - 1][:3]} {min(day + span + 1, 28)}, {year}",
        "n": rng.randint(3, 60), "m": rng.randint(2, 30), "money": rng.randint(1, 900), "pct": rng.randint(1, 40),
        "mm": f"{rng.randint(0, 59):02d}", "num": rng.randint(10_000_000, 99_999_999),
        "reporter": _cn_name(rng, v),
        "htitle": rng.choice(zh["us_titles"] if us_side(host) else zh["cn_titles"]),
        "gtitle": rng.choice(zh["us_titles"] if us_side(guest) else zh["cn_titles"]),
        "gtitle2": rng.choice(zh["us_titles"] if us_side(guest) else zh["cn_titles"]),
        "horg": rng.choice(zh["orgs_us"] if us_side(host) else zh["orgs_cn"]),
        "gorg": rng.choice(zh["orgs_us"] if us_side(guest) else zh["orgs_cn"]),
        "venue": city[1] + rng.choice(v["cities"]["venues"]),
        "reporter_en": _pinyin_name(rng),
    }
    person = lambda p: rng.choice(zh["us_names"]) if us_side(p) else _cn_name(rng, v)
    f["hname"], f["hname2"] = person(host), person(host)
    f["gname"], f["gname2"] = person(guest), person(guest)
    f["host_us"], f["guest_us"] = us_side(host), us_side(guest)
    f["gperson"] = f["guest"] + f["gtitle"] + f["gname"]
    f["gname_en"] = _en_person(rng, v) if us_side(guest) else _pinyin_name(rng)
    f["hname_en"] = _en_person(rng, v) if us_side(host) else _pinyin_name(rng)
    f["htitle_en"] = rng.choice(v["en"]["us_titles"] if us_side(host) else v["en"]["cn_titles"]).format(**f)
    f["sector_en"], f["sector2_en"], f["sector3_en"] = sectors_en
    return f


def _image_url(rng: random.Random) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    token = "".join(rng.choice(alphabet) for _ in range(rng.randint(60, 90)))
    return f"http://mmbiz.qpic.cn/mmbiz/{token}/640?wx_fmt=jpeg&amp;tp=webp&amp;wxfrom=5&amp;wx_lazy=1"


def _paragraphs(rng: random.Random, sentences: list[str], n: int, sep: str) -> list[str]:
    """``n`` paragraphs of 2-4 sentences each, drawn without repetition while the pool lasts."""
    pool: list[str] = []
    paras = []
    for _ in range(n):
        para = []
        for _ in range(rng.randint(2, 4)):
            if not pool:
                pool = rng.sample(sentences, len(sentences))
            para.append(pool.pop())
        paras.append(sep.join(para))
    return paras


def _zh_article(rng: random.Random, v: dict, f: dict) -> str:
    zh = v["zh"]
    indent = rng.choice(["  \t", "        ", "", "　　"])
    lines = [rng.choice(zh["event_titles"]).format(**f), ""]
    if rng.random() < 0.5:
        lines[:0] = [rng.choice(zh["noise_head"]).format(**f), ""]
    if rng.random() < 0.7:
        lines += [rng.choice(zh["noise_meta"]).format(**f), ""]
    paras = [rng.choice(zh["lead"])] + _paragraphs(rng, zh["body"], rng.randint(4, 10), "")
    for p in paras:
        lines += [indent + p.format(**f), ""]
        r = rng.random()
        if r < 0.25:
            lines += [indent + "&nbsp;", ""]
        elif r < 0.4:
            lines += [_image_url(rng), ""]
    lines += [rng.choice(zh["noise_foot"]).format(**f) for _ in range(rng.randint(1, 3))]
    return "\n".join(lines) + "\n"


def _en_article(rng: random.Random, v: dict, f: dict) -> str:
    en = v["en"]
    g = dict(f, sector=f["sector_en"], sector2=f["sector2_en"], sector3=f["sector3_en"],
             gtitle=rng.choice(en["us_titles"] if f["guest_us"] else en["cn_titles"]).format(**f))
    lines = []
    if rng.random() < 0.6:
        lines += [rng.choice(en["noise_head"]).format(**g), ""]
    lines += [rng.choice(en["titles"]).format(**g), ""]
    if rng.random() < 0.6:
        lines += [rng.choice(en["noise_meta"]).format(**g), ""]
    paras = [rng.choice(en["lead"])] + _paragraphs(rng, en["body"], rng.randint(3, 7), " ")
    lines += [p.format(**g) + "\n" for p in paras]
    lines += [rng.choice(en["noise_foot"]).format(**g) for _ in range(rng.randint(1, 3))]
    return "\n".join(lines) + "\n"


def article_kind(seed: int, index: int) -> str:
    """The language kind of article ``index``: zh-Hans, zh-Hant, en or mixed."""
    rng = random.Random(seed * 1_000_003 + index)
    return rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]


def article(seed: int, index: int) -> str:
    """Article ``index`` of the corpus of ``seed`` (a pure function of both).

    >>> article(1, 5) == article(1, 5) and article(1, 5) != article(1, 6)
    True
    """
    kind = article_kind(seed, index)
    rng = random.Random((seed * 1_000_003 + index) * 7 + 1)
    v = vocab()
    f = _fields(rng, v)
    if kind == "en":
        return _en_article(rng, v, f)
    text = _zh_article(rng, v, f)
    if kind == "zh-Hant":
        return to_traditional(text)
    if kind == "mixed":
        return text + "\n" + _en_article(rng, v, f)
    return text


def file_name(index: int) -> str:
    """Relative path of article ``index``: 1000 files per folder, sorted in index order."""
    return f"{index // PER_FOLDER:04d}/{index:07d}.txt"


def iter_articles(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """``(name, text)`` of articles 0..n-1."""
    for i in range(n):
        yield file_name(i), article(seed, i)


def write_files(out: str | Path, n: int, seed: int = 0) -> int:
    """Write ``n`` articles as UTF-8 files under ``out``; the number of bytes written."""
    out = Path(out)
    total = 0
    for name, text in iter_articles(n, seed):
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return total


def write_parquet(path: str | Path, n: int, seed: int = 0, rows_per_group: int = 10_000) -> int:
    """Write ``n`` articles as a Parquet table (id, text), streaming; the number of text bytes."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = pa.schema([("id", pa.string()), ("text", pa.string())])
    total = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        ids, texts = [], []
        for name, text in iter_articles(n, seed):
            ids.append(name)
            texts.append(text)
            total += len(text.encode("utf-8"))
            if len(ids) == rows_per_group:
                writer.write_table(pa.table({"id": ids, "text": texts}, schema=schema))
                ids, texts = [], []
        if ids:
            writer.write_table(pa.table({"id": ids, "text": texts}, schema=schema))
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--seed", type=int, default=0)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", help="folder for the article files")
    group.add_argument("--parquet", help="a Parquet file of (id, text) instead")
    a = ap.parse_args(argv)
    n = write_files(a.out, a.articles, a.seed) if a.out else write_parquet(a.parquet, a.articles, a.seed)
    print(f"{a.articles} articles, {n / 1e6:.1f} MB -> {a.out or a.parquet}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
