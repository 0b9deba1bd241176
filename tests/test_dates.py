"""Dates: each written form, ranges, relative dates, years from context, fairs."""
from __future__ import annotations

import pytest

from tradeviz.extract.dates import (fairs, find_dates, find_fairs, iso, parse_partial,
                                    sentence_spans, year_before)
from tradeviz.extract.mentions import Doc


def spans(text, published="", url=""):
    return [(d.text, d.start, d.end) for d in find_dates(Doc("t", text, published=published, url=url))]


def first(text, published="", url=""):
    d = find_dates(Doc("t", text, published=published, url=url))
    return (d[0].start, d[0].end) if d else None


@pytest.mark.parametrize("text, pub, want", [
    ("2016年9月28日,会议召开。", "", ("2016-09-28", "2016-09-28")),
    ("代表团于9月24日-26日访问山西。", "", ("--09-24", "--09-26")),
    ("9月24日至26日举行。", "2015-10-02", ("2015-09-24", "2015-09-26")),
    ("11月4日至6日,省长出席。", "2023-11-07", ("2023-11-04", "2023-11-06")),
    ("8月31日至9月5日,代表团来藏考察。", "2023-09-06", ("2023-08-31", "2023-09-05")),
    ("12月28日至1月3日举办。", "2016-01-05", ("2015-12-28", "2016-01-03")),
    ("5月9日至10日,市长率团赴珠海。", "", ("--05-09", "--05-10")),
    ("2012年9月,他到访万向。", "2015-09-07", ("2012-09", "2012-09")),
    ("2021年是建党百年。", "", ("2021", "2021")),
    ("September 13-18, the delegation visited.", "2015-10", ("2015-09-13", "2015-09-18")),
    ("He was in Chengdu from Sept. 10-11.", "2017-09-16", ("2017-09-10", "2017-09-11")),
    ("Updated: Jul 3, 2019", "", ("2019-07-03", "2019-07-03")),
    ("On September 20 the fair opened.", "", ("--09-20", "--09-20")),
    ("They met on 3 March 2018.", "", ("2018-03-03", "2018-03-03")),
])
def test_written_forms(text, pub, want):
    assert first(text, pub) == want


@pytest.mark.parametrize("text, pub, want", [
    ("昨日,座谈会在成都举行。", "2016-09-28", ("2016-09-27", "2016-09-27")),
    ("昨天上午,双方会谈。", "2016-03-01", ("2016-02-29", "2016-02-29")),
    ("前天,代表团抵达。", "2021-01-01", ("2020-12-30", "2020-12-30")),
    ("今天,论坛开幕。", "2020-05-05", ("2020-05-05", "2020-05-05")),
    ("本月12日,双方签约。", "2019-06-20", ("2019-06-12", "2019-06-12")),
    ("去年7月,他们视察工厂。", "2015-09-07", ("2014-07", "2014-07")),
    ("上月,代表团来访。", "2018-01-10", ("2017-12", "2017-12")),
    ("今年是结好四十周年。", "2021-12-17", ("2021", "2021")),
    ("24日上午,双方座谈。", "2019-03-26", ("2019-03-24", "2019-03-24")),
    ("28日,会议召开。", "2019-03-02", ("2019-02-28", "2019-02-28")),
])
def test_relative_dates_resolve_against_publication(text, pub, want):
    assert first(text, pub) == want
    assert find_dates(Doc("t", text, published=pub))[0].relative


def test_relative_date_without_publication_is_dropped_not_guessed():
    assert spans("昨日,座谈会在成都举行。") == []


def test_month_day_after_publication_belongs_to_previous_year():
    assert first("12月28日,代表团抵达。", "2016-01-03") == ("2015-12-28", "2015-12-28")
    assert year_before((2016, 1, 3), 12, 28) == 2015


def test_day_only_takes_month_of_previous_date():
    got = spans("9月24日上午座谈。24日下午考察。商务代表团于25日、26日前往企业。")
    assert got[1][1:] == ("--09-24", "--09-24")
    assert got[2][1:] == ("--09-25", "--09-26")


def test_no_year_anywhere_gives_month_day_only():
    assert first("代表团于9月24日访问山西。") == ("--09-24", "--09-24")


