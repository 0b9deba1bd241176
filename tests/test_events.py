"""Events: type, dates, host, guest, scope and the primary event, on made-up sentences.

Places, dates and actors are given by hand (as the earlier steps would find
them), so these tests check the event rules alone.
"""
from __future__ import annotations

import re

import pytest

from tradeviz.extract.dates import find_dates
from tradeviz.extract.events import find_events, find_triggers, scope_of, side_of
from tradeviz.extract.mentions import Actor, Doc, Place

# name -> (level, region, country): a tiny stand-in for the gazetteer
GAZ = {
    "山西": ("province", "CN-SX", "CN"), "纽约州": ("province", "US-NY", "US"),
    "美国": ("country", "", "US"), "加州": ("province", "US-CA", "US"), "成都": ("prefecture", "CN-SC", "CN"),
    "浙江": ("province", "CN-ZJ", "CN"), "川": ("province", "CN-SC", "CN"), "浙": ("province", "CN-ZJ", "CN"),
    "蓉": ("prefecture", "CN-SC", "CN"), "渝": ("province", "CN-CQ", "CN"), "上海": ("province", "CN-SH", "CN"),
    "天津": ("province", "CN-TJ", "CN"), "甘肃": ("province", "CN-GS", "CN"), "湖南省": ("province", "CN-HN", "CN"),
    "藏": ("province", "CN-XZ", "CN"), "黑龙江省": ("province", "CN-HL", "CN"), "新潟县": ("province", "JP-15", "JP"),
    "广西": ("province", "CN-GX", "CN"), "越南": ("country", "", "VN"), "杭州": ("prefecture", "CN-ZJ", "CN"),
    "密歇根州": ("province", "US-MI", "US"), "河南": ("province", "CN-HA", "CN"), "堪萨斯州": ("province", "US-KS", "US"),
    "Hubei": ("province", "CN-HB", "CN"), "Ohio": ("province", "US-OH", "US"), "Columbus": ("city", "US-OH", "US"),
    "Chengdu": ("prefecture", "CN-SC", "CN"), "Washington": ("province", "US-WA", "US"),
    "Sichuan": ("province", "CN-SC", "CN"), "United States": ("country", "", "US"), "China": ("country", "", "CN"),
    "Jilin": ("province", "CN-JL", "CN"), "Changchun": ("prefecture", "CN-JL", "CN"),
    "South Korea": ("country", "", "KR"), "Zhejiang": ("province", "CN-ZJ", "CN"), "Michigan": ("province", "US-MI", "US"),
    "阿斯塔纳": ("city", "", "KZ"), "新疆": ("province", "CN-XJ", "CN"), "太原": ("prefecture", "CN-SX", "CN"),
    "江苏": ("province", "CN-JS", "CN"), "青海": ("province", "CN-QH", "CN"), "西宁": ("prefecture", "CN-QH", "CN"),
    "苏州": ("prefecture", "CN-JS", "CN"), "明尼苏达州": ("province", "US-MN", "US"), "中国": ("country", "", "CN"),
    "田纳西州": ("province", "US-TN", "US"), "北京": ("province", "CN-BJ", "CN"), "山东": ("province", "CN-SD", "CN"),
    "广东": ("province", "CN-GD", "CN"), "宁夏": ("province", "CN-NX", "CN"), "深圳": ("prefecture", "CN-GD", "CN"),
    "广州": ("prefecture", "CN-GD", "CN"), "Anhui": ("province", "CN-AH", "CN"), "Germany": ("country", "", "DE"),
    "Liaoning": ("province", "CN-LN", "CN"), "Utah": ("province", "US-UT", "US"), "Shanghai": ("province", "CN-SH", "CN"),
    "大连": ("prefecture", "CN-LN", "CN"), "沈阳": ("prefecture", "CN-LN", "CN"), "吉林": ("province", "CN-JL", "CN"),
    "辽宁": ("province", "CN-LN", "CN"), "Pennsylvania": ("province", "US-PA", "US"), "Tianjin": ("province", "CN-TJ", "CN"),
    "天津市": ("province", "CN-TJ", "CN"), "宾夕法尼亚州": ("province", "US-PA", "US"),
    "Guizhou": ("province", "CN-GZ", "CN"), "Seattle": ("prefecture", "US-WA", "US"), "Oregon": ("province", "US-OR", "US"),
    "Jiangsu": ("province", "CN-JS", "CN"), "Las Vegas": ("prefecture", "US-NV", "US"),
    "Shaanxi": ("province", "CN-SN", "CN"), "Idaho": ("province", "US-ID", "US"), "Wisconsin": ("province", "US-WI", "US"),
    "Kansas": ("province", "US-KS", "US"), "海口": ("prefecture", "CN-HI", "CN"), "福建省": ("province", "CN-FJ", "CN"),
    "俄勒冈州": ("province", "US-OR", "US"), "波特兰": ("prefecture", "US-OR", "US"), "Fujian": ("province", "CN-FJ", "CN"),
    "Oregon": ("province", "US-OR", "US"),
}


def places_of(text):
    pat = re.compile("|".join(sorted(map(re.escape, GAZ), key=len, reverse=True)))
    return [Place(m.group(), m.start(), m.end(), GAZ[m.group()][0], GAZ[m.group()][1] or GAZ[m.group()][2],
                  GAZ[m.group()][1], GAZ[m.group()][2]) for m in pat.finditer(text)]


def doc(text, title="", published="", language="zh-Hans", actors=(), parts=()):
    d = Doc("t", text, title=title, published=published, language=language, parts=list(parts))
    d.places = places_of(text)
    d.dates = find_dates(d)
    d.actors = list(actors)
    return d


