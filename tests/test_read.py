"""Reading: every kind of input, every encoding, every kind of bad input (an error row, never a crash)."""
from __future__ import annotations

import importlib
import os
import shutil

import pandas as pd
import polars as pl
import pytest

import tradeviz as tv
from tradeviz.clean import clean_article
from tradeviz.errors import TradevizError
from tradeviz.pipeline import iter_articles
from tradeviz.read import decode, iter_raw

read = importlib.import_module("tradeviz.read")   # tradeviz.read is also the tv.read function

HANT = ("湖南省黨政代表團來藏考察並座談\n發布時間:2023-09-06\n"
        "8月31日至9月5日,湖南省黨政代表團來藏考察,並出席湖南西藏工作座談會。湖南省政協主席毛萬春出席座談會並講話。")
HANS = ("河南首批进口美国堪萨斯州大豆启运\n时间:2021-12-17\n"
        "12月15日,河南省首批从美国堪萨斯州进口5500吨大豆线上启运仪式举行。副省长何金平出席启运仪式并讲话。")


def _articles(inputs, **kw):
    return {a.source: a for a in (clean_article(r) for r in iter_raw(inputs, **kw))}


# ------------------------------------------------------------- inputs

def test_file_folder_glob_and_several(seeds_dir, tmp_path):
    one = sorted(seeds_dir.glob("*.txt"))[0]
    assert len(list(iter_raw(str(one)))) == 1
    assert len(list(iter_raw(seeds_dir))) == 5
    assert len(list(iter_raw(str(seeds_dir / "00[01]_*.txt")))) == 2
    assert len(list(iter_raw([str(one), seeds_dir]))) == 6


def test_folder_is_recursive_and_order_stable(seeds_dir, tmp_path):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    for f in seeds_dir.glob("*.txt"):
        shutil.copy(f, sub / f.name)
    (tmp_path / "top.md").write_text("# A headline of the page\n\nThe body text of the page here.", "utf-8")
    first = [r.source for r in iter_raw(tmp_path)]
    assert len(first) == 6 and first == [r.source for r in iter_raw(tmp_path)]


def test_article_id_depends_on_name_and_bytes_not_on_the_folder(seeds_dir, tmp_path):
    shutil.copytree(seeds_dir, tmp_path / "elsewhere")
    ids = [r.article_id for r in iter_raw(seeds_dir)]
    assert ids == [r.article_id for r in iter_raw(tmp_path / "elsewhere")]
    assert len(set(ids)) == 5


def test_html_md_and_txt_kinds(tmp_path):
    (tmp_path / "a.html").write_text("<html><body><p>Some paragraph text of the page.</p></body></html>")
    (tmp_path / "b.htm").write_text("<html><body><p>Other paragraph text.</p></body></html>")
    (tmp_path / "c.md").write_text("# Title\n\nBody.")
    (tmp_path / "d.txt").write_text("<!DOCTYPE html><html><body><p>sniffed as HTML</p></body></html>")
    kinds = {r.source.rsplit("/", 1)[-1]: r.kind for r in iter_raw(tmp_path)}
    assert kinds == {"a.html": "html", "b.htm": "html", "c.md": "md", "d.txt": "html"}


def test_python_strings_and_lists_are_article_texts():
    rows = list(iter_raw(["第一篇文章。", "Second article."]))
    assert [r.source for r in rows] == ["<text 1>", "<text 2>"]
    assert tv.read("代表团访问山西。", progress=False)["text"].to_list() == ["代表团访问山西。"]


@pytest.mark.parametrize("missing", ["no/such/file.txt", "missing.html", "data/articles/", "./nothing"])
def test_a_string_that_looks_like_a_missing_path_raises_not_found(missing):
    with pytest.raises(TradevizError, match="not found"):
        list(iter_raw(missing))


def test_no_input_raises():
    with pytest.raises(TradevizError):
        list(iter_raw([]))


def test_tables_csv_jsonl_parquet(tmp_path):
    pl.DataFrame({"id": ["a1", "a2"], "content": ["第一篇文章。", "Second article."],
                  "title": ["T1", "T2"], "url": ["http://x.cn/2020/01/02/a.html", None]}).write_csv(tmp_path / "t.csv")
    pl.DataFrame({"ID": ["b1"], "Body": ["Body text here."]}).write_ndjson(tmp_path / "t.jsonl")
    pl.DataFrame({"text": ["Parquet text.", "More text."]}).write_parquet(tmp_path / "t.parquet")
    arts = _articles(tmp_path)
    assert set(arts) == {"a1", "a2", "b1", str(tmp_path / "t.parquet") + "#1", str(tmp_path / "t.parquet") + "#2"}
    assert arts["a1"].text == "第一篇文章。" and arts["a1"].published == "2020-01-02"
    assert arts["b1"].text == "Body text here."
    assert not any(a.error for a in arts.values())


