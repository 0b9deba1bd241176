"""Cleaning: decoding, HTML to text, noise removal, metadata, language, t2s.

:func:`clean_article` turns one :class:`~tradeviz.read.RawArticle` into one
:class:`Article` (a row of the articles table). The steps, in order:

1. decode the bytes (:func:`tradeviz.read.decode`), or take the article's text out
   of an HTML page (:func:`html_to_text`) or a markdown file;
2. normalise: HTML entities, literal ``\\n`` sequences, odd spaces; one paragraph a line;
3. repair: pinyin annotations after characters, words broken by lost ``fi`` ligatures;
4. convert traditional Chinese to simplified (:func:`tradeviz.convert.t2s`), keeping
   the original lines beside for the language;
5. take out what is not the article: image and bare URLs (→ ``images`` / ``url``),
   noise lines (``data/noise_lines.txt``), page names with a domain (``data/label_lines.txt``),
   reporter and photo credits, everything from a closing block on (``data/end_lines.txt``:
   related news, media contacts, "About <Org>"), metadata lines (date, source, views →
   ``published``, ``publisher``), repeated lines;
6. find the headline (first line of ``text``: the main headline, not a site name, a
   kicker above it or a sub-headline below it), the language and, for bilingual
   articles, the language parts; a dateline opening the story dates a page that has
   no date line.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from . import data
from .convert import t2s, variant_counts
from .errors import Errors
from .read import DecodeError, RawArticle, declared_charset, decode

#: Lines longer than this are never taken for noise (footers and widgets are short).
NOISE_MAX_CHARS = 160
#: Lines longer than this are never taken for a site, office or section name.
LABEL_MAX_CHARS = 120
#: Lines longer than this never end the article (an "About <Org>" paragraph may be long).
END_MAX_CHARS = 1200


@dataclass(slots=True)
class Article:
    """One row of the articles table, plus what extraction needs."""

    article_id: str
    source: str
    title: str = ""
    published: str = ""
    language: str = ""
    text: str = ""
    error: str = ""
    url: str = ""
    publisher: str = ""
    encoding: str = ""
    images: list[str] = field(default_factory=list)
    parts: list[tuple[str, int, int]] = field(default_factory=list)

    def row(self) -> dict:
        """The articles-table row of this article."""
        return {"article_id": self.article_id, "source": self.source, "title": self.title,
                "published": self.published, "language": self.language, "text": self.text,
                "error": self.error, "url": self.url, "publisher": self.publisher,
                "encoding": self.encoding, "images": len(self.images), "chars": len(self.text)}


# ------------------------------------------------------------------ HTML

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "select", "textarea", "template", "object", "embed", "canvas", "menu")
_JUNK_ATTR = re.compile(r"(?i)(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|sidebar|side|"
                        r"share|social|comments?|copyright|banner|advert|ads?|toolbar|tools|related|"
                        r"recommend|hot|pagination|pager|login|search|topbar|bottom|weixin|qrcode)([\s_-]|$)")
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "td", "section", "article",
               "blockquote", "pre", "dd", "dt", "figcaption", "table", "ul", "ol", "center", "font"}


def html_to_text(page: str) -> tuple[str, dict]:
    """(article text, found metadata) of an HTML page: the main content's paragraphs,
    one a line, the headline first; no scripts, styles, menus or footers.

    >>> text, meta = html_to_text("<html><head><title>T - Site</title><script>x=1</script></head>"
    ...     "<body><nav>Home | News</nav><h1>Headline here</h1><div class='content'><p>First para.</p>"
    ...     "<p>Second para.</p></div><footer>Copyright</footer></body></html>")
    >>> text
    'Headline here\\nFirst para.\\nSecond para.'
    """
    from selectolax.lexbor import LexborHTMLParser
    tree = LexborHTMLParser(page)
    meta = _html_meta(tree)
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    for node in tree.css("[class], [id]"):
        attrs = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _JUNK_ATTR.search(attrs) and not node.css_first("h1") and len(node.text(strip=True)) < 2000:
            node.decompose()
    body = tree.body or tree.root
    if body is None:
        return "", meta
    container = _main_container(body)
    lines = _block_lines(container)
    h1 = tree.css_first("h1")
    headline = _squash(h1.text()) if h1 is not None else meta.get("title", "")
    if headline and headline not in lines[:3]:
        # the date/source line usually sits beside the headline, outside the text's container
        node = h1 if h1 is not None else _element_titled(body, headline)
        near = _block_lines(node.parent) if node is not None and node.parent is not None else []
        info = [x for x in near[:12] if x != headline and x not in lines and is_meta_line(t2s(x))]
        lines[:0] = [headline, *info[:2]]
    return "\n".join(lines), meta


def _element_titled(body, title: str):
    """The element of ``body`` that shows the page's title (an <h2 class="title"> where a page
    has no <h1>), spaces aside, or None.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> page = LexborHTMLParser("<body><div><h2 class='t'>两省签约<br/>共建园区</h2><span>2023-06-14</span></div></body>")
    >>> _element_titled(page.body, "两省签约 共建园区").tag
    'h2'
    """
    key = re.sub(r"\s+", "", title)
    if not key:
        return None
    for node in body.css("h2, h3, h4, [class*=title], [id*=title]"):
        if re.sub(r"\s+", "", node.text()) == key:
            return node
    return None


def _html_meta(tree) -> dict:
    """Title (of <title>, without the site name), date and URL from a page's head."""
    meta = {}
    title = tree.css_first("title")
    if title is not None:
        meta["title"] = _squash(re.split(r"\s+[-|_–—]\s+|[_|｜]", title.text())[0])
    for node in tree.css("meta"):
        name = (node.attributes.get("name") or node.attributes.get("property") or "").lower()
        content = node.attributes.get("content") or ""
        if name in ("pubdate", "publishdate", "publish_date", "article:published_time", "date",
                    "dc.date", "og:published_time", "publishtime") and content:
            meta.setdefault("date", content)
        elif name == "og:url" and content:
            meta.setdefault("url", content)
    return meta


def _main_container(body):
    """The element whose paragraph children hold the most text (a small readability)."""
    scores: dict[int, tuple[int, object]] = {}
    for p in body.css("p"):
        parent = p.parent
        if parent is None:
            continue
        n = len(p.text(strip=True))
        key = parent.mem_id
        scores[key] = (scores.get(key, (0, parent))[0] + n, parent)
    if not scores:
        return body
    best_score, best = max(scores.values(), key=lambda s: s[0])
    return best if best_score >= 40 else body


def _block_lines(node) -> list[str]:
    """Text of ``node`` with a line break at every block element."""
    parts: list[str] = []

    def walk(n) -> None:
        for child in n.iter(include_text=True):
            if child.tag == "-text":
                parts.append(child.text_content or "")
            elif child.tag in _BLOCK_TAGS:
                parts.append("\n")
                walk(child)
                parts.append("\n")
            elif not child.tag.startswith(("-", "!")):
                walk(child)

    walk(node)
    return [s for s in (_squash(x) for x in "".join(parts).split("\n")) if s]


def _squash(s: str) -> str:
    return re.sub(r"[\s\u00a0\u3000]+", " ", s).strip()


def markdown_to_text(md: str) -> str:
    """Markdown to plain lines: headings, emphasis and link syntax removed, images kept
    as ``![](url)`` for the image step.

    >>> markdown_to_text("# Title\\n\\nSome **bold** [link](http://x.org).")
    'Title\\n\\nSome bold link.'
    """
    md = re.sub(r"(?m)^\s{0,3}#{1,6}\s*", "", md)
    md = re.sub(r"(?m)^\s{0,3}(>\s?)+", "", md)
    md = re.sub(r"(?<!!)\[([^\]]*)\]\([^)]*\)", r"\1", md)
    md = re.sub(r"(\*\*|__)(.+?)\1", r"\2", md)
    md = re.sub(r"(?m)^\s*([-*_]\s*){3,}$", "", md)
    return md


# ------------------------------------------------------------ normalising

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\u00ad]")
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\u00ad"
_LITERAL_ESCAPES = re.compile(r"\\r\\n|\\n|\\r|\\t")


# full-width digits and Latin letters (２０１９年) as plain ones; Chinese punctuation stays
_FULLWIDTH = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
              for c in range(r[0], r[1] + 1)}
_HAS_FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


# a photo credit whose domain runs into the next sentence ("Source: x.gov.cnHabib then met"):
# the caption ends there, the paragraph starts on a new line
_GLUED_CREDIT = re.compile(r"\s*\b(?:Source|Photo|Credit)\s*:\s*[\w-]+(?:\.[\w-]+)*\.(?:cn|com|net|org|gov|edu)"
                           r"(?:\.[a-z]{2})?(?=[A-Z])")
# the same from its word on: a pattern opening with words is searched for fast, one opening
# with \s* is tried at every position (the spaces before and the \b are seen to by hand)
_GLUED_CREDIT_WORD = re.compile(_GLUED_CREDIT.pattern.removeprefix(r"\s*\b"))


