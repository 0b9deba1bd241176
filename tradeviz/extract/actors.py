"""Actors: persons with titles, and organisations, with the side each belongs to.

Persons come from :mod:`.persons`, organisations from :mod:`.organizations`;
this module joins them, gives each organisation its side, folds short forms
into full ones (省经信委 into 四川省经信委) and, in a bilingual article, the
English name of an organisation into its Chinese entry.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .lexicon import is_common_word
from .mentions import Actor, Doc
from .organizations import OrgHit, en_org_hits, known_company_hits, zh_head_re, zh_org_hits
from .persons import foreign_written_name, find_persons
from .sides import main_region, region_of_span

_LEVEL_PREFIX = re.compile("^(?:省|市|自治区|州|县|区)")


def find_actors(doc: Doc) -> list[Actor]:
    """Every person and organisation acting in ``doc``.

    >>> acts = find_actors(Doc("x", "四川省经信委主任顾红松表示，欢迎浙江企业。"))
    >>> sorted((a.name, a.kind) for a in acts)
    [('四川省经信委', 'government'), ('顾红松', 'person')]
    """
    persons = find_persons(doc)
    orgs = zh_org_hits(doc.text, doc.places, persons, doc.sectors) + en_org_hits(doc.text, doc.places, persons)
    orgs += _unnamed_elsewhere(known_company_hits(doc.text), orgs, persons)
    orgs = _fold_short_forms(orgs, doc.text)
    if _is_bilingual(doc):
        orgs = _pair_translations(orgs, doc)
        persons = _pair_person_translations(persons)
    persons, orgs = _fold_parenthesised_english(doc.text, persons, orgs)
    out = list(persons)
    seen = set()
    for h in orgs:
        if h.name in seen:
            continue
        seen.add(h.name)
        region = region_of_span(doc, h.start, h.end)
        if not region and _LEVEL_PREFIX.match(h.name):
            region = main_region(doc, "CN")
        out.append(Actor(h.name, h.kind, "", region, h.start, h.end, h.name_en))
    return out


def _unnamed_elsewhere(known: list[OrgHit], orgs: list[OrgHit], persons: list[Actor]) -> list[OrgHit]:
    """The listed companies not already inside a found name (中粮 in 中粮集团有限公司) or a person's."""
    spans = [(h.start, h.end) for h in orgs] + [(a.start, a.end) for a in persons]
    names = " ".join(h.name for h in orgs)
    return [k for k in known if k.name not in names and (not k.name_en or k.name_en not in names)
            and not any(s <= k.start and k.end <= e for s, e in spans)]


def _fold_parenthesised_english(text: str, persons: list[Actor], orgs: list[OrgHit]):
    """詹姆斯金（James King）, 美国商会（AmCham）: the English form is the same actor's name_en."""
    def owner(name: str, names: list[str]) -> str | None:
        for start in _bracketed(text, name):
            before = text[max(0, start - 30):start].rstrip()
            hit = next((n for n in names if not n.isascii() and before.endswith(n)), None)
            if hit:
                return hit
        return None

    zh_p = [a.name for a in persons]
    folded_p = {}
    for a in persons:
        if a.name.isascii():
            o = owner(a.name, zh_p)
            if o:
                folded_p[o] = a.name
    if folded_p:
        persons = [replace(a, name_en=folded_p.get(a.name, a.name_en)) for a in persons
                   if a.name not in folded_p.values()]
    zh_o = [h.name for h in orgs]
    keep = []
    for h in orgs:
        o = owner(h.name, zh_o) if h.name.isascii() else None
        if o:
            next(z for z in orgs if z.name == o).name_en = h.name
        else:
            keep.append(h)
    return persons, keep