def primary(d):
    evs = find_events(d)
    assert sum(e.primary for e in evs) == 1 and evs[0].primary
    return evs[0]


def fields(e):
    return e.event_type, e.start, e.end, e.host, e.guest, e.scope


# ------------------------------------------------------------------ types


@pytest.mark.parametrize("sentence, want", [
    ("山西代表团访问纽约州。", "visit"),
    ("浙江省长在杭州会见了密歇根州州长一行。", "meeting"),
    ("川浙经贸合作交流座谈会在成都举行。", "meeting"),
    ("中美省州论坛在成都举行,浙江企业参加。", "forum"),
    ("第六届进博会在上海开幕,山西展区亮相。", "expo"),
    ("山西与纽约州签署合作备忘录。", "signing"),
    ("新疆在太原召开招商引资推介会。", "promotion"),
    ("河南首批进口美国堪萨斯州大豆启运仪式举行。", "other"),
    ("The Ohio delegation met with officials in Chengdu.", "meeting"),
    ("A conference was held in Changchun with guests from South Korea.", "forum"),
])
def test_each_event_type(sentence, want):
    lang = "en" if sentence.isascii() else "zh-Hans"
    assert primary(doc(sentence, language=lang)).event_type == want


def test_ceremony_words_yield_to_an_exchange_word():
    ts = find_triggers("庆祝建交40周年,代表团访问山西")
    assert [t.event_type for t in ts if t.weight >= 2] == ["visit", "visit"]


# ------------------------------------------------------------------ host and guest


@pytest.mark.parametrize("sentence, host, guest", [
    ("加州代表团来渝考察。", "CN-CQ", "US-CA"),
    ("湖南省党政代表团来藏考察。", "CN-XZ", "CN-HN"),
    ("甘肃党政代表团到天津考察。", "CN-TJ", "CN-GS"),
    ("纽约州商务代表团访问山西。", "CN-SX", "US-NY"),
    ("新潟县知事率团访问友省黑龙江省。", "CN-HL", "JP"),
    ("座谈会在蓉召开,浙江企业参加。", "CN-SC", "CN-ZJ"),
    ("山西代表团赴美国加州考察。", "US-CA", "CN-SX"),
    ("美国加州代表团抵达成都。", "CN-SC", "US-CA"),
    ("A delegation from Zhejiang visited Michigan.", "US-MI", "CN-ZJ"),
    ("A conference was held in Changchun, Jilin, with Gangwon-do in South Korea.", "CN-JL", "KR"),
])
def test_host_and_guest_cues(sentence, host, guest):
    lang = "en" if sentence.isascii() else "zh-Hans"
    e = primary(doc(sentence, language=lang))
    assert (e.host, e.guest) == (host, guest)


def test_guest_from_the_leading_actor():
    text = "由纽约州官员带队一行8人于9月24日-26日访问山西。"
    who = Actor("詹姆斯金", "person", "署长", "US-NY", 0, 1)
    d = doc(text)
    d.places = [p for p in d.places if p.name != "纽约州"]      # the side is known only through the person
    d.actors = [Actor(who.name, who.kind, who.title, who.region, 1, 6)]
    e = primary(d)
    assert (e.host, e.guest) == ("CN-SX", "US-NY")


def test_fair_venue_is_the_host():
    e = primary(doc("市外经贸委以第十七届渝洽会为契机,拓展与加州合作。"))
    assert fields(e) == ("expo", "2014", "2014", "CN-CQ", "US-CA", "us_china")


# ------------------------------------------------------------------ scope


@pytest.mark.parametrize("host, guest, fair, want", [
    ("CN-SX", "US-NY", False, "us_china"),
    ("US", "CN", False, "us_china"),
    ("CN-SC", "CN-ZJ", False, "interprovincial"),
    ("CN-HL", "JP", False, "international"),
    ("KZ", "CN-XJ", False, "international"),
    ("CN-SH", "CN-SX", True, "international"),
    ("CN-CQ", "US-CA", True, "us_china"),
    ("CN-SC", "CN-SC", False, "domestic"),
])
def test_scope(host, guest, fair, want):
    assert scope_of(host, guest, fair) == want


def test_side_of_uses_region_for_china_and_us_country_elsewhere():
    assert side_of(Place("加州", 0, 2, "province", "US-CA", "US-CA", "US")) == "US-CA"
    assert side_of(Place("美国", 0, 2, "country", "US", "", "US")) == "US"
    assert side_of(Place("新潟县", 0, 3, "province", "JP-15", "JP-15", "JP")) == "JP"


# ------------------------------------------------------------------ primary event and dates


def test_headline_event_takes_dates_from_the_lead():
    text = "纽约州商务代表团访问山西\n由纽约州官员带队于9月24日-26日访问山西。\n9月24日上午的座谈会上,主任会见代表团。"
    e = primary(doc(text, title="纽约州商务代表团访问山西"))
    assert fields(e) == ("visit", "--09-24", "--09-26", "CN-SX", "US-NY", "us_china")
    assert e.evidence == "纽约州商务代表团访问山西"


def test_relative_date_of_the_primary_event():
    text = "川浙座谈会在蓉召开\n发布日期:2016-09-28\n昨日,川浙经贸合作交流座谈会在成都举行。浙江企业参加。"
    e = primary(doc(text, title="川浙座谈会在蓉召开", published="2016-09-28"))
    assert fields(e) == ("meeting", "2016-09-27", "2016-09-27", "CN-SC", "CN-ZJ", "interprovincial")