def test_table_row_ids_are_stable_and_content_based(tmp_path):
    df = pl.DataFrame({"text": ["one text", "two text"]})
    df.write_csv(tmp_path / "a.csv")
    df.write_csv(tmp_path / "b.csv")
    ids_a = [r.article_id for r in iter_raw(tmp_path / "a.csv")]
    assert ids_a == [r.article_id for r in iter_raw(tmp_path / "b.csv")] and len(set(ids_a)) == 2


def test_gbk_csv_table_is_decoded(tmp_path):
    (tmp_path / "g.csv").write_bytes("text\n代表团访问山西并举行座谈会议\n".encode("gbk"))
    art = _articles(tmp_path)[str(tmp_path / "g.csv") + "#1"]
    assert art.text == "代表团访问山西并举行座谈会议" and art.encoding == "gb18030"


@pytest.mark.parametrize("make", [pd.DataFrame, pl.DataFrame])
def test_dataframes(make):
    df = tv.read(make({"article": ["The delegation visited Shanxi.", "代表团访问山西。"]}), progress=False)
    assert df.height == 2 and df["error"].to_list() == ["", ""]


@pytest.mark.parametrize("make", [pd.DataFrame, pl.DataFrame])
def test_dataframe_without_text_column_raises(make):
    with pytest.raises(TradevizError, match="no text column"):
        tv.read(make({"x": [1]}), progress=False)


# ------------------------------------------------------------ encodings

@pytest.mark.parametrize("text,encoding,expected", [
    (HANT, "utf-8", "utf-8"), (HANT, "utf-8-sig", "utf-8-sig"), (HANT, "utf-16", "utf-16"),
    (HANT, "big5", "big5"), (HANS, "gbk", "gb18030"), (HANS + "𠀀", "gb18030", "gb18030"),
])
def test_encodings_are_detected_and_recorded(tmp_path, text, encoding, expected):
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    art = next(iter(_articles(tmp_path).values()))
    assert not art.error
    assert art.encoding == expected
    assert art.text.startswith(("湖南省党政代表团来藏考察并座谈", "河南首批进口美国堪萨斯州大豆启运"))
    assert "\ufffd" not in art.text


def test_long_gbk_and_big5_articles(seeds_dir):
    text = (seeds_dir / "000_197c50509feeb9c3.txt").read_text("utf-8")
    assert decode(text.encode("gbk", errors="ignore")) == (text.encode("gbk", errors="ignore").decode("gb18030"),
                                                           "gb18030")
    hant = "國際投資貿易洽談會在重慶舉行,兩岸企業簽約項目總額達到新高。" * 20
    assert decode(hant.encode("big5")) == (hant, "big5")


# ------------------------------------------------------------ bad input

