"""Sectors: lexicon coverage, leftmost-longest matching and the context rules."""
from __future__ import annotations

import csv
import importlib
import json
from collections import Counter

import pytest

from tradeviz.extract.mentions import Doc

from conftest import ROOT, SHARED, needs_shared

# ``tradeviz.extract`` is also the name of a function on the package, so import the module by path.
sectors = importlib.import_module("tradeviz.extract.sectors")


def sections(text: str) -> set[str]:
    return {h.isic[0] for h in sectors.find_sectors(Doc(article_id="t", text=text))}


def terms(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for h in sectors.find_sectors(Doc(article_id="t", text=text)):
        out.setdefault(h.isic[0], set()).add(h.term)
    return out


# ------------------------------------------------------------------ the data files

def test_lexicon_is_broad_and_well_formed():
    rows = list(csv.DictReader(line for line in (ROOT / "tradeviz/data/sectors.csv").open(encoding="utf-8")
                               if not line.startswith("#")))
    assert (ROOT / "tradeviz/data/sectors.csv").open(encoding="utf-8").readline().startswith("# source:")
    labels = sectors.isic_labels()
    per_lang = Counter(r["lang"] for r in rows if r["isic"])
    assert per_lang["zh"] >= 800 and per_lang["en"] >= 300
    covered = set()
    for r in rows:
        assert r["lang"] in ("zh", "en")
        assert set(r["flags"].split()) <= {"weak", "trade", "case", "stop", "trip", "label", "infra"}
        if "stop" in r["flags"]:
            assert r["isic"] == ""
            continue
        for code in r["isic"].split(";"):
            assert code in labels, (r["term"], code)
            covered.add(code[0])
        assert r["sector"].split(";") == [labels[c]["short_en"] for c in r["isic"].split(";")], r["term"]
    assert set("ABCDEFGHIJKLMNPQRS") <= covered
    # the generic words of the annotation rules are never sectors
    assert not {r["term"] for r in rows if r["isic"]} & {"经贸", "投资", "合作", "产业", "工业", "经济"}


def test_isic_table_has_all_sections_and_divisions():
    labels = sectors.isic_labels()
    assert {c for c in labels if len(c) == 1} == set("ABCDEFGHIJKLMNOPQRSTU")
    assert sum(len(c) == 3 for c in labels) == 88
    assert labels["C10"]["section"] == "C" and labels["C10"]["label_zh"]
    assert all(r["short_en"] and r["short_zh"] for r in labels.values())


# ------------------------------------------------------------------ every section

@pytest.mark.parametrize("text, section", [
    ("两省将扩大大豆、玉米和牛肉贸易，推动畜牧业和渔业合作。", "A"),
    ("双方在矿产资源开发和煤炭领域开展合作。", "B"),
    ("企业展示了挖掘机、新能源汽车和生物医药产品。", "C"),
    ("推动光伏、风电和氢能项目落地。", "D"),
    ("在污水处理、固废处置等方面加强合作。", "E"),
    ("中方企业承建了绿色建筑和基础设施项目。", "F"),
    ("双方将发展跨境电商和商贸流通。", "G"),
    ("开通中欧班列，建设冷链物流和保税仓。", "H"),
    ("加州代表团推介酒店开发和餐饮项目。", "I"),
    ("共建数据中心，发展云计算和人工智能。", "J"),
    ("设立创投基金，深化金融和保险合作。", "K"),
    ("推介房地产项目。", "L"),
    ("加强科技创新和研发合作。", "M"),
    ("推动旅游和会展业发展。", "N"),
    ("深化职业教育和留学生交流。", "P"),
    ("开展医疗卫生和养老服务合作。", "Q"),
    ("举办文化创意和体育赛事活动。", "R"),
    ("The two states will cooperate in agriculture, aviation and clean energy.", "A"),
    ("Boeing showed aircraft and machinery at the expo hall.", "C"),
    ("They discussed cloud computing, big data and smart cities.", "J"),
    ("The agreement covers tourism and vocational education.", "P"),
    ("Cooperation in healthcare and elderly care was discussed.", "Q"),
])
def test_each_section_from_a_sentence(text, section):
    assert section in sections(text)


# ------------------------------------------------------------------ matching

def test_longest_term_wins():
    found = terms("双方将对农畜产品深加工进行专题研究，并在清洁能源开发方面合作。")
    assert found.get("C") == {"农畜产品深加工"} and "A" not in found
    assert found.get("D") == {"清洁能源开发"}
    assert terms("推动新能源汽车产业发展。") == {"C": {"新能源汽车"}}


def test_a_term_naming_two_industries_gives_both():
    assert sections("推进文化旅游开发合作。") == {"R", "N"}
    assert sections("山西展区专设特色文旅专区。") == {"R", "N"}
    assert sections("持续深化旅游康养产业合作。") == {"N", "Q"}
    assert sections("They signed agreements on cultural tourism.") == {"R", "N"}


def test_divisions_and_labels_ride_on_hits():
    (hit,) = sectors.find_sectors(Doc(article_id="t", text="参观了矿用挖掘机。"))
    assert (hit.isic, hit.sector, hit.term) == ("C28", "machinery", "矿用挖掘机")
    assert hit.term == "参观了矿用挖掘机。"[hit.start:hit.end]


def test_english_is_case_insensitive_on_word_boundaries():
    assert terms("Topics: Machinery")["C"] == {"Machinery"}
    assert sections("GREEN ENERGY and Smart Cities") == {"D", "J"}
    assert sections("They provide support and passports.") == set()      # no 'port' inside words
    assert "J" in sections("cooperation in clean energy, aviation, IT, medicine")
    assert "J" not in sections("They said it was good.")                 # 'IT' only in capitals
    assert terms("exports of fresh fruits and nuts")["A"] == {"fresh fruits", "nuts"}


def test_traditional_input_after_conversion():
    opencc = pytest.importorskip("opencc")
    text = opencc.OpenCC("t2s").convert("四川省與浙江省在旅遊、農牧業、文化創意、礦藏等多個領域探討產業合作。")
    assert sections(text) == {"N", "A", "R", "B"}


# ------------------------------------------------------------------ context rules

def test_generic_words_slogans_and_policy_names_are_not_sectors():
    assert sections("双方就经贸合作、投资和产业合作交换意见，推动经济发展。") == set()
    assert sections("四川抢抓一带一路和长江经济带建设机遇，获批自由贸易试验区。") == set()
    assert sections("推进信息化与工业化深度融合。") == set()
    assert sections("扎实开展主题教育，推动两国关系健康稳定发展。") == set()
    assert sections("The Belt and Road Initiative and economic and trade cooperation.") == set()


def test_trade_as_a_field_counts_but_trade_volume_and_partners_do_not():
    assert sections("双方希望进一步畅通贸易通道，推动两地各类贸易稳定增长。") == {"G"}
    assert sections("They talked about cooperation in business and trade.") == {"G"}
    assert sections("2019年双边贸易额达到120亿美元，美国是第二大贸易伙伴。") == set()
    assert sections("双边贸易增长到35亿美元。") == set()
    assert sections("Bilateral trade reached $12.5 billion, making China the largest trading partner.") == set()


def test_terms_inside_names_of_bodies_are_not_sectors():
    assert sections("山西省商务厅、科技厅、环保厅、金融办等部门介绍了情况。") == set()
    assert sections("中国国际贸易促进委员会和国家能源局负责人出席。") == set()
    assert sections("山西省文化和旅游厅厅长会见代表团。") == set()
    assert sections("He met the Secretary of Agriculture and the Minister of Commerce.") == set()
    assert sections("supported by the U.S. Trade and Development Agency") == set()
    assert sections("China Council for the Promotion of International Trade Sichuan Council") == set()
    assert sections("China Chamber of Commerce for Import and Export of Machinery and Electronic Products") == set()
    assert sections("分管农业的副省长出席会议。") == set()            # a portfolio in a title
    assert sections("He met the agriculture secretary and the tourism director.") == set()
    # a company's name does say what the participant does
    assert sections("代表团前往水塔醋业、汾阳王酒业等企业考察。") == {"C"}
    assert sections("China National Machinery Import and Export Corporation") == {"C", "G"}


def test_weak_terms_need_an_industry_context():
    assert sections("大力发展信息、旅游、高端装备制造等七大产业。") == {"J", "N", "C"}
    assert sections("加强教育、卫生、文化等方面的援助。") == {"P", "Q", "R"}
    assert sections("深化能源合作。") == {"D"}
    assert sections("信息来源：新华社。") == set()
    assert sections("代表团一行抵达机场，在宾馆会见了客人。") == set()
    assert sections("双方同意加强文化交流，促进民心相通。") == set()
    assert sections("much has been achieved in terms of the economy, tourism, and culture") == {"N", "R"}
    assert sections("The forum focused on culture and people-to-people exchanges.") == set()


def test_the_delegation_s_own_travel_is_not_a_sector():
    assert sections("代表团乘坐CA981航班抵达纽约，参观了山西博物馆。") == set()
    assert sections("They arrived on a flight from Beijing.") == set()
    assert sections("双方同意进一步加密哈尔滨-新潟航班。") == {"H"}
    assert sections("The two sides will add more flights between Seattle and Chengdu.") == {"H"}


def test_boilerplate_lines_are_skipped():
    text = "中国西藏网 > 教育\n湖南省党政代表团来藏考察。\n技术支持:四川中小企业信息服务有限责任公司"
    assert sections(text) == set()
    assert sections("来源：中国农业新闻网  2021-03-02\n双方在旅游领域合作。") == {"N"}


def test_common_character_traps():
    assert sections("公司负责人参加展会。") == set()              # 人参 in 负责人参加
    assert sections("推动两地产业对接。") == set()                # 地产 in 两地产业
    assert sections("强化工作落实。") == set()                    # 化工 in 强化工作
    assert sections("葡萄牙代表团来访。") == set()
    assert sections("会议展示了成果。") == set()
    assert sections("认真落实国家政策，专家具有丰富经验。") == set()   # 家政, 家具 across words
    assert sections("He thanked the hosts for their warm hospitality.") == set()
    assert sections("The delegation was greeted at the airport by the mayor.") == set()
    assert sections("Cooperation in tourism and hospitality will grow.") == {"N", "I"}


# ------------------------------------------------------------------ round 2: kinds found on unseen articles

def test_a_name_does_not_run_across_a_conjunction():
    # 大学 after 和 heads the next item, not a body named 旅游人才培训…大学
    assert sections("两地将在旅游人才培训和大学交流方面取得新成果。") == {"N", "P"}
    assert sections("中华人民共和国商务部和农业农村部负责人出席。") == set()


def test_a_term_qualifying_manufactured_goods_is_not_its_own_sector():
    assert sections("推动与当地的能源化工、纺织服装等产业对接。") == {"C"}
    assert sections("双方在航空装备、稀土新材料领域合作。") == {"C"}
    assert sections("They toured the new energy vehicle industry.") == {"C"}
    # ... but a list keeps every item
    assert sections("双方在能源、化工等领域合作。") == {"C", "D"}


def test_trade_naming_a_visiting_party_or_an_office_is_not_a_field():
    assert sections("The governor welcomed a trade and investment delegation from the province.") == set()
    assert sections("She led a state trade mission to the two provinces.") == set()
    assert sections("Governor Opens Utah Trade Office in Shanghai") == set()
    assert sections("the state Department of Agriculture, Trade and Consumer Protection") == set()
    assert sections("省贸易代表团抵达。") == set()
    assert sections("The two sides agreed to expand trade and e-commerce.") == {"G"}
    assert sections("China National Machinery Import and Export Corporation") == {"C", "G"}


def test_label_words_in_company_names_are_not_sectors():
    assert sections("深圳某某创新科技有限公司等企业代表参加推介会。") == set()
    assert sections("Eastern Ocean Sci-Tech Co., Ltd. agreed to import crab.") == set()
    assert sections("双方将加强科技合作。") == {"M"}
    # a development zone is a place, in English as in Chinese (高新区 is a stop phrase)
    assert sections("He visited the Chengdu High-tech Zone.") == set()
    assert sections("代表团参观了高新区。") == set()
    assert sections("They will cooperate in science and technology.") == {"M"}


def test_transport_works_in_an_infrastructure_clause_are_construction():
    assert sections("推进沿江公路、铁路等基础设施互联互通。") == {"F"}
    assert sections("双方在港口、物流领域合作。") == {"H"}


def test_research_trade_and_education_wording_of_unseen_articles():
    assert sections("officials discussed joint research and student exchanges") == {"M", "P"}
    assert sections("the universities signed a memorandum on medical research") == {"M"}
    assert sections("两校签署了人工智能联合研究备忘录。") >= {"M"}
    assert sections("a delegation of producers and exporters") == {"G"}
    assert sections("The company signed a distribution agreement with a local firm.") == {"G"}
    assert sections("promote beef and distillers grains") == {"A", "C"}
    assert sections("推动盐湖资源综合利用。") == {"B"}
    assert sections("开展新一轮对口支援。") == set()        # no term straddling 新一轮对口


def test_empty_text():
    assert sectors.find_sectors(Doc(article_id="t", text="")) == []


# ------------------------------------------------------------------ the fast paths give what the plain ones give

TRICKY = [
    "Agricultural trades, 文化旅游; Tradeoff and TRADE, trader's trades.",
    "3D打印与中国制造2025、new energy vehicles 和 energy-saving appliances",
    "𝄞 tourism𝄞 Tourism \ud800 agriculture Ⱥ Energy, culture and tourism",   # 4-byte, lone surrogate, 2-to-3-byte lower()
    "İstanbul agriculture İ trade",        # lower() would lengthen the text
    "\u212aagriculture k\u212a agriculture",   # the Kelvin sign lower-cases to an ASCII k
    "Ministry of Agriculture and Rural Affairs of the People's Republic of China",
]


@pytest.mark.parametrize("text", TRICKY)
def test_byte_scan_matches_the_character_scan(text):
    terms, _ = sectors._scan(text, sectors._fold(text))
    reference = [(s, e, t) for s, e, t in sectors._leftmost_longest(sectors._candidates(text))
                 if "stop" not in t.flags and t.codes]
    assert [(s, e, k.term) for s, e, k in terms] == reference


@pytest.mark.parametrize("text", [
    "首页 > 新闻\n双方在文化旅游领域合作。\nCopyright 2024 ICP备 123\nSource: Xinhua\n" + "贸易" * 100 + "版权",
    "no boilerplate at all\n但有 > 一个箭头",
    "\u017fource: x\nſ and ı letters fold to nothing ASCII",
])
def test_boilerplate_lines_from_the_scan_are_those_read_line_by_line(text):
    _, words = sectors._scan(text, sectors._fold(text))
    assert sectors._boilerplate_spans(text, words) == sectors._boilerplate_spans(text)


def test_an_english_name_is_read_past_the_near_words_when_it_runs_on():
    name = "Agriculture " + "Development " * 6 + "Department"     # the head 90 characters after the term
    text = name + " said"
    assert sectors._headed_name(text, 0, 11, 0, 51, 0, len(text), sectors._ORG_HEADS_EN) is None   # runs on
    assert sectors._in_english_name(text, 0, 11)
    assert not sectors._in_english_name(name.replace("Department", "department") + " said", 0, 11)


# ------------------------------------------------------------------ the sample, as a whole

@needs_shared
def test_sample_articles_reach_high_f1():
    from tradeviz.pipeline import doc_of, iter_articles

    gold = {p.name[:-5]: json.loads(p.read_text(encoding="utf-8"))
            for d in (SHARED / "gold", SHARED / "dev" / "gold") for p in d.glob("*.json")}
    tp = fp = fn = 0
    for art in iter_articles([SHARED / "seeds", SHARED / "dev" / "articles"]):
        g = gold[art.source.replace("\\", "/").rsplit("/", 1)[-1]]
        got = {h.isic[0] for h in sectors.find_sectors(doc_of(art))}
        need, free = set(g["sectors"]), set(g.get("sectors_optional", []))
        tp += len(got & need)
        fp += len(got - need - free)
        fn += len(need - got)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.85, (tp, fp, fn)
