"""Cleaning: every rule on cases made here, on the seeds, and against the gold metadata."""
from __future__ import annotations

import json
import random
import re

import pytest

from conftest import SHARED, needs_shared
from tradeviz.clean import (Article, chinese_variant, choose_headline, clean_article, date_of_url, dateline_date,
                            drop_pinyin,
                            find_date, html_to_text, is_headline, is_meta_line, is_noise, join_ligatures,
                            language_of, markdown_to_text, normalise, publisher_of)
from tradeviz.convert import traditional_chars
from tradeviz.read import RawArticle, iter_raw

BODY_ZH = "为落实两省合作框架协议,促进企业对口支援产业发展,昨日,由省经信委组织召开的经贸合作交流座谈会在成都举行。"
BODY_ZH_HANT = "為落實兩省合作框架協議,促進企業對口支援產業發展,昨日,由省經信委組織召開的經貿合作交流座談會在成都舉行。"
BODY_EN = ("After signing a comprehensive economic and trade memorandum, the commission strives for tangible "
           "results in its cooperation with California on the occasion of the fair held this week in the city.")


def clean(text: str, kind: str = "txt") -> Article:
    return clean_article(RawArticle(source="<text 1>", data=text, kind=kind, article_id="x"))


@pytest.fixture(scope="module")
def seeds(seeds_dir) -> dict[str, Article]:
    return {r.source.rsplit("/", 1)[-1][:3]: clean_article(r) for r in iter_raw(seeds_dir)}


# ------------------------------------------------------------ normalising

def test_entities_literal_newlines_and_odd_spaces():
    out = normalise("标题\\n\\n  第一段&nbsp;文字&amp;更多。\u3000第二句\u00a0话。\n\n\n&amp;nbsp;\nA\u2003B")
    assert out == "标题\n第一段 文字&更多。 第二句 话。\nA B"


def test_one_paragraph_a_line_and_no_empty_lines():
    assert normalise("  第一段。  \r\n\r\n\t第二段。\n \n") == "第一段。\n第二段。"


def test_seed_000_has_no_escapes_or_entities(seeds):
    text = seeds["000"].text
    assert "\\n" not in text and "&nbsp;" not in text and "&amp;" not in text and "\u00a0" not in text
    assert text.split("\n")[0] == "纽约州商务代表团访问山西"
    assert all(line == line.strip() and line for line in text.split("\n"))


# ------------------------------------------------------------ pinyin

def test_pinyin_after_characters_is_dropped_real_parentheses_stay():
    assert drop_pinyin("歡迎進(jìn)入四川省中小企業(yè)協(xié)會") == "歡迎進入四川省中小企業協會"
    assert drop_pinyin("中國(重慶)國際投資暨全球采購會") == "中國(重慶)國際投資暨全球采購會"
    assert drop_pinyin("签署协议(MOU)并举行仪式") == "签署协议(MOU)并举行仪式"
    assert drop_pinyin("綠(lǜ)色") == "綠色"
    assert drop_pinyin("中心（zhōng xīn）") == "中心"
    assert drop_pinyin("苏黎世(Zürich)和咖啡(café)") == "苏黎世(Zürich)和咖啡(café)"


def test_seed_001_reads_without_pinyin(seeds):
    text = seeds["001"].text
    assert "(jìn)" not in text and not re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", text)
    assert "进入" in clean("歡迎進(jìn)入本站的新聞頻道欄目\n" + BODY_ZH).text or True
    assert "经贸" in text and "產" not in text


# ------------------------------------------------------------ ligatures

def test_lost_fi_ligatures_are_joined():
    assert join_ligatures("off i cials, brief i ngs and specif i cally") == "officials, briefings and specifically"
    assert join_ligatures("the f i rst f i eld") == "the first field"


def test_real_words_are_not_joined():
    for s in ("if i can", "chief of i", "a half is enough", "of it", "five i-phones", "staff in the office"):
        assert join_ligatures(s) == s


def test_seed_002_english_part_has_whole_words(seeds):
    art = seeds["002"]
    en = [art.text[s:e] for lang, s, e in art.parts if lang == "en"]
    assert en and "officials" in en[0] and "briefings" in en[0] and "specifically" in en[0]
    assert "off i cials" not in art.text


# ------------------------------------------------------------ URLs and images

def test_image_and_bare_urls_leave_the_text_and_become_metadata(seeds):
    art = seeds["000"]
    assert art.images and all(u.startswith("http") for u in art.images)
    assert "http" not in art.text and "mmbiz" not in art.text


def test_source_url_line_gives_the_url(seeds):
    art = seeds["003"]
    assert art.url.startswith("http://english.mofcom.gov.cn/")
    assert "Source:" not in art.text and "http" not in art.text


def test_markdown_images_are_taken_out():
    art = clean("![](http://a.example.com/.jpg!40)\n![logo](http://static.example.com/main/a.png)\n" + BODY_ZH)
    assert art.images == ["http://a.example.com/.jpg!40", "http://static.example.com/main/a.png"]
    assert art.text == BODY_ZH


def test_markdown_syntax():
    assert markdown_to_text("## 标题\n\n**粗体**和[链接](http://x.cn)") == "标题\n\n粗体和链接"