def test_numbered_fair_dates_and_international_scope():
    text = "11月4日至6日,省长出席在上海举行的第六届中国国际进口博览会开幕式。山西展区亮相。"
    e = primary(doc(text))
    assert fields(e) == ("expo", "2023-11-04", "2023-11-06", "CN-SH", "CN-SX", "international")


def test_background_event_is_not_primary():
    text = "2015-09-07\n2012年9月,密歇根州州长赴杭州访问。\n8月28日,浙江省长在杭州会见了密歇根州州长一行。"
    e = primary(doc(text, published="2015-09-07"))
    assert (e.event_type, e.start) == ("meeting", "2015-08-28")
    assert any(x.start == "2012-09" and not x.primary for x in find_events(doc(text, published="2015-09-07")))


def test_undated_event_stays_undated():
    text = "新疆招商团在太原召开招商引资推介会。这是该市从2004年建市以来规模最大的一次推介活动。"
    e = primary(doc(text))
    assert (e.event_type, e.start, e.end, e.host, e.guest) == ("promotion", "", "", "CN-SX", "CN-XJ")


def test_year_only_from_the_event_name():
    text = "为期三天的2017阿斯塔纳专项世博会中国馆新疆活动周28日在阿斯塔纳启幕。"
    assert fields(primary(doc(text))) == ("expo", "2017", "2017", "KZ", "CN-XJ", "international")


def test_english_article():
    text = ("News: Lt. Governor Habib in Chengdu for 35th anniversary of Washington-Sichuan relationship, forum\n"
            "By Wen Liu   Sept. 16, 2017\n"
            "Lt. Governor Habib was in Chengdu, Sichuan from Sept. 10-11.\nOn Sept. 10, Habib first met with the mayor.")
    e = primary(doc(text, title=text.split("\n")[0][6:], language="en"))
    assert fields(e) == ("visit", "2017-09-10", "2017-09-11", "CN-SC", "US-WA", "us_china")


def test_headline_with_only_a_ceremony_word_defers_to_the_lead():
    text = ("Jilin and South Korea celebrate 25th anniversary\nUpdated: Jul 3, 2019\n"
            "A conference was held in Changchun, capital of Jilin, on June 26 with guests from South Korea.")
    e = primary(doc(text, title="Jilin and South Korea celebrate 25th anniversary", language="en"))
    assert fields(e) == ("forum", "2019-06-26", "2019-06-26", "CN-JL", "KR", "international")


def test_bilingual_article_reports_events_once():
    zh = "加州代表团来渝考察。加州代表团举办投资推介会。"
    en = "\nA Californian delegation will visit Chongqing. The delegation will hold investment briefings."
    d = doc(zh + en, parts=[("zh-Hans", 0, len(zh)), ("en", len(zh), len(zh + en))])
    evs = find_events(d)
    assert all(e.evidence in zh for e in evs)
    assert evs[0].host == "CN-CQ" and evs[0].guest == "US-CA"


def test_traditional_text_after_conversion():
    import opencc
    text = opencc.OpenCC("t2s").convert("湖南省黨政代表團來藏考察並座談\n8月31日至9月5日,湖南省黨政代表團來藏考察。")
    e = primary(doc(text, title=text.split("\n")[0], published="2023-09-06"))
    assert fields(e) == ("visit", "2023-08-31", "2023-09-05", "CN-XZ", "CN-HN", "interprovincial")


def test_no_exchange_no_event():
    assert find_events(doc("今天天气很好。")) == []


def test_country_adjective_names_the_guest():
    e = primary(doc("A Chinese delegation visited Ohio on March 3.", published="2018-03-10", language="en"))
    assert fields(e) == ("visit", "2018-03-03", "2018-03-03", "US-OH", "CN", "us_china")


def test_bare_country_made_specific_by_the_lead():
    text = "中美论坛在成都举行\n5月21日,中美论坛在成都举行,美国加州官员出席并致辞。"
    e = primary(doc(text, title="中美论坛在成都举行", published="2019-05-22"))
    assert (e.host, e.guest, e.start) == ("CN-SC", "US-CA", "2019-05-21")


def test_date_in_a_looking_back_clause_is_not_the_events():
    text = "继2019年9月签署协议后,山西代表团10月15日访问纽约州。"
    e = primary(doc(text, published="2020-10-20"))
    assert (e.event_type, e.start, e.host, e.guest) == ("visit", "2020-10-15", "US-NY", "CN-SX")


def test_lead_needs_a_side_to_be_primary():
    text = "首页 论坛 招商引资\n9月24日,纽约州代表团访问山西。"
    e = primary(doc(text))
    assert (e.event_type, e.start, e.host) == ("visit", "--09-24", "CN-SX")


def test_our_province_hosts():
    text = "纽约州代表团来我省考察\n9月24日,纽约州代表团来我省考察,省长在太原会见代表团一行。山西企业参加座谈。"
    e = primary(doc(text, title="纽约州代表团来我省考察", published="2019-09-30"))
    assert (e.event_type, e.start, e.host, e.guest) == ("visit", "2019-09-24", "CN-SX", "US-NY")


def test_venue_name_before_the_city_gives_the_host():
    text = "On September 20, the Hubei-Ohio trade fair opened at the Hilton Columbus Downtown with guests from Hubei."
    e = primary(doc(text, language="en"))
    assert (e.host, e.guest) == ("US-OH", "CN-HB")