_CJK_RUN = re.compile("[\u4e00-\u9fff]+")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _bracketed(text: str, name: str):
    """Where ``name`` follows an opening bracket (and spaces) in ``text``: the starts of
    ``re.finditer(r"[（(]\\s*" + re.escape(name), text)``, without compiling a pattern
    for every name.

    >>> list(_bracketed("詹姆斯金（James King）与( James King", "James King"))
    [4, 17]
    """
    if not name or name[0].isspace():
        yield from (m.start() for m in re.finditer(r"[（(]\s*" + re.escape(name), text))
        return
    # each bracket is followed (after spaces) by one non-space place, so the name's own
    # occurrences are walked instead of every bracket; a bracket inside the last name found is skipped
    done, j = 0, text.find(name)
    while j >= 0:
        b = j
        while b > 0 and text[b - 1].isspace():
            b -= 1
        if b > done and text[b - 1] in "（(":   # the bracket (b - 1) at or after the end of the last name yielded
            yield b - 1
            done = j + len(name)
        j = text.find(name, j + 1)


_OPENING = ("（", "(")   # the first character of a _BRACKETED_AFTER match
_BRACKETED_AFTER = re.compile(r"[（(]([^（()）]{2,16})[）)]")
_DECLARED_SHORT = re.compile("[（(](?:以下)?简称[：:]?[“\"「‘]?([^”\"」’）)]{2,16})[”\"」’]?[）)]")


def _fold_short_forms(orgs: list[OrgHit], text: str = "") -> list[OrgHit]:
    """Drop a short form of a body named in full in the same article.

    省经信委 or 经信委 after 四川省经信委, and 机电商会 declared by
    ``（以下简称“机电商会”）``, are the same body, shorter; so is a name
    without a head inside a full name of the same kind (伊利 in 内蒙古伊利实业集团股份有限公司).

    >>> [h.name for h in _fold_short_forms([OrgHit("伊利", "company", 0, 2), OrgHit("内蒙古伊利实业集团股份有限公司", "company", 9, 24)])]
    ['内蒙古伊利实业集团股份有限公司']
    """
    names = {h.name for h in orgs}
    declared = {m.group(1) for m in _DECLARED_SHORT.finditer(text)} if "简称" in text else set()
    # 中国国际贸易促进委员会（中国贸促会）: a Chinese name in brackets right after a full one
    declared |= {m.group(1) for h in orgs if text.startswith(_OPENING, h.end) and not h.name.isascii()
                 for m in [_BRACKETED_AFTER.match(text, h.end)] if m}
    out = []
    zh_names = [o for o in names if not o.isascii()]
    # _abbreviates wants the same first two and last characters and a longer full name
    by_ends: dict[tuple[str, str], list[str]] = {}
    for o in zh_names:
        by_ends.setdefault((o[:2], o[-1:]), []).append(o)
    # a Chinese name that another one ends with (经信委 of 四川省经信委) is a proper suffix of it
    suffixes = {o[k:] for o in zh_names for k in range(1, len(o))}
    companies = {o.name for o in orgs if o.kind == "company"}
    # what follows a space in a name: Cabinet for Economic Development in Kentucky Cabinet for Economic Development
    tails = {" ".join(parts[k:]) for o in names if " " in o for parts in [o.split(" ")] for k in range(1, len(parts))}
    for h in orgs:
        if h.name in declared and len(names) > 1:
            continue
        if not h.name.isascii() and (h.name in suffixes if h.name else len(zh_names) > 1):
            continue
        if not h.name.isascii() and len(h.name) >= 3 and any(
                len(o) > len(h.name) and _abbreviates(h.name, o) for o in by_ends.get((h.name[:2], h.name[-1:]), ())):
            continue   # 香港贸发局 after 香港贸易发展局
        if not h.name.isascii() and h.kind == "company" \
                and any(o != h.name and h.name in o for o in companies) and not _ends_in_head(h.name):
            continue   # 伊利 (a list item) after 内蒙古伊利实业集团股份有限公司
        if h.name.isascii() and h.name in tails:
            continue   # Cabinet for Economic Development after Kentucky Cabinet for Economic Development
        out.append(h)
    return out


@lru_cache(maxsize=8192)
def _ends_in_head(name: str) -> bool:
    """True when a head word (公司, 委员会) ends ``name``; asked for the same names again and again.

    >>> _ends_in_head("四川省经信委"), _ends_in_head("伊利")
    (True, False)
    """
    return any(m.end() == len(name) for m in zh_head_re().finditer(name))


_BRANCH_HEADS = ("分行", "支行", "分校", "分公司", "子公司", "办事处", "代表处", "分会", "分院")