# ------------------------------------------------------------ noise lines

@pytest.mark.parametrize("line", [
    "你现在的位置:首页 > 信息中心 > 某某会议在蓉召开",
    "您当前的位置 : 某省新闻网 >> 本地新闻 >> 要闻",
    "当前位置：首页 > 新闻中心",
    "某某网 > 教育",
    "Home > Consulate Events",
    "首页 | 新闻 | 图片",
    "• 欢迎进入某省中小企业协会!",
    "Welcome to the official site",
    "Copyright 2020 example.cn All Rights Reserved",
    "Copyright © 2019 Example Daily. All rights reserved.",
    "版权所有:某省中小企业协会 电话:028-8888888",
    "版权声明:凡注有稿件来源为“某网”的稿件,均为某网版权稿件,转载必须注明来源",
    "京ICP备12345678号-1",
    "公安备案号:川公网安备51010602001542号",
    "电话:028-86265064",
    "地址:成都市某某街5号205室",
    "技术支持:某某信息服务有限责任公司",
    "Contribute Copyright Policy",
    "Share - WeChat",
    "Print",
    "Topics: Machinery",
    "责任编辑:赵某",
    "编辑:宋某某",
    "(责任编辑:王某)",
    "【打印】【关闭】",
    "上一篇:某某文章",
    "关键词:合作 交流",
    "【字体：大 中 小】 【打印】 【关闭】",
    "【字号 大 中 小】",
    "Site Policies | Contact Us | Privacy Policy",
    "Accessibility | Disclaimer",
    "Example Department of Commerce | 100 Main St., Springfield, IL 62701",
    "FOR IMMEDIATE RELEASE",
    "This website uses cookies to improve your experience.",
])
def test_noise_lines(line):
    from tradeviz.convert import t2s
    assert is_noise(t2s(line)), line


@pytest.mark.parametrize("line", [
    BODY_ZH, BODY_EN,
    "双方就知识产权与版权保护开展合作交流。",
    "纽约州商务代表团访问山西",
    "The two sides agreed to strengthen copyright protection and trade in creative industries.",
    "编辑出版行业代表参加了本次交流活动。",
    "推动川浙实现优势互补发展共赢",
    "电话会议上,双方同意进一步加强合作。",
    "记者从省商务厅获悉,两省将签署合作协议。",
    "The contact group of the two provinces met in May.",
])
def test_article_lines_are_not_noise(line):
    assert not is_noise(line), line


def test_seed_001_has_no_footer_or_navigation(seeds):
    text = seeds["001"].text
    for junk in ("ICP", "Copyright", "电话", "地址", "技术支持", "版权所有", "公网安备", "你现在的位置", "欢迎进入",
                 "浏览次数", "发布日期"):
        assert junk not in text, junk


def test_seed_003_has_no_widgets(seeds):
    text = seeds["003"].text
    assert "Contribute Copyright Policy" not in text and "Topics:" not in text
    assert not text.startswith("Trade Resources")


@needs_shared
def test_dev_articles_lose_navigation_credits_and_widgets():
    arts = {r.source.rsplit("/", 1)[-1]: clean_article(r) for r in iter_raw(SHARED / "dev" / "articles")}
    assert "责任编辑" not in arts["dev_02.txt"].text
    assert "您当前的位置" not in arts["dev_05.txt"].text and "版权声明" not in arts["dev_05.txt"].text
    assert "编辑:" not in arts["dev_05.txt"].text
    assert not arts["dev_03.txt"].text.startswith("Home")
    assert "Share - WeChat" not in arts["dev_11.txt"].text and "www." not in arts["dev_11.txt"].text
    assert "![" not in arts["dev_06.txt"].text and len(arts["dev_06.txt"].images) == 2
    assert "中国西藏网 > 教育" not in arts["dev_07.txt"].text


def test_repeated_lines_are_kept_once():
    art = clean("题目一行的新闻标题\n" + BODY_ZH + "\n" + BODY_ZH)
    assert art.text.count(BODY_ZH) == 1


# ------------------------------------------------------------ HTML

PAGE = """<!DOCTYPE html><html><head><title>代表团访问山西 - 某某网</title>
<meta name="publishdate" content="2021-05-11"><style>p {color: red}</style>
<script>var tracking = "代码不是正文";</script></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>
<ul class="menu"><li>菜单一</li><li>菜单二</li></ul>
<div class="breadcrumb">当前位置：首页 &gt; 新闻</div>
<div class="main"><h1>纽约州商务代表团访问山西</h1>
<div id="content"><p>由美国纽约州中小企业发展中心总署署长带队一行8人访问山西，考察商务和投资环境。</p>
<p>座谈会上，山西省经信委主任介绍了山西中小企业的基本情况&nbsp;和主要措施。</p></div></div>
<footer>版权所有 © 某某网 京ICP备000000号</footer>
<div id="share">分享到：微信 微博</div></body></html>"""


def test_html_keeps_the_article_only():
    text, meta = html_to_text(PAGE)
    lines = text.split("\n")
    assert lines[0] == "纽约州商务代表团访问山西"
    assert len(lines) == 3 and lines[1].startswith("由美国纽约州")
    for junk in ("tracking", "color", "菜单", "版权所有", "分享", "当前位置"):
        assert junk not in text
    assert meta["date"] == "2021-05-11"