def _break_glued_credits(text: str) -> str:
    """What ``_GLUED_CREDIT.sub("\\n", text)`` gives, sooner.

    >>> _break_glued_credits("Talks in Chengdu.  Source: x.gov.cnHabib then met. PhotoSource: a.cnB")
    'Talks in Chengdu.\\nHabib then met. PhotoSource: a.cnB'
    """
    out, pos = [], 0
    m = _GLUED_CREDIT_WORD.search(text)
    while m:
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):    # no \b before the word
            m = _GLUED_CREDIT_WORD.search(text, start + 1)
            continue
        while start > pos and text[start - 1].isspace():
            start -= 1
        out += (text[pos:start], "\n")
        pos = m.end()
        m = _GLUED_CREDIT_WORD.search(text, pos)
    return "".join(out) + text[pos:] if out else text


# paragraphs run together on one line keep their indent: a sentence end, then two
# ideographic/no-break spaces or three plain ones, starts a new paragraph
# (the sentence end is matched and put back, not looked behind for: a pattern opening with a
# character set is searched for faster)
_PARAGRAPH_GAP = re.compile(r"([。！？!?.”」])(?:[ \t\u00a0\u3000]*[\u3000\u00a0]{2,}[ \t\u00a0\u3000]*|[ \t]{3,})(?=\S)")


# the standard library's pattern of a character reference (html.unescape's own), if it has one
_CHARREF = getattr(html, "_charref", None)


def _unescape(text: str) -> str:
    """What ``html.unescape(text)`` gives, each reference's value looked up once (pages
    repeat the same few, and a query string's ``&tp=webp`` costs a dozen lookups to keep).

    >>> _unescape("a&amp;b &nbsp;&#26032;&tp=webp&notit; &lt"), html.unescape("a&amp;b &nbsp;&#26032;&tp=webp&notit; &lt")
    ('a&b \xa0新&tp=webp¬it; <', 'a&b \xa0新&tp=webp¬it; <')
    """
    if "&" not in text:
        return text
    if _CHARREF is None:
        return html.unescape(text)
    return _CHARREF.sub(_reference_value, text)


def _reference_value(m: re.Match) -> str:
    return _unescaped_reference(m.group(1))


@lru_cache(maxsize=1024)
def _unescaped_reference(ref: str) -> str:
    # alone, "&" + ref is matched whole again: its value is what it stands for in the text
    return html.unescape("&" + ref)


def normalise(text: str) -> str:
    """Entities unescaped, literal ``\\n`` made line breaks, odd spaces made plain spaces,
    full-width digits and letters made plain, one paragraph a line, no empty lines.

    >>> normalise("标题\\\\n\\\\n  第一段&nbsp;文字。\\u3000\\n\\n\\n&amp; more")
    '标题\\n第一段 文字。\\n& more'
    >>> normalise("２０１９年５月２０日，ＡＢＣ")
    '2019年5月20日，ABC'
    """
    if "\\" in text:
        text = _LITERAL_ESCAPES.sub(lambda m: "\t" if m.group() == "\\t" else "\n", text)
    if "&" in text:
        text = _unescape(_unescape(text))    # some pages escape twice (&amp;nbsp;)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii() and any(c in text for c in _ZERO_WIDTH_CHARS):   # str scans cost less than a regex scan
        text = _ZERO_WIDTH.sub("", text)
    ascii_only = text.isascii()
    if not ascii_only and _HAS_FULLWIDTH.search(text):      # translating is slow on long text: only where needed
        text = text.translate(_FULLWIDTH)
    if "Source" in text or "Photo" in text or "Credit" in text:
        text = _break_glued_credits(text)
    if "\u3000" in text or "\u00a0" in text or "\t" in text or "   " in text:    # what a gap needs
        text = _PARAGRAPH_GAP.sub(_paragraph_break, text)
    return "\n".join(filter(None, map(str.strip, _plain_spaces(text, ascii_only).split("\n"))))


def _paragraph_break(m: re.Match) -> str:
    # what the template "\\1\n" gives; a function costs nothing where nothing matches (a
    # template is parsed on every call)
    return m.group(1) + "\n"


_ODD_SPACES = "\t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) + "\u202f\u205f\u3000\ufeff"
_SPACE_RUN = re.compile("  +")


def _plain_spaces(text: str, ascii_only: bool = False) -> str:
    """What ``_SPACES.sub(" ", text)`` gives (a run of spaces of any kind made one plain
    space), sooner: each odd space made a plain one, then runs of plain spaces made one.

    >>> _plain_spaces("a\\u3000\\u3000b  c\\t d e")
    'a b c d e'
    """
    for c in "\t" if ascii_only else _ODD_SPACES:
        if c in text:
            text = text.replace(c, " ")
    return _SPACE_RUN.sub(" ", text) if "  " in text else text


# Pinyin some sites print after each character: a parenthesised group of Latin
# letters holding a tone mark or ü, right after a CJK character: 進(jìn)入.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# (the parenthesis first and the character before it looked behind for: a pattern opening
# with a character set is searched for fast, one opening with a lookbehind is tried everywhere)
_PINYIN = re.compile(r"[(（](?<=[\u3400-\u9fff\uf900-\ufaff][(（])\s*([a-zA-Z" + _TONED + r"]+(?:\s+[a-zA-Z"
                     + _TONED + r"]+)*)\s*[)）]")
_TONE_MARK = re.compile("[" + _TONED + "]")


_PLAIN_VOWEL = str.maketrans({**{c: "a" for c in "āáǎà"}, **{c: "e" for c in "ēéěè"}, **{c: "i" for c in "īíǐì"},
                              **{c: "o" for c in "ōóǒò"}, **{c: "u" for c in "ūúǔù"},
                              **{c: "v" for c in "ǖǘǚǜü"}, **{c: "n" for c in "ńňǹ"}, "ḿ": "m"})
# one pinyin syllable (tone taken off, ü written v): initial + final. Sites annotate each
# character, so a group is one syllable, or several separated by spaces
_SYLLABLE = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|er|ia|ie|iu|io|"
    r"ua|uo|ui|ue|ve|a|o|e|i|u|v)|ng|n|m)")


@lru_cache(maxsize=4096)
def _is_pinyin(group: str) -> bool:
    return (group == group.lower() and bool(_TONE_MARK.search(group))
            and all(_SYLLABLE.fullmatch(w.translate(_PLAIN_VOWEL)) for w in group.split()))


def drop_pinyin(text: str) -> str:
    """``text`` without pinyin annotations; real parentheses stay (also Latin words with
    accents: 苏黎世(Zürich), 咖啡(café)).

    >>> drop_pinyin("歡迎進(jìn)入中國(重慶)國際投資")
    '歡迎進入中國(重慶)國際投資'
    """
    if "(" not in text and "（" not in text:
        return text
    return _PINYIN.sub(lambda m: "" if _is_pinyin(m.group(1)) else m.group(), text)


# A lost 'fi'/'ffi' ligature leaves "f i" with spaces: "off i cials", "brief i ngs".
# A lone lowercase "i" between a word ending in f and a lowercase fragment is that
# break; "if i" / "of i" stay (there i may be a careless pronoun).
_LIGATURE = re.compile(r"\b([A-Za-z]*f) i ([a-z]{2,})\b")


def join_ligatures(text: str) -> str:
    """Words broken at a lost fi ligature joined again.

    >>> join_ligatures("government off i cials at brief i ngs, specif i cally")
    'government officials at briefings, specifically'
    >>> join_ligatures("if i can")
    'if i can'
    """
    if " i " not in text:
        return text
    return _LIGATURE.sub(lambda m: m.group() if m.group(1).lower() in ("if", "of")
                         else m.group(1) + "i" + m.group(2), text)


# ------------------------------------------------------------ noise lines

@cache
def noise_patterns() -> re.Pattern:
    """The noise-line regexes of ``data/noise_lines.txt`` as one pattern.

    >>> bool(noise_patterns().search("蜀ICP备11006773号-9"))
    True
    """
    return _load_patterns("noise_lines.txt")


@cache
def end_patterns() -> re.Pattern:
    """The regexes of ``data/end_lines.txt``: lines after which the page holds no more article.

    >>> bool(end_patterns().search("相关新闻")), bool(end_patterns().search("Related News"))
    (True, True)
    """
    return _load_patterns("end_lines.txt")


@cache
def label_patterns() -> re.Pattern:
    """The regexes of ``data/label_lines.txt``: lines naming a site, office or section.

    >>> bool(label_patterns().search("Office of the Governor | Example.gov"))
    True
    """
    return _load_patterns("label_lines.txt")


@lru_cache(maxsize=4096)
def is_site_label(line: str) -> bool:
    """True for a line that names a site, an office or a page section (it may stand
    above a headline and read like one, but is never the headline).

    >>> is_site_label("Nebraska Department of Agriculture"), is_site_label("某某省人民政府")
    (True, True)
    >>> is_site_label("Governor Opens State Trade Office in Shanghai"), is_site_label("两省签署合作框架协议")
    (False, False)
    """
    return len(line) <= LABEL_MAX_CHARS and _line_test("label_lines.txt")(line)


# the separator before a site name that ends a line ("Headline | Example.gov", "标题_中国某某网")
_SITE_SEPARATOR = re.compile(r"\s*[|｜_]\s*|\s[-–—]\s+")


def _has_site_separator(line: str) -> bool:
    """Whether ``_SITE_SEPARATOR`` finds one in ``line``, sooner (the regex opens with \\s*:
    it is tried at every position).

    >>> _has_site_separator("标题_中国某某网"), _has_site_separator("A - B"), _has_site_separator("Sino-US ties")
    (True, True, False)
    """
    m = _SEPARATOR_CHAR.search(line)           # most lines hold none: one scan tells
    if m is None:
        return False
    if m.group() in "|｜_" or "|" in line or "｜" in line or "_" in line:
        return True
    return _SPACED_DASH.search(line, m.start()) is not None


