"""Actors: persons with titles and organisations, on small made-up sentences."""
from __future__ import annotations

import json

import opencc
import pytest

from tradeviz.extract.actors import find_actors
from tradeviz.extract.mentions import Doc, Place
from tradeviz.extract.organizations import en_org_hits, zh_org_hits
from tradeviz.extract.persons import en_person_hits, find_persons

from conftest import needs_shared


def persons(text, places=()):
    return {a.name: a for a in find_persons(Doc("t", text, places=list(places)))}


def orgs(text, places=()):
    return {a.name: a for a in find_actors(Doc("t", text, places=list(places))) if a.kind != "person"}


def place(text, name, region, country="CN", level="province"):
    i = text.index(name)
    return Place(name, i, i + len(name), level, region, region, country)


def test_title_chain_gives_name_title_and_side():
    text = "会上，浙江省经信委党组成员、副主任王晓东出席并讲话。"
    got = persons(text, [place(text, "浙江省", "CN-ZJ")])
    assert set(got) == {"王晓东"}
    assert got["王晓东"].title == "浙江省经信委党组成员、副主任"
    assert got["王晓东"].region == "CN-ZJ"


def test_name_length_from_what_follows():
    got = persons("省长刘强说，要加强合作。副省长孙立平参加。市长周明在会上致辞。")
    assert set(got) == {"刘强", "孙立平", "周明"}


def test_name_before_title_and_later_mention():
    got = persons("当天下午，河北省商务厅赵建国处长介绍了情况。赵建国表示，欢迎投资。")
    assert set(got) == {"赵建国"}


def test_person_named_like_a_city_is_a_person():
    text = "江苏省经信委副主任常州表示，两地合作前景广阔。"
    places = [place(text, "江苏省", "CN-JS"), place(text, "常州", "CN-JS", level="prefecture")]
    assert "常州" in persons(text, places)


def test_list_after_collective_title():
    got = persons("湖北省领导马建国、钱立新、孙海涛参加有关活动。")
    assert set(got) == {"马建国", "钱立新", "孙海涛"}
    assert {a.title for a in got.values()} == {"湖北省领导"}


def test_transliterated_names_with_and_without_dot():
    got = persons("俄亥俄州副州长约翰·哈斯特德表示欢迎。州务卿詹姆斯金先生带队访问。")
    assert {"约翰·哈斯特德", "詹姆斯金"} <= set(got)


def test_japanese_and_vietnamese_names_after_titles():
    got = persons("新潟县知事花角英世率团访问。越共中央对外部常务副部长阮氏黄云、中国驻越南大使熊波致辞。")
    assert {"花角英世", "阮氏黄云", "熊波"} <= set(got)


def test_traditional_text_converted_first():
    text = opencc.OpenCC("t2s").convert("副省長湯志平參加。省委副書記、省長金湘軍出席。")
    assert set(persons(text)) == {"汤志平", "金湘军"}


def test_reporters_and_editors_are_not_persons():
    got = persons("副省长何金平出席。（记者 陈小平）\n责任编辑:赵檬\n编辑:宋芳科")
    assert set(got) == {"何金平"}


def test_cited_leader_is_not_a_person():
    text = ("要深入学习贯彻习近平总书记重要讲话精神。以习近平同志为核心的党中央作出部署。"
            "副省长汤志平参加。")
    assert set(persons(text)) == {"汤志平"}


def test_untitled_speaker_at_clause_start():
    assert "鲁冠球" in persons("会见结束后，鲁冠球应邀参加了座谈。")


def test_english_persons_titles_and_surname_mentions():
    text = ("Vice governor Zhao Haishan met Lt. Governor Cyrus Habib and mayor of Chengdu Luo Qiang. "
            "Habib thanked Zhao. Photo by Wen Liu")
    names = {h.name for h in en_person_hits(text)}
    assert {"Zhao Haishan", "Cyrus Habib", "Luo Qiang"} <= names
    got = persons(text)
    assert "Habib" not in got and "Zhao" not in got and "Wen Liu" not in got


def test_english_name_then_title():
    text = "Jing Junhai, governor of Jilin province, and Choi Moon-soon, governor of Gangwon-do, signed it."
    assert {"Jing Junhai", "Choi Moon-soon"} <= set(persons(text))


def test_enumeration_of_bodies_keeps_bare_items():
    got = orgs("山西省商务厅、科技厅、环保厅、金融办等部门介绍了情况。")
    assert {"山西省商务厅", "科技厅", "环保厅", "金融办"} <= set(got)
    assert all(a.kind == "government" for a in got.values())