def test_article_without_exchange_words_still_has_a_primary_event():
    e = primary(doc("9月24日,纽约州与山西企业家共话合作。", published="2019-09-30"))
    assert (e.event_type, e.start, {e.host, e.guest}) == ("other", "2019-09-24", {"US-NY", "CN-SX"})


def test_words_ending_in_a_host_preposition_are_no_cue():
    # 位于成都: where a company lies, not where the event is
    e = primary(doc("浙江代表团会见了位于成都的企业代表,双方在杭州签约。"))
    assert e.host == "CN-ZJ"


def test_dateline_yields_to_the_events_own_date():
    text = "新华社成都9月27日电 26日,浙江代表团在成都签约。"
    e = primary(doc(text, published="2016-09-27"))
    assert (e.event_type, e.start, e.host, e.guest) == ("signing", "2016-09-26", "CN-SC", "CN-ZJ")
    text = "CHENGDU, Oct. 12 (Xinhua) -- Sichuan and Washington signed an agreement in Chengdu on Wednesday."
    e = primary(doc(text, published="2017-10-12", language="en"))
    assert e.start == "2017-10-11"      # Wednesday before Thursday, 12 October 2017


# ------------------------------------------------------------------ round 2: kinds seen on unseen articles


def test_signing_headline_yields_to_the_visit_the_lead_reports():
    # a sub-headline (副题) about the signing above a lead that reports the trip
    text = ("两省签署新一轮协作协议\n5月8日至11日,江苏省党政代表团赴青海考察协作工作。"
            "9日,座谈会在西宁召开。座谈会后,两省签署协作协议。")
    e = primary(doc(text, title="两省签署新一轮协作协议", published="2022-05-13"))
    assert fields(e) == ("visit", "2022-05-08", "2022-05-11", "CN-QH", "CN-JS", "interprovincial")


def test_signing_headline_over_a_signing_lead_stays_a_signing():
    text = "中国采购团在田纳西州签署大豆协议\n9月18日,中国采购团在田纳西州签署大豆采购协议。"
    e = primary(doc(text, title="中国采购团在田纳西州签署大豆协议", published="2019-09-20"))
    assert (e.event_type, e.start, e.host) == ("signing", "2019-09-18", "US-TN")


def test_china_written_as_such_stays_the_country():
    # buyers from several provinces: the guest is China, not the province named most
    text = ("中国采购团在田纳西州签署大豆协议\n9月18日,中国采购团在田纳西州签署大豆采购协议。"
            "来自北京、山东、广东等地的企业参加。山东企业采购最多,山东、山东。")
    e = primary(doc(text, title="中国采购团在田纳西州签署大豆协议", published="2019-09-20"))
    assert (e.host, e.guest, e.scope) == ("US-TN", "CN", "us_china")


def test_our_delegation_is_the_province_the_article_names_most():
    text = "我省代表团访问田纳西州\n9月18日,我省代表团访问田纳西州。山东企业参加。山东农产品受欢迎。"
    e = primary(doc(text, title="我省代表团访问田纳西州", published="2019-09-20"))
    assert (e.host, e.guest) == ("US-TN", "CN-SD")


def test_year_from_the_event_name_is_sharpened_by_the_lead():
    text = "2019宁夏(深圳)招商推介会举行\n昨天,2019宁夏(深圳)招商推介会在深圳举行。"
    e = primary(doc(text, title="2019宁夏(深圳)招商推介会举行", published="2019-09-21"))
    assert fields(e) == ("promotion", "2019-09-20", "2019-09-20", "CN-GD", "CN-NX", "interprovincial")


def test_dateline_and_year_only_headline_give_the_leads_day():
    text = "宁夏在2020年推介会上招商\n本报北京9月6日电 2020年宁夏专题推介会5日在北京举行。"
    e = primary(doc(text, title="宁夏在2020年推介会上招商", published="2020-09-07"))
    assert (e.start, e.end, e.host) == ("2020-09-05", "2020-09-05", "CN-BJ")


def test_english_headline_above_a_chinese_report():
    head = "Tianjin Delegation Visits Pennsylvania"
    zh = "\n4月10日至12日,天津市代表团访问宾夕法尼亚州,双方交换了意见,并就合作达成共识。"
    en = "\nFrom April 10 to 12, a Tianjin delegation visited Pennsylvania."
    text = head + zh + en
    parts = [("en", 0, len(head)), ("zh-Hans", len(head) + 1, len(head + zh)), ("en", len(head + zh) + 1, len(text))]
    e = primary(doc(text, title=head, published="2018-04-16", language="mixed", parts=parts))
    assert fields(e) == ("visit", "2018-04-10", "2018-04-12", "US-PA", "CN-TJ", "us_china")


def test_photo_caption_is_not_the_lead_and_the_named_event_gives_the_date():
    text = ("Anhui courts German investors\n"
            "Photo: The vice-governor speaks at the Anhui investment promotion conference. [Photo provided to X]\n"
            "Anhui took its car industry to Germany last week, holding an investment promotion conference.\n"
            "The Anhui delegation visited Germany from June 17-20. At the conference on June 18, the governor spoke.")
    e = primary(doc(text, title="Anhui courts German investors", published="2019-06-24", language="en"))
    assert fields(e) == ("promotion", "2019-06-18", "2019-06-18", "DE", "CN-AH", "international")


def test_visiting_side_made_as_specific_as_the_lead_names_it():
    text = ("苏州与美国罗切斯特市签署备忘录\n上周,美国明尼苏达州罗切斯特市市长率代表团访问苏州,与我市签署备忘录。"
            "医院与苏州企业签署协议。")
    e = primary(doc(text, title="苏州与美国罗切斯特市签署备忘录", published="2019-09-04"))
    assert (e.host, e.guest, e.start, e.end) == ("CN-JS", "US-MN", "", "")


