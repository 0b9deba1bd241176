"""Organisations: the fast paths give what the plain searches they replace give."""
import random
import re

import pytest

from tradeviz.extract import organizations as org
from tradeviz.extract.organizations import OrgHit, en_org_hits, zh_org_hits

_TEXTS = [
    "前往江南水泥、北岭纺织等企业考察，会见甲乙、丙丁等32家企业代表",
    "山西、陕西等地企业与美国、新西兰等国参展企业；甲协会等商协会及乙、丙集团等企业",
    "旅游、农业等企业\n北方等地的甲乙集团、丙丁公司和戊己集团等企业",
    "、、等企业 甲、乙等企业 甲乙、丙丁等 甲乙丙、丁戊己等知名企业",
]


def _shuffled(seed: int, alphabet: str, n: int = 400) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


def test_list_matches_are_the_list_pattern_matches():
    texts = _TEXTS + [_shuffled(i, "甲乙丙丁、、等企业部门，。 家多5") for i in range(200)]
    for t in texts:
        assert [m.span() for m in org._list_matches(t)] == [m.span() for m in org._list_re().finditer(t)], t


def test_cue_lines_give_every_match():
    words = ["Acme", "Robotics", ",", " a ", " an ", "maker", "'s", " plant", "\n", ". ", "Ohio-based",
             " Lumen", " Works", " Co", ", Ltd", " of", " the", "firm", " "]
    rng = random.Random(7)
    texts = ["".join(rng.choice(words) for _ in range(60)) for _ in range(300)]
    pairs = [(org._EN_APPOSITIVE, org._APPOSITIVE_CUE), (org._EN_FACILITY, org._FACILITY_CUE),
             (org._EN_BASED, org._BASED_CUE)]
    for t in texts:
        for pattern, cue in pairs:
            assert [m.span(1) for m in org._matches_on_cue_lines(pattern, cue, t)] == \
                [m.span(1) for m in pattern.finditer(t)], t


def test_stop_before_is_the_stop_word_ending_there():
    words = "|".join(sorted(org._STOP_WORDS, key=len, reverse=True))
    plain = re.compile(f"(?:{words}|[{''.join(sorted(org._STOP_CHARS))}])$")
    t = "前往山西由在与和合作社对外服务中心" + _shuffled(3, "前往由在山西合作服务的了", 300)
    for p in range(len(t) + 1):
        m = plain.search(t, max(0, p - 4), p)
        assert org._stop_before(t, p) == (m.group() if m else ""), p


def _outermost_plain(text, hits):
    hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    return [h for h in hits
            if not any(o.start <= h.start and h.end <= o.end for o in hits if o.end - o.start > h.end - h.start)
            and not org._inside_book_title(text, h.start) and not org._boilerplate_line(text, h.start)
            and h.kind not in ("venue", "media", "delegation")]


def test_outermost_keeps_what_no_longer_hit_holds():
    rng = random.Random(11)
    text = "《甲乙》首页\n" + "山西省商务厅" * 20
    for _ in range(300):
        hits = []
        for _ in range(rng.randrange(0, 12)):
            s = rng.randrange(0, 60)
            hits.append(OrgHit("x", rng.choice(["company", "venue", "government"]), s, s + rng.randrange(1, 8)))
        assert org._outermost(text, hits) == _outermost_plain(text, hits)


def test_boilerplate_line_is_a_short_line_with_page_furniture():
    t = "首页 > 新闻\n山西省商务厅发布\n" + "版权所有" + "长" * 130 + "\nCopyright 2024"
    for i in range(len(t)):
        a = t.rfind("\n", 0, i) + 1
        b = t.find("\n", i)
        line = t[a:b if b >= 0 else len(t)]
        assert org._boilerplate_line(t, i) == (len(line) < 120 and org._BOILERPLATE.search(line) is not None)


def test_names_found_as_before():
    assert [h.name for h in zh_org_hits("山西省商务厅、科技厅、金融办等部门介绍了情况。")] == ["山西省商务厅", "科技厅", "金融办"]
    assert [h.name for h in en_org_hits("Firms such as Acme Robotics and Blue Fern signed with the Ohio "
                                         "Department of Commerce.")] == \
        ["Ohio Department of Commerce", "Acme Robotics", "Blue Fern"]