_SEPARATOR_CHAR = re.compile("[|｜_\\-–—]")

# what the second branch of _SITE_SEPARATOR needs: a dash with a space before and after (the
# dash first: a pattern opening with a character set is searched for fast)
_SPACED_DASH = re.compile(r"[-–—](?<=\s[-–—])\s")


def _without_site_name(line: str) -> str:
    """A line that ends with a site name: its headline part, or "" when the rest names
    a site, office or section too (the line is the page's name, not a headline)."""
    cuts = list(_SITE_SEPARATOR.finditer(line))
    end = len(line)
    # site, section and office names come last: cut them off one by one
    while cuts and is_site_label(line[cuts[-1].end():end].strip()):
        end = cuts.pop().start()
    rest = line[:end].strip()
    return rest if rest and is_headline(rest) and not is_site_label(rest) else ""


def _load_patterns(name: str) -> re.Pattern:
    lines = data.text(name).splitlines()
    pats = [x for x in lines if x.strip() and not x.startswith("#")]
    for p in pats:
        re.compile(p)          # a bad line fails here, with its own message
    return re.compile("|".join(f"(?:{_inline_flags(p)})" for p in pats))


@cache
def _line_test(name: str):
    """Whether one of the regexes of ``name`` finds a match in a line: what
    ``_load_patterns(name).search(line) is not None`` says, sooner.

    A long alternation is tried alternative by alternative, so each regex is tried
    only where it can match. Those anchored at the line's start that fail fast there (a
    word or a few characters come first) are tried at the start only, and only those
    whose first character can be the line's. The others (unanchored, or opening with
    ``.{0,60}``, ``[^…]{1,24}``, a lookahead) scan the line: most need some literal text,
    so one automaton pass over the line tells which can match at all, and only those
    run; one needing nothing known always runs.

    >>> _line_test("noise_lines.txt")("蜀ICP备11006773号-9"), _line_test("end_lines.txt")("相关新闻")
    (True, True)
    >>> _line_test("noise_lines.txt")("代表团访问山西。"), _line_test("noise_lines.txt")("© 2020 x.cn")
    (False, True)
    """
    import ahocorasick
    lines = data.text(name).splitlines()
    pats = [x for x in lines if x.strip() and not x.startswith("#")]
    at_start: list[tuple[str, frozenset[str] | None]] = []
    slow, always = [], []
    needs: tuple[dict, dict] = ({}, {})          # word -> regexes needing it: (case kept, lowercased)
    for p in pats:
        tree = _sre_parse(p)
        fold = _folds(tree)
        if _anchored(tree) and not _scans_first(tree, fold):
            at_start.append((p, _first_chars(tree)))
            continue
        test = re.compile(p).match if _anchored(tree) else re.compile(p).search
        required = _required_text(tree, fold)
        if required is None:
            always.append(test)
            continue
        slow.append(test)
        for word in required:
            needs[fold].setdefault(word, []).append(len(slow) - 1)
    automata = []
    for fold, words in enumerate(needs):
        if words:
            automaton = ahocorasick.Automaton()
            for word, found in words.items():
                automaton.add_word(word, tuple(found))
            automaton.make_automaton()
            automata.append((bool(fold), automaton))
    # chars an IGNORECASE regex matches with an ASCII letter where str.lower() gives no such
    # letter (ı, ſ; İ lowers to two chars): on a line holding one every regex runs
    odd = tuple("\u0130" + "".join(chr(v) for k, vs in _casefix_extra().items() if k < 128 for v in vs))
    compiled: dict[tuple[str, ...], object] = {}

    def at_start_for(first: str):
        """The one pattern of the anchored regexes a line opening with ``first`` may match."""
        odd_first = not first or first.isspace() or first in odd
        chosen = tuple(p for p, chars in at_start if chars is None or odd_first or first.lower() in chars)
        if chosen not in compiled:
            compiled[chosen] = re.compile("|".join(f"(?:{_inline_flags(p)})" for p in chosen)).match \
                if chosen else None
        return compiled[chosen]
    by_first: dict[str, object] = {}

    odd_in = re.compile("[" + re.escape("".join(odd)) + "]").search if odd else (lambda line: None)
    odd_ascii = any(c.isascii() for c in odd)
    folds = any(fold for fold, _ in automata)

    def test(line: str) -> bool:
        first = line[:1]
        try:
            quick = by_first[first]
        except KeyError:
            quick = by_first[first] = at_start_for(first)
        if quick is not None and quick(line) is not None:
            return True
        for t in always:
            if t(line) is not None:
                return True
        if not slow:
            return False
        if (odd_ascii or not line.isascii()) and odd_in(line):
            return any(t(line) is not None for t in slow)
        lowered = line.lower() if folds else line
        tried = set()
        for fold, automaton in automata:
            for _, found in automaton.iter(lowered if fold else line):
                for i in found:
                    if i not in tried:       # each regex once, the first to match ends the test
                        if slow[i](line) is not None:
                            return True
                        tried.add(i)
        return False
    return test


def _folds(tree) -> bool:
    """Whether a parsed regex ignores case anywhere."""
    from re import _constants as k
    return bool(tree.state.flags & re.IGNORECASE) or any(
        o is k.SUBPATTERN and a[1] & re.IGNORECASE for op, av in tree for o, a in [(op, av), *_walk(op, av)])


def _first_chars(tree) -> frozenset[str] | None:
    r"""The lowercased characters but spaces a match of a parsed regex can open with, or None
    when they are not few and known (or it can match nothing).

    >>> sorted(_first_chars(_sre_parse(r"^[•·\s]*(电话|Tel)?\s*:")))
    [':', 't', '·', '•', '电']
    """
    chars, empty = _first_of(tree)
    return None if chars is None or empty else frozenset(chars)


def _first_of(tree) -> tuple[set[str] | None, bool]:
    """(first characters, whether it can match nothing) of a parsed regex."""
    from re import _constants as k
    out: set[str] = set()
    for op, av in tree:
        if op is k.AT:
            continue
        if op is k.LITERAL:
            chars, empty = ({chr(av).lower()} if _plain_char(chr(av)) else None), False
        elif op is k.IN:
            spaces = [(o, v) for o, v in av if o is k.CATEGORY and v in (k.CATEGORY_SPACE, k.CATEGORY_UNI_SPACE)]
            rest = [chr(v) for o, v in av if o is k.LITERAL and _plain_char(chr(v))]
            # a line opening with a space is tried on every regex: spaces need no listing
            chars, empty = ({c.lower() for c in rest} if len(rest) + len(spaces) == len(av) else None), False
        elif op is k.SUBPATTERN:
            chars, empty = _first_of(av[3])
        elif op is k.BRANCH:
            found = [_first_of(b) for b in av[1]]
            chars = None if any(c is None for c, _ in found) else set().union(*(c for c, _ in found))
            empty = any(e for _, e in found)
        elif op in (k.MAX_REPEAT, k.MIN_REPEAT, k.POSSESSIVE_REPEAT):
            chars, empty = _first_of(av[2])
            empty = empty or av[0] == 0
        else:
            chars, empty = None, False
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _scans_first(tree, fold: bool = True) -> bool:
    """Whether a parsed regex may step over many characters (``.{0,60}``, ``[^…]+``, a
    lookahead) before the first literal text it needs: tried at one position, it still
    costs as much as a search."""
    for op, av in tree:
        if _is_broad(op, av) or any(_is_broad(o, a) for o, a in _walk(op, av)):
            return True
        if _required_text([(op, av)], fold) is not None:
            return False
    return True


def _is_broad(op, av) -> bool:
    from re import _constants as k
    return op in (k.ANY, k.NOT_LITERAL, k.ASSERT, k.ASSERT_NOT) or (op is k.IN and av and av[0][0] is k.NEGATE)


def _walk(op, av):
    """Every (op, argument) inside one parsed regex item."""
    from re import _constants as k
    subs = []
    if op is k.SUBPATTERN:
        subs = [av[3]]
    elif op in (k.MAX_REPEAT, k.MIN_REPEAT, k.POSSESSIVE_REPEAT):
        subs = [av[2]]
    elif op is k.BRANCH:
        subs = av[1]
    elif op is k.ATOMIC_GROUP:
        subs = [av]
    elif op in (k.ASSERT, k.ASSERT_NOT):
        subs = [av[1]]
    for sub in subs:
        for o, a in sub:
            yield o, a
            yield from _walk(o, a)


def _casefix_extra() -> dict[int, tuple[int, ...]]:
    from re import _casefix          # the extra IGNORECASE equivalences of the standard library
    return _casefix._EXTRA_CASES


def _plain_char(c: str) -> bool:
    """A char whose IGNORECASE matches str.lower() finds: ASCII, or one without case."""
    return c.isascii() or c.lower() == c == c.upper()