def test_list_closed_by_companies_gives_companies():
    got = orgs("代表团前往江南水泥、北岭纺织、金河机械等企业考察。")
    assert {"江南水泥", "北岭纺织", "金河机械"} <= set(got)
    assert {got[n].kind for n in ("江南水泥", "北岭纺织", "金河机械")} == {"company"}


def test_list_of_industries_is_not_organisations():
    assert not orgs("此外还有旅游、农业、矿产开发等企业。")


def test_generic_bodies_venues_publishers_and_delegations_are_left_out():
    text = ("来源:湖南日报\n落实省委、省政府决策部署。湖南省党政代表团在湘江宾馆举行座谈，"
            "行业协会代表参加。")
    assert not orgs(text)


def test_short_form_folds_into_full_name():
    got = orgs("四川省经信委副主任张三表示。由省经信委组织召开的座谈会。")
    assert "四川省经信委" in got and "省经信委" not in got


def test_company_with_latin_letters():
    assert "A123系统公司" in {h.name for h in zh_org_hits("A123系统公司在该州建有工厂。")}


def test_english_organisations_split_at_and():
    text = ("Supported by the Chinese Ministry of Commerce and the U.S. Trade and Development Agency, "
            "the China Chamber of Commerce for Import and Export of Machinery and Electronic Products (CCCME) "
            "and CITIC Construction Co., Ltd. joined. The Chinese Enterprises Delegation of Green Building left.")
    names = {h.name for h in en_org_hits(text)}
    assert {"Chinese Ministry of Commerce", "U.S. Trade and Development Agency",
            "China Chamber of Commerce for Import and Export of Machinery and Electronic Products",
            "CITIC Construction Co., Ltd."} <= names
    assert not any("Delegation" in n for n in names)


def test_bilingual_article_reports_one_body_once():
    text = ("市外经贸委以渝洽会为契机拓展合作。\n" + "Cooperation expands. " * 40 +
            "The Chongqing Foreign Trade and Economic Relations Commission strives for results.")
    doc = Doc("t", text, language="mixed", parts=[("zh-Hans", 0, 17), ("en", 17, len(text))])
    got = [a for a in find_actors(doc) if a.kind != "person"]
    assert len(got) == 1 and got[0].name == "市外经贸委"
    assert got[0].name_en == "Chongqing Foreign Trade and Economic Relations Commission"


