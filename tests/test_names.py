"""Pairing a person's Chinese and English names across the two halves of a bilingual article."""
import pytest

from tradeviz.extract.actors import find_actors
from tradeviz.extract.mentions import Doc
from tradeviz.extract.names import is_pinyin_of, transliteration_score


@pytest.mark.parametrize("english, chinese", [
    ("Chen Haiying", "陈海鹰"), ("Haiying Chen", "陈海鹰"), ("Wu Shixiong", "吴世雄"),
    ("Zeng Guang", "曾光"), ("Lü Ping", "吕平"), ("Xi'an Li", "李西安"),
])
def test_pinyin_of_a_chinese_name(english, chinese):
    assert is_pinyin_of(english, chinese)


@pytest.mark.parametrize("english, chinese", [
    ("Chen Haiyang", "陈海鹰"), ("Kevin Lum", "林家俊"), ("Keoni Akana", "基奥尼·阿卡纳"), ("Chen", "陈海鹰"),
])
def test_not_pinyin_of(english, chinese):
    assert not is_pinyin_of(english, chinese)


# each English name and the transliteration news agencies use for it
TRANSLITERATIONS = [("Keoni Akana", "基奥尼·阿卡纳"), ("Marian Kealoha", "玛丽安·基亚洛哈"),
                    ("Charlie Hutchison", "查理·哈奇森"), ("Phil Murphy", "菲尔·墨菲"),
                    ("Karen Walsh", "凯伦·沃尔什"), ("Gavin Newsom", "加文·纽森"),
                    ("Jay Inslee", "杰伊·英斯利"), ("Tim Walz", "蒂姆·沃尔兹")]


def test_a_transliteration_sounds_most_like_its_own_name():
    for english, chinese in TRANSLITERATIONS:
        own = transliteration_score(english, chinese)
        others = [transliteration_score(english, z) for e, z in TRANSLITERATIONS if e != english]
        assert own >= 0.75 > max(others), (english, chinese, own, max(others))


def test_bilingual_article_lists_each_person_once_with_both_names():
    # more English names than Chinese ones (Sun Yat-sen has no Chinese mention as a person)
    text = ("海南省副省长陈海鹰率代表团访问夏威夷。夏威夷州副州长基奥尼·阿卡纳会见代表团。\n"
            "Vice Governor Chen Haiying led the delegation to Hawaii. Lieutenant Governor Keoni Akana "
            "met the delegation. They visited the school where Dr. Sun Yat-sen studied.")
    persons = {a.name: a.name_en for a in find_actors(Doc("x", text, language="mixed")) if a.kind == "person"}
    assert persons.get("陈海鹰") == "Chen Haiying"
    assert persons.get("基奥尼·阿卡纳") == "Keoni Akana"
    assert "Chen Haiying" not in persons and "Keoni Akana" not in persons