def _required_text(tree, fold: bool = True) -> frozenset[str] | None:
    r"""Strings one of which every match of a parsed regex holds, or None when nothing
    useful is known; lowercased when ``fold`` (the regex ignores case somewhere). The
    strongest found wins (the longest shortest string); one or two ASCII letters or
    digits are too common to tell anything.

    >>> sorted(_required_text(_sre_parse(r"(?i)^[•·\s]*(Tel|phone)\s*:")))
    ['phone', 'tel']
    >>> sorted(_required_text(_sre_parse(r"^.{0,40}(©|\(c\)\s*\d{4})")))
    ['(c)', '©']
    >>> sorted(_required_text(_sre_parse(r"[\w-]+\.(gov|cn)(\.[a-z]{2})?$")))
    ['.cn', '.gov']
    >>> _required_text(_sre_parse(r"^.{0,20}[^a]+$")), _required_text(_sre_parse(r"\b(a[kl]|c[ao])\s+\d{5}"))
    (None, None)
    >>> sorted(_required_text(_sre_parse(r"\b(A[KL]|C[AO])\s+\d{5}"), fold=False))
    ['AK', 'AL', 'CA', 'CO']
    """
    from re import _constants as k
    best: frozenset[str] | None = None

    def consider(found) -> None:
        nonlocal best
        if not found or "" in found or any(len(w) <= 2 and w.isascii() and (w.islower() or w.isdigit())
                                           for w in found):
            return
        if best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best)):
            best = frozenset(found)
    run: set[str] | None = None        # the exact strings the items since the last gap spell
    for op, av in tree:
        exact = _exact_text([(op, av)], fold)
        if exact is not None:
            if run is not None and len(run) * len(exact) <= _MAX_SPELLINGS:
                run = {a + b for a in run for b in exact}
            else:
                consider(run)
                run = set(exact)
            continue
        consider(run)
        run = None
        if op is k.SUBPATTERN:
            consider(_required_text(av[3], fold))
        elif op is k.ATOMIC_GROUP:
            consider(_required_text(av, fold))
        elif op is k.BRANCH:
            alternatives = [_required_text(b, fold) for b in av[1]]
            consider(None if None in alternatives else frozenset().union(*alternatives))
        elif op in (k.MAX_REPEAT, k.MIN_REPEAT, k.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_required_text(av[2], fold))
    consider(run)
    return best


_MAX_SPELLINGS = 64


def _exact_text(tree, fold: bool = True) -> set[str] | None:
    """The strings a parsed regex matches (lowercased when ``fold``), when they are few
    (and, folded, of characters str.lower() treats as the regex does); else None."""
    from re import _constants as k
    out = {""}
    for op, av in tree:
        if op is k.LITERAL and (_plain_char(chr(av)) or not fold):
            item = {chr(av).lower() if fold else chr(av)}
        elif op is k.IN and all(o is k.LITERAL and (_plain_char(chr(v)) or not fold) for o, v in av):
            item = {chr(v).lower() if fold else chr(v) for _, v in av}
        elif op is k.AT:
            item = {""}           # an anchor or \b takes no characters
        elif op is k.SUBPATTERN:
            item = _exact_text(av[3], fold)
        elif op is k.BRANCH:
            alternatives = [_exact_text(b, fold) for b in av[1]]
            item = None if None in alternatives else set().union(*alternatives)
        else:
            item = None
        if item is None or len(out) * len(item) > _MAX_SPELLINGS:
            return None
        out = {a + b for a in out for b in item}
    return out


def _sre_parse(p: str):
    from re import _parser          # the regex parser of the standard library (sre_parse)
    return _parser.parse(p)


def _anchored(tree, multiline: bool | None = None) -> bool:
    """Whether every match of a parsed regex begins at the start of the string (``^``
    without MULTILINE, in every branch).

    >>> [_anchored(_sre_parse(p)) for p in ("^a|^b", "(?i)^(a|b)", "^a|b", "(?m)^a", "(?m:^a)", "a^")]
    [True, True, False, False, False, False]
    """
    from re import _constants as k
    if multiline is None:
        multiline = bool(tree.state.flags & re.MULTILINE)
    if not len(tree):
        return False
    op, av = tree[0]
    if op is k.AT:
        return av is k.AT_BEGINNING and not multiline
    if op is k.BRANCH:
        return all(_anchored(b, multiline) for b in av[1])
    if op is k.SUBPATTERN:
        _, add, drop, sub = av
        return _anchored(sub, (multiline or bool(add & re.MULTILINE)) and not drop & re.MULTILINE)
    return False


def _inline_flags(p: str) -> str:
    # global flags like (?i) must move into a scoped group when patterns are joined
    m = re.match(r"\(\?([aiLmsux]+)\)", p)
    return f"(?{m.group(1)}:{p[m.end():]})" if m else p


def is_noise(line: str) -> bool:
    """True for a line that is page furniture (navigation, footer, widget, credit).

    >>> is_noise("Copyright 2020 example.cn All Rights Reserved"), is_noise("代表团访问山西。")
    (True, False)
    """
    return len(line) <= NOISE_MAX_CHARS and _line_test("noise_lines.txt")(line)


# --------------------------------------------------------------- URLs

_URL_LINE = re.compile(r"^(?:(?:https?:)?//|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu|us|info)"
                       r"(?:\.[a-z]{2})?(?:/\S*)?$", re.I)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)")
_IMAGE_URL = re.compile(r"(?i)\.(jpe?g|png|gif|webp|bmp|svg)([!?#/].*)?$|wx_fmt=|/mmbiz|/image|/img|/pic|/photo")
_LEAD_LABEL = re.compile(r"(?i)^[【\[]?\s*(核心提示|内容提要|提要|摘要|导读|导语|编者按|summary|abstract)\s*[】\]]?\s*[:：]\s*")
_PAGE_URL = re.compile(r"(?i)^(?:https?://|www\.)[^/\s]+/\S+\.(?:s?html?|php|aspx?|jsp)(?:[?#]\S*)?$")
_SOURCE_URL = re.compile(r"(?i)^(?:source|原文(?:链接|地址)|来源|文章来源|原文)\s*[:：]\s*((?:https?://|www\.)\S+)\s*$")


# a reporter credit in parentheses inside a paragraph: 本报讯（记者 某某 通讯员 某某）
_NAME_ZH = r"[\u4e00-\u9fff·]{2,5}"
_CREDITS_ZH = (r"(?:(?:本报|本台|本刊|特约|首席|见习|实习)?(?:记者|通讯员|实习生|摄影记者|摄影)\s*[:：]?\s*"
               + _NAME_ZH + r"(?:[\s、，,]+" + _NAME_ZH + r")*[\s、，,；;]*)+(?:摄|报道)?")
_CREDIT_ZH = re.compile(r"\s*[（(]\s*" + _CREDITS_ZH + r"\s*[）)]\s*")
# or a line of its own without parentheses: "本报记者 某某 通讯员 某某"
_CREDIT_LINE_ZH = re.compile(_CREDITS_ZH + r"\s*")


# a photo credit ending a caption: "图为签约现场。某某日报记者 某某 摄", "… 记者 某某 摄"
_PHOTO_CREDIT_ZH = re.compile(r"(?:(?<=[。！？.!?\s])|^)(?:[\u4e00-\u9fff]{0,8}?(?:记者|通讯员|摄影记者|摄影)\s*)?"
                              + _NAME_ZH + r"(?:[\s、]+" + _NAME_ZH + r")*\s+摄\s*$")


def drop_credits(line: str) -> str:
    """``line`` without parenthesised reporter credits (a separate line of one becomes "")
    and without the photographer's credit ending a caption.

    >>> drop_credits("本报讯（记者 王某某 通讯员 李某）昨天，推介会举行。"), drop_credits("（记者 张某某）")
    ('本报讯 昨天，推介会举行。', '')
    >>> drop_credits("会议（记者从省商务厅获悉）举行。"), drop_credits("图为签约现场。某某日报记者 张某某 摄")
    ('会议（记者从省商务厅获悉）举行。', '图为签约现场。')
    """
    if "记者" not in line and "通讯员" not in line and "实习生" not in line and "摄" not in line:
        return line
    if line.endswith("摄"):
        line = _PHOTO_CREDIT_ZH.sub("", line)
    if _CREDIT_LINE_ZH.fullmatch(line):
        return ""
    return _CREDIT_ZH.sub(" ", line).strip()


def is_image_url(url: str) -> bool:
    """True for the URL of an image.

    >>> is_image_url("http://a.cn/x/640?wx_fmt=jpeg"), is_image_url("http://a.cn/news/1.html")
    (True, False)
    """
    return bool(_IMAGE_URL.search(url))


# ---------------------------------------------------------------- dates

_MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], 1) for m in names}
_MONTH_RE = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    # 2016-09-28, 2024/01/29, 2016.9.28, 2017年9月17日 (optionally a time after). (No digit
    # before the year is looked behind for after it, as (?<!\d{5}): a pattern opening with
    # its year is searched for fast, one opening with a lookbehind is tried everywhere)
    re.compile(r"(?P<y>(?:19|20)\d{2})(?<!\d{5})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?!\d)(?:日|号)?"),
    # 05/20/2019 (US order: month first)
    re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])"),
    # 21-12-06 18:29: a two-digit year only when a clock time follows
    re.compile(r"(?<![\d-])(?P<yy>\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?=\s+\d{1,2}:\d{2})"),
    # Jul 3, 2019 / Sept. 16, 2017 / September 16 2017
    re.compile(r"(?i)\b" + _MONTH_RE + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b"),
    # 16 September 2017
    re.compile(r"(?i)\b(?P<d>\d{1,2})\s+" + _MONTH_RE + r",?\s+(?P<y>(?:19|20)\d{2})\b"),
    # 2017年9月 (month only)
    re.compile(r"(?P<y>(?:19|20)\d{2})(?<!\d{5})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d)"),
]
_URL_DATES = [
    re.compile(r"/t?(?P<y>(?:19|20)\d{2})[-/_]?(?P<m>[01]\d)[-/_]?(?P<d>[0-3]\d)(?=[/_.]|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)/(?P<d>[0-3]\d)/"),
    re.compile(r"/t?(?P<y>(?:19|20)\d{2})[-/_]?(?P<m>[01]\d)(?=/)"),
]