def test_every_bad_input_gives_an_error_row_and_the_run_goes_on(tmp_path, seeds_dir):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\n\t ")
    (tmp_path / "nul.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "doc.txt").write_bytes(b"%PDF-1.4\n" + os.urandom(300))
    (tmp_path / "garbage.txt").write_bytes(b"\x81\xff\xfe\xfa" + bytes(x for x in os.urandom(400) if x) + b"\xff")
    (tmp_path / "nothing.html").write_text("<html><head><script>var a=1;</script><style>p{}</style></head>"
                                           "<body><nav>Home | News</nav></body></html>")
    (tmp_path / "notext.csv").write_text("foo,bar\n1,2\n")
    (tmp_path / "broken.parquet").write_bytes(b"not a parquet file")
    (tmp_path / "big.txt").write_bytes(b"a" * 20000)
    shutil.copy(seeds_dir / "000_197c50509feeb9c3.txt", tmp_path / "good.txt")
    arts = {k.rsplit("/", 1)[-1]: a for k, a in _articles(tmp_path, max_bytes=16000).items()}
    assert len(arts) == 11
    errors = {k: a.error for k, a in arts.items()}
    assert errors["empty.txt"] == "empty file" and errors["blank.txt"] == "empty file"
    assert errors["nul.txt"].startswith("binary file")
    assert "PNG" in errors["image.txt"] and "PDF" in errors["doc.txt"]
    assert "could not decode" in errors["garbage.txt"] or "binary" in errors["garbage.txt"]
    assert errors["nothing.html"] == "HTML page with no article text"
    assert "no text column" in errors["notext.csv"]
    assert errors["broken.parquet"].startswith("could not read table")
    assert "over the" in errors["big.txt"] and "MB limit" in errors["big.txt"]
    assert errors["good.txt"] == ""
    assert all(a.article_id for a in arts.values())


def test_module_level_size_limit(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_bytes(b"word " * 1000)
    monkeypatch.setattr(read, "MAX_BYTES", 100)
    assert "limit" in next(iter(_articles(tmp_path).values())).error
    assert read.MAX_BYTES == 100


def test_default_limit_is_twenty_megabytes():
    assert 10 * 2**20 <= read.MAX_BYTES <= 50 * 2**20


def test_rows_equal_input_articles_in_the_articles_table(tmp_path, seeds_dir):
    (tmp_path / "empty.txt").write_bytes(b"")
    df = tv.read([seeds_dir, tmp_path], progress=False)
    assert df.height == 6
    assert df.filter(pl.col("error") != "").height == 1


def test_cli_read_counts_articles_and_errors(tmp_path, seeds_dir, capsys):
    from tradeviz.cli import main
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    assert main(["read", str(seeds_dir), str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                 "--format", "csv", "--quiet"]) == 0
    assert "6 articles read, 1 with errors" in capsys.readouterr().out
    assert pl.read_csv(tmp_path / "out" / "articles.csv").height == 6


def test_pipeline_iter_articles_uses_the_cleaner(seeds_dir):
    arts = list(iter_articles(seeds_dir))
    assert len(arts) == 5 and all(a.text and a.language for a in arts)


@pytest.mark.parametrize("text", ["中文", "山西", "國際", "經貿合作", "代表团访问山西", "He said “yes” to the deal."])
@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_short_chinese_texts_are_not_mangled(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{text!r} has no {encoding} form")
    assert decode(data)[0] == text


def test_other_east_asian_encodings_stay_themselves():
    korean = "한국 강원도와 중국 길림성은 우호 관계를 맺었다"
    assert decode(korean.encode("euc_kr")) == (korean, "euc_kr")


def test_a_fifty_megabyte_file_is_an_error_row_not_a_read(tmp_path, seeds_dir):
    with open(tmp_path / "huge.txt", "wb") as f:
        f.truncate(50 * 2**20)            # sparse: no disk used, never read
    shutil.copy(seeds_dir / "000_197c50509feeb9c3.txt", tmp_path / "ok.txt")
    arts = {k.rsplit("/", 1)[-1]: a for k, a in _articles(tmp_path).items()}
    assert arts["huge.txt"].error.startswith("file is 50.0 MB, over the 20")
    assert arts["ok.txt"].error == "" and arts["ok.txt"].text


def test_an_empty_folder_is_zero_articles(tmp_path):
    assert list(iter_raw(tmp_path)) == []
    assert tv.read(tmp_path, progress=False).height == 0


def test_html_declared_charset_is_used(tmp_path):
    page = ('<html><head><meta charset="gbk"><title>访问</title></head><body><h1>代表团访问山西</h1>'
            '<p>由美国纽约州中小企业发展中心总署署长带队一行8人访问山西，考察商务和投资环境。</p></body></html>')
    (tmp_path / "p.html").write_bytes(page.encode("gbk"))
    art = next(iter(_articles(tmp_path).values()))
    assert art.encoding == "gb18030" and art.title == "代表团访问山西"


def test_html_with_a_wrong_declared_charset_is_still_read(tmp_path):
    page = ('<html><head><meta charset="gb2312"></head><body><h1>代表團訪問山西</h1>'
            '<p>由美國紐約州中小企業發展中心總署署長帶隊一行八人訪問山西，考察商務和投資環境。</p></body></html>')
    (tmp_path / "p.html").write_bytes(page.encode("big5"))
    art = next(iter(_articles(tmp_path).values()))
    assert art.encoding == "big5" and art.title == "代表团访问山西"


def test_docstring_examples_run():
    import doctest
    assert doctest.testmod(read).failed == 0


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_an_error_row(tmp_path):
    (tmp_path / "locked.txt").write_text("text")
    (tmp_path / "locked.txt").chmod(0)
    assert "could not read the file" in next(iter(_articles(tmp_path).values())).error


def test_a_file_that_vanishes_is_an_error_row(tmp_path):
    rows = list(read.read_file(tmp_path / "gone.txt"))
    assert len(rows) == 1 and rows[0].error.startswith("could not read the file")