def _abbreviates(short: str, full: str) -> bool:
    """True when ``short`` is a Chinese abbreviation of ``full``: same start, same head, a subsequence.

    >>> _abbreviates("香港贸发局", "香港贸易发展局"), _abbreviates("中国银行", "中国银行北京市分行")
    (True, False)
    >>> _abbreviates("中国银行", "中国农业银行"), _abbreviates("北岭总商会", "北岭中华总商会")
    (False, False)
    """
    if len(short) < 3 or len(short) >= len(full) or short[:2] != full[:2]:
        return False
    if short[-1] != full[-1] or not (_ends_in_head(short) and _ends_in_head(full)):
        return False
    if full.endswith(_BRANCH_HEADS):
        return False   # 中国银行 is the parent of 中国银行北京市分行, not its short form
    # 香港贸发局 drops single characters of 香港贸易发展局; 香港总商会 drops the word 中华
    # of 香港中华总商会 and is another body (中国银行, 中国农业银行)
    dropped, k = [], 0
    for c in full:
        if k < len(short) and c == short[k]:
            k += 1
            dropped.append("|")
        else:
            dropped.append(c)
    if k < len(short):
        return False
    return not any(len(b) >= 2 and is_common_word(b, 100) for b in "".join(dropped).split("|"))


def _is_bilingual(doc: Doc) -> bool:
    langs = {lang[:2] for lang, _, _ in doc.parts}
    if {"zh", "en"} <= langs or doc.language == "mixed":
        return True
    if len(doc.text) <= 800 or doc.text.isascii():
        return False   # room for neither 600 Latin letters and 200 Chinese characters, or no Chinese at all
    ascii_part = doc.text.encode("ascii", "ignore")
    latin = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    if latin <= 600:
        return False   # the cheaper count first
    cjk = sum(map(len, _CJK_RUN.findall(doc.text)))          # counted by runs: fewer matches to make
    return cjk > 200


def _pair_person_translations(persons: list[Actor]) -> list[Actor]:
    """In a bilingual article, each English person that is a Chinese one becomes its name_en.

    A Chinese name pairs with its pinyin (陈海鹰, Chen Haiying), a transliterated name
    with the English name it sounds like (基奥尼·阿卡纳, Keoni Akana); what is left,
    where no more English names than Chinese ones are left, pairs in order, names
    written the foreign way with each other first (查理·哈奇森, Charlie Hutchison).

    >>> ps = [Actor("查理·哈奇森", "person", "", "", 0, 6), Actor("赵卫东", "person", "", "", 9, 12),
    ...       Actor("Zhao Weidong", "person", "", "", 20, 32), Actor("Charlie Hutchison", "person", "", "", 40, 57)]
    >>> [(a.name, a.name_en) for a in _pair_person_translations(ps)]
    [('查理·哈奇森', 'Charlie Hutchison'), ('赵卫东', 'Zhao Weidong')]
    >>> ps = [Actor("林家俊", "person", "", "", 0, 3), Actor("Sun Yat-sen", "person", "", "", 9, 20),
    ...       Actor("Lin Jiajun", "person", "", "", 30, 40)]
    >>> [(a.name, a.name_en) for a in _pair_person_translations(ps)]
    [('林家俊', 'Lin Jiajun'), ('Sun Yat-sen', '')]
    """
    zh = [a for a in persons if not a.name.isascii()]
    en = [a for a in persons if a.name.isascii()]
    if not zh or not en:
        return persons
    mates: dict[int, Actor] = {}
    for e, k in _pairs_by_sound(zh, en):
        mates[k] = e
    paired = {id(e) for e in mates.values()}
    left = [e for e in en if id(e) not in paired]
    if left and len(left) <= len(zh) - len(mates):
        for e in [e for e in left if foreign_written_name(e.name)] + [e for e in left if not foreign_written_name(e.name)]:
            free = [i for i in range(len(zh)) if i not in mates]
            k = next((i for i in free if foreign_written_name(zh[i].name) == foreign_written_name(e.name)), free[0])
            mates[k] = e
        left = []
    out = [replace(z, name_en=mates[i].name, region=z.region or mates[i].region) if i in mates else z
           for i, z in enumerate(zh)]
    return out + left