def _iso(y: str | None, m: str | None, d: str | None) -> str:
    if not y:
        return ""
    if m and not 1 <= int(m) <= 12:
        return ""
    if d and not 1 <= int(d) <= 31:
        return ""
    return "-".join([y] + ([f"{int(m):02d}"] if m else []) + ([f"{int(d):02d}"] if m and d else []))


# chars an IGNORECASE month name may be spelt with: ASCII letters, and those the regex
# engine folds to one (ſ is s, ı and İ are i, the Kelvin sign is k)
_LATIN_LIKE = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")


def _has_space(s: str) -> bool:
    """Whether ``s`` holds a character ``\\s`` matches (every one but the space is unprintable).

    >>> _has_space("2019年5月"), _has_space("May 3"), _has_space("May\u20033"), _has_space("a\u2028b")
    (False, True, True, True)
    """
    return " " in s or not s.isprintable()


def _has_year(s: str) -> bool:
    return "19" in s or "20" in s


# what each of _DATE_PATTERNS needs, tested cheaply: most lines lack it (a year, a slash, 年,
# a space and a letter for a month's name)
_DATE_NEEDS = (
    _has_year,
    lambda s: "/" in s and _has_year(s),
    lambda s: "-" in s and ":" in s,
    lambda s: _has_year(s) and _has_space(s) and _LATIN_LIKE.search(s) is not None,
    lambda s: _has_year(s) and _has_space(s) and _LATIN_LIKE.search(s) is not None,
    lambda s: "年" in s and _has_year(s),
)


def _date_patterns_in(s: str) -> list[re.Pattern]:
    """The patterns of ``_DATE_PATTERNS`` that may match in ``s``, in their order.

    >>> len(_date_patterns_in("代表团访问山西")), len(_date_patterns_in("2019年5月20日")), len(_date_patterns_in("May 3, 2019"))
    (0, 2, 3)
    """
    return [pat for pat, needs in zip(_DATE_PATTERNS, _DATE_NEEDS) if needs(s)]


@lru_cache(maxsize=4096)
def find_date(s: str) -> str:
    """The first date written in ``s`` as partial ISO, or "".

    >>> find_date("發布日期:2016-09-28"), find_date("21-12-06 18:29"), find_date("Updated: Jul 3, 2019")
    ('2016-09-28', '2021-12-06', '2019-07-03')
    >>> find_date("Posted: 05/20/2019")
    '2019-05-20'
    """
    if "19" not in s and "20" not in s and ":" not in s:
        return ""                    # every pattern needs a year (19xx, 20xx) or a clock time
    best: tuple[int, str] | None = None
    for pat in _date_patterns_in(s):
        m = pat.search(s)
        if not m:
            continue
        g = m.groupdict()
        y = g.get("y") or ("20" + g["yy"] if g.get("yy") else None)
        mon = g.get("m") or (str(_MONTHS[g["mon"].lower()]) if g.get("mon") else None)
        iso = _iso(y, mon, g.get("d"))
        if iso and (best is None or m.start() < best[0]):
            best = (m.start(), iso)
    return best[1] if best else ""


# A dateline opening a story's first paragraph. English: the city in capitals, maybe its
# state ("FRANKFORT, Ky."), then the date, maybe in parentheses and maybe without the year,
# maybe the wire's name, then a dash: "CITY, St. (May 21, 2019) –", "CITY, May 12 (Xinhua) --".
_DATELINE_EN = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.]{0,12}(?:\s+[A-Z][A-Za-z.]{0,12})?)?"
    r"\s*(?:[,(（]|[–—-]{1,2})?\s*(?i:" + _MONTH_RE + r")\s+(?P<d>\d{1,2})(?:,?\s+(?P<y>(?:19|20)\d{2}))?"
    r"\s*(?:[(（][A-Za-z .]{2,30}[)）]|/[A-Za-z .]{2,30}/)?\s*[)）]?\s*(?:[–—-]{1,2}|:)")
# Chinese: the paper or agency, the city, month and day, then 电/讯 ("本报北京9月6日电")
_DATELINE_ZH = re.compile(
    r"^(?:[【\[][^】\]]{0,12}[】\]])?\s*(?:本报|本刊|本台|本网|新华社|中新社|中新网|[\u4e00-\u9fff]{2,8}(?:报|网|社|台))"
    r"(?:[\u4e00-\u9fff]{1,8}?)?(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|讯)")


def dateline_date(line: str) -> str:
    """The date of the dateline opening ``line``: ``YYYY-MM-DD``, or ``--MM-DD`` when
    the dateline gives no year; "" when there is none.

    >>> dateline_date("SPRINGFIELD, Ill. (June 2, 2020) – The governor today signed a pact.")
    '2020-06-02'
    >>> dateline_date("SHENZHEN, March 8 (Xinhua) -- A trade delegation arrived."), dateline_date("本报长沙3月8日电 记者报道")
    ('--03-08', '--03-08')
    >>> dateline_date("MADISON, Wis. – The governor led a mission."), dateline_date("On May 3 the delegation arrived.")
    ('', '')
    """
    m = _DATELINE_EN.match(line)
    if m:
        mon = _MONTHS[m.group("mon").lower()]
    else:
        m = _DATELINE_ZH.match(line)
        if not m:
            return ""
        mon = int(m.group("m"))
    day = int(m.group("d"))
    if not (1 <= mon <= 12 and 1 <= day <= 31):
        return ""
    return f"{m.group('y') or '-'}-{mon:02d}-{day:02d}"


def _with_dateline(published: str, dateline: str) -> str:
    """The publication date sharpened by a dateline: a dateline with its year stands when
    nothing else dates the page; one without a year only adds to a year (or its month)
    known from elsewhere."""
    if not dateline:
        return published
    if not published:
        return dateline if not dateline.startswith("-") else ""
    year_known = len(published) == 4 or (len(published) == 7 and published[5:7] == dateline[-5:-3])
    if year_known:
        return published[:4] + dateline[-6:]
    return published


def date_of_url(url: str) -> str:
    """The date a dated URL path holds (partial ISO), or "".

    >>> date_of_url("http://x.cn/article/201510/20151001132883.shtml")
    '2015-10'
    >>> date_of_url("http://cdslxx.cn/cn/edu/202309/t20230906_7480283.html")
    '2023-09-06'
    >>> date_of_url("http://gansu.x.cn/system/2021/12/06/012679551.shtml")
    '2021-12-06'
    """
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    m = re.search(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]\d)(?:/(?P<d>[0-3]\d))?/", path)
    if m:
        return _iso(m["y"], m["m"], m["d"])
    found = [_iso(m["y"], m["m"], m.groupdict().get("d")) for pat in _URL_DATES for m in pat.finditer(path)]
    return max(found, key=len, default="")   # the most specific: /202309/t20230906_ is 2023-09-06


# ------------------------------------------------------------ metadata lines

# a line opening with one of these labels is metadata, whatever follows
_META_LABEL = re.compile(
    r"(?i)(发布|发表|发稿|成文|印发|更新|上传|出版|刊发|录入)?(日期|时间)\s*[:：]|来源\s*[:：]|作者\s*[:：]|编辑\s*[:：]|"
    r"(浏览|阅读|点击|访问)(次数|量|数)?\s*[:：]|热度\s*[:：]|人气\s*[:：]|字号|"
    r"(updated|posted|published|released|date|source|author)\s*:")
# words that make a line holding a date a metadata line (a byline, "Updated Jul 3, 2019")
_META_WORD = re.compile(r"(?i)来源|作者|编辑|记者|浏览|阅读|点击|发布|更新|\b(updated|posted|published|released|"
                        r"source|by|editor|print)\b")
_PUBLISHER = re.compile(r"(?:来源|Source)\s*[:：]\s*([^\s|｜】\]）)]{2,40}?)(?=\s|$|\||｜|[】\]）)]|作者|编辑|浏览|时间|日期|发布)", re.I)
_BYLINE = re.compile(r"\bBy\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s")


def _has_byline(line: str) -> bool:
    """Whether ``line`` holds a byline ("By Jane Doe | Xinhua"); the regex (slow to search:
    it opens with \\b) runs only on lines holding "By".

    >>> _has_byline("By Chen Zhangping | Xinhua"), _has_byline("Nearby Ohio farms")
    (True, False)
    """
    return "By" in line and _BYLINE.search(line + " ") is not None
# the name of a news outlet beside a date: a domain, a Chinese media name, a short English name
_OUTLET = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu)(?:\.[a-z]{2})?|"
                     r"[\u4e00-\u9fff]{1,10}(?:网|报|社|台|新闻|在线|客户端)(?:讯|电)?|(?:[A-Z][\w.&'-]*\s?){1,4}")
