"""The CJK font: found offline, registered lazily, and really drawing Chinese glyphs."""
from __future__ import annotations

import subprocess
import sys
import warnings


from tradeviz import fonts

LABELS = "四川 ← 浙江 山西 ← 纽约州 交流事件时间线 年份不详 制造业 批发和零售业 哈萨克斯坦"


def test_font_file_is_shipped_by_mplfonts():
    path = fonts.cjk_font_file()
    assert path is not None and path.is_file(), "mplfonts should ship a CJK font"


def test_font_covers_chart_vocabulary():
    from tradeviz.plot import WORDS, _region_names, _section_names
    text = LABELS + "".join(str(v) for v in WORDS["zh"].values())
    text += "".join(n["zh"] for n in _region_names().values())
    text += "".join(r["zh_short"] for r in _section_names().values())
    assert fonts.missing_glyphs(text) == set()


def test_missing_glyphs_detects_characters_outside_the_font():
    # U+1F600 (emoji) is in no CJK text font
    assert fonts.missing_glyphs("山西\U0001F600") == {"\U0001F600"}


def test_chinese_text_draws_without_missing_glyph_warning():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    assert fonts.use_cjk_font() == "Noto Sans CJK SC"
    fig, ax = plt.subplots()
    ax.set_title(LABELS)
    ax.set_xlabel("时间 −5")
    with warnings.catch_warnings():
        warnings.simplefilter("error")   # "Glyph ... missing from font(s)" becomes a failure
        fig.canvas.draw()


def test_nothing_happens_at_import_time():
    code = ("import tradeviz, tradeviz.plot, tradeviz.report, tradeviz.fonts, sys; "
            "print('matplotlib.font_manager' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