def test_year_from_event_name_in_the_same_sentence():
    assert first("2月22日,2023年中国广西与越南边境四省党委书记新春会晤活动举行。") == ("2023-02-22", "2023-02-22")
    # a day without month and no publication date: the year is all that is known
    got = spans("为期三天的2017阿斯塔纳专项世博会中国馆新疆活动周28日在阿斯塔纳启幕。")
    assert ("28日", "2017", "2017") in got


def test_year_from_a_dateline_before_the_date():
    assert spans("Updated: Jul 3, 2019\nA conference was held in Changchun on June 26.")[1][1] == "2019-06-26"


def test_year_from_a_dated_url():
    text = "On September 13-18 the delegation visited.\nSource: http://e.gov.cn/article/201510/2015100113.shtml"
    assert first(text) == ("2015-09-13", "2015-09-18")


def test_year_from_a_preceding_year_in_the_previous_paragraph():
    text = "In 1979 they twinned. In 2019, they celebrate the 40th anniversary.\nOn September 20, the fair opened."
    assert ("September 20", "2019-09-20", "2019-09-20") in spans(text)


def test_year_after_the_date_in_a_later_paragraph_is_not_used():
    assert first("5月9日至10日,代表团赴珠海。\n特别是在2020年,两市合作不断。") == ("--05-09", "--05-10")


def test_numbered_fair_gives_the_year():
    assert first("11月4日至6日,省长出席第六届中国国际进口博览会开幕式。") == ("2023-11-04", "2023-11-06")
    got = spans("第六届进博会5日开幕。11月4日省长出席第六届进博会。")
    assert got == [("5日", "2023", "2023"), ("11月4日", "2023-11-04", "2023-11-04")]


@pytest.mark.parametrize("text, key, year", [
    ("第六届进博会", "ciie", 2023),
    ("第一届中国国际进口博览会", "ciie", 2018),
    ("第十七届渝洽会", "ccisf", 2014),
    ("the 17th CCISF", "ccisf", 2014),
    ("第133届广交会", "canton", 2023),
    ("第134届中国进出口商品交易会", "canton", 2023),
    ("the 127th Canton Fair", "canton", 2020),
    ("第二十届中国—东盟博览会", "caexpo", 2023),
    ("第六届中阿博览会", "casexpo", 2023),
])
def test_fair_edition_years(text, key, year):
    [m] = find_fairs(text)
    assert (m.fair.key, m.year) == (key, year)


def test_fair_calendar_is_consistent():
    names = [n for f in fairs() for n in f.names]
    assert len(names) == len(set(names)), "an alias names two fairs"
    for f in fairs():
        if f.first_year:
            assert f.year_of(1) == f.first_year
            assert f.year_of(2) >= f.year_of(1)
        for n, y in f.editions.items():
            assert 1950 < y < 2030 and n > 0


def test_unnumbered_fair_has_no_year():
    [m] = find_fairs("在渝洽会期间来渝考察")
    assert m.year is None and m.fair.host_region == "CN-CQ"


def test_numbers_are_not_dates():
    assert spans("2000多家企业、1700多公里边界、2/3的资金、1号线") == []
    assert spans("5500吨大豆") == []


def test_fullwidth_digits():
    assert first("２０１６年９月２８日") == ("2016-09-28", "2016-09-28")


def test_traditional_text_after_conversion():
    import opencc
    text = opencc.OpenCC("t2s").convert("發佈日期:2016-09-28\n昨日,川浙經貿合作交流座談會在成都舉行。")
    got = spans(text)
    assert ("昨日", "2016-09-27", "2016-09-27") in got


def test_sentence_spans_keep_abbreviations():
    t = "Habib was in Chengdu from Sept. 10-11. On Sept. 10, he met Luo Qiang."
    assert [t[a:b] for a, b in sentence_spans(t)] == [
        "Habib was in Chengdu from Sept. 10-11.", "On Sept. 10, he met Luo Qiang."]


def test_partial_iso_helpers():
    assert iso(2015, 9) == "2015-09" and iso(None, 12, 5) == "--12-05"
    assert parse_partial("2021-12-06") == (2021, 12, 6)