# a wire-style place heading a date line: "CHARLESTON, S.C." or "HANNOVER, Germany"
_PLACE_HEADING = re.compile(r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.]{0,12}(?:\s+[A-Z][A-Za-z.]{0,12})?)?")
_LABEL_SPLIT = re.compile(r"\s*[|｜]\s*")
# an office or outlet named in full beside a date, after a bar ("November 6, 2019 | Governor's
# Office of Economic Development"): capitalised words joined by of/the/and/for
_OUTLET_NAMED = re.compile(r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|for|&)){0,9}")
_DATE_AND_OUTLET = re.compile(r"^[^|｜]*\d[^|｜]*[|｜]\s*(?P<o>[^|｜]+?)\s*$")
_SECTION_WORD = re.compile(r"(?i)^(press|news|media)\b")
_TRAILING_DATE = re.compile(r"[\s(（\[【]+(?:19|20)\d{2}\s*(?:[-/.]|年)\s*\d{1,2}\s*(?:[-/.]|月)\s*\d{1,2}日?"
                            r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[)）\]】]?$")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(:\d{2})?\b")
# the day of the week beside a date ("2024年7月20日 星期六", "Sat., July 20, 2024")
_WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]|(?i:\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|"
                      r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)")


@lru_cache(maxsize=4096)
def is_meta_line(line: str) -> bool:
    """True for a short line of article metadata only: dates, source, views, author.

    >>> is_meta_line("发布时间:2023-09-06 09:47:00来源: 西藏日报"), is_meta_line("2024/01/29")
    (True, True)
    >>> is_meta_line("2024年7月20日 星期六"), is_meta_line("Saturday, July 20, 2024 / 2024年7月20日 星期六")
    (True, True)
    >>> is_meta_line("12月15日,河南省首批从美国堪萨斯州进口5500吨大豆线上启运仪式举行。")
    False
    >>> is_meta_line("By the end of 2020, the two sides will open a new route.")
    False
    """
    if len(line) > 120:
        return False
    if _META_LABEL.match(line):
        return True
    date = find_date(line)
    if not date:                     # past the labels, only a line holding a date is metadata
        return False
    rest = _without_dates(line)
    if _has_meta_label(rest) or _META_WORD.search(rest):
        return True
    # a line that is nothing but a date (and a time), or a date and the outlet's name
    rest = rest.strip(_EDGE_CHARS)
    return (not rest or _is_outlet_or_labels(rest) or bool(_outlet_beside_date(line)))


# what may stand around a date on a line of metadata: spaces (what \s matches), colons,
# bars, dashes, commas, brackets
_EDGE_CHARS = ":：/|｜-—–,()（）[]【】" + "".join(c for c in map(chr, range(0x3001)) if c.isspace())
_WEEKDAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _without_dates(line: str) -> str:
    """``line`` with its dates, clock times and weekdays made spaces; a pattern is tried only
    where the text it needs is there (the same result, sooner).

    >>> _without_dates("发布时间：2010-05-19 10:53:00 星期三 来源：青海日报")
    '发布时间：      来源：青海日报'
    >>> _without_dates("Updated: Tue., Jul 3, 2019")
    'Updated:  ,  '
    """
    rest = _dates_blanked(line)
    if ":" in rest:
        rest = _TIME.sub(" ", rest)
    if _may_name_weekday(rest):
        rest = _WEEKDAY.sub(" ", rest)
    return rest


def _dates_blanked(s: str) -> str:
    """``s`` with what each of ``_DATE_PATTERNS`` matches, in turn, made a space (a pattern
    runs only where what it needs is left: a date made a space may make room for the next)."""
    for pat, needs in zip(_DATE_PATTERNS, _DATE_NEEDS):
        if needs(s):
            s = pat.sub(" ", s)
    return s


def _may_name_weekday(s: str) -> bool:
    """False where ``_WEEKDAY`` cannot match: no 星期/周/礼拜, and no weekday's first three
    letters (in any case; ı and ſ are i and s to the regex, str.lower keeps them)."""
    if "星期" in s or "周" in s or "礼拜" in s or "\u0131" in s or "\u017f" in s:
        return True
    low = s.lower()
    return any(stem in low for stem in _WEEKDAY_STEMS)


def _has_meta_label(s: str) -> bool:
    """What ``bool(_META_LABEL.search(s))`` says; every label but 字号 needs a colon."""
    return (":" in s or "：" in s or "字号" in s) and _META_LABEL.search(s) is not None


def _is_outlet_or_labels(rest: str) -> bool:
    """True when what stands beside a date is only an outlet's name, a wire-style place
    heading, or a few bar-separated section labels ("Xinhua English | Business").

    >>> _is_outlet_or_labels("星暹日报讯"), _is_outlet_or_labels("CHARLESTON, S.C."), _is_outlet_or_labels("Xinhua English | Business")
    (True, True, True)
    >>> _is_outlet_or_labels("The delegation signed three agreements")
    False
    """
    if _OUTLET.fullmatch(rest) or _PLACE_HEADING.fullmatch(rest):
        return True
    parts = [p for p in _LABEL_SPLIT.split(rest) if p]
    return len(parts) > 1 and all(_OUTLET.fullmatch(p) for p in parts)


def _outlet_beside_date(line: str) -> str:
    """The office or outlet a bar sets beside a date ("May 3, 2019 | Example Office of Trade"), or ""."""
    m = _DATE_AND_OUTLET.match(line) if "|" in line or "｜" in line else None
    name = m.group("o") if m else ""
    if not name or find_date(name) or _META_WORD.search(name) or _META_LABEL.search(name) \
            or _SECTION_WORD.match(name):
        return ""
    return name if _OUTLET_NAMED.fullmatch(name) or _OUTLET.fullmatch(name) else ""


def publisher_of(line: str) -> str:
    """The publisher named after a 来源/Source label, or "" (also when the label follows
    running text, as a photo credit in a caption does).

    >>> publisher_of("发布日期:2016-09-28    来源:四川经济日报  浏览次数:426")
    '四川经济日报'
    >>> publisher_of("Habib speaking in Chengdu. Source: scwqb.gov.cn")
    ''
    >>> publisher_of("June 2, 2020 | Example Office of Economic Development")
    'Example Office of Economic Development'
    """
    m = _PUBLISHER.search(line)
    if not m:
        return _outlet_beside_date(line) if find_date(line) else ""
    prefix = _dates_blanked(line[:m.start()])
    if ":" in prefix:
        prefix = _TIME.sub(" ", prefix)
    if _has_meta_label(prefix):
        prefix = _META_LABEL.sub(" ", prefix)
    return "" if _NOT_LABEL_FILLER.search(prefix) else m.group(1)


# a character other than spaces, digits and punctuation: running text before a 来源/Source label
_NOT_LABEL_FILLER = re.compile(r"[^\s:：|｜\-—,.()（）\[\]【】\d]")


# ------------------------------------------------------------ language

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=4096)       # asked of a line by several tests (language, body, weight)
def han_count(line: str) -> int:
    """The number of Chinese characters in ``line`` (counted by runs: fewer matches to make).

    >>> han_count("代表团 visited 山西"), latin_count("代表团 visited 山西")
    (5, 7)
    """
    if line.isascii():
        return 0
    # the high byte of each UTF-16 unit tells a Chinese character (surrogates never do): bytes
    # methods count them without making a string of each run; only U+4D00-4DFF, where the class
    # ends inside the block, needs the regex
    high = line.encode("utf-16-le", "surrogatepass")[1::2]
    if b"\x4d" in high:
        return sum(map(len, _HAN_RUN.findall(line)))
    return len(high.translate(None, _NOT_HAN_HIGH_BYTES))


_NOT_HAN_HIGH_BYTES = bytes(b for b in range(256) if not (0x34 <= b <= 0x4c or 0x4e <= b <= 0x9f or b in (0xf9, 0xfa)))


def latin_count(line: str) -> int:
    """The number of ASCII letters in ``line``."""
    ascii_part = line.encode("ascii", "ignore")
    return len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))


@lru_cache(maxsize=4096)
def line_language(line: str) -> str:
    """``zh``, ``en`` or "" (neither) for one line, by script weight.

    >>> line_language("代表团访问山西"), line_language("The delegation visited Shanxi."), line_language("2024")
    ('zh', 'en', '')
    """
    return _language_by_counts(han_count(line), latin_count(line))


def _language_by_counts(han: int, latin: int) -> str:
    """``zh``, ``en`` or "" for a line of ``han`` Chinese characters and ``latin`` ASCII letters."""
    if han * 3 >= latin and han:
        return "zh"
    if latin >= 3:
        return "en"
    return ""


def chinese_variant(text: str) -> str:
    """``zh-Hant`` when traditional-only characters outnumber simplified-only ones, else ``zh-Hans``.

    >>> chinese_variant("經貿合作交流"), chinese_variant("经贸合作交流")
    ('zh-Hant', 'zh-Hans')
    """
    n_trad, n_simp = variant_counts(text)
    return "zh-Hant" if n_trad > n_simp else "zh-Hans"


#: The smaller language must hold this share of the weighted text for ``mixed``.
MIXED_SHARE = 0.2