def test_fair_opening_day_runs_on_to_the_phase_the_report_gives():
    text = ("青海交易团亮相第126届广交会\n10月15日,第126届广交会在广州开幕。青海交易团参展。\n"
            "据统计,第一期展会期间(10月15日至19日),青海交易团共接待客商1100余人次。")
    e = primary(doc(text, title="青海交易团亮相第126届广交会"))
    assert fields(e) == ("expo", "2019-10-15", "2019-10-19", "CN-GD", "CN-QH", "international")


def test_fair_abroad_hosts_in_its_country():
    e = primary(doc("4月1日,江苏企业参加汉诺威工业博览会。", published="2019-04-05"))
    assert (e.event_type, e.host, e.guest, e.scope) == ("expo", "DE", "CN-JS", "international")


@pytest.mark.parametrize("sentence, host", [
    ("纽约州代表团访问吉林、辽宁两省。", "CN"),               # two provinces: the country hosts
    ("纽约州代表团访问沈阳、大连两市。", "CN-LN"),            # two cities of one province: the province
    ("A Utah trade mission to Jilin and Liaoning met buyers.", "CN"),
    ("A Utah trade mission to Shanghai, China met buyers.", "CN-SH"),     # a place and its country
    ("山西代表团在上海与天津企业座谈。", "CN-SH"),                           # 与: with, not and
])
def test_trip_over_several_regions(sentence, host):
    lang = "en" if sentence.isascii() else "zh-Hans"
    assert primary(doc(sentence, language=lang)).host == host


def test_opening_an_office_is_an_event_of_its_own():
    text = ("Governor Opens Utah Trade Office in Shanghai\n"
            "On Nov. 4 the Utah governor opened the office in Shanghai, part of a trip to the CIIE.")
    e = primary(doc(text, title="Governor Opens Utah Trade Office in Shanghai", published="2019-11-06", language="en"))
    assert (e.event_type, e.start, e.host, e.guest) == ("other", "2019-11-04", "CN-SH", "US-UT")


def test_signing_headline_stands_where_the_lead_tells_the_signing_too():
    text = "山西与纽约州缔结友好省州关系\n5月18日,省长在太原会见了纽约州州长一行,双方签署友好省州协议书。"
    e = primary(doc(text, title="山西与纽约州缔结友好省州关系", published="2019-05-20"))
    assert (e.event_type, e.start, e.host, e.guest) == ("signing", "2019-05-18", "CN-SX", "US-NY")


def test_a_sentence_pointing_back_at_the_event_dates_it():
    text = ("Guizhou courts US investors\nUpdated: 2018-05-30\n"
            "Guizhou province held an investment promotion conference in Seattle last week.\n"
            "At the event on May 24, Guizhou officials spoke. The Guizhou delegation visited Oregon from May 22-27.")
    e = primary(doc(text, title="Guizhou courts US investors", published="2018-05-30", language="en"))
    assert (e.event_type, e.start, e.end, e.host, e.guest) == ("promotion", "2018-05-24", "2018-05-24", "US-WA", "CN-GZ")


def test_exhibitors_at_a_fair_abroad():
    text = "More than 100 companies from Jiangsu exhibited at CES 2020 in Las Vegas from Jan 7 to 10."
    e = primary(doc(text, published="2020-01-12", language="en"))
    assert fields(e) == ("expo", "2020-01-07", "2020-01-10", "US-NV", "CN-JS", "us_china")


def test_sub_headline_under_the_headline_is_no_lead():
    text = "纽约州客人到山西\n共庆山西与纽约州结好10周年\n9月24日,纽约州代表团访问山西。"
    e = primary(doc(text, title="纽约州客人到山西", published="2019-09-26"))
    assert (e.event_type, e.start, e.host, e.guest) == ("visit", "2019-09-24", "CN-SX", "US-NY")


def test_a_fair_named_first_hosts_before_a_later_leg_of_the_trip():
    title = "山东企业代表团参加选择美国投资峰会并访问宾夕法尼亚州"
    text = title + "\n昨天,选择美国投资峰会开幕,为期三天。山东企业代表团参会。\n会后,代表团赴宾夕法尼亚州考察。"
    e = primary(doc(text, title=title, published="2022-06-28"))
    assert (e.host, e.guest, e.start, e.end) == ("US-MD", "CN-SD", "2022-06-27", "2022-06-29")
    # the trip's next leg is an event of its own, hosted where it goes
    assert any(x.host == "US-PA" and not x.primary for x in find_events(doc(text, title=title, published="2022-06-28")))


def test_a_fair_named_after_the_host_place_does_not_move_the_host():
    title = "山东代表团访问宾夕法尼亚州并参加选择美国投资峰会"
    e = primary(doc(title + "\n代表团访问宾夕法尼亚州。", title=title, published="2022-06-28"))
    assert e.host == "US-PA"


def test_numbered_fair_gives_the_year_to_its_days():
    text = "第24届投洽会9月8日至11日在厦门举行,天津企业组团参展。"
    e = primary(doc(text))
    assert (e.start, e.end, e.host, e.guest) == ("2024-09-08", "2024-09-11", "CN-FJ", "CN-TJ")