def test_seed_without_year_keeps_month_day(seeds_dir):
    text = (seeds_dir / "000_197c50509feeb9c3.txt").read_text(encoding="utf-8")
    got = find_dates(Doc("s", text))
    assert got[0].start == "--09-24" and got[0].end == "--09-26"
    assert all(not d.start[:1].isdigit() for d in got if "月" in d.text or "日" in d.text)


@pytest.mark.parametrize("text, pub, want", [
    ("9月24-26日举行。", "2019-10-01", ("2019-09-24", "2019-09-26")),
    ("Reynolds met on Tuesday with the delegation.", "2018-06-14", ("2018-06-12", "2018-06-12")),
    ("Reynolds met on Tuesday, June 12, with them.", "2018-06-14", ("2018-06-12", "2018-06-12")),
    ("Yesterday the forum opened.", "2019-01-01", ("2018-12-31", "2018-12-31")),
    ("Last year the two states twinned.", "2018-06-14", ("2017", "2017")),
    ("The fair opened in late September.", "2018-10-14", ("2018-09", "2018-09")),
    ("本周二,代表团抵达。", "2021-03-05", ("2021-03-02", "2021-03-02")),
])
def test_more_written_and_relative_forms(text, pub, want):
    assert first(text, pub) == want


def test_once_a_week_is_no_date():
    assert spans("每周一次航班", "2021-03-05") == []


@pytest.mark.parametrize("text, year", [
    ("首届中国国际进口博览会", 2018),
    ("the second China International Import Expo", 2019),
    ("the Sixth CIIE", 2023),
])
def test_fair_editions_in_words(text, year):
    assert find_fairs(text)[0].year == year


def test_day_first_english_without_year():
    assert first("They met on 10 September in Chengdu.", "2017-09-16") == ("2017-09-10", "2017-09-10")


def test_bad_publication_date_or_impossible_day_is_no_crash():
    assert spans("昨日会见。", "2016-13-45") == []
    assert spans("2月30日签约。", "2019-03-01") == []
    assert spans("", "2019") == []


@pytest.mark.parametrize("text, pub, want", [
    # the week before a Wednesday 2019-06-19 is 10–16 June: the month is known, the day is not
    ("上周,代表团访问山西。", "2019-06-19", ("2019-06", "2019-06")),
    ("The delegation visited Ohio last week.", "2019-06-19", ("2019-06", "2019-06")),
    ("本周,代表团抵达。", "2019-06-19", ("2019-06", "2019-06")),
    # 上周三 is the Wednesday of the week before, not the last Wednesday
    ("上周三,双方会谈。", "2019-06-21", ("2019-06-12", "2019-06-12")),
    ("They met last Friday.", "2019-06-21", ("2019-06-14", "2019-06-14")),
    ("They met on Friday.", "2019-06-21", ("2019-06-21", "2019-06-21")),
    ("Last month the governor visited Hubei.", "2019-03-10", ("2019-02", "2019-02")),
    ("5月30日—6月2日,代表团访问山西。", "2019-06-05", ("2019-05-30", "2019-06-02")),
])
def test_week_words_and_ranges_across_months(text, pub, want):
    assert first(text, pub) == want


def test_a_week_over_two_months_gives_no_date():
    # the week before Wednesday 2019-09-04 is 26 August – 1 September
    assert spans("上周,市长率团访问。", "2019-09-04") == []
    assert spans("The mayor visited last week.", "2019-09-04") == []


def test_weekday_against_a_date_line():
    text = "Updated: 2019-06-24 07:21\nOn Friday, the governor met the delegation."
    assert ("Friday", "2019-06-21", "2019-06-21") in [(t.split()[-1], s, e) for t, s, e in spans(text)]


def test_recent_words_give_the_month_like_a_week_word():
    # 近日/日前/recently: the last days before the report; the month where they lie in one
    assert [s for _, s, _ in spans("近日,代表团访问山西。日前,双方签约。", "2019-06-19")] == ["2019-06", "2019-06"]
    assert spans("The delegation recently toured Ohio.", "2019-06-19")[0][1:] == ("2019-06", "2019-06")
    assert spans("近日,代表团访问山西。", "2019-07-03") == []     # the last days span June and July
    assert spans("近日,代表团访问山西。") == []                   # nothing to resolve against
    assert spans("这批货物3日前运抵。", "2019-06-19")[0][0] == "3日"  # 3日前 is "before the 3rd"