def test_head_pattern_finds_the_longest_head_as_the_plain_alternation():
    from tradeviz.extract.lexicon import org_heads
    heads = sorted(org_heads("zh"), key=len, reverse=True)
    plain = re.compile("|".join(map(re.escape, heads)))
    chars = "".join(sorted(set("".join(heads)))) + "的在省市"
    for i in range(100):
        t = _shuffled(i, chars, 300)
        assert [m.span() for m in org.zh_head_re().finditer(t)] == [m.span() for m in plain.finditer(t)]


def test_a_word_with_a_head_is_seen_by_the_head_search():
    heads = org._en_heads()
    for h in heads:
        for suffix in ["", "s", ".", ",", "'s", "’s", "s,", ".,", ";", ":", "s.", "'s,"]:
            t = h + suffix
            forms = [t, t.rstrip(".,"), t[:-2] if t.endswith(("'s", "’s")) else t]
            if any(org._en_kind(x, heads) for x in forms):
                assert org._en_head_word().search("Acme " + t), t


def test_cue_words_give_every_match():
    words = ["Companies", " such as", " firms", " including", " Acme", " Robotics", ",", " and", " Blue",
             " signed", " a deal", " with", " the", " Zeta Foods", ".", "\n", " executives of", " ı", " FIRMS",
             " agreed", " teamed up", " Co", " makers", "automakers like"]
    rng = random.Random(5)
    for _ in range(300):
        t = "".join(rng.choice(words) for _ in range(40))
        assert [m.span() for m in org._caseless_matches_at_words(org._EN_LIST_CUE, org._LIST_CUE_WORDS, t)] == \
            [m.span() for m in org._EN_LIST_CUE.finditer(t)], t
        assert [m.span() for m in org._matches_at_words(org._EN_PARTNER, org._PARTNER_WORDS, t)] == \
            [m.span() for m in org._EN_PARTNER.finditer(t)], t


def test_one_pass_cue_words_give_every_match():
    words = ["Companies", " such as", " firms", " including", " Acme", " Robotics", ",", " and", " Blue",
             " signed", " a deal", " with", " the", " Zeta Foods", ".", "\n", " executives of", " FIRMS",
             " agreed", " teamed up", " Co", " makers", "automakers like", "'s", " plant", " Plant",
             " research center", " the Acme Robotics", " company", " Company", " agency", " Signed"]
    rng = random.Random(11)
    for _ in range(300):
        t = "".join(rng.choice(words) for _ in range(40))
        at = org._cue_word_starts(t)
        assert [m.span() for m in org._matches_at(org._EN_LIST_CUE, at["list"], t)] == \
            [m.span() for m in org._EN_LIST_CUE.finditer(t)], t
        assert [m.span() for m in org._matches_at(org._EN_PARTNER, at["partner"], t)] == \
            [m.span() for m in org._EN_PARTNER.finditer(t)], t
        assert at["kind"] or not org._EN_KIND_AFTER.search(t), t
        assert at["facility"] or not org._EN_FACILITY.search(t), t
    assert org._cue_word_starts("Firms ı") is None


def test_company_mentions_are_every_occurrence():
    _, begun, rows = org._company_names()
    names = list(begun)
    rng = random.Random(13)
    for _ in range(200):
        t = "".join(rng.choice(names + ["中", "国", "与", " ", "a"]) for _ in range(30))
        every = sorted((s + len(n), -len(n), s, n) for n in names for s in range(len(t)) if t.startswith(n, s))
        assert [(s, n) for s, _, n in org._company_mentions(t)] == [(s, n) for _, _, s, n in every], t