def _weight(line: str, lang: str) -> int:
    # a Chinese character carries about as much as three Latin letters
    return han_count(line) * 3 if lang == "zh" else latin_count(line)


def language_of(lines: list[str]) -> tuple[str, list[str]]:
    """(article language, per-line zh/en/"" labels) of the original (unconverted) lines.

    >>> language_of(["經貿合作", "Trade cooperation between the two sides grows"])[0]
    'mixed'
    """
    labels = []
    zh = en = 0
    for x in lines:       # each line's counts once: they give its label and its weight (see _weight)
        han, latin = han_count(x), latin_count(x)
        lab = _language_by_counts(han, latin)
        labels.append(lab)
        if lab == "zh":
            zh += han * 3
        elif lab == "en":
            en += latin
    total = zh + en
    if not total:
        return "", labels
    if min(zh, en) / total >= MIXED_SHARE:
        return "mixed", labels
    if en > zh:
        return "en", labels
    return chinese_variant("".join(x for x, lab in zip(lines, labels) if lab == "zh")), labels


# ------------------------------------------------------------- headline

_KICKER = re.compile(r"(?i)^(news|exclusive|breaking|update|opinion|feature|analysis|photos?|video|"
                     r"快讯|独家|视频|图文|专题|要闻|新闻)\s*[:：|｜]\s*")
_SENTENCE_END = re.compile(r"[。．.!！？;；:：…]$")
_SENTENCE_END_CHARS = "。．.!！？;；:：…"


def _ends_sentence(line: str) -> bool:
    r"""What ``_SENTENCE_END.search(line)`` says, without trying every position.

    >>> _ends_sentence("签约。"), _ends_sentence("签约。\n"), _ends_sentence("签约"), _ends_sentence("")
    (True, True, False, False)
    """
    end = line[:-1] if line.endswith("\n") else line
    return bool(end) and end[-1] in _SENTENCE_END_CHARS


@lru_cache(maxsize=4096)
def is_headline(line: str) -> bool:
    """True for a line that reads as a headline: short, not a sentence, no list of clauses.

    >>> is_headline("纽约州商务代表团访问山西"), is_headline("本次访问交流非常成功,为彼此的深入合作奠定了基础。")
    (True, False)
    >>> is_headline("The celebration of the 40th anniversary of the relations between Hubei and Ohio was held")
    True
    """
    lang = line_language(line)
    if not lang or _ends_sentence(line):
        return False
    if lang == "zh":
        if not (6 <= len(line) <= 60 and sum(map(line.count, ",，;；。")) <= 1):
            return False
    elif not (3 <= len(line.split()) <= 25 and line.count(".") <= 2):
        return False
    return not is_meta_line(line)     # the dearest test last: most lines fail a cheap one first


def _is_label(line: str) -> bool:
    """A short name line (site, section, column), not a headline."""
    if is_site_label(line):
        return True
    return not is_headline(line) and not _ends_sentence(line) and (
        han_count(line) <= 8 if line_language(line) == "zh" else len(line.split()) <= 4)


# a Chinese kicker (引题/肩题) above the main headline: two to four short set phrases and
# no event told ("深化合作 共谋发展"), or a lead-in ending in a dash
_KICKER_ZH = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:[\s，,、·]+[\u4e00-\u9fff]{2,8}){1,3}$|[—–-]{1,2}$")


@cache
def _zh_event_words() -> re.Pattern:
    """The Chinese event words of ``data/event_triggers.csv`` (访问, 会见, 签署, 座谈会 …) as one regex."""
    words = [r["trigger"] for r in data.rows("event_triggers.csv") if r["lang"] == "zh"]
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _is_kicker(line: str, below: str) -> bool:
    """True for a Chinese kicker (引题) over the headline ``below``: set phrases ("深化合作 共谋发展"),
    or a short line telling no event above a longer one that tells one ("携手共建“一带一路”")."""
    if line_language(line) != "zh":
        return False
    if _KICKER_ZH.search(line):
        return True
    events = _zh_event_words()
    return len(line) <= 12 and len(below) > len(line) and not events.search(line) and bool(events.search(below))


def _main_headline(cands: list[int], lines: list[str]) -> int:
    """The main headline among consecutive headline-like lines of a page's head: the first,
    unless it is a kicker over another one; a section name glued to the next line gives
    way to it. The lines after it (sub-headlines) stay in the text."""
    k = 0
    if len(cands) > 1 and _is_kicker(lines[cands[0]], lines[cands[1]]):
        k = 1
    while k + 1 < len(cands) and lines[cands[k]].endswith(lines[cands[k + 1]]) \
            and lines[cands[k]] != lines[cands[k + 1]]:
        k += 1
    return cands[k]


@lru_cache(maxsize=4096)
def _is_body(line: str) -> bool:
    """A paragraph of running text (ends the headline zone)."""
    # the length test first: short lines (most of a page's head) need no headline test
    return (han_count(line) >= 30 or len(line.split()) >= 25) and not is_headline(line)


def choose_headline(lines: list[str], labels: list[str], meta_at: int | None = None) -> int | None:
    """Index of the headline among the cleaned lines, or None.

    In the head (the lines before the first paragraph of running text) the headline is
    the first headline-like line that names no site, office or section, before the first
    metadata line (date, source) if there is one; a kicker (引题) above it and a line that
    ends with the next line (a section name glued to the headline) give way to the next
    line; sub-headlines below it are not the headline. A bilingual article whose
    first part has none may have one at the start of its second part. ``meta_at``: the
    index the first (already removed) metadata line had among ``lines``.

    >>> choose_headline(["News and Policies", "Jilin, Gangwon-do celebrate 25th anniversary"], ["en", "en"], 2)
    1
    >>> choose_headline(["星岛日报 Sing Tao Daily", "两省签署合作框架协议", "两省代表出席。"], ["zh", "zh", "zh"], 1)
    1
    """
    def pick(start: int) -> int | None:
        head = []
        for i in range(start, min(len(lines), start + 40)):
            if _is_body(lines[i]):
                break
            head.append(i)
        meta = next((i for i in head if is_meta_line(lines[i]) or _has_byline(lines[i])), None)
        if start == 0 and meta_at is not None and (meta is None or meta_at <= meta) \
                and (not head or meta_at <= head[-1] + 1):
            meta = meta_at
        if meta is not None:
            cands = [i for i in head if i < meta and is_headline(lines[i])]
            named = [i for i in cands if not is_site_label(lines[i])]
            if named:
                return _main_headline(named, lines)
            # only site names above the date line (masthead, date, headline): the headline follows it
            after = [i for i in head if i >= meta and is_headline(lines[i]) and not is_site_label(lines[i])]
            if cands and after and all(is_site_label(lines[i]) for i in cands):
                return after[0]
            # a lone headline-like line stays the headline even when it reads like a name
            return cands[-1] if cands else None
        first = start
        # a site or section name ("中国甘肃网", "News") may stand above the headline
        while first in head and first + 1 in head and _is_label(lines[first]):
            first += 1
        if head and first in head and is_headline(lines[first]):
            run = [first]
            while run[-1] + 1 in head and is_headline(lines[run[-1] + 1]):
                run.append(run[-1] + 1)
            return _main_headline(run, lines)
        return None

    if not lines:
        return None
    found = pick(0)
    if found is None and "zh" in labels and "en" in labels:
        first = next((lab for lab in labels if lab), "")
        switch = next((i for i, lab in enumerate(labels) if lab and lab != first), None)
        if switch is not None:
            found = pick(switch)
    return found


# -------------------------------------------------------------- the steps

_TAGS = re.compile(r"(?i)</(?:p|div|span|td|li|strong|h[1-6])>|<br\s*/?>|<p[\s>]")


def _text_of(raw: RawArticle) -> tuple[str, str, dict]:
    """(text, encoding, metadata from the page) of a raw article; raises DecodeError."""
    if isinstance(raw.data, str):
        text, encoding = raw.data, raw.meta.get("encoding", "")
        if not text.strip():
            raise DecodeError(Errors.EMPTY)
    else:
        text, encoding = decode(raw.data, declared_charset(raw.data) if raw.kind == "html" else "")
    meta: dict = {}
    if raw.kind == "html" or (raw.kind == "txt" and "<" in text and len(_TAGS.findall(text[:20000])) >= 3):
        # a .txt that holds markup (a scraped fragment of a page) is read as HTML
        text, meta = html_to_text(text)
        if not text.strip():
            raise DecodeError(Errors.NO_TEXT_IN_HTML)
    elif raw.kind == "md":
        text = markdown_to_text(text)
    return text, encoding, meta


def clean_article(raw: RawArticle) -> Article:
    """The cleaned article of one raw input (its ``error`` set when it cannot be read).

    >>> a = clean_article(RawArticle(source="<text 1>", data="歡迎進(jìn)入本網站\\n"
    ...     "川浙經貿合作交流座談會在蓉召開\\n發布日期:2016-09-28 來源:四川經濟日報\\n"
    ...     "為落實川浙兩省合作框架協議,促進浙江企業對口支援四川省阿壩州產業發展,座談會在成都舉行。"))
    >>> a.title, a.published, a.language, a.publisher
    ('川浙经贸合作交流座谈会在蓉召开', '2016-09-28', 'zh-Hant', '四川经济日报')
    """
    art = Article(article_id=raw.article_id, source=raw.source, url=raw.meta.get("url", ""))
    if raw.error:
        art.error = raw.error
        return art
    try:
        _clean_into(art, raw)
    except Exception as exc:  # one odd article must not end the run: it becomes an error row
        art.error = Errors.CLEAN_FAILED.format(detail=f"{type(exc).__name__}: {exc}")
        art.text = ""
    return art