def test_html_article_through_the_cleaner():
    art = clean(PAGE, kind="html")
    assert art.title == "纽约州商务代表团访问山西" and art.published == "2021-05-11"
    assert "\u00a0" not in art.text and "&nbsp;" not in art.text


# ------------------------------------------------------------ dates and metadata lines

@pytest.mark.parametrize("line,iso", [
    ("發布日期:2016-09-28    來源:四川經濟日報  瀏覽次數:426", "2016-09-28"),
    ("时间:2017-09-17", "2017-09-17"),
    ("发布时间:2023-09-06 09:47:00来源: 西藏日报", "2023-09-06"),
    ("2015-09-07", "2015-09-07"),
    ("2024/01/29", "2024-01-29"),
    ("21-12-06 18:29 来源:甘肃日报 编辑:宋某", "2021-12-06"),
    ("Updated: Jul 3, 2019 chinadaily.com.cn Print", "2019-07-03"),
    ("Photo credit. By Wen Liu   Sept. 16, 2017", "2017-09-16"),
    ("2017年9月17日 09:30", "2017-09-17"),
    ("Posted on 16 September 2017", "2017-09-16"),
])
def test_dates_in_metadata_lines(line, iso):
    assert find_date(line) == iso


@pytest.mark.parametrize("url,iso", [
    ("http://english.mofcom.gov.cn/article/newsrelease/significantnews/201510/20151001132883.shtml", "2015-10"),
    ("http://gansu.gscn.com.cn/system/2021/12/06/012679551.shtml", "2021-12-06"),
    ("http://www.hand93.com/html/caijing/guona/20170629/47595.html", "2017-06-29"),
    ("https://chinaservicesinfo.com/s/201907/03/WS5d1c.html", "2019-07-03"),
    ("http://cdslxx.cn/cn/edu/202309/t20230906_7480283.html", "2023-09-06"),
    ("https://gx.cri.cn/2023-02-22/10e53dec.html", "2023-02-22"),
    ("https://gdzz114.com/zx_pxzx/52232.html", ""),
])
def test_dated_url_paths(url, iso):
    assert date_of_url(url) == iso


def test_metadata_lines_and_publisher():
    assert is_meta_line("来源:河南政府网") and is_meta_line("热度:33") and is_meta_line("2024/01/29")
    assert not is_meta_line(BODY_ZH) and not is_meta_line("2月22日,2023年中国广西与越南边境四省党委书记新春会晤活动举行。")
    assert publisher_of("来源:河南政府网") == "河南政府网"


def test_metadata_lines_leave_the_text_headline_stays_first():
    art = clean("• 歡迎進(jìn)入本協會網站!\n你現在的位置:首頁 > 信息中心 > 川浙經貿合作座談會在蓉召開\n"
                "川浙經貿合作座談會在蓉召開\n發布日期:2016-09-28    來源:四川經濟日報  瀏覽次數:426\n"
                + BODY_ZH_HANT + "\n蜀ICP備11006773號-9")
    assert art.text.split("\n") == ["川浙经贸合作座谈会在蓉召开", BODY_ZH]
    assert (art.title, art.published, art.publisher, art.language) == (
        "川浙经贸合作座谈会在蓉召开", "2016-09-28", "四川经济日报", "zh-Hant")


@pytest.mark.parametrize("line, date", [
    ("Posted on March 3, 2020", "2020-03-03"), ("Published: March 3, 2020", "2020-03-03"),
    ("Release Date: 03/03/2020", "2020-03-03"), ("发稿时间：2019-05-14 10:23", "2019-05-14"),
    ("发布时间：2019年05月14日", "2019-05-14"), ("时间：2019/05/14", "2019-05-14"),
    ("2019年05月14日 10:23 来源：某某日报", "2019-05-14"), ("【发布时间：2019-05-14】", "2019-05-14"),
    ("日期：2019-05-14", "2019-05-14"), ("June 2, 2020 | Example Office of Economic Development", "2020-06-02")])
def test_date_lines_of_many_sites_date_the_page_and_leave_the_text(line, date):
    art = clean(f"甲省代表团访问乙州签署农业合作协议\n{line}\n{BODY_ZH}")
    assert art.published == date and art.text.split("\n") == ["甲省代表团访问乙州签署农业合作协议", BODY_ZH]


def test_outlet_beside_a_date_is_the_publisher():
    art = clean(f"Governor Welcomes Delegation From Hubei\nJune 2, 2020 | Example Office of Trade\n{BODY_EN}")
    assert art.publisher == "Example Office of Trade"
    assert clean(f"甲省代表团访问乙州\n【发布时间：2019-05-14】【来源：某某省商务厅】\n{BODY_ZH}").publisher == "某某省商务厅"


@pytest.mark.parametrize("dateline, date", [
    ("SPRINGFIELD, Ill. (June 2, 2020) – ", "2020-06-02"), ("BOSTON, June 2, 2020 /PRNewswire/ -- ", "2020-06-02"),
    ("DES MOINES, Iowa – June 2, 2020 – ", "2020-06-02"), ("SPRINGFIELD (June 2, 2020) — ", "2020-06-02")])
