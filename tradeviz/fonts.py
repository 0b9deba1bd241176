"""A CJK font for matplotlib, found offline in the ``mplfonts`` package.

Matplotlib's default font (DejaVu Sans) has no Chinese glyphs, so Chinese
labels come out as empty boxes with a "Glyph ... missing" warning. The
``mplfonts`` package ships Noto Sans CJK SC (and SimHei); :func:`use_cjk_font`
registers it with matplotlib on first use and puts it at the head of the
sans-serif family, with DejaVu Sans behind it for the glyphs CJK fonts draw
poorly. Nothing happens at import time.
"""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

# In order of preference: Noto Sans CJK SC covers far more of Unicode than SimHei.
FONT_FILES = ("NotoSansCJKsc-Regular.otf", "SimHei.ttf")
FALLBACK = ["DejaVu Sans"]


def font_dir() -> Path | None:
    """The folder of fonts shipped by ``mplfonts``, or None if it is not installed.

    >>> font_dir() is None or font_dir().name == "fonts"
    True
    """
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "fonts"
    return path if path.is_dir() else None


def cjk_font_file() -> Path | None:
    """The CJK font file used for labels, or None when none is available.

    >>> p = cjk_font_file()
    >>> p is None or p.suffix in (".otf", ".ttf")
    True
    """
    folder = font_dir()
    if folder is None:
        return None
    for name in FONT_FILES:
        if (folder / name).is_file():
            return folder / name
    return None


@functools.cache
def use_cjk_font() -> str | None:
    """Register the CJK font with matplotlib and make it the default family.

    Returns the font's family name (``"Noto Sans CJK SC"``), or None when no
    CJK font could be found (labels then fall back to matplotlib's default).
    Called by every plotting function; cheap after the first call.

    >>> use_cjk_font() in ("Noto Sans CJK SC", "SimHei", None)
    True
    """
    import matplotlib
    from matplotlib import font_manager

    path = cjk_font_file()
    if path is None:
        return None
    font_manager.fontManager.addfont(str(path))
    name = font_manager.FontProperties(fname=str(path)).get_name()
    sans = [name] + [f for f in FALLBACK + list(matplotlib.rcParams["font.sans-serif"]) if f != name]
    matplotlib.rcParams["font.sans-serif"] = list(dict.fromkeys(sans))
    matplotlib.rcParams["font.family"] = ["sans-serif"]
    # CJK fonts draw U+2212 (minus) oddly; ASCII hyphen-minus is safe in every font.
    matplotlib.rcParams["axes.unicode_minus"] = False
    # Text in SVG output as paths, so the CJK font need not exist where the SVG is viewed.
    matplotlib.rcParams["svg.fonttype"] = "path"
    return name


def missing_glyphs(text: str, path: Path | None = None) -> set[str]:
    """Characters of ``text`` that the CJK font has no glyph for (whitespace ignored).

    >>> missing_glyphs("四川 ← 浙江 New York") if cjk_font_file() else set()
    set()
    """
    path = path or cjk_font_file()
    if path is None:
        return {c for c in text if not c.isspace()}
    cmap = _cmap(str(path))
    return {c for c in text if not c.isspace() and ord(c) not in cmap}


@functools.cache
def _cmap(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont
    with TTFont(path, lazy=True, fontNumber=0) as font:
        return frozenset(font.getBestCmap())


def font_face_css(text: str, family: str = "tradeviz CJK") -> str:
    """A CSS ``@font-face`` rule embedding the CJK font, cut down to the characters of ``text``.

    Lets an HTML page show its Chinese on a machine without any CJK font,
    offline, for a few tens of kilobytes. Empty when there is nothing to embed.

    >>> css = font_face_css("山西 ← 纽约州")
    >>> css == "" or css.startswith("@font-face")
    True
    """
    import base64
    import io

    chars = sorted({ord(c) for c in text if ord(c) > 0x7F})
    path = cjk_font_file()
    if not chars or path is None:
        return ""
    from fontTools import subset

    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]
    font = subset.load_font(str(path), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=chars)
    subsetter.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    fmt = "opentype" if path.suffix == ".otf" else "truetype"
    return (f'@font-face {{ font-family: "{family}"; '
            f'src: url(data:font/{path.suffix[1:]};base64,{data}) format("{fmt}"); font-display: block; }}')