def _clean_into(art: Article, raw: RawArticle) -> None:
    """Fill ``art`` from ``raw`` (all the steps of :func:`clean_article`)."""
    try:
        text, art.encoding, page_meta = _text_of(raw)
    except DecodeError as exc:
        art.error = str(exc)
        return
    meta = {**page_meta, **raw.meta}
    art.url = art.url or meta.get("url", "")
    text = join_ligatures(drop_pinyin(normalise(text)))
    original = text.split("\n")
    simplified = t2s(text)
    # line for line: t2s never adds or removes a line; text it leaves as it is (returned as
    # is) keeps its line objects, whose hashes the per-line caches then have already
    converted = original.copy() if simplified is text else simplified.split("\n")
    keep = _article_lines(converted, art)
    body, meta_at, dates_head = _strip_metadata(converted, keep, art, meta)
    if not body:
        art.error = Errors.NO_TEXT
        return
    lines = [converted[i] for i in body]
    orig_lines = [original[i] for i in body]
    art.language, labels = language_of(orig_lines)
    byline_date = next((find_date(x) for x in lines[:8] if _has_byline(x) and find_date(x)), "")
    lines, orig_lines, labels = _place_headline(lines, orig_lines, labels, meta_at, art)
    if not art.title and meta.get("title"):
        art.title = t2s(_squash(meta["title"]))
    if raw.meta.get("title"):     # a table's title column is the publisher's own headline
        art.title = t2s(_squash(raw.meta["title"]))
    art.text = "\n".join(lines)
    if art.language == "mixed":
        art.parts = language_parts(lines, labels, orig_lines)
    dateline = next((d for d in map(dateline_date, lines[1:4]) if d), "")
    art.published = (dates_head[0] if dates_head else "") or byline_date or meta.get("title_date", "") \
        or _date_meta(meta.get("date", "")) or _with_dateline("", dateline) \
        or (date_of_url(art.url) if art.url else "") or meta.get("tail_date", "")
    art.published = _with_dateline(art.published, dateline)


def _article_lines(converted: list[str], art: Article) -> list[int]:
    """Indexes of the lines that may be article: URLs go to ``art.images``/``art.url``;
    noise and repeated lines are left out; a related-news or share block ends the article."""
    keep: list[int] = []
    seen: set[str] = set()
    noise_at: list[int] = []
    ends, noise = _line_test("end_lines.txt"), _line_test("noise_lines.txt")
    for i, line in enumerate(converted):
        if "![" in line:
            line = converted[i] = _take_images(line, art)
        if not line:
            continue
        # a URL line holds a dot or a slash, and no space; a "Source:" line a colon
        dot_or_slash = "." in line or "/" in line
        m = _SOURCE_URL.match(line) if dot_or_slash and (":" in line or "：" in line) else None
        if m or (dot_or_slash and " " not in line and _URL_LINE.match(line)):
            url = m.group(1) if m else line
            if is_image_url(url):
                art.images.append(url)
            elif not art.url and (m or _PAGE_URL.search(url)):
                art.url = url      # a "Source:" line, or a bare link to a page (the article's own)
            continue
        if keep and len(line) <= END_MAX_CHARS and ends(line) \
                and any(_is_body(converted[k]) for k in keep):
            break
        if len(line) <= NOISE_MAX_CHARS and noise(line):       # is_noise(line)
            noise_at.append(i)
            continue
        line = converted[i] = drop_credits(line)
        if not line:
            continue
        if len(line) <= LABEL_MAX_CHARS and _has_site_separator(line) and is_site_label(line) \
                and not is_meta_line(line):
            # a page or site name ("Office of the Governor | Example.gov"), or a headline with one
            line = converted[i] = _without_site_name(line)
            if not line:
                continue
        if line in seen:
            continue
        lead = _LEAD_LABEL.match(line) if ":" in line or "：" in line else None
        if lead:                   # a summary above the text: the label goes, a repeat of a paragraph too
            line = converted[i] = line[lead.end():].strip()
            if not line or any(line in later for later in converted[i + 1:]):
                continue
        seen.add(line)
        keep.append(i)
    return _before_footer(keep, noise_at, converted)


def _before_footer(keep: list[int], noise_at: list[int], lines: list[str]) -> list[int]:
    """``keep`` without the page footer: from the first noise line (copyright, ICP, contact)
    after the article's last paragraph on, all goes (footer lines no pattern knows)."""
    if not keep or not noise_at or noise_at[-1] < keep[0]:
        return keep
    last_body = next((i for i in reversed(keep) if _is_body(lines[i])), None)
    if last_body is None:
        return keep
    for n in noise_at:
        if n > last_body:
            return [i for i in keep if i < n]
    return keep


def _strip_metadata(converted: list[str], keep: list[int], art: Article,
                    meta: dict) -> tuple[list[int], int | None, list[str]]:
    """(body line indexes, position of the first metadata line among them, dates of the
    head's metadata lines). Metadata lines sit in the head (first lines) or, for a date
    under a notice, the last lines; the publisher and any other dates go to ``art``/``meta``."""
    # the head: the first lines, and however many short lines (menus) precede the first paragraph
    first_body = next((n for n, i in enumerate(keep[:40]) if _is_body(converted[i])), 0)
    head, tail = set(keep[:max(8, first_body + 1)]), set(keep[-3:])
    body: list[int] = []
    meta_at = None
    dates_head: list[str] = []
    for i in keep:
        line = converted[i]
        if i in head and meta_at is None and _has_byline(line) and find_date(line):
            meta_at = len(body)        # a caption with a byline: drop it, it marks the head's end
            dates_head.append(find_date(line))
            continue
        m = _TRAILING_DATE.search(line) if i in head and not dates_head and len(line) <= 80 \
            and _has_year(line) else None
        if m and is_headline(line[:m.start()].strip()):
            meta.setdefault("title_date", find_date(m.group()))   # "headline 2019-05-20"
            converted[i] = line = line[:m.start()].strip()
        if (i in head or i in tail) and is_meta_line(line):
            if i in head and meta_at is None:
                meta_at = len(body)
            date = find_date(line)
            if date and i in head:
                dates_head.append(date)
            elif date:
                meta.setdefault("tail_date", date)
            art.publisher = art.publisher or publisher_of(line)
            continue
        body.append(i)
    return body, meta_at, dates_head


def _place_headline(lines: list[str], orig_lines: list[str], labels: list[str], meta_at: int | None,
                    art: Article) -> tuple[list[str], list[str], list[str]]:
    """The lines with the headline (found by :func:`choose_headline`, into ``art.title``)
    first; lines above it in its zone (site and section names) are dropped."""
    h = choose_headline(lines, labels, meta_at)
    if h is None:
        return lines, orig_lines, labels
    art.title = _KICKER.sub("", lines[h])
    # where a paragraph of the other language starts (a bilingual article's other part)
    other_language = next((i for i, lab in enumerate(labels) if lab and lab != labels[h] and _is_body(lines[i])),
                          len(lines))
    if h < other_language:
        lines, orig_lines, labels = lines[h:], orig_lines[h:], labels[h:]
        lines[0] = art.title
    else:                          # the headline of a bilingual article's second part stays in place
        lines[h] = art.title
    return lines, orig_lines, labels


def _date_meta(value: str) -> str:
    """A date given as metadata (a table's date column, a page's <meta>), as partial ISO.

    >>> _date_meta("2021-05-11T09:00:00+08:00"), _date_meta("20170629"), _date_meta("2017")
    ('2021-05-11', '2017-06-29', '2017')
    """
    value = value.strip()
    m = re.fullmatch(r"((?:19|20)\d{2})(\d{2})(\d{2})", value)
    if m:
        return _iso(*m.groups())
    return find_date(value) or (value[:4] if re.fullmatch(r"(19|20)\d{2}", value[:4] or "") else "")


def _take_images(line: str, art: Article) -> str:
    """The line without markdown images (their URLs go to ``art.images``)."""
    if "![" not in line:
        return line
    art.images.extend(_MD_IMAGE.findall(line))
    return _MD_IMAGE.sub("", line).strip()


def language_parts(lines: list[str], labels: list[str], orig_lines: list[str]) -> list[tuple[str, int, int]]:
    """(language, start, end) spans of the joined ``lines``: runs of lines of one language;
    lines of neither script join the run before them.

    >>> language_parts(["中文", "English words here"], ["zh", "en"], ["中文", "English words here"])
    [('zh-Hans', 0, 2), ('en', 3, 21)]
    """
    runs: list[list] = []
    pos = 0
    for line, lab, orig in zip(lines, labels, orig_lines):
        lab = lab or (runs[-1][0] if runs else "")
        start, pos = pos, pos + len(line) + 1
        if runs and runs[-1][0] == lab:
            runs[-1][2] = start + len(line)
            runs[-1][3].append(orig)
        else:
            runs.append([lab, start, start + len(line), [orig]])
    out = []
    for lab, start, end, origs in runs:
        name = chinese_variant("".join(origs)) if lab == "zh" else (lab or "en")
        out.append((name, start, end))
    return out