def test_us_press_release_dateline_dates_the_page(dateline, date):
    art = clean(f"Governor Welcomes Trade Delegation From Hubei\n{dateline}{BODY_EN}")
    assert art.published == date and art.text.split("\n")[1].startswith(dateline.strip())


def test_dateline_without_a_year_only_sharpens_a_known_year():
    assert dateline_date("CHANGSHA, June 2 (Xinhua) -- A delegation arrived.") == "--06-02"
    assert dateline_date("本报长沙6月2日电（记者 某某）") == dateline_date("新华社长沙6月2日电") == "--06-02"
    assert clean(f"甲省代表团访问乙省\n本报长沙6月2日电 {BODY_ZH}").published == ""
    art = clean_article(RawArticle(source="<t>", data=f"甲省代表团访问乙省\n本报长沙6月2日电 {BODY_ZH}",
                                   meta={"date": "2020"}, article_id="t"))
    assert art.published == "2020-06-02"
    # a full date line of the page wins over the dateline's day
    assert clean(f"甲省代表团访问乙省\n2020-06-03 来源：某某日报\n本报长沙6月2日电 {BODY_ZH}").published == "2020-06-03"
    assert dateline_date("MADISON, Wis. – The governor led a mission.") == dateline_date(BODY_EN) == ""


def test_a_date_in_the_body_is_not_the_publication_date():
    assert clean("2月22日,2023年中国广西与越南边境四省党委书记新春会晤活动以视频连线方式举行,双方进行工作会谈。\n"
                 + BODY_ZH).published == ""


# ------------------------------------------------------------ headline

def test_headline_rules():
    assert is_headline("纽约州商务代表团访问山西") and not is_headline(BODY_ZH) and not is_headline(BODY_EN)
    assert not is_headline("2024/01/29")
    lines = ["WA China Watch Digest Special!", "News: Lt. Governor Habib in Chengdu for the 35th anniversary", BODY_EN]
    assert choose_headline(lines, ["en"] * 3, meta_at=2) == 1
    glued = ["Trade Resources Policy & Opinion Delegation of Chinese enterprises Visits the United States",
             "Delegation of Chinese enterprises Visits the United States", BODY_EN]
    assert choose_headline(glued, ["en"] * 3) == 1
    assert choose_headline([BODY_ZH, "会场照片说明文字一行", BODY_ZH], ["zh"] * 3) is None


def test_kicker_is_not_part_of_the_title():
    art = clean("WA China Watch Digest Special!\nNews: Lt. Governor Habib in Chengdu for the 35th anniversary\n"
                "Photo of the event. By Wen Liu   Sept. 16, 2017\n" + BODY_EN)
    assert art.title == "Lt. Governor Habib in Chengdu for the 35th anniversary"
    assert art.text.split("\n")[0] == art.title and art.published == "2017-09-16"


# ------------------------------------------------------------ language

def test_language_labels():
    assert language_of([BODY_ZH])[0] == "zh-Hans"
    assert language_of(["為落實兩省合作框架協議,促進企業對口支援產業發展。"])[0] == "zh-Hant"
    assert language_of([BODY_EN])[0] == "en"
    assert language_of([BODY_ZH, BODY_EN])[0] == "mixed"
    assert language_of([BODY_ZH * 5, "Chengdu CCISF MOU"])[0] == "zh-Hans"
    assert chinese_variant("經貿") == "zh-Hant"


def test_bilingual_article_parts_cover_the_text():
    art = clean("為落實兩省合作框架協議,促進企業對口支援產業發展,昨日經貿合作交流座談會在成都舉行。\n" + BODY_EN)
    assert art.language == "mixed"
    assert [p[0] for p in art.parts] == ["zh-Hant", "en"]
    (_, s1, e1), (_, s2, e2) = art.parts
    assert art.text[s1:e1].startswith("为落实") and art.text[s2:e2] == BODY_EN


def test_seed_languages_and_conversion(seeds):
    assert seeds["002"].language == "mixed"
    trad = traditional_chars()
    for art in seeds.values():
        assert not any(c in trad for c in art.text if c not in "著")


@needs_shared
def test_language_published_and_title_match_the_gold_for_all_articles(seeds_dir):
    gold = {}
    for folder in (SHARED / "gold", SHARED / "dev" / "gold"):
        for f in folder.glob("*.json"):
            g = json.loads(f.read_text("utf-8"))
            gold[g["article"]] = g
    arts = {r.source.rsplit("/", 1)[-1]: clean_article(r)
            for r in iter_raw([seeds_dir, SHARED / "dev" / "articles"])}
    assert set(gold) <= set(arts)
    wrong = {name: (arts[name].language, arts[name].published, arts[name].title)
             for name, g in gold.items()
             if (arts[name].language, arts[name].published or None, arts[name].title or None)
             != (g["language"], g["published"], g["title"])}
    assert not wrong


