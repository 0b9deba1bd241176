"""The place gazetteer: names of Chinese divisions, US states and cities, countries.

Data lives in ``tradeviz/data/places/`` (see ``scripts/build_gazetteer.py``
for how the generated tables are made). Everything is loaded lazily on first
use and cached: one Aho-Corasick automaton over every surface form, matched
leftmost-longest on a character-for-character simplified copy of the text, so
that offsets stay those of the input.

Helpers other steps use:

- :func:`region_of` -- the ISO 3166-2 region a name denotes (``'成都' -> 'CN-SC'``).
- :func:`country_of_region` -- the country of a region code (``'CN-HK' -> 'CN'``).
- :func:`province_abbreviations` -- the one-character abbreviations of China's
  province-level divisions, mapped to their region code.
- :func:`lookup` -- every reading of one surface form.
- :func:`to_simplified` -- the length-preserving traditional-to-simplified copy.
"""
from __future__ import annotations

import array
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import ahocorasick

from .. import data

NAME_FILES = ("cn_names.csv", "us_names.csv", "world_names.csv")   # earlier file wins a shared surface
LATIN = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of a surface form."""

    surface: str
    level: str
    code: str
    region: str
    country: str
    name: str
    population: int


def read_table(name: str) -> list[dict]:
    """Rows of a data CSV in ``tradeviz/data/places/``, skipping ``#`` comment lines.

    >>> read_table("slogans.csv")[0]["name"]
    '一带一路'
    """
    return data.rows(f"places/{name}")


@cache
def entries() -> dict[str, tuple[Entry, ...]]:
    """Every surface form with its readings, best first."""
    out: dict[str, list[Entry]] = {}
    for row in _unpacked_rows(_built()["entries"]):
        e = Entry(*row)
        out.setdefault(e.surface, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


def _entry_rows() -> list[tuple]:
    # the name files' rows as Entry fields, in file order
    return [(r["surface"], r["level"], r["code"], r["region"], r["country"], r["name"], int(r["population"] or 0))
            for fname in NAME_FILES for r in read_table(fname)]


SLOGAN_FILES = ("slogans.csv", "not_places.csv", "ethnic_groups.csv", "office_remits.csv")


@cache
def _built() -> dict:
    """What the gazetteer builds from its files at start-up (the names' rows, the
    traditional-to-simplified table, the pair scanner's tables), kept in a cache file
    that loads several times faster (``data.cached``: remade when a file read, this
    module or ``literal`` changes)."""
    from . import literal
    sources = [data.path(f"places/{f}") for f in NAME_FILES + SLOGAN_FILES]
    sources += [_ts_characters(), data.path("char_frequency.txt"), literal.__file__, __file__]
    return data.cached("gazetteer", sources, _build)


def _build() -> dict:
    rows = _entry_rows()
    surfaces = list(dict.fromkeys(r[0] for r in rows))
    t2s = _read_t2s(surfaces)
    slogan_words = frozenset(r["name"] for f in SLOGAN_FILES for r in read_table(f))
    pairs = _PairScanner.tables(surfaces + list(slogan_words), t2s, slogan_words)
    return {"entries": _packed_rows(rows), "t2s": t2s, "pairs": (*pairs[:-1], _packed_names(pairs[-1]))}


# The cache file holds columns of strings joined by newlines (data.joined), which load
# several times faster than as many tuples of strings.

def _packed_rows(rows: list[tuple]) -> tuple:
    columns = list(zip(*rows)) or [()] * 7
    return (*(data.joined(c) for c in columns[:6]), array.array("q", columns[6]).tobytes())


def _unpacked_rows(packed: tuple) -> zip:
    populations = array.array("q")
    populations.frombytes(packed[6])
    return zip(*(data.unjoined(c) for c in packed[:6]), populations.tolist())


def _packed_names(coded: list[tuple]) -> tuple:
    # the pair scanner's (coded name, (name, length, latin, slogan)) after its first, valueless word
    first, names = coded[0], coded[1:]
    flags = bytes(v[2] | v[3] << 1 for _, v in names)
    return first, data.joined(c for c, _ in names), data.joined(v[0] for _, v in names), flags


def _unpacked_names(packed: tuple) -> list[tuple]:
    first, coded, names, flags = packed
    return [first] + [(c, (w, len(w), bool(f & 1), bool(f & 2)))
                      for c, w, f in zip(data.unjoined(coded), data.unjoined(names), flags)]


@cache
def slogans() -> frozenset[str]:
    """Names matched only to be dropped with any place inside them.

    Policy and slogan names (长江经济带, slogans.csv), common words that
    contain a place name (三明治, not_places.csv), ethnic groups named
    like a country (朝鲜族, ethnic_groups.csv) and affairs offices named by
    their remit (台港澳办, office_remits.csv).
    """
    return frozenset(r["name"] for f in SLOGAN_FILES for r in read_table(f))


@cache
def route_words() -> tuple[str, ...]:
    """Words that end a line or corridor named by place abbreviations (京沪高铁): see route_words.csv, longest first."""
    return tuple(sorted((r["word"] for r in read_table("route_words.csv")), key=len, reverse=True))


@cache
def slogan_markers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words before, words after) a quoted phrase that make it a theme or slogan: see slogan_markers.csv."""
    rows = read_table("slogan_markers.csv")
    return (tuple(r["word"] for r in rows if r["side"] == "before"),
            tuple(r["word"] for r in rows if r["side"] == "after"))


@cache
def english_org_words() -> frozenset[str]:
    """Capitalised words that continue an organisation's name after a place (Georgia Power): see org_words_en.csv."""
    return frozenset(r["word"] for r in read_table("org_words_en.csv"))


@cache
def english_given_names() -> frozenset[str]:
    """Common English given names from ``tradeviz/data/given_names_en.txt``."""
    return frozenset(w for ln in data.lines("given_names_en.txt") for w in ln.split())


@cache
def english_person_titles() -> frozenset[str]:
    """Lower-cased English posts written before a person's name (commissioner, mayor, gov): see person_titles_en.csv."""
    return frozenset(r["title"].lower() for r in read_table("person_titles_en.csv"))


@cache
def media_words() -> tuple[str, ...]:
    """Words that end a news outlet's name after a place (日报, " Times"): see media_words.csv."""
    with open(data.path("places/media_words.csv"), encoding="utf-8") as f:
        rows = [ln.rstrip("\n") for ln in f if not ln.startswith("#")][1:]
    return tuple(r for r in rows if r.strip())


@cache
def us_ap_abbreviations() -> dict[str, str]:
    """AP-style US state abbreviation -> ISO 3166-2 code ('Mo.' -> 'US-MO'): see us_ap_abbr.csv.

    >>> us_ap_abbreviations()["Calif."]
    'US-CA'
    """
    return {r["abbr"]: r["region"] for r in read_table("us_ap_abbr.csv")}


@cache
def ambiguous_english() -> frozenset[str]:
    """English place names that are also common names or words (Charlotte, Mobile): see ambiguous_names_en.csv."""
    return frozenset(r["name"] for r in read_table("ambiguous_names_en.csv"))


@cache
def weak_names() -> frozenset[str]:
    """Two-character county names that count only right after a place of their province (汶川, 和县)."""
    return frozenset(r["name"] for r in read_table("weak_names.csv"))


@cache
def us_capitals() -> frozenset[tuple[str, str]]:
    """(city, ISO 3166-2 state) of the US state capitals: they count bare whatever their size."""
    return frozenset((r["city"], r["region"]) for r in read_table("us_capitals.csv"))


@cache
def automaton() -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for s in entries():
        a.add_word(s, s)
    for s in slogans():
        a.add_word(s, s)
    a.make_automaton()
    return a


@cache
def _t2s_table() -> dict[int, int]:
    """One-character traditional-to-simplified pairs from OpenCC's TSCharacters table."""
    return _built()["t2s"]


def _ts_characters() -> Path:
    import importlib.util       # where opencc lies, without importing it
    return Path(importlib.util.find_spec("opencc").origin).parent / "dictionary" / "TSCharacters.txt"


def _read_t2s(surfaces) -> dict[int, int]:
    table = {}
    for line in _ts_characters().read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1:
            table[ord(parts[0])] = ord(parts[1])
    # characters that simplified place names use as they are (乾 in 乾县) stay
    for surface in surfaces:
        for ch in surface:
            table.pop(ord(ch), None)
    table[ord("’")] = ord("'")      # Xi’an as Xi'an
    return table


def to_simplified(text: str) -> str:
    """``text`` with traditional characters replaced one for one (offsets unchanged).

    >>> to_simplified("山西省經信委"), to_simplified("乾县")
    ('山西省经信委', '乾县')
    """
    return text.translate(_t2s_table())


def lookup(surface: str) -> tuple[Entry, ...]:
    """Every reading of ``surface`` (simplified or English), best first; () if unknown.

    >>> [(e.level, e.region) for e in lookup("成都")]
    [('prefecture', 'CN-SC')]
    """
    return entries().get(to_simplified(surface), ())


def region_of(surface: str) -> str:
    """The ISO 3166-2 region (province or state) a place name denotes, '' if none.

    Names that denote a place only next to their province (合作, bare 汶川:
    see :func:`weak_names`) give ''.

    >>> region_of("成都"), region_of("Los Angeles"), region_of("四川省"), region_of("美国")
    ('CN-SC', 'US-CA', 'CN-SC', '')
    """
    found = lookup(surface)
    if found and to_simplified(surface) not in weak_names():
        return found[0].region
    abbr = province_abbreviations().get(surface)
    return abbr or ""


def country_of_region(code: str) -> str:
    """The ISO 3166-1 country of an ISO 3166-2 region code (China for CN-HK, CN-MO, CN-TW).

    >>> country_of_region("CN-HK"), country_of_region("US-OH"), country_of_region("JP-15"), country_of_region("")
    ('CN', 'US', 'JP', '')
    """
    return code.split("-", 1)[0] if code else ""


@dataclass(frozen=True, slots=True)
class Abbreviation:
    char: str
    code: str       # ISO 3166-2 region, GB/T 2260 prefecture, or ISO 3166-1 country
    level: str
    strength: str   # strong | weak | compound
    set: str        # cn | world


@cache
def abbreviations() -> dict[tuple[str, str], Abbreviation]:
    """One-character abbreviations keyed by (char, set): set 'cn' (川 CN-SC) or 'world' (美 US)."""
    return {(r["char"], r["set"]): Abbreviation(r["char"], r["code"], r["level"], r["strength"], r["set"])
            for r in read_table("abbreviations.csv")}


@cache
def abbreviation_runs() -> re.Pattern:
    """A regex for runs of abbreviation characters."""
    chars = "".join(sorted({ch for ch, _ in abbreviations()}))
    return re.compile(f"[{re.escape(chars)}]+")


@cache
def province_abbreviations() -> dict[str, str]:
    """Abbreviation character -> ISO 3166-2 code, for China's province-level divisions.

    >>> province_abbreviations()["渝"], province_abbreviations()["川"], len(province_abbreviations()) >= 34
    ('CN-CQ', 'CN-SC', True)
    """
    return {a.char: a.code for (ch, s), a in abbreviations().items() if s == "cn" and a.level == "province"}


@cache
def abbreviation_contexts() -> tuple[dict[str, str], dict[str, str]]:
    """(words before, words after) an abbreviation that make it a place (来渝, 浙商), each -> 'strong' | 'all'."""
    before, after = {}, {}
    for r in read_table("abbr_contexts.csv"):
        (before if r["side"] == "before" else after)[r["word"]] = r["applies"]
    return before, after


@cache
def rejected_pairs() -> frozenset[str]:
    """Two-abbreviation strings that are ordinary words (苏宁, 甘宁), not compounds."""
    return frozenset(r["pair"] for r in read_table("abbr_pairs.csv"))


@cache
def ordinary_bigrams() -> frozenset[str]:
    """Two-character words of jieba's dictionary that are not place names or abbreviations (平台, 资源, 京东).

    Used to tell an abbreviation from the half of a word (用好平台资源 is no 台资).

    >>> "平台" in ordinary_bigrams(), "京津" in ordinary_bigrams()
    (True, False)
    """
    return _bigram_sets()[0]


@cache
def any_bigrams() -> frozenset[str]:
    """Every two-character word of jieba's dictionary, whatever its tag (美丽 is tagged ns)."""
    return _bigram_sets()[1]


@cache
def _bigram_sets() -> tuple[frozenset[str], frozenset[str]]:
    # kept in a cache file (data.cached) as every bigram and the place-like ones, each
    # joined by newlines: loads in a tenth of the time it takes to make the sets from
    # jieba's dictionary (whose tags table is then not needed at all)
    from . import jieba_dict
    words, places = data.cached("bigrams", [jieba_dict._path(), jieba_dict.__file__, __file__], _bigram_lines)
    every = frozenset(words.split("\n")) if words else frozenset()
    return every - frozenset(places.split("\n")), every


def _bigram_lines() -> tuple[str, str]:
    from .jieba_dict import bigram_tags
    tags = bigram_tags()
    places = [w for w, tag in tags.items() if tag.startswith("ns") or tag == "j"]
    return "\n".join(tags), "\n".join(places)


@cache
def person_contexts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(titles before, verbs after) a person's name: see person_contexts.csv."""
    rows = read_table("person_contexts.csv")
    return (tuple(r["word"] for r in rows if r["side"] == "before"),
            tuple(r["word"] for r in rows if r["side"] == "after"))


@cache
def surnames() -> frozenset[str]:
    """One- and two-character Chinese surnames from ``tradeviz/data/surnames.txt``."""
    return frozenset(w for ln in data.lines("surnames.txt") for w in ln.split())


@cache
def us_state_codes() -> dict[str, str]:
    """US state name or postal code -> ISO 3166-2 code ('Ohio' -> 'US-OH', 'OH' -> 'US-OH')."""
    out = {}
    for s, es in entries().items():
        for e in es:
            if e.country == "US" and e.level == "province" and e.code.startswith("US-"):
                out.setdefault(s, e.code)
                out.setdefault(e.code[3:], e.code)
    return out


@lru_cache(maxsize=1 << 16)      # asked of the same place names again and again
def is_latin(s: str) -> bool:
    return bool(LATIN.search(s))


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    surface: str
    slogan: bool


def scan(simplified: str) -> list[Hit]:
    """Leftmost-longest gazetteer and slogan hits in already simplified text.

    English hits must not continue into Latin letters ('Washingtonian').

    >>> [(h.surface, h.slogan) for h in scan("长江经济带上的重庆市")]
    [('长江经济带', True), ('重庆市', False)]
    >>> scan("Washingtonian")
    []
    """
    pairs = _pair_scanner()
    coded = pairs.coded(simplified, pairs.plain)
    if coded is None:       # a character beyond the BMP: scan the text as it is written
        return [Hit(*h) for h in _scan_plain(simplified)]
    return [Hit(*h) for h in pairs.hits(simplified, coded)]


def simplified_hits(text: str) -> tuple[str, list[tuple[int, int, str, bool]]]:
    """``to_simplified(text)`` and its :func:`scan` hits as (start, end, surface, slogan) tuples.

    >>> simplified_hits("山西省經信委與Washington")
    ('山西省经信委与Washington', [(0, 3, '山西省', False), (7, 17, 'Washington', False)])
    """
    pairs = _pair_scanner()
    coded = pairs.coded(text, pairs.simplifying)
    if coded is None:
        simplified = to_simplified(text)
        return simplified, _scan_plain(simplified)
    simplified = text.translate(pairs.simplified) if pairs.traditional.search(text) else text
    return simplified, pairs.hits(simplified, coded)


def _scan_plain(simplified: str) -> list[tuple[int, int, str, bool]]:
    # the hits of any text, characters beyond the BMP included (see _PairScanner for the fast way)
    hits = []
    n = len(simplified)
    for end, key in _scanner().iter_long(simplified):
        start = end - len(key) + 1
        latin, slogan = _key_kind(key)
        if latin:
            if start > 0 and LATIN.match(simplified[start - 1]):
                continue
            if end + 1 < n and LATIN.match(simplified[end + 1]):
                continue
        hits.append((start, end + 1, key, slogan))
    return hits


@cache
def _scanner():
    # the automaton's words, in an automaton that scans faster (see literal.Scanner)
    from .literal import Scanner
    return Scanner([(s, s) for s in entries()] + [(s, s) for s in slogans()])


@cache
def _key_kind(key: str) -> tuple[bool, bool]:
    """(written in Latin letters, a slogan) of a gazetteer word: asked once per word."""
    return is_latin(key), key in slogans()


class _PairScanner:
    """The gazetteer's automaton over text written two symbols a character: the same hits, about six times faster.

    pyahocorasick looks a character up among a node's branches one by one; the
    gazetteer's root has a branch for each of ~1,700 characters, so a Chinese
    text spends most of the scan there (literal.Scanner orders the branches,
    which helps only the commonest characters). Here each character of the
    names is written as a pair of symbols (a row, then a column of a ~42 x 42
    table, commonest characters first), so no node has more than ~42 branches.
    The rows and columns use different symbols, so a name can only match from
    the first symbol of a character, and leftmost-longest matching (even the
    way pyahocorasick's ``iter_long`` falls back on shorter names) reads the
    pairs exactly as it reads the characters. Every other character is one
    pair that no name uses; the coded text is twice as long, so a hit ending at
    symbol ``k`` ends at character ``k // 2``. The text is coded by numpy, a
    table lookup of its UTF-16 units (six times faster than ``str.translate``);
    a text with characters beyond the BMP is not coded (the caller scans it as
    before).

    >>> p = _PairScanner(["北京", "北京市", "京津"], {ord("東"): ord("东")})
    >>> t = "在北京市和京津冀"
    >>> [(h[0], h[1], h[2]) for h in p.hits(t, p.coded(t, p.plain))]
    [(1, 4, '北京市'), (5, 7, '京津')]
    >>> p.coded("東京", p.simplifying) == p.coded("东京", p.plain), p.coded("🙂", p.plain)
    (True, None)
    """

    def __init__(self, words, t2s: dict[int, int], slogan_words=frozenset()):
        self._load(self.tables(words, t2s, slogan_words))

    @classmethod
    def from_tables(cls, tables) -> "_PairScanner":
        """The scanner of :meth:`tables`' result (as read from a cache file)."""
        scanner = cls.__new__(cls)
        scanner._load(tables)
        return scanner

    @staticmethod
    def tables(words, t2s: dict[int, int], slogan_words=frozenset()) -> tuple:
        """What the scanner is made of, as plain data: the two code tables (big-endian
        pairs as bytes), ``to_simplified``'s table as a list, the traditional characters,
        and the coded names with their values in code order."""
        from .literal import char_rank

        rank = char_rank()
        alphabet = sorted({c for w in words for c in w}, key=lambda c: (rank.get(c, len(rank)), c))
        side = 2
        while (side - 1) * side < len(alphabet):   # row 0 is kept for the other characters
            side += 1
        row = lambda i: chr(0x21 + i)
        column = lambda j: chr(0x21 + side + j)
        code = {c: row(1 + i // side) + column(i % side) for i, c in enumerate(alphabet)}
        other = row(0) + column(0)
        bmp = 0x10000
        pair_value = lambda pair: (ord(pair[0]) << 8) | ord(pair[1])
        plain = [pair_value(other)] * bmp       # code point -> its pair
        for c, pair in code.items():
            if ord(c) < bmp:
                plain[ord(c)] = pair_value(pair)
        simplifying = list(plain)     # the pair of a character's simplified form
        simplified = list(range(bmp))      # to_simplified's table as a list (a dict misses slowly)
        for k, v in t2s.items():
            if k < bmp:
                simplifying[k] = pair_value(code.get(chr(v), other))
                simplified[k] = v
        as_bytes = lambda values: array.array("H", values).tobytes()
        traditional = "".join(chr(k) for k in sorted(t2s) if k < bmp)
        # made in code order, so every node tries its commonest branch first; the
        # other characters' pair leads to a node of its own, the root's first branch
        coded = [(other + chr(0x21 + 2 * side), None)]
        coded += [(c, (w, len(w), is_latin(w), w in slogan_words))
                  for c, w in sorted(("".join(code[c] for c in w), w) for w in set(words))]
        return as_bytes(plain), as_bytes(simplifying), simplified, traditional, coded

    def _load(self, tables) -> None:
        import numpy as np

        plain, simplifying, self.simplified, traditional, coded = tables
        self._units = lambda b: np.frombuffer(b, dtype=np.uint16)
        # the tables hold native uint16 values; a pair is its two symbols, big-endian
        self.plain, self.simplifying = (np.frombuffer(t, dtype=np.uint16).astype(">u2") for t in (plain, simplifying))
        self.traditional = re.compile("[" + "".join(re.escape(c) for c in traditional) + "]")
        a = ahocorasick.Automaton()
        for word, value in coded:
            a.add_word(word, value)
        a.make_automaton()
        self.automaton = a

    def coded(self, text: str, table) -> str | None:
        """``text`` two symbols a character by ``table`` (``plain``, or ``simplifying`` for the simplified
        form's pairs), or None where a character lies beyond the BMP."""
        units = text.encode("utf-16-le", "surrogatepass")
        if len(units) != 2 * len(text):
            return None
        return table[self._units(units)].tobytes().decode("ascii")

    def hits(self, simplified: str, coded: str) -> list[tuple[int, int, str, bool]]:
        """(start, end, surface, slogan) of the leftmost-longest names; English ones not inside a Latin word."""
        hits = []
        n = len(simplified)
        for end, (key, size, latin, slogan) in self.automaton.iter_long(coded):
            end = (end >> 1) + 1
            start = end - size
            if latin and ((start > 0 and LATIN.match(simplified[start - 1]))
                          or (end < n and LATIN.match(simplified[end]))):
                continue
            hits.append((start, end, key, slogan))
        return hits


@cache
def _pair_scanner() -> _PairScanner:
    pairs = _built()["pairs"]
    return _PairScanner.from_tables((*pairs[:-1], _unpacked_names(pairs[-1])))


@cache
def _codes() -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for es in entries().values():
        for e in es:
            if e.code:
                out.setdefault(e.code, e)
    return out


def by_code(code: str) -> Entry | None:
    """A reading with this code (GB/T 2260, ISO 3166-2 or ISO 3166-1), or None.

    >>> by_code("510100").region, by_code("CN-HK").country
    ('CN-SC', 'CN')
    """
    return _codes().get(code)