@pytest.mark.parametrize("text, pub, want", [
    ("副省长本周一至周三率团访问广州。", "2022-03-18", ("2022-03-14", "2022-03-16")),   # a Friday date line
    ("代表团上周四到周六在沪考察。", "2022-03-18", ("2022-03-10", "2022-03-12")),
    ("The mission ran from Tuesday to Thursday in Denver.", "2022-03-18", ("2022-03-15", "2022-03-17")),
    ("The show opened on Monday and runs through Friday.", "2022-03-15", ("2022-03-14", "2022-03-18")),
    ("The governor spent Wednesday in Wuhan.", "2022-03-18", ("2022-03-16", "2022-03-16")),
    ("The delegation met Tuesday with state officials.", "2022-03-18", ("2022-03-15", "2022-03-15")),
    ("Officials signed Thursday an accord.", "2022-03-18", ("2022-03-17", "2022-03-17")),
    ("副州长周二至周四率团访问。", "2022-03-18", ("2022-03-15", "2022-03-17")),
])
def test_weekday_ranges(text, pub, want):
    assert first(text, pub) == want


@pytest.mark.parametrize("text, pub, want", [
    ("昨天,博览会在长沙开幕,为期五天。", "2022-06-09", ("2022-06-08", "2022-06-12")),
    ("交易会6月20日开幕,展期4天。", "2022-06-21", ("2022-06-20", "2022-06-23")),
    ("为期两天的论坛于3月30日在西宁召开。", "2022-03-31", ("2022-03-30", "2022-03-31")),
    ("A three-day trade mission began in Tianjin on May 9.", "2022-05-10", ("2022-05-09", "2022-05-11")),
    ("The governor began a week-long tour of Jiangsu on Sept. 5.", "2022-09-06", ("2022-09-05", "2022-09-11")),
    ("洽谈会6月20日开幕,至24日闭幕。", "2022-06-21", ("2022-06-20", "2022-06-24")),
    ("为期三天的博览会6月10日在长沙闭幕。", "2022-06-11", ("2022-06-08", "2022-06-10")),
    ("The three-day expo closed on June 10 in Xiamen.", "2022-06-11", ("2022-06-08", "2022-06-10")),
    ("The fair opened on June 20 and runs through June 24.", "2022-06-21", ("2022-06-20", "2022-06-24")),
])
def test_end_from_a_duration_or_the_day_it_runs_to(text, pub, want):
    assert first(text, pub) == want


@pytest.mark.parametrize("text, pub", [
    ("On June 8 the mayor opened an office, part of a five-day visit to Shanghai.", "2022-06-09"),
    ("在为期三天的展会期间,6月8日双方签约。", "2022-06-09"),
    ("6月8日,代表团访问三天后返回。", "2022-06-09"),
    ("6月8日签约,6月9日考察,为期两天。", "2022-06-10"),        # two days named: no duration to add
])
def test_a_duration_that_does_not_start_on_the_day_is_left(text, pub):
    s, e = first(text, pub)
    assert s == e


def test_a_day_just_after_the_reference_stays_in_its_year():
    assert first("展会将于4月15日闭幕。", "2023-04-11") == ("2023-04-15", "2023-04-15")
    assert first("12月28日,双方签约。", "2016-01-03") == ("2015-12-28", "2015-12-28")


def test_foreign_fair_gives_its_venue():
    [m] = find_fairs("浙江企业参加2019汉诺威工业博览会")
    assert m.fair.host_region == "DE-NI" and m.year is None


def test_bare_weekday_only_as_a_range():
    assert spans("周一鸣率团访问。", "2022-03-18") == []            # a name, not Monday
    assert spans("展馆每周二至周日开放。", "2022-03-18") == []        # opening hours


def test_only_an_event_lasts_so():
    assert first("On June 8, the city began a 30-day visa-free policy.", "2022-06-09") == ("2022-06-08", "2022-06-08")
    assert first("6月8日起,共5天的优惠开始。", "2022-06-09") == ("2022-06-08", "2022-06-08")