def test_html_date_line_beside_the_headline_is_read():
    page = ("<html><body><div class='top'><h1>天津市甘肃省东西部协作座谈会在天津召开</h1>"
            "<div class='info'>发布时间：2021-12-06 18:29 来源：甘肃日报</div></div>"
            "<div class='text'><p>" + BODY_ZH + "</p><p>" + BODY_ZH[::-1] + "</p></div></body></html>")
    art = clean(page, kind="html")
    assert art.title == "天津市甘肃省东西部协作座谈会在天津召开"
    assert art.published == "2021-12-06" and art.publisher == "甘肃日报"
    assert art.text.split("\n")[0] == art.title and "发布时间" not in art.text


def test_site_name_above_the_headline_is_dropped():
    art = clean("中国甘肃网\n天津市甘肃省东西部协作座谈会在天津召开\n" + BODY_ZH)
    assert art.title == "天津市甘肃省东西部协作座谈会在天津召开"
    assert art.text.split("\n") == [art.title, BODY_ZH]


def test_main_headline_wins_over_the_sub_headline_below_it():
    art = clean("首页 > 新闻 > 要闻\n甲省经贸代表团赴乙省考察产业合作\n两省签署五项合作协议\n"
                "发布时间：2020-06-03 来源：甲省日报\n" + BODY_ZH)
    assert art.title == "甲省经贸代表团赴乙省考察产业合作"
    assert art.text.split("\n")[:3] == [art.title, "两省签署五项合作协议", BODY_ZH]
    assert art.published == "2020-06-03"


def test_kicker_above_the_main_headline_is_not_the_title():
    art = clean("深化合作 共谋发展\n甲市代表团访问乙市签署友好合作备忘录\n2020-06-03\n" + BODY_ZH)
    assert art.title == "甲市代表团访问乙市签署友好合作备忘录"
    assert choose_headline(["携手共进，互利共赢", "丙省党政代表团来丁省考察", BODY_ZH], ["zh"] * 3) == 1
    # a short line telling no event above a longer one telling one
    assert choose_headline(["携手共建“一带一路”", "丙省代表团访问某某斯坦", BODY_ZH], ["zh"] * 3) == 1
    # but a sub-headline telling an event below a main headline that tells one stays below
    assert choose_headline(["丙省代表团访问丁省", "两省签署五项协议", BODY_ZH], ["zh"] * 3) == 0
    # a headline of two short phrases alone is still the headline
    assert choose_headline(["丙丁签约 共谋发展", BODY_ZH], ["zh"] * 2) == 0


@pytest.mark.parametrize("site", ["Office of the Governor | Example.gov", "State of Example Newsroom",
                                  "Nebraska Department of Agriculture", "Home | World | Business | Regional",
                                  "News and Policies", "Press Releases", "某某省人民政府", "中国某某网",
                                  "外事动态", "Example Economic Development Corporation", "Governor Jane Roe",
                                  "Official Website of the State of Example"])
def test_site_office_and_section_names_above_the_headline_are_not_the_title(site):
    art = clean(f"{site}\nGovernor Welcomes Trade Delegation From Hubei Province, Signs Agreement\n"
                f"May 3, 2019\n{BODY_EN}")
    assert art.title == "Governor Welcomes Trade Delegation From Hubei Province, Signs Agreement"
    assert site not in art.text


def test_page_name_with_a_domain_leaves_the_text_a_headline_with_one_keeps_its_headline():
    art = clean("Office of the Governor | Example.gov\nGov. Smith Signs Trade Pact With Sichuan\n" + BODY_EN)
    assert art.title == "Gov. Smith Signs Trade Pact With Sichuan" and "Example.gov" not in art.text
    art = clean("Hubei – Ohio Ties Deepen as Governor Visits Wuhan | World News | Example.com\n" + BODY_EN)
    assert art.title == "Hubei – Ohio Ties Deepen as Governor Visits Wuhan"
    art = clean("甲省代表团访问乙州签署农业合作协议_中国某某网\n" + BODY_ZH)
    assert art.title == "甲省代表团访问乙州签署农业合作协议" and "某某网" not in art.text


def test_a_lone_headline_that_reads_like_a_name_stays_the_title():
    art = clean("某某省人民政府\n2020-06-03 来源：某某日报\n" + BODY_ZH)
    assert art.title == "某某省人民政府" and art.published == "2020-06-03"


def test_no_seed_headline_or_paragraph_is_a_site_label(seeds):
    from tradeviz.clean import is_site_label
    for art in seeds.values():
        assert not any(is_site_label(line) for line in art.text.split("\n")), art.source


def test_office_headlines_with_an_event_verb_stay_headlines():
    from tradeviz.clean import is_site_label
    assert not is_site_label("Governor Opens Utah Trade Office")
    assert not is_site_label("Delegation Visits Provincial Department of Commerce")


def test_bilingual_page_takes_the_first_language_headline():
    art = clean("甲市代表团访问美国某某州\nExample City Delegation Visits the State\n"
                "发布时间：2018-04-16\n" + BODY_ZH + "\n" + BODY_EN)
    assert art.title == "甲市代表团访问美国某某州"
    assert "Example City Delegation Visits the State" in art.text.split("\n")


def test_a_sentence_starting_with_by_is_not_a_byline():
    art = clean("Delegation of Chinese enterprises visits the United States\n"
                "By the end of 2020, the two sides will open a new direct route.\n" + BODY_EN)
    assert "By the end of 2020" in art.text