def test_cached_verdicts_are_the_plain_ones():
    t = "前往山西由在与和合作社对外服务中心委托经济发展厅局长" + _shuffled(5, "前往由在山西合作服务的了对外厅局委部", 300)
    for hs in range(len(t)):
        for p in range(max(0, hs - 4), hs + 1):
            stop = org._stop_before(t, p)
            plain = bool(stop) and not (p == hs and stop in org._NOUN_STOPS) and not (
                len(stop) >= 2 and p < hs and org.is_common_word(t[p - 2:p + 1], 100)) and not (
                len(stop) == 1 and (p < hs and org.is_common_word(t[p - 1:p + 1], 100)
                                    or p >= 2 and org.is_common_word(t[p - 2:p], 100)))
            assert org._stop_ends_name(t, p, hs, set()) == plain, (hs, p)
    heads, freq = org.org_heads("zh"), org.word_freq()
    for m in org.zh_head_re().finditer("局" + t):
        if len(m.group()) == 1:
            u, i = "局" + t, m.start()
            two, ending, prev = u[i:i + 2], u[max(0, i - 1):i + 1], u[max(0, i - 2):i]
            plain = not (len(two) == 2 and org.is_common_word(two, 100) and two not in heads) and not (
                len(ending) == 2 and org.is_common_word(ending, 100) and ending not in heads
                and not (len(prev) == 2 and freq.get(prev, 0) > 10 * freq.get(ending, 0))) and not (
                i == 0 or not org._NAME_CHAR.match(u, i - 1))
            assert org._head_ok(u, m) == plain, i


def test_overlap_test_is_any_overlap():
    rng = random.Random(3)
    for _ in range(200):
        spans = [(s, s + rng.randrange(1, 6)) for s in (rng.randrange(0, 30) for _ in range(rng.randrange(0, 6)))]
        overlaps = org._overlap_test(spans)
        for a in range(0, 35):
            for b in range(a + 1, a + 5):
                assert overlaps(a, b) == any(s < b and a < e for s, e in spans), (spans, a, b)


@pytest.mark.parametrize("text, names", [
    ("Down East Blueberry Farms and Atlantic Gateway Logistics will ship to Ningbo.",
     ["Down East Blueberry Farms", "Atlantic Gateway Logistics"]),
    ("First State Poultry Cooperative signed a letter of intent.", ["First State Poultry Cooperative"]),
    ("The delegation toured the Port of Alaska on Tuesday.", ["Port of Alaska"]),
    ("to strengthen cargo links between the Port of Charleston and East China.", ["Port of Charleston"]),
    ("Dalian Port and SC Ports handled more boxes.", []),
])
def test_english_company_and_port_names(text, names):
    assert [h.name for h in en_org_hits(text)] == names


def test_a_two_word_head_stays_whole():
    text = "Deputy Consul General Li Wenjun of the Chinese Consulate General in San Francisco joined them."
    assert [h.name for h in en_org_hits(text)] == ["Chinese Consulate General"]


@pytest.mark.parametrize("text, expected", [
    ("奶酪商卡博特乳业（Cabot Creamery）与进口商洽谈。", [("卡博特乳业", "Cabot Creamery")]),
    ("家电零售连锁「桃树家居」（Peachtree Home）执行长表示。", [("桃树家居", "Peachtree Home")]),
    ("双方将在农业（Agriculture）和物流（Logistics）领域合作。", []),   # a trade alone is a sector
    ("代表团访问俄勒冈州（Oregon）。", []),
])
def test_a_company_named_by_its_trade_with_its_english_name(text, expected):
    got = [(h.name, h.name_en) for h in zh_org_hits(text) if h.kind == "company"]
    assert got == expected


def test_large_companies_named_without_a_head_word():
    from tradeviz.extract.mentions import Doc
    from tradeviz.extract.actors import find_actors
    text = "万向与中粮集团有限公司签约。COFCO and Boeing also joined; 双方将加强生产合作。"
    orgs = {a.name: a.name_en for a in find_actors(Doc("x", text)) if a.kind != "person"}
    assert "万向" in orgs and "Boeing" in orgs
    assert "中粮" not in orgs            # inside the full name 中粮集团有限公司 already found
    assert "强生" not in orgs            # 加强|生产: no Johnson & Johnson


@pytest.mark.parametrize("text, names", [
    ("进口花旗松原木。", []),                                   # Douglas fir, not Citibank
    ("参观了上汽通用五菱宝骏基地。", ["上汽通用五菱"]),           # the longer listed name wins
    ("潍柴动力与当地签约。", ["潍柴动力"]),                       # a trade word after the short name
    ("苏宁易购总部", ["苏宁易购"]),
    ("SAIC-GM-Wuling and Boeing", ["SAIC-GM-Wuling", "Boeing"]),
])
def test_listed_companies_stand_as_whole_names(text, names):
    from tradeviz.extract.organizations import known_company_hits
    assert [h.name for h in known_company_hits(text)] == names