def test_the_day_an_event_runs_to_ends_its_duration():
    d = find_dates(Doc("t", "9月16日,博览会开幕。本届博览会为期4天,至19日结束。", published="2023-09-20"))
    assert [(x.start, x.end) for x in d] == [("2023-09-16", "2023-09-16"), ("2023-09-16", "2023-09-19")]
    assert first("The three-day fair runs until June 10.", "2022-06-01") == ("2022-06-08", "2022-06-10")


def test_a_fair_named_again_without_its_number_takes_its_year():
    text = "The 7th CIIE drew crowds.\nKansas firms exhibited at the CIIE in Shanghai, Nov. 5-10. On Nov. 6 they signed."
    assert spans(text)[-2:] == [("Nov. 5-10", "2024-11-05", "2024-11-10"), ("Nov. 6", "2024-11-06", "2024-11-06")]


def test_an_event_noun_dated_by_a_weekday():
    assert first("The governor hosted a reception Wednesday.", "2022-08-26") == ("2022-08-24", "2022-08-24")
    assert spans("Good Friday fell early.", "2022-08-26") == []


# The scans that try a regex only where a match can start give what the plain scan gives.
_TRICKY = [
    "2019年12月3日至5日，3.5亿元，1号线，13月，去年12月至2月3日，5-6日，2019-05-03, 20151001号",
    "On 15  June, 2019 and June 5-7 (Sept. 3 to Oct. 2), last year, Last\nmonth, this  month's 3 Jan 2020 talks",
    "２０１９年５月, 12\u3000月3日, 1999年到2020年, 20192020年, www.x.cn/2019/05/03 2019/5/3 2019.5.3",
    "Mar. 5, 2019; 5 Mar. 2019; May 2019; in May; 31 May 2019; 1 2 June; 4th July 2021",
]


@pytest.mark.parametrize("text", _TRICKY)
def test_candidate_scans_match_the_plain_regex_scans(text):
    from tradeviz.extract import dates as D

    def plain(rx):
        return [m.span() for m in rx.finditer(text) if m.end() > m.start()]

    def fast(matches):
        return [m.span() for m in matches]

    months = [m.start() for m in D._MONTH_AT_WORD_START.finditer(text)]
    periods = [m.start() for m in D._YEAR_OR_MONTH.finditer(text)]
    assert fast(D._zh_date_matches(text)) == plain(D._ZH_DATE)
    assert fast(D._matches_at(D._YEAR, text, D._year_starts(text))) == plain(D._YEAR)
    assert fast(D._matches_at(D._ISO, text, D._year_starts(text))) == plain(D._ISO)
    assert fast(D._matches_at(D._EN_DATE, text, months)) == plain(D._EN_DATE)
    assert fast(D._matches_at(D._EN_MONTH_YEAR, text, months)) == plain(D._EN_MONTH_YEAR)
    assert fast(D._matches_at(D._EN_DAY_FIRST, text, D._before_space(text, months, (1, 2)))) == plain(D._EN_DAY_FIRST)
    assert fast(D._matches_at(D._EN_REL_PERIOD, text, D._before_space(text, periods, (4,)))) == plain(D._EN_REL_PERIOD)


def test_two_weekdays_joined_by_and_are_a_range():
    from tradeviz.extract.dates import find_dates
    from tradeviz.extract.mentions import Doc
    got = find_dates(Doc("x", "A delegation spent last Tuesday and Wednesday in Anchorage.", published="2019-09-14"))
    assert [(d.start, d.end) for d in got] == [("2019-09-10", "2019-09-11")]
    apart = find_dates(Doc("x", "The mayor met them on Tuesday and visited the port on Thursday.", published="2019-09-14"))
    assert [(d.start, d.end) for d in apart] == [("2019-09-10", "2019-09-10"), ("2019-09-12", "2019-09-12")]


def test_a_weekday_after_what_was_signed_dates_the_signing():
    from tradeviz.extract.dates import find_dates
    from tradeviz.extract.mentions import Doc
    got = find_dates(Doc("x", "A delegation from Liaoning signed agreements Tuesday to buy soybeans.", published="2023-09-20"))
    assert [(d.start, d.text) for d in got] == [("2023-09-19", "Tuesday")]