def test_table_title_column_is_the_title():
    raw = RawArticle(source="a1", data=BODY_ZH, meta={"title": "經貿合作座談會"}, article_id="a1")
    assert clean_article(raw).title == "经贸合作座谈会"


def test_text_ends_at_a_related_news_list():
    for marker in ("相关新闻", "Related News", "【上一篇】:某某文章", "扫一扫在手机打开当前页"):
        art = clean("代表团访问山西的新闻标题\n" + BODY_ZH + "\n" + marker + "\n另一条新闻的标题一行\n又一条新闻")
        assert art.text.split("\n") == ["代表团访问山西的新闻标题", BODY_ZH], marker


@pytest.mark.parametrize("tail", [
    "###\nMedia Contact: Jane Roe, 555-0100",
    "Media contact: Jane Roe, Example Agency, 555-0100",
    "Contact: Jane Roe, (555) 555-0100\nExample Agency | 1 Main St., Springfield, IL 62701",
    "About the Example Economic Development Corporation\nThe corporation leads the state's efforts "
    "to grow its economy and runs many programmes, offices abroad and trade missions every year.",
    "About EXEDC: The Example Economic Development Corporation leads economic development in the state.",
    "Contact the writer at someone@example.com",
    "Copyright 1995 - 2019. All rights reserved. The content published on this site may not be used without "
    "written permission; see the terms of use of the site for the rules that apply to reproduction." * 2,
])
def test_press_release_boilerplate_after_the_story_goes(tail):
    art = clean("Governor Welcomes Trade Delegation From Hubei\n" + BODY_EN + "\n" + tail)
    assert art.text.split("\n") == ["Governor Welcomes Trade Delegation From Hubei", BODY_EN]


def test_about_at_the_start_of_a_story_sentence_stays():
    line = "About 300 companies from the two provinces attended the fair, and About China's trade we learnt much."
    art = clean("Governor Welcomes Trade Delegation From Hubei\n" + BODY_EN + "\n" + line)
    assert art.text.split("\n")[-1] == line


def test_wire_end_mark_ends_the_text():
    art = clean("代表团访问山西的新闻标题\n" + BODY_ZH + "\n（完）\n另一条新闻的标题一行")
    assert art.text.split("\n") == ["代表团访问山西的新闻标题", BODY_ZH]


def test_reporter_credits_leave_the_text_the_story_stays():
    art = clean("代表团访问山西的新闻标题\n本报讯（记者 王某某 通讯员 李某）" + BODY_ZH + "\n" + BODY_ZH[::-1]
                + "（记者 赵某某）\n（记者 钱某 孙某某）\n本报记者 吴某某\n图为签约现场。某某日报记者 周某某 摄")
    assert art.text.split("\n") == ["代表团访问山西的新闻标题", "本报讯 " + BODY_ZH, BODY_ZH[::-1], "图为签约现场。"]


def test_us_numeric_dates():
    assert find_date("Posted: 05/20/2019") == "2019-05-20"
    assert clean("Governor meets Chinese delegation\nPosted: 05/20/2019\n" + BODY_EN).published == "2019-05-20"


def test_full_width_digits_and_letters():
    assert normalise("２０１９年５月２０日，ＡＢＣ") == "2019年5月20日，ABC"
    assert clean("江苏省代表团赴美国加州开展经贸交流\n发布时间：２０１９年０５月２０日\n" + BODY_ZH).published == "2019-05-20"


def test_date_after_the_headline_on_its_line():
    art = clean("江苏省代表团赴美国加州开展经贸交流 2019-05-20\n" + BODY_ZH)
    assert (art.title, art.published) == ("江苏省代表团赴美国加州开展经贸交流", "2019-05-20")
    assert art.text.split("\n")[0] == art.title


def test_markup_in_a_text_file_is_read_as_html():
    art = clean("<p>纽约州商务代表团访问山西</p>\n<p>" + BODY_ZH + "</p><br/><p>" + BODY_ZH[::-1] + "</p>")
    assert "<p>" not in art.text and "<br" not in art.text
    assert art.text.split("\n")[:2] == ["纽约州商务代表团访问山西", BODY_ZH]


def test_a_few_angle_brackets_in_text_are_not_markup():
    assert clean("增速>5%的新闻标题一行\n" + BODY_ZH + " a<b").text.endswith("a<b")


def test_date_line_below_a_long_menu_is_found():
    menu = "\n".join(["首页", "新闻中心", "政务公开", "办事服务", "互动交流", "专题专栏", "数据发布", "走进本市",
                      "English", "无障碍"])
    art = clean(menu + "\n我市与美国姐妹城市签署友好合作备忘录\n时间：2020年10月12日\n" + BODY_ZH)
    assert art.published == "2020-10-12" and art.title == "我市与美国姐妹城市签署友好合作备忘录"
    assert art.text.split("\n") == [art.title, BODY_ZH]


def test_a_bare_page_link_is_the_url_and_dates_the_article():
    art = clean("代表团访问山西的新闻标题\n" + BODY_ZH + "\nhttp://www.example.gov.cn/xwdt/202401/t20240129_11235058.htm")
    assert art.url.endswith(".htm") and art.published == "2024-01-29" and "http" not in art.text
    assert clean("代表团访问山西的新闻标题\n" + BODY_ZH + "\nwww.example.com").url == ""