@needs_shared
def test_seed_persons_match_gold(seeds_dir, shared_dir):
    """On the seeds, read through the whole pipeline, the gold persons are found."""
    from tradeviz.pipeline import extract
    tables = extract(str(seeds_dir))
    actors = tables.actors.to_pandas()
    arts = tables.articles.to_pandas()
    for gold_file in sorted((shared_dir / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        aid = arts[arts.source.str.endswith(gold["article"])].article_id.iloc[0]
        found = set(actors[(actors.article_id == aid) & (actors.kind == "person")].name)
        assert {p["name"] for p in gold["persons"]} <= found, gold["article"]


def test_title_in_brackets_after_name():
    got = persons("会上，王立新（山西省商务厅副厅长）介绍了情况。")
    assert got["王立新"].title == "山西省商务厅副厅长"


def test_org_named_after_a_place_ending_in_a_stop_character():
    text = "市长会见了美国驻成都总领事馆总领事何立强一行。"
    places = [place(text, "美国", "", "US", "country"), place(text, "成都", "CN-SC", level="prefecture")]
    assert "美国驻成都总领事馆" in orgs(text, places)


def test_english_title_then_surname_folds_into_full_name():
    text = "Governor Inslee said Washington welcomes investment. Jay Inslee, governor of Washington state, met them."
    got = persons(text)
    assert "Jay Inslee" in got and "Inslee" not in got
    assert got["Jay Inslee"].title == "governor of Washington state"


def test_english_cited_leader_and_title_words_are_not_names():
    got = persons("President Xi Jinping's letter was read out. Virginia Governor Ralph Northam spoke.")
    assert set(got) == {"Ralph Northam"}


def test_english_org_after_a_plain_noun_of():
    names = {h.name for h in en_org_hits("Representatives of Hebei Port Group Co., Ltd. attended.")}
    assert names == {"Hebei Port Group Co., Ltd."}


def test_bilingual_person_named_twice_is_one_person():
    text = ("副省长何金平出席活动。\n" + "The ceremony was held. " * 40 + "Vice Governor He Jinping attended.")
    doc = Doc("t", text, language="mixed", parts=[("zh-Hans", 0, 11), ("en", 11, len(text))])
    got = [a for a in find_actors(doc) if a.kind == "person"]
    assert [(a.name, a.name_en) for a in got] == [("何金平", "He Jinping")]


def test_english_runs_stop_at_sentence_ends_and_person_names():
    text = ("The mission went to Shanghai and Beijing. The Michigan Economic Development Corporation "
            "organized it. Consul General Scott Walker of the U.S. Consulate General in Shanghai attended. "
            "Talks with Fuyao Glass Industry Group Co., Ltd. The American Chamber of Commerce hosted a dinner.")
    names = {h.name for h in en_org_hits(text)}
    assert {"Michigan Economic Development Corporation", "U.S. Consulate General", "American Chamber of Commerce",
            "Fuyao Glass Industry Group Co., Ltd."} <= names
    assert not any(n.startswith(("Shanghai", "Scott", "Ltd")) for n in names)


def test_english_any_name_followed_by_its_title():
    got = persons("Quentin Messer Jr., CEO of the MEDC, joined. Media contact: Bobby Leddy, Press Secretary.")
    assert "Quentin Messer" in got and "Bobby Leddy" not in got


def test_met_by_is_not_a_byline():
    got = persons("The delegation was met by Zhao Haishan in Wuhan. By Wen Liu")
    assert "Zhao Haishan" in got and "Wen Liu" not in got


def test_delegation_head_introduced_with_yi_is_a_person():
    text = "以副省长张立新为团长的代表团访问了加州。张立新表示，希望加强合作。"
    assert "张立新" in persons(text)


def test_side_from_first_place_in_title_and_body_before_name():
    text = "山西援疆前方指挥部总指挥程银锁表示欢迎。山西省中小企业局李建钢处长介绍了情况。"
    places = [Place("山西", 0, 2, "province", "CN-SX", "CN-SX", "CN"),
              Place("疆", 3, 4, "province", "CN-XJ", "CN-XJ", "CN"),
              Place("山西省", 20, 23, "province", "CN-SX", "CN-SX", "CN")]
    got = persons(text, places)
    assert got["程银锁"].region == "CN-SX"
    assert got["李建钢"].title == "山西省中小企业局处长" and got["李建钢"].region == "CN-SX"


def test_national_body_and_autonomous_region_sides():
    text = "中共中央对外联络部副部长陈洲致辞。自治区副主席罗梅介绍情况。西藏经济发展迅速。"
    i = text.index("西藏")
    got = persons(text, [Place("西藏", i, i + 2, "province", "CN-XZ", "CN-XZ", "CN")])
    assert got["陈洲"].region == "CN" and got["罗梅"].region == "CN-XZ"


def test_verb_after_a_title_is_no_name():
    assert not persons("他在担任部长时表示，要扩大开放。")


def test_english_name_in_brackets_is_the_same_actor():
    text = ("美国华盛顿州州长杰伊·英斯利（Jay Inslee）会见了代表团。"
            "美中贸易全国委员会（US-China Business Council）会长艾伦出席。")
    acts = find_actors(Doc("t", text))
    names = {a.name: a for a in acts}
    assert "Jay Inslee" not in names and names["杰伊·英斯利"].name_en == "Jay Inslee"
    assert "US-China Business Council" not in names
    assert names["美中贸易全国委员会"].name_en == "US-China Business Council"


def test_declared_and_bare_short_forms_fold_into_the_full_name():
    text = ("中国机电产品进出口商会（以下简称“机电商会”）组织企业赴美。机电商会表示将继续组团。"
            "浙江省商务厅副厅长王新表示欢迎。商务厅将提供服务。")
    got = orgs(text)
    assert "中国机电产品进出口商会" in got and "机电商会" not in got
    assert "浙江省商务厅" in got and "商务厅" not in got


def test_title_chain_in_brackets():
    got = persons("座谈会上，王立新（四川省经信委党组成员、副主任）介绍了情况。")
    assert got["王立新"].title == "四川省经信委党组成员、副主任"


def test_surname_with_a_form_of_address_is_no_name():
    assert not persons("会后，王总表示满意。张某称其不知情。")


def test_any_two_word_name_right_after_a_capitalised_title():
    got = persons("Governor Kay Ivey welcomed the delegation. Governor Ivey said trade matters.")
    assert "Kay Ivey" in got and "Ivey" not in got


# ---------------------------------------------------------------- round 2: kinds of errors on unseen articles

def en_persons(text, place_names=()):
    return {h.name: h for h in en_person_hits(text, set(place_names))}


def test_english_three_word_names_and_suffixes_are_kept_whole():
    got = en_persons("Secretary of Labor Megan Price Holloway and Finance Secretary Dale Ambrose Jr. signed.")
    assert {"Megan Price Holloway", "Dale Ambrose Jr."} <= set(got)
    assert "Megan Price" not in got and "Dale Ambrose" not in got


def test_english_hyphenated_and_accented_names():
    got = en_persons("Lena Ortiz-Navarro, president of the Nevada Trade Council, met Vice Governor Zhou Lüming.")
    assert {"Lena Ortiz-Navarro", "Zhou Lüming"} <= set(got)


def test_english_name_after_title_needs_no_known_given_name():
    got = en_persons("Managing Director Ingrid Halvorsen opened the forum. "
                     "Kenji Morimoto, vice-governor of Aichi prefecture, spoke. "
                     "Petra Lindqvist, state secretary at the Saxony Ministry of Finance, attended.")
    assert {"Ingrid Halvorsen", "Kenji Morimoto", "Petra Lindqvist"} <= set(got)


def test_company_named_after_a_person_is_no_person():
    text = "The institute signed with Robert Bosch GmbH and John Deere Company."
    assert not en_persons(text)
    assert "Robert Bosch GmbH" in {h.name for h in en_org_hits(text)}


def test_headline_words_are_no_name_or_body():
    text = "Commissioner Holt Opens Ohio Trade Office\n\nCommissioner Dana Holt opened the office on Monday."
    assert set(en_persons(text, {"Ohio"})) == {"Dana Holt"}
    assert not any("Opens" in h.name for h in en_org_hits(text))


def test_chinese_name_before_comma_keeps_a_follower_like_last_character():
    got = persons("市委副书记、市长唐有为，副市长孙和平出席。")
    assert "唐有为" in got and "唐有" not in got


def test_deng_ends_a_chinese_name():
    got = persons("自治区商务厅厅长苏日娜、市副市长钱和等参加活动。")
    assert "钱和" in got and "钱和等" not in got


def test_dotted_transliterated_name_is_a_person_without_title():
    got = persons("代表团看望了老朋友约翰·格林伍德，并出席中国·东盟商务论坛。")
    assert set(got) == {"约翰·格林伍德"}


def test_descriptor_and_further_title_before_a_dotted_name():
    got = persons("当地友好人士玛丽·斯通和市长特别助理艾琳·周出席。")
    assert got["玛丽·斯通"].title.endswith("友好人士")
    assert "艾琳·周" in got and not any(n.startswith("助理") or n.startswith("特别") for n in got)


def test_a_body_named_in_a_title_is_kept_whoever_holds_the_post():
    # annotation.md makes such bodies optional (never penalised) while the gold
    # requires them where they also act, so emitting them is the safe side.
    text = "甲州市委副书记、市长唐有为，乙城商会会长王立新参加。"
    names = {a.name for a in find_actors(Doc("x", text)) if a.kind != "person"}
    assert {"甲州市委", "乙城商会"} <= names

def test_body_in_a_title_that_also_acts_stays():
    text = "丙省经信委副主任顾红松出席。会议由省经信委组织召开。"
    assert "丙省经信委" in orgs(text)


def test_bracketed_group_or_place_is_part_of_a_chinese_name():
    text = "北山钢铁（集团）有限公司与云帆科技（杭州）有限公司签约。"
    i = text.index("杭州")
    names = {h.name for h in zh_org_hits(text, [Place("杭州", i, i + 2, "city", "CN-ZJ", "CN-ZJ", "CN")])}
    assert {"北山钢铁（集团）有限公司", "云帆科技（杭州）有限公司"} <= names


def test_branches_and_affiliates_run_on_over_their_parent():
    names = {h.name for h in zh_org_hits("签约方为工商银行上海市分行、江南大学附属人民医院和南方大学滨海分校。")}
    assert {"工商银行上海市分行", "江南大学附属人民医院", "南方大学滨海分校"} <= names
    assert "工商银行" not in names and "江南大学" not in names


def test_list_items_split_at_he_and_drop_a_description():
    names = {h.name for h in zh_org_hits("来自湖北、湖南等地的长江物产集团、洞庭粮油公司和三湘农业集团等10家企业参加。")}
    assert {"长江物产集团", "洞庭粮油公司", "三湘农业集团"} <= names
    assert not any("的" in n or "和" in n for n in names)


def test_chinese_abbreviation_folds_into_the_full_name():
    names = set(orgs("澳门贸易投资促进局代表出席。澳门贸促局表示将继续支持。"))
    assert "澳门贸易投资促进局" in names and "澳门贸促局" not in names


def test_english_split_at_and_the_but_not_inside_an_of_phrase():
    names = {h.name for h in en_org_hits(
        "between the Hunan Provincial Department of Commerce and the Saxony Economic Development Agency, "
        "and between the Institute of Science and Technology of Hunan and the University of Leipzig.")}
    assert {"Hunan Provincial Department of Commerce", "Saxony Economic Development Agency",
            "Institute of Science and Technology of Hunan", "University of Leipzig"} <= names
    assert "Institute of Science" not in names


def test_english_run_is_cut_at_a_persons_name():
    text = "Treasurer Joan Miles Avery and Cabinet for Rural Affairs Secretary Tom Reed Jr. joined."
    acts = find_actors(Doc("t", text))
    names = {a.name for a in acts}
    assert {"Joan Miles Avery", "Tom Reed Jr."} <= names
    assert not any("Avery and" in n or n.endswith("Secretary") for n in names)


def test_english_companies_without_a_head_known_by_their_cues():
    text = ("Oregon companies including Cascade Optics, Pine Ridge Foods and Tidewater Robotics exhibited. "
            "Denver-based Summit Aerospace signed. Brightcell, a battery maker based in Wuxi, joined. "
            "They toured Volta-Werke's Kassel plant.")
    names = {h.name for h in en_org_hits(text)}
    assert {"Cascade Optics", "Pine Ridge Foods", "Tidewater Robotics", "Summit Aerospace",
            "Brightcell", "Volta-Werke"} <= names


def test_english_official_name_with_a_comma_list():
    names = {h.name for h in en_org_hits("the Ohio Department of Health, Safety and Water Policy signed it.")}
    assert "Ohio Department of Health, Safety and Water Policy" in names


def test_english_bracketed_group_in_a_company_name():
    names = {h.name for h in en_org_hits("Nanhai Shipping (Group) Co signed with the port.")}
    assert "Nanhai Shipping (Group) Co" in names


def test_titled_person_without_a_place_word_takes_the_side_of_the_name():
    text = ("俄亥俄州代表团访问湖南。俄亥俄州俄亥俄州。经济发展厅厅长凯伦·沃尔什与湖南省副省长何平会谈。"
            "Governor Tom Reeve met Vice Governor Zhang Hua. Consul General Li Ming attended.")
    places = []
    for name, code, country in (("俄亥俄州", "US-OH", "US"), ("湖南", "CN-HN", "CN")):
        for m in __import__("re").finditer(name, text):
            places.append(Place(name, m.start(), m.end(), "province", code, code, country))
    got = persons(text, places)
    assert got["凯伦·沃尔什"].region == "US-OH"
    assert got["Tom Reeve"].region == "US-OH" and got["Zhang Hua"].region == "CN-HN"
    assert got["Li Ming"].region == "CN"


def test_name_before_a_form_of_address_is_a_person():
    got = persons("代表团拜会了温斯洛先生，并与赵海涛教授座谈。王先生介绍了情况。")
    assert {"温斯洛", "赵海涛"} <= set(got)
    assert not any(n.startswith("王") for n in got)


def test_name_after_title_at_sentence_end_or_before_a_weekday():
    got = en_persons("He met Governor Ingrid Halvorsen Tuesday. Later he thanked Mayor Ola Berg.")
    assert {"Ingrid Halvorsen", "Ola Berg"} <= set(got)


def test_chinese_name_joining_two_nouns_with_yu():
    text = "北岭州社区与经济发展厅厅长出席，山西企业与浙江商会签约。"
    places = [place(text, "北岭州", "US-X", "US", "state"), place(text, "山西", "CN-SX"), place(text, "浙江", "CN-ZJ")]
    names = {h.name for h in zh_org_hits(text, places)}
    assert "北岭州社区与经济发展厅" in names
    assert "浙江商会" in names and not any(n.startswith("山西企业与") for n in names)


def test_bilingual_pairing_follows_how_names_are_written_and_their_side():
    text = ("北岭州商务厅厅长玛丽·斯通会见了湖南省商务厅厅长何平。\n"
            "Hunan Provincial Department of Commerce Director He Ping met Mary Stone, "
            "Director of the Northridge Department of Commerce, and visited Hunan. "
            "The Northridge delegation was welcomed. Mary Stone and He Ping signed agreements in English and Chinese "
            "to expand cooperation in trade, agriculture and manufacturing over the next five years, both sides said.")
    places = [place(text, "北岭州", "US-NR", "US", "state"), place(text, "湖南", "CN-HN")]
    for name, code, country in (("Hunan", "CN-HN", "CN"), ("Northridge", "US-NR", "US")):
        for m in __import__("re").finditer(name, text):
            places.append(Place(name, m.start(), m.end(), "province", code, code, country))
    acts = {a.name: a for a in find_actors(Doc("t", text, places=places, language="mixed"))}
    assert acts["玛丽·斯通"].name_en == "Mary Stone" and acts["何平"].name_en == "He Ping"
    assert acts["湖南省商务厅"].name_en == "Hunan Provincial Department of Commerce"


def test_possessive_of_a_person_is_no_company():
    names = {h.name for h in en_org_hits("He praised Governor Hale's plant visit. Mary Stone's factory grew.")}
    assert not names


def test_list_items_replace_a_run_joined_over_the_lists_and():
    names = {h.name for h in en_org_hits(
        "Kansas companies including Prairie Mills of America Mfg., Ostrander and Keel Industries joined.")}
    assert {"Prairie Mills of America Mfg.", "Ostrander", "Keel Industries"} <= names
    assert "Ostrander and Keel Industries" not in names


def test_development_and_reform_commission_and_prefecture_bodies():
    names = {h.name for h in zh_org_hits(
        "国家发展和改革委员会与南岭地区行政公署签署协议，甲乙集团、丙丁集团和东湖银行南岭分行等企业参加。")}
    assert {"国家发展和改革委员会", "南岭地区行政公署", "甲乙集团", "丙丁集团", "东湖银行南岭分行"} <= names


def test_english_list_cues_any_case_and_based_prefix():
    names = {h.name for h in en_org_hits(
        "Buyers from NORCO, Grainland and Redfield Group signed. Representatives of Halvard, KMT and Osric "
        "also attended. Sioux Falls-based Lakota Industries hosted a lunch.")}
    assert {"NORCO", "Grainland", "Redfield Group", "Halvard", "KMT", "Osric", "Lakota Industries"} <= names


def test_pinyin_given_name_that_spells_a_place_is_still_a_name():
    assert "Zhao Jian" in en_persons("They met Consul General Zhao Jian on Monday.", {"Jian"})


def test_headline_verb_is_not_a_third_name_word():
    got = en_persons("Thomas Rowe Opens Kansas Trade Office\n\nGov. Thomas Rowe opened it.", {"Kansas"})
    assert set(got) == {"Thomas Rowe"}


@pytest.mark.parametrize("text, name", [
    ("港务局首席执行官罗伯特·米勒举行会谈。", "罗伯特·米勒"),       # a verb after a dotted name
    ("副州长安娜·卡特本周二至周四访问四川。", "安娜·卡特"),        # a time word after a dotted name
    ("与宜昌市委副书记、市长孙立江座谈。", "孙立江"),              # 座谈 after a 3-character name
    ("集团总经理周斌率代表团访问美国。", "周斌"),                  # 率 leads; it ends no name
    ("大使馆经济商务处公参陈志远出席。", "陈志远"),                # 公参, a diplomatic title
])
def test_a_name_ends_where_the_sentence_goes_on(text, name):
    persons = [a.name for a in find_actors(Doc("x", text)) if a.kind == "person"]
    assert persons == [name]


@pytest.mark.parametrize("text, name", [
    ("展区里，东方酿酒厂（集团）有限责任公司参展。", "东方酿酒厂（集团）有限责任公司"),   # a head word, then (集团)
    ("会后，北方大学医学院与南方医科大学签署备忘录。", "北方大学医学院"),             # a faculty of a university
])
def test_an_organisation_name_runs_through_its_group_bracket_and_its_faculty(text, name):
    assert name in {a.name for a in find_actors(Doc("x", text)) if a.kind != "person"}


def test_a_count_of_bodies_is_no_organisation():
    names = {a.name for a in find_actors(Doc("x", "协会会长率11家酒厂和三所大学亮相。"))}
    assert not any(n.startswith(("11家", "三所")) for n in names)


def test_unusual_chinese_heads_name_bodies():
    text = "北岭区电机工业同业公会理事长与南川市工业会总干事率团参访，并会见北岭州龙虾营销协作组织代表。"
    got = orgs(text, [place(text, "北岭区", "CN-X"), place(text, "南川市", "CN-Y"), place(text, "北岭州", "US-X", "US")])
    assert {"北岭区电机工业同业公会", "南川市工业会", "北岭州龙虾营销协作组织"} <= set(got)


def test_a_bare_or_counted_kind_of_body_is_no_name():
    got = orgs("甲国、乙国等国商协会代表及当地企业和商协会代表参加。")
    assert not any(n.endswith("商协会") for n in got)


def test_a_task_word_before_the_head_belongs_to_the_name():
    text = "南川市对口支援合作办公室与北岭市乡村振兴局签署劳务协作协议。"
    got = orgs(text, [place(text, "南川市", "CN-X", level="city"), place(text, "北岭市", "CN-Y", level="city")])
    assert {"南川市对口支援合作办公室", "北岭市乡村振兴局"} <= set(got)


def test_two_lists_joined_by_deng_kind_ji():
    got = orgs("北岭中华总商会、北岭南川协会等商协会及星辰控股、丰禾集团等200余家企业和机构参会。")
    assert {"北岭中华总商会", "北岭南川协会", "星辰控股", "丰禾集团"} <= set(got)
    assert not any("等" in n or n.startswith("及") for n in got)


def test_a_headless_word_joined_by_ji_belongs_to_the_name():
    text = "会上，北岭交易及结算所有限公司与南川集团有限公司签署备忘录。"
    got = orgs(text, [place(text, "北岭", "CN-X", level="city")])
    assert "北岭交易及结算所有限公司" in got and "结算所有限公司" not in got


def test_a_name_dropping_a_whole_word_is_another_body_not_a_short_form():
    got = orgs("北岭中华总商会、北岭总商会、北岭贸易发展局代表随团访问，北岭贸发局表示欢迎。")
    assert {"北岭中华总商会", "北岭总商会", "北岭贸易发展局"} <= set(got)
    assert "北岭贸发局" not in got


def test_a_brand_listed_before_its_full_name_is_one_company():
    got = orgs("北岭组织星河、云朵等32家企业参展。北岭星河实业集团股份有限公司展示了新品。")
    assert "北岭星河实业集团股份有限公司" in got and "星河" not in got
    assert "云朵" in got


def test_a_subsidiary_named_after_its_group_is_one_name_without_a_description():
    got = orgs("离岛免税运营商北岭旅游集团星免股份有限公司与南川签订了合作协议。")
    assert "北岭旅游集团星免股份有限公司" in got
    assert not any(n.startswith("离岛") or n == "星免股份有限公司" for n in got)


@pytest.mark.parametrize("text, name", [
    ("The delegation toured the Acme Foods Company's potato plant in Caldwell.", "Acme Foods Company"),
    ("They met the Ohio State University's Institute of Agriculture and Natural Resources team.",
     "Ohio State University's Institute of Agriculture and Natural Resources"),
    ("They visited the plant in Norwich and the Fraunhofer Institute in Bremen.", "Fraunhofer Institute"),
    ("A deal was signed with Blue River Appliances, Inc. of Zhuhai, while others watched.",
     "Blue River Appliances, Inc."),
    ("Exhibitors included Green Valley Mills LLC of Dexter and Show-Me Nut Co. of Nevada.",
     "Green Valley Mills LLC"),
])
def test_english_names_around_possessives_places_and_legal_forms(text, name):
    got = [h.name for h in en_org_hits(text)]
    assert name in got
    assert not any(" of Zhuhai" in n or " of Dexter" in n or n.startswith("Norwich") or n.endswith("'s")
                   for n in got)


def test_a_department_named_by_a_series_of_fields_is_one_name():
    text = "北岭州商业、经济发展和旅游厅主任与南川市商务局局长签署备忘录。北京、上海和广州市政府也参加。"
    got = orgs(text, [place(text, "北岭州", "US-X", "US"), place(text, "南川市", "CN-X", level="city")])
    assert "北岭州商业、经济发展和旅游厅" in got and "旅游厅" not in got
    assert not any(n.startswith("北京") for n in got)


def test_cities_and_zones_that_sign_act_as_bodies():
    text = "会上，甲山工业园区与乙江高新技术产业开发区签署共建协议；丙川市与丁河市签署文旅合作协议。代表团考察了戊水市。"
    ps = [place(text, n, "CN-X", level="city") for n in ("丙川市", "丁河市", "戊水市")]
    got = orgs(text, ps)
    assert {"甲山工业园区", "乙江高新技术产业开发区", "丙川市", "丁河市"} <= set(got)
    assert "戊水市" not in got


def test_bilingual_pairing_keeps_names_written_in_place_and_bracketed_translations():
    en_part = ("On May 3, Acme Trading Co., Ltd. (北岭星河贸易有限公司) signed with Blue Fern Foods LLC, "
               "while Red Oak Spirits LLC and Pine Hill Distillery showed their products to buyers. " * 3)
    zh_part = "北岭星河贸易有限公司签约。松山渔业集团有限公司与Casco Lobster Co.签订采购协议。"
    text = zh_part + "\n" + en_part + "Songshan Fishery Group Co., Ltd. signed with Casco Lobster Co. as well."
    doc = Doc("t", text, language="mixed", parts=[("zh-Hans", 0, len(zh_part)), ("en", len(zh_part), len(text))])
    got = {a.name: a for a in find_actors(doc) if a.kind != "person"}
    assert got["北岭星河贸易有限公司"].name_en == "Acme Trading Co., Ltd."
    assert "Casco Lobster Co." in got
    assert got["松山渔业集团有限公司"].name_en != "Casco Lobster Co."
    # over twice as many English companies as Chinese ones: an excerpt, each keeps its own name
    assert {"Blue Fern Foods LLC", "Red Oak Spirits LLC", "Pine Hill Distillery"} <= set(got)


def test_a_sentence_opening_preposition_and_a_company_town_are_no_part_of_a_name():
    got = [h.name for h in en_org_hits("At the Ohio Department of Development, buyers met Valley Beef Company of Grand Island.")]
    assert got == ["Ohio Department of Development", "Valley Beef Company"]


def test_english_bodies_known_by_who_signs_with_them_or_the_noun_after_them():
    text = ("The fair was co-organized by the Ohio Department of Trade and the Lower Rhine Invest agency. "
            "Acme Coal Group agreed with Bright Sun Power to build a plant, and signed with Brazil too.")
    got = {h.name: h.kind for h in en_org_hits(text)}
    assert got.get("Lower Rhine Invest") == "government" and got.get("Bright Sun Power") == "company"
    assert "Brazil" not in got


def test_a_full_name_with_its_short_form_in_brackets_is_one_body():
    got = orgs("北岭国际贸易促进委员会（北岭贸促会）与南川农业银行签约，北岭贸促会表示欢迎。")
    assert "北岭国际贸易促进委员会" in got and "北岭贸促会" not in got


def test_list_closer_may_carry_a_short_description():
    got = orgs("星河、云朵等新能源企业及飞鸟、青石等科技企业参加，北山、南水等地企业也来了。")
    assert {"星河", "云朵", "飞鸟", "青石"} <= set(got)
    assert not {"北山", "南水"} & set(got)


def test_a_ministrys_bureau_is_one_name_and_a_signing_city_stays_beside_its_bodies():
    got = orgs("活动由北岭部投资促进事务局和南川省商务厅联合主办。")
    assert "北岭部投资促进事务局" in got
    text = "甲山市与乙江市签署对口协作协议，甲山市商务局局长出席。"
    ps = [place(text, "甲山市", "CN-X", level="city"), place(text, "乙江市", "CN-Y", level="city")]
    ps.append(Place("甲山市", 16, 19, "city", "CN-X", "CN-X", "CN"))
    assert {"甲山市", "乙江市", "甲山市商务局"} <= set(orgs(text, ps))
    assert "国际合作组织" not in orgs("双方将加强在国际合作组织框架下的协作。")


def test_an_ampersand_inside_a_word_stays_in_the_name():
    got = [h.name for h in en_org_hits("He thanked Texas A&M University and AT&T Inc. for their support.")]
    assert got == ["Texas A&M University", "AT&T Inc."]


def test_an_office_of_a_city_government_joined_by_he_and_signing_prefectures():
    text = "甲山市政府外事和侨务办公室与乙江州商务局座谈。会上，乙江州与丙河市丁区签署协作协议。"
    i = text.index("乙江州", 20)
    ps = [place(text, "甲山市", "CN-X", level="prefecture"), place(text, "乙江州", "CN-Y", level="prefecture"),
          Place("乙江州", i, i + 3, "prefecture", "CN-Y", "CN-Y", "CN"),
          place(text, "丙河市", "CN-Z", level="prefecture"), place(text, "丁区", "CN-Z", level="county")]
    got = orgs(text, ps)
    assert {"甲山市政府外事和侨务办公室", "乙江州商务局", "乙江州", "丙河市丁区"} <= set(got)


def test_the_last_item_of_a_cued_english_list_may_carry_the():
    got = [h.name for h in en_org_hits("It included executives from Acme Aircraft Co., Ltd., Zeta Motor Co. "
                                       "and the Northgate Trade & Logistics Park.")]
    assert "Northgate Trade & Logistics Park" in got


def test_a_longer_head_beginning_inside_a_shorter_one_wins():
    assert "北岭湾区委员会" in orgs("代表团还拜会了北岭湾区委员会，并考察了多家企业。")
    assert [h.name for h in en_org_hits("Researchers at the University of Nebraska–Lincoln joined.")] == \
        ["University of Nebraska–Lincoln"]


def test_stop_words_that_begin_a_longer_word_and_level_words_before_short_heads():
    got = orgs("联合国开发计划署驻华代表处与南川省商务厅签约，省外办、国家市场监督管理总局负责人出席。")
    assert {"联合国开发计划署驻华代表处", "省外办", "国家市场监督管理总局"} <= set(got)
    assert set(orgs("北岭州经济发展厅厅长出席，参观了展厅。", [Place("北岭州", 0, 3, "state", "US-X", "US-X", "US")])) == {"北岭州经济发展厅"}