_SOUNDS_ALIKE = 0.75   # transliteration_score of a name and its own transliteration: 0.8-1.0 on real pairs, others below 0.7


def _pairs_by_sound(zh: list[Actor], en: list[Actor]) -> list[tuple[Actor, int]]:
    """(English person, index of its Chinese person) for names that are one another's
    pinyin or transliteration, best matches first, each name used once."""
    from .names import is_pinyin_of, transliteration_score
    scored = []
    for e in en:
        for k, z in enumerate(zh):
            if foreign_written_name(z.name):
                score = transliteration_score(e.name, z.name) if foreign_written_name(e.name) else 0.0
            else:
                score = 2.0 if is_pinyin_of(e.name, z.name) else 0.0
            if score >= _SOUNDS_ALIKE:
                scored.append((-score, e.start, k, e))
    out, used_e, used_z = [], set(), set()
    for _, _, k, e in sorted(scored, key=lambda t: t[:3]):
        if id(e) not in used_e and k not in used_z:
            used_e.add(id(e))
            used_z.add(k)
            out.append((e, k))
    return out




def _beside_cjk(text: str, start: int, end: int) -> bool:
    """True when a Chinese character touches the span (与Casco Bay Lobster Co.签订)."""
    return any(re.match("[\u4e00-\u9fff]", c) for c in text[max(0, start - 1):start] + text[end:end + 1])


def _bracketed_after(text: str, e: OrgHit, zh: list[OrgHit]) -> OrgHit | None:
    """The Chinese name written in brackets right after an English one, if any."""
    m = re.match(r"\s*[（(]", text[e.end:e.end + 3])
    if not m:
        return None
    at = e.end + m.end()
    return next((z for z in zh if z.start == at), None)


def _pair_translations(orgs: list[OrgHit], doc: Doc | None = None) -> list[OrgHit]:
    """Fold each English organisation into a Chinese one of the same kind, in order.

    A bilingual article tells the story twice; its n-th English commission
    is the n-th Chinese 委.  Where the places in the names tell (Tianjin
    University, 天津大学), a Chinese name of the same side is taken first.
    """
    zh = sorted((h for h in orgs if not h.name.isascii()), key=lambda h: h.start)
    firsts: dict[str, OrgHit] = {}
    for h in zh:
        firsts.setdefault(h.name, h)
    every_zh, zh = zh, list(firsts.values())   # one entry per name, at its first mention
    en = sorted((h for h in orgs if h.name.isascii()), key=lambda h: h.start)
    text = doc.text if doc is not None else ""
    # an English name written inside the Chinese text (与Casco Bay Lobster Co.签订) is
    # that body's own name, not a translation; its other mentions are the same body
    as_written = {e.name for e in en if _beside_cjk(text, e.start, e.end)}
    kept, seen = [], set()
    for e in en:
        z = _bracketed_after(text, e, every_zh)
        z = firsts[z.name] if z is not None else None
        if z is not None and not z.name_en:
            z.name_en = e.name   # Jinzun Trading Co., Ltd. (上海金樽酒业贸易有限公司)
        elif e.name not in seen:
            kept.append(e)
        seen.add(e.name)
    en = kept
    side = (lambda h: region_of_span(doc, h.start, h.end)) if doc is not None else (lambda h: "")
    out = list(zh)
    # where English names more than twice as many bodies of a kind as Chinese, the
    # Chinese is an excerpt for that kind, and pairing by order would be a guess
    unsure = {e.kind for e in en if e.name not in as_written
              and sum(x.kind == e.kind and x.name not in as_written for x in en)
              > 2 * sum(z.kind == e.kind and not z.name_en for z in zh)}
    for e in en:
        if e.name in as_written or e.kind in unsure:
            out.append(e)
            continue
        free = [z for z in zh if z.kind == e.kind and not z.name_en]
        mate = next((z for z in free if side(z) == side(e)), None) or (free[0] if free else None)
        if mate is None:
            out.append(e)
        else:
            mate.name_en = e.name
    return out