def test_primary_runs_over_the_days_the_report_gives():
    e = primary(doc("本周一至周三,甘肃代表团访问密歇根州。", published="2021-06-04"))
    assert (e.start, e.end) == ("2021-05-31", "2021-06-02")
    e = primary(doc("广东企业参加博览会\n4月10日,博览会在上海开幕,展期5天。广东企业参展。", title="广东企业参加博览会",
                    published="2021-04-11"))
    assert (e.start, e.end, e.host) == ("2021-04-10", "2021-04-14", "CN-SH")


def test_recently_gives_the_month_of_the_report():
    e = primary(doc("近日,江苏代表团来青海考察。", published="2021-06-24"))
    assert (e.start, e.end, e.host, e.guest) == ("2021-06", "2021-06", "CN-QH", "CN-JS")


def test_secondary_event_without_a_cue_keeps_the_storys_roles():
    text = "甘肃代表团访问密歇根州。\n甘肃企业与密歇根州企业签署合作协议。\n越南、新潟县代表出席推介会。"
    evs = find_events(doc(text, published="2021-06-04"))
    assert (evs[0].host, evs[0].guest) == ("US-MI", "CN-GS")
    signing = next(e for e in evs if e.event_type == "signing")
    assert (signing.host, signing.guest) == ("US-MI", "CN-GS")        # not the first side named
    promo = next(e for e in evs if e.event_type == "promotion")
    assert (promo.host, promo.guest) == ("US-MI", "CN-GS")            # participants, not the sides


def test_secondary_event_with_its_own_cue_keeps_it():
    text = "甘肃代表团访问密歇根州。\n会后,代表团赴纽约州考察。"
    evs = find_events(doc(text, published="2021-06-04"))
    assert any((e.host, e.guest) == ("US-NY", "CN-GS") and not e.primary for e in evs)


@pytest.mark.parametrize("sentence", [
    "在甘肃—密歇根州经贸合作签约仪式上,甘肃企业与密歇根州企业签署协议。",     # a pair of sides naming the event
    "副省长在甘肃馆会见了密歇根州官员。",                                       # a pavilion at a fair
])
def test_a_place_inside_a_name_is_no_host_cue(sentence):
    text = "甘肃代表团访问密歇根州。\n" + sentence
    evs = find_events(doc(text, published="2021-06-04"))
    assert all((e.host, e.guest) == ("US-MI", "CN-GS") for e in evs)


def test_a_company_based_somewhere_does_not_host():
    text = ("Michigan delegation visits Jiangsu\nA Michigan delegation visited Jiangsu on June 2.\n"
            "A robot maker based in Jiangsu signed a deal with a Michigan firm.")
    evs = find_events(doc(text, title="Michigan delegation visits Jiangsu", published="2021-06-04", language="en"))
    signing = next(e for e in evs if e.event_type == "signing")
    assert (signing.host, signing.guest) == ("CN-JS", "US-MI")


def test_an_official_receiving_the_delegation_is_not_its_home():
    text = "密歇根州代表团访问大连。\n大连市副市长会见代表团并出席对接会。"
    e = primary(doc(text, published="2021-06-04"))
    assert (e.host, e.guest) == ("CN-LN", "US-MI")
    assert all(x.guest != "CN-LN" for x in find_events(doc(text, published="2021-06-04")))


def test_a_written_day_says_more_than_recently():
    e = primary(doc("近日,江苏代表团于6月18日来青海考察。", published="2021-06-24"))
    assert (e.start, e.end) == ("2021-06-18", "2021-06-18")


def test_the_run_told_in_a_sentence_of_its_own():
    title = "广东企业参加博览会"
    text = title + "\n4月10日,博览会在上海开幕。本届博览会为期5天,广东企业参展。"
    e = primary(doc(text, title=title, published="2021-04-11"))
    assert (e.start, e.end) == ("2021-04-10", "2021-04-14")


def test_a_signing_at_the_storys_event_is_an_event_of_its_own():
    title = "甘肃在深圳举办招商推介会"
    text = (title + "\n6月8日,甘肃招商推介会在深圳举行。\n推介会现场,共签约项目12个,总投资50亿元。\n"
            "推介会上,甘肃希望双方签署更多协议。")
    evs = find_events(doc(text, title=title, published="2021-06-10"))
    assert (evs[0].event_type, evs[0].host, evs[0].guest, evs[0].start) == ("promotion", "CN-GD", "CN-GS", "2021-06-08")
    signings = [e for e in evs if e.event_type == "signing"]
    assert [(e.host, e.guest, e.start) for e in signings] == [("CN-GD", "CN-GS", "2021-06-08")]   # not the wish


def test_the_same_event_told_again_at_the_story_is_no_new_event():
    text = "甘肃代表团6月8日访问密歇根州。\n访问期间,代表团还参观了工厂。"
    evs = find_events(doc(text, published="2021-06-10"))
    assert [e.event_type for e in evs] == ["visit"]


def test_an_undated_exchange_of_the_story_happens_in_its_month():
    text = "甘肃代表团6月8日至10日访问密歇根州。\n代表团与密歇根州企业签署合作协议。\n1980年,双方曾签署协议。"
    evs = find_events(doc(text, published="2021-06-12"))
    signing = [e for e in evs if e.event_type == "signing"]
    assert ("2021-06", "2021-06") in [(e.start, e.end) for e in signing]
    assert all(e.start != "2021-06" for e in signing if "1980" in e.evidence)   # the past keeps its year


# ------------------------------------------------------------------ round 4: kinds seen on an unseen set


