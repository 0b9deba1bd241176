"""Actors: persons with titles, and organisations, with the side each belongs to.

Persons come from :mod:`.persons`, organisations from :mod:`.organizations`;
this module joins them, gives each organisation its side, folds short forms
into full ones (省经信委 into 四川省经信委) and, in a bilingual article, the
English name of an organisation into its Chinese entry.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .mentions import Actor, Doc
from .organizations import OrgHit, en_org_hits, zh_org_hits
from .persons import find_persons
from .sides import main_region, region_of_span

_LEVEL_PREFIX = re.compile("^(?:省|市|自治区|州|县|区)")


def find_actors(doc: Doc) -> list[Actor]:
    """Every person and organisation acting in ``doc``.

    >>> acts = find_actors(Doc("x", "四川省经信委副主任顾红松表示，欢迎浙江企业。"))
    >>> sorted((a.name, a.kind) for a in acts)
    [('四川省经信委', 'government'), ('顾红松', 'person')]
    """
    persons = find_persons(doc)
    orgs = zh_org_hits(doc.text, doc.places, persons, doc.sectors) + en_org_hits(doc.text, doc.places)
    orgs = _fold_short_forms(orgs, doc.text)
    if _is_bilingual(doc):
        orgs = _pair_translations(orgs)
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


def _fold_parenthesised_english(text: str, persons: list[Actor], orgs: list[OrgHit]):
    """詹姆斯金（James King）, 美国商会（AmCham）: the English form is the same actor's name_en."""
    def owner(name: str, names: list[str]) -> str | None:
        for m in re.finditer(r"[（(]\s*" + re.escape(name), text):
            before = text[max(0, m.start() - 30):m.start()].rstrip()
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


_DECLARED_SHORT = re.compile("[（(](?:以下)?简称[：:]?[“\"「‘]?([^”\"」’）)]{2,16})[”\"」’]?[）)]")


def _fold_short_forms(orgs: list[OrgHit], text: str = "") -> list[OrgHit]:
    """Drop a short form of a body named in full in the same article.

    省经信委 or 经信委 after 四川省经信委, and 机电商会 declared by
    ``（以下简称“机电商会”）``, are the same body, shorter.
    """
    names = {h.name for h in orgs}
    declared = {m.group(1) for m in _DECLARED_SHORT.finditer(text)}
    out = []
    for h in orgs:
        if h.name in declared and any(o != h.name for o in names):
            continue
        if not h.name.isascii() and any(o != h.name and o.endswith(h.name) for o in names):
            continue
        out.append(h)
    return out


def _is_bilingual(doc: Doc) -> bool:
    langs = {lang[:2] for lang, _, _ in doc.parts}
    if {"zh", "en"} <= langs or doc.language == "mixed":
        return True
    cjk = len(re.findall("[\u4e00-\u9fff]", doc.text))
    latin = len(re.findall("[A-Za-z]", doc.text))
    return cjk > 200 and latin > 600


def _pair_person_translations(persons: list[Actor]) -> list[Actor]:
    """In a bilingual article, the n-th English person is the n-th Chinese one (as name_en)."""
    zh = [a for a in persons if not a.name.isascii()]
    en = [a for a in persons if a.name.isascii()]
    if not zh or not en or len(en) > len(zh):
        return persons
    return [replace(a, name_en=e.name, region=a.region or e.region) for a, e in zip(zh, en)] + zh[len(en):]


def _pair_translations(orgs: list[OrgHit]) -> list[OrgHit]:
    """Fold each English organisation into the Chinese one of the same kind, in order.

    A bilingual article tells the story twice; its n-th English commission
    is the n-th Chinese 委.
    """
    zh = [h for h in orgs if not h.name.isascii()]
    en = [h for h in orgs if h.name.isascii()]
    out = list(zh)
    for e in en:
        mate = next((z for z in zh if z.kind == e.kind and not z.name_en), None)
        if mate is None:
            out.append(e)
        else:
            mate.name_en = e.name
    return out
