"""The faster forms in persons.py find exactly what the plain patterns they replace find."""
import re

from tradeviz.extract import persons as P
from tradeviz.extract.lexicon import titles, zh_title_re

ZH = ["省委副书记、省长金湘军会见了美国密歇根州州长", "天津市领导马顺清、张庆恩参加。常务副市长李强说，",
      "副议长谢尔盖.尼古拉耶维奇表示；中国·东盟博览会，约翰·史密斯和玛丽·安", "增长3.5%。Mr. Li", "·约翰·", ""]
EN = ["Lt. Governor Cyrus Habib met mayor of Chengdu Luo Qiang.",
      "Quentin Messer Jr., CEO of the MEDC, and Governor Kay Ivey; XGovernor Lee, Governor Inslee said",
      "President and CEO of Ohio Business Roundtable Tiberi said. aCEO of the Bank Smith", ""]


def test_zh_title_matches_as_zh_title_re():
    for t in ZH:
        assert [m.span() for m in P._zh_title_matches(t)] == [m.span() for m in zh_title_re().finditer(t)]
        assert [m.span() for m in P._zh_title().finditer(t)] == [m.span() for m in zh_title_re().finditer(t)]


def test_dotted_matches_as_finditer():
    for t in ZH:
        assert [m.span() for m in P._dotted_matches(t)] == [m.span() for m in P._DOTTED.finditer(t)]


def test_trie_alternation_prefers_the_longest_word():
    words = sorted({w.lower() for w in titles("en")})
    flat = re.compile("(?i:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")")
    trie = re.compile("(?i:" + P._trie_alternation(words) + ")")
    for t in EN:
        assert [m.span() for m in trie.finditer(t)] == [m.span() for m in flat.finditer(t)]


def test_word_alternation_keeps_the_word_boundary():
    caps = P._capital_titles()
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, caps)) + ")")
    fast = re.compile(P._word_alternation(caps))
    for t in EN:
        assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)]


def test_en_person_hits_names():
    assert [h.name for h in P.en_person_hits(EN[0])] == ["Cyrus Habib", "Luo Qiang"]


def test_a_pinyin_name_with_an_apostrophe_is_whole_and_hides_the_place_it_spells():
    from tradeviz.extract import extract_doc
    from tradeviz.extract.mentions import Doc
    text = "厦门市副市长黄泰安出席推介会。\nHuang Tai'an, Vice Mayor of Xiamen, attended the promotion."
    doc = extract_doc(Doc("x", text, language="mixed"))
    persons = {a.name: a.name_en for a in doc.actors if a.kind == "person"}
    assert persons.get("黄泰安") == "Huang Tai'an"
    assert not any(p.region == "CN-SD" for p in doc.places)      # Tai'an (泰安) is a city in Shandong


def test_a_facility_named_for_a_person_is_no_person():
    from tradeviz.extract.persons import en_person_hits
    text = ("Mayor Dana Holcombe said visitors come through Ted Stevens Anchorage International Airport. "
            "Governor Mike Dunleavy met them.")
    assert [h.name for h in en_person_hits(text)] == ["Dana Holcombe", "Mike Dunleavy"]


def test_a_function_word_after_a_two_character_given_name_is_not_part_of_it():
    from tradeviz.extract.persons import chinese_name_at
    t = "重庆市商务委员会副主任周楠在推介中表示"
    i = t.index("周")
    assert t[i:chinese_name_at(t, i)[0]] == "周楠"


def test_a_minority_name_with_a_long_first_part_and_places_joined_by_a_dot():
    from tradeviz.extract.mentions import Doc
    from tradeviz.extract.persons import find_persons
    from tradeviz.extract.places import find_places
    t = "自治区副主席阿不都热依木·吐尔逊出席。湖南·海南合作座谈会在海口举行。"
    d = Doc("x", t)
    d.places = find_places(d)
    assert [a.name for a in find_persons(d)] == ["阿不都热依木·吐尔逊"]


def test_the_writer_named_in_a_byline_is_no_actor_anywhere_in_the_article():
    from tradeviz.extract.mentions import Doc
    from tradeviz.extract.persons import find_persons
    t = ("Chinese buyers sign soybean deals in Des Moines\nKaren Molloy\nPrairie Ledger staff writer\n"
         "Iowa Secretary of Agriculture Mike Naig spoke at the signing.\n"
         "Karen Molloy covers agriculture for the Prairie Ledger. Reach her at k@x.com.")
    assert [a.name for a in find_persons(Doc("x", t, language="en"))] == ["Mike Naig"]