def test_the_anniversary_of_a_past_tie_is_no_signing():
    assert all(t.weight <= 1 for t in find_triggers("庆祝两省缔结友好省州40周年") if t.event_type == "signing")
    assert all(t.weight <= 1 for t in find_triggers("marking the 40th anniversary of the sister-state agreement")
               if t.event_type == "signing")
    assert [t.weight for t in find_triggers("两省签署合作协议") if t.event_type == "signing"][0] == 3
    e = primary(doc("9月18日,福建省—俄勒冈州缔结友好省州40周年庆祝招待会在波特兰举行。", published="2024-09-20"))
    assert fields(e) == ("meeting", "2024-09-18", "2024-09-18", "US-OR", "CN-FJ", "us_china")


@pytest.mark.parametrize("sentence, want", [
    ("Idaho potato processor inks deal with Shaanxi partner", "signing"),
    ("招待会在波特兰举行,福建省官员出席。", "meeting"),
])
def test_more_exchange_words(sentence, want):
    lang = "en" if sentence.isascii() else "zh-Hans"
    assert primary(doc(sentence, language=lang)).event_type == want


@pytest.mark.parametrize("sentence, lang, host, guest", [
    ("A delegation from Shaanxi toured an Idaho plant and signed a deal to send potato flakes to China.",
     "en", "US-ID", "CN-SN"),
    ("纽约州代表团参观山西企业,产品将出口到美国。", "zh-Hans", "CN-SX", "US-NY"),
])
def test_where_goods_go_is_no_host(sentence, lang, host, guest):
    e = primary(doc(sentence, language=lang))
    assert (e.host, e.guest) == (host, guest)


def test_a_delegation_from_a_country_s_province_is_the_province():
    e = primary(doc("A delegation from China's Shaanxi province visited Idaho.", language="en"))
    assert (e.host, e.guest) == ("US-ID", "CN-SN")


def test_a_delegation_from_read_further_back():
    text = "Wisconsin and Anhui have long ties.\nOn Monday, a 20-member delegation from Anhui arrived for a three-day visit."
    e = primary(doc(text, published="2023-10-10", language="en"))
    assert fields(e) == ("visit", "2023-10-09", "2023-10-11", "US-WI", "CN-AH", "us_china")


def test_our_province_sends_a_group_to_a_fair():
    title = "我省组团参加第四届中国国际消费品博览会"
    text = title + "\n4月13日至18日,第四届中国国际消费品博览会在海口举办,青海企业参展。青海展区亮相。"
    e = primary(doc(text, title=title, published="2024-04-22"))
    # 中国 in the fair's name is no side; 我省 is the province the article names most
    assert fields(e) == ("expo", "2024-04-13", "2024-04-18", "CN-HI", "CN-QH", "international")


def test_a_headline_under_a_masthead_reads_its_dates_below():
    text = ("THE REPORT\nNewsletter | Issue 48\nKansas Beef Shines at the 7th CIIE in Shanghai\n"
            "Kansas ranchers had their own stand at the CIIE in Shanghai, Nov. 5-10.")
    e = primary(doc(text, title="THE REPORT", language="en"))
    assert fields(e) == ("expo", "2024-11-05", "2024-11-10", "CN-SH", "US-KS", "us_china")


def test_a_long_english_headline_is_no_body():
    from tradeviz.extract.events import _work_span
    zh_head, en_head = "福建省代表团访问俄勒冈州", "A Fujian delegation visits Oregon " + "to mark forty years of ties " * 3
    body = "福建省代表团访问俄勒冈州。" * 5
    text = "\n".join([zh_head, en_head, body, "The Fujian delegation visited Oregon."])
    i, j = len(zh_head) + 1, len(zh_head) + 1 + len(en_head) + 1
    parts = [("zh-Hans", 0, i - 1), ("en", i, j - 1), ("zh-Hans", j, j + len(body)), ("en", j + len(body) + 1, len(text))]
    assert _work_span(Doc("t", text, parts=parts)) == (0, j + len(body))


def test_plans_years_ahead_do_not_make_the_story_past():
    from tradeviz.extract.events import _Article
    text = "2024年11月6日,纽约州代表团访问上海。双方计划到2030年贸易额翻番。"
    assert _Article(doc(text)).ref_year == 2024        # the story's year: its latest full day, not a target year
    e = primary(doc(text))
    assert fields(e) == ("visit", "2024-11-06", "2024-11-06", "CN-SH", "US-NY", "us_china")


def test_a_press_release_dateline_is_when_it_was_filed():
    text = ("Utah welcomes Zhejiang delegation\nSALT LAKE CITY (March 14, 2024) – The governor on Tuesday welcomed "
            "a delegation from Zhejiang to Utah.")
    e = primary(doc(text, title="Utah welcomes Zhejiang delegation", language="en"))
    assert (e.start, e.host, e.guest) == ("2024-03-12", "US-UT", "CN-ZJ")


def test_a_past_aside_does_not_make_a_dated_sentence_past():
    text = ("The governor hosted a reception Wednesday for a delegation from Jiangsu in Michigan, "
            "marking the 40th anniversary of the sister-state relationship signed in 1982.")
    e = primary(doc(text, published="2022-08-26", language="en"))
    assert fields(e) == ("meeting", "2022-08-24", "2022-08-24", "US-MI", "CN-JS", "us_china")
    past = "In 1982, a delegation from Jiangsu visited Michigan."
    d = doc(past + "\n" + text, published="2022-08-26", language="en")
    from tradeviz.extract.events import _Article
    assert _Article(d).background(0, len(past))