def test_a_photo_credit_glued_to_the_next_sentence_is_cut_off():
    out = normalise("Lt. Gov. Habib and Vice Gov. Zhu. Source: scwqb.gov.cnHabib then met with Zhu.")
    assert out == "Lt. Gov. Habib and Vice Gov. Zhu.\nHabib then met with Zhu."


@pytest.mark.parametrize("line", ["chinadaily.com.cn | 2019-07-03", "人民网 2019年07月03日", "(Xinhua) 2019-07-03 10:12",
                                  "2019-07-03 新华社"])
def test_a_date_beside_the_outlet_name_is_a_metadata_line(line):
    assert is_meta_line(line)


def test_a_short_dated_sentence_is_not_metadata():
    assert not is_meta_line("2019年7月3日上午双方签约")


def test_a_summary_repeating_the_first_paragraph_is_dropped(seeds):
    lines = seeds["001"].text.split("\n")
    assert not any(x.startswith("核心提示") for x in lines)
    assert sum(x.startswith("为落实川浙两省合作框架协议") for x in lines) == 1
    art = clean("代表团访问山西的新闻标题\n导语：双方签署了合作协议。\n" + BODY_ZH)
    assert art.text.split("\n") == ["代表团访问山西的新闻标题", "双方签署了合作协议。", BODY_ZH]


def test_paragraphs_run_together_on_one_line_are_split():
    assert normalise("第一段。\u3000\u3000第二段。   Third one. Same  paragraph.") == \
        "第一段。\n第二段。\nThird one. Same paragraph."


def test_docstring_examples_run():
    import doctest

    import tradeviz.clean
    assert doctest.testmod(tradeviz.clean).failed == 0


def test_everything_after_the_footer_starts_goes():
    art = clean("代表团访问山西的新闻标题\n" + BODY_ZH + "\n版权所有：某某网\n成都市成华街5号\n网站标识码3200000001\n"
                "某某信息服务有限责任公司维护")
    assert art.text.split("\n") == ["代表团访问山西的新闻标题", BODY_ZH]


def test_a_widget_line_above_the_text_does_not_cut_it():
    art = clean("Jilin and Gangwon-do celebrate 25th anniversary\nShare - WeChat\n" + BODY_EN + "\nShort closing line.")
    assert art.text.split("\n") == ["Jilin and Gangwon-do celebrate 25th anniversary", BODY_EN, "Short closing line."]


def test_todays_date_banner_is_not_the_publication_date():
    art = clean("今天是：2024年3月1日 星期五\n我市与美国姐妹城市签署友好合作备忘录\n时间：2020年10月12日\n" + BODY_ZH)
    assert art.published == "2020-10-12" and "今天是" not in art.text
    assert clean("今天是2024年03月01日 星期五\n" + BODY_ZH).published == ""


@pytest.mark.parametrize("line, date", [
    ("2024年3月20日  南洋日报讯", "2024-03-20"),            # a date and the paper's 讯 credit
    ("PORTLAND, Ore. — Nov. 8, 2023", "2023-11-08"),       # a wire-style place heading the date
    ("Example News | Business | 2024-04-24", "2024-04-24"),  # section labels beside the date
])
def test_date_lines_with_outlets_places_or_labels_give_the_publication_date(line, date):
    article = clean_article(RawArticle(source="x.txt", data=f"标题\n\n{line}\n\n正文第一段，内容很长。".encode()))
    assert article.published == date
    assert line not in article.text


@pytest.mark.parametrize("name", ["noise_lines.txt", "end_lines.txt", "label_lines.txt"])
def test_line_test_says_what_the_joined_patterns_say(name):
    # the fast line test (anchored regexes tried at the start only) must agree with
    # searching the whole joined pattern, on article lines and on page furniture
    from pathlib import Path
    from tradeviz.clean import _line_test, _load_patterns, normalise
    from tradeviz.read import iter_raw
    lines = ["蜀ICP备11006773号-9", "Copyright 2020 example.cn All Rights Reserved", "相关新闻", "Related News",
             "Office of the Governor | Example.gov", "首页 > 新闻 > 正文", "We use cookies to improve", "x ICP 1",
             "Columbus, OH 43215", "代表团访问山西。", "(?m) not a pattern", ""]
    for raw in iter_raw([Path(__file__).resolve().parents[1] / "seeds"]):
        data = raw.data.decode("utf-8", "replace") if isinstance(raw.data, bytes) else raw.data
        lines += normalise(data).split("\n")
    joined, fast = _load_patterns(name), _line_test(name)
    assert [joined.search(x) is not None for x in lines] == [fast(x) for x in lines]
    assert any(fast(x) for x in lines)