def test_the_last_day_told_in_a_sentence_of_its_own():
    title = "江苏企业参加交易会"
    text = title + "\n10月15日,交易会在广州开幕,江苏企业参展。交易会第一期至19日结束。"
    e = primary(doc(text, title=title, published="2023-10-20"))
    assert (e.start, e.end) == ("2023-10-15", "2023-10-19")
    # 截至 (as of) is no end
    text = title + "\n10月15日,交易会在广州开幕,江苏企业参展。截至19日,交易会签约额达5亿元。"
    e = primary(doc(text, title=title, published="2023-10-20"))
    assert (e.start, e.end) == ("2023-10-15", "2023-10-15")


def test_a_one_day_event_does_not_take_the_end_of_the_trip_it_is_part_of():
    text = ("Sichuan holds investment promotion in Chile\n"
            "SANTIAGO, Oct. 3 (Xinhua) -- A trade delegation from Sichuan province held an investment promotion "
            "in Santiago on Tuesday, drawing 200 Chilean companies.\n"
            "The delegation will also visit Lima in Peru during the weeklong trip, which runs through Oct. 9.")
    e = primary(doc(text, title="Sichuan holds investment promotion in Chile", published="2023-10-04",
                    language="en"))
    assert e.event_type == "promotion"
    assert e.start == e.end == "2023-10-03"


def test_a_wire_dateline_says_where_the_event_is_when_the_sentence_does_not():
    from tradeviz.extract import extract_doc
    from tradeviz.extract.events import dateline_region
    from tradeviz.extract.mentions import Doc
    text = ("MSU signs research agreement with Gansu Agricultural University\n"
            "BOZEMAN — Montana State University and Gansu Agricultural University signed a memorandum "
            "of understanding on Oct. 3.\nThe agreement covers dryland cropping in Gansu and Montana.")
    assert dateline_region(text) == "US-MT"          # Bozeman: a town under the gazetteer's size
    doc = extract_doc(Doc("x", text, language="en", published="2023-10-09"))
    primary = next(e for e in doc.events if e.primary)
    assert (primary.host, primary.guest) == ("US-MT", "CN-GS")


def test_the_day_of_a_reporters_dateline_is_not_the_events():
    from tradeviz.extract import extract_doc
    from tradeviz.extract.mentions import Doc
    text = ("广交会登场 美国采购商回流\n（中央社记者林宜蓁台北16日综合外电报导）第135届中国进出口商品交易会（广交会）"
            "第一期15日在广州开幕，展期至19日。")
    doc = extract_doc(Doc("x", text, published="2024-04-16"))
    primary = next(e for e in doc.events if e.primary)
    assert (primary.start, primary.end) == ("2024-04-15", "2024-04-19")


def test_a_lead_sentence_with_a_host_cue_places_a_headline_event_that_has_none():
    from tradeviz.extract import extract_doc
    from tradeviz.extract.mentions import Doc
    text = ("Fujian, Ningxia deepen east-west pairing with new deals\n"
            "Fujian province and the Ningxia Hui autonomous region signed 26 cooperation agreements at a joint "
            "conference held in Yinchuan, Ningxia's capital, on Thursday.")
    doc = extract_doc(Doc("x", text, language="en", published="2024-04-27"))
    primary = next(e for e in doc.events if e.primary)
    assert (primary.host, primary.guest, primary.start) == ("CN-NX", "CN-FJ", "2024-04-25")


def test_a_dateline_with_a_clock_time_is_not_the_events_day():
    from tradeviz.extract import extract_doc
    from tradeviz.extract.mentions import Doc
    text = ("重庆65家企业亮相第四届消博会\n华龙网-新重庆客户端4月14日16时30分讯（记者 陈曦 发自海口）第四届中国国际消费品博览会"
            "昨日在海南海口开幕，展会将持续至18日。")
    doc = extract_doc(Doc("x", text, published="2024-04-14"))
    primary = next(e for e in doc.events if e.primary)
    assert (primary.start, primary.end) == ("2024-04-13", "2024-04-18")


def test_a_signing_told_at_a_meeting_takes_the_meetings_day_and_place():
    from tradeviz.extract import extract_doc
    from tradeviz.extract.mentions import Doc
    text = ("杭州黔东南签订2024年劳务协作协议\n"
            "昨天（3月7日），杭州市—黔东南州2024年东西部劳务协作推进会在凯里市举行。杭州市人社局副局长王大同出席会议并讲话。\n"
            "会上，杭州市人社局与黔东南州人社局签订《2024年杭州市—黔东南州劳务协作协议》。")
    doc = extract_doc(Doc("x", text, published="2024-03-08"))
    primary = next(e for e in doc.events if e.primary)
    assert (primary.start, primary.host, primary.guest) == ("2024-03-07", "CN-GZ", "CN-ZJ")
    assert not any(d.text == "2024年" and d.begin < 20 for d in doc.dates)   # the agreement's name, no date


def test_an_explicit_range_beats_last_week_and_a_caption_is_no_seed():
    from tradeviz.extract import extract_doc
    from tradeviz.extract.events import _is_caption
    from tradeviz.extract.mentions import Doc
    text = ("华州州长率团访福建\n华盛顿州州长罗伯·艾伦森上周率贸易代表团访问中国，14日至17日先后走访福建省福州、厦门两市。\n"
            "艾伦森14日在福州与福建省副省长林文锋会谈。")
    primary = next(e for e in extract_doc(Doc("x", text, published="2024-05-22")).events if e.primary)
    assert (primary.start, primary.end) == ("2024-05-14", "2024-05-17")
    assert _is_caption("Alan Mercer, right, and Zhang Jianzhong sign the agreement at the Hannah Building. Photo: Derrick Turner.")
    assert not _is_caption("The photo exhibition opened on Monday.")