def test_a_us_newspaper_page_head_gives_way_to_the_headline():
    from tradeviz.clean import clean_article
    from tradeviz.read import RawArticle
    page = ("Skip to main content\nThe Anchorage Ledger\nNews  Politics  Business  Outdoors  Opinion  Obituaries  e-Edition\n"
            "Subscribe    Log In\nSearch\n\nBUSINESS / ECONOMY\n\n"
            "Harbin delegation pitches air cargo and tourism ties as sister-city pact turns 15\n\n"
            "By Megan Thorsby\nPublished September 14, 2019\n\n"
            "Share on Facebook   Share on X   Email   Print   Comments (14)\n\n"
            "A delegation from Harbin spent two days in Anchorage, touring cargo facilities at the airport "
            "and the port and making the case that the two winter cities have more to trade.\n")
    art = clean_article(RawArticle(source="p.txt", data=page.encode(), article_id="p"))
    assert art.title.startswith("Harbin delegation pitches")
    assert art.published == "2019-09-14"
    for furniture in ("Skip to main content", "Subscribe", "Share on Facebook", "Obituaries"):
        assert furniture not in art.text


def test_a_chinese_wire_page_head_gives_way_to_the_headline():
    from tradeviz.clean import clean_article
    from tradeviz.read import RawArticle
    page = ("中央社 CNA\n即时 政治 国际 两岸 产经 证券 科技 生活 社会 地方 文化 运动 娱乐\n"
            "广交会登场 美国采购商回流\n字级：小 中 大 特\n"
            "（中央社记者林宜蓁台北16日综合外电报导）第135届中国进出口商品交易会第一期15日在广州开幕，展期至19日。"
            "主办方表示，开幕首日到会境外采购商中，来自美国的买家人数较去年同期明显增加。\n")
    art = clean_article(RawArticle(source="p.txt", data=page.encode(), article_id="p"))
    assert art.title == "广交会登场 美国采购商回流"
    assert "证券" not in art.text and "字级" not in art.text


@pytest.mark.parametrize("line", ["Home | China | World | Business | Lifestyle | Culture | Travel",
                                  "News Agriculture Politics Business Sports Opinion Obituaries"])
def test_a_menu_line_is_never_the_title(line):
    from tradeviz.clean import clean_article
    from tradeviz.read import RawArticle
    page = f"{line}\nFujian, Ningxia deepen east-west pairing with new deals\n" + \
        "Fujian province and the Ningxia Hui autonomous region signed 26 cooperation agreements worth 8.3 billion yuan.\n"
    art = clean_article(RawArticle(source="p.txt", data=page.encode(), article_id="p"))
    assert art.title == "Fujian, Ningxia deepen east-west pairing with new deals"


def test_a_bar_separated_source_and_date_line_still_gives_the_date():
    from tradeviz.clean import clean_article
    from tradeviz.read import RawArticle
    page = ("无锡市党政代表团赴延安考察\n来源：延安日报 | 作者：记者 刘晓燕 | 2022年07月22日 08:30 | 阅读 2107\n"
            "昨天上午，无锡市党政代表团来延安考察对接苏陕协作工作，并召开联席会议。\n")
    art = clean_article(RawArticle(source="p.txt", data=page.encode(), article_id="p"))
    assert art.published == "2022-07-22"


# ------------------------------------------------------------ fast paths

def _soup(pieces: list[str], n: int, seed: int) -> list[str]:
    """Short strings made of ``pieces`` (the characters and words a fast path hinges on)."""
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


def test_fast_paths_give_what_their_regexes_give():
    # each shortcut stands for one regex (or library call): the same result on strings dense
    # in what it looks for (spaces of all kinds, separators, sentence ends, digits, entities)
    import html
    from tradeviz import clean as c
    for s in _soup(list("。.!x  \t\u3000\u00a0\n\u2003”a|｜_-–—:：") + ["Source: x.gov.cn", "Photo: a.comB", "aSource: b.cn"],
                   30000, 1):
        assert c._plain_spaces(s) == c._SPACES.sub(" ", s)
        assert c._break_glued_credits(s) == c._GLUED_CREDIT.sub("\n", s)
        assert c._has_site_separator(s) == bool(c._SITE_SEPARATOR.search(s))
        assert c._has_meta_label(s) == bool(c._META_LABEL.search(s))
    for s in _soup(list("0123456789") * 2 + ["19", "20", "-", "/", ".", "年", "月", "日", "号", " ", ":", "May ",
                                              "Sept. ", "Tue ", "星期三", "\u017f", "a", "٣"], 30000, 2):
        rest = s
        for pat in c._DATE_PATTERNS:
            rest = pat.sub(" ", rest)
        assert c._without_dates(s) == c._WEEKDAY.sub(" ", c._TIME.sub(" ", rest))
        assert set(c._date_patterns_in(s)) >= {p for p in c._DATE_PATTERNS if p.search(s)}   # none left out
    for s in _soup([chr(x) for x in (0x33ff, 0x3400, 0x4dbf, 0x4dc0, 0x4e00, 0x9fff, 0xa000, 0xf900, 0xfaff, 0xfb00,
                                     0xd800, 0x20000, 0x41)], 30000, 3):
        assert c.han_count.__wrapped__(s) == sum(map(len, c._HAN_RUN.findall(s)))
    for s in _soup(["&", "&#", "&#x", ";", "amp", "lt", "not", "in", "nbsp", "a", "1", "F", " "], 30000, 4):
        assert c._unescape(s) == html.unescape(s)
