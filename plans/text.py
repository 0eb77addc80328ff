"""Small text helpers shared by ingestion, answering and evaluation."""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")
# A line that starts a list item: a bullet, "1." / "(2)" / "a)" / "(iv)".
# Marks that open a list item: dots, dashes, arrows, ticks, stars, and the "+" / "!" of a SWOT table.
BULLET_MARKS = "-*•·▪▫‣◦–■□◆◇►▶➢➤→➔✓✔❖★☆✦●○+!\uf0b7"
BULLET = re.compile(r"^\s*(?:[" + re.escape(BULLET_MARKS) + r"]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))\s+\S")
_PLAIN = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\u00a0": " ",
    }
)


_MARKUP = [
    (re.compile(r"\[footnoteRef:\d+\]"), ""),
    (re.compile(r"\[bookmark:[^\]]*\]"), ""),
    (re.compile(r"\[\d+:\s[^\]]*\]"), ""),  # inline footnote text of converted Word files
    (re.compile(r"\[([^\]]+)\]\((?:#|https?://)[^)]*\)"), r"\1"),  # markdown links
    (re.compile(r"\*\*|__|(?<!\w)\*(?=\w)|(?<=\w)\*(?!\w)|\\\*"), ""),
    (re.compile(r"<sup>.*?</sup>"), ""),
    (re.compile(r"^\s*(?:[-*•·▪‣◦–])\s+"), ""),
]


def strip_markup(text: str) -> str:
    """Text for an answer: markup and conversion artefacts removed, whitespace collapsed."""
    for pattern, repl in _MARKUP:
        text = pattern.sub(repl, text)
    return " ".join(text.split())


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """`[start, end)` without the whitespace at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_ELIDED = re.compile(r"^\w{1,2}['’]")


def unelided(word: str) -> str:
    """A word without its elided article or pronoun ("l'Écosse" -> "Écosse", "d’une" -> "une")."""
    return _ELIDED.sub("", word)


def collapse_ws(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _WS.sub(" ", text).strip()


def plain(text: str) -> str:
    """NFKC, curly quotes and dashes made plain, whitespace collapsed (case kept)."""
    return collapse_ws(unicodedata.normalize("NFKC", text).translate(_PLAIN))


def unaccented(text: str) -> str:
    """The text without its accents ("échéance" -> "echeance"), case and length kept where
    a letter has no accent."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """The comparison form used by the evaluation rules: `plain` and lower case."""
    return plain(text).lower()


# A title in quotation marks ("the table « Level 1 of the plan »", "the page 'Eight chances
# for mobility'"): three words or more, so that a quoted word and an apostrophe are not one.
QUOTED_TITLE = re.compile(r"«[^»]*\s[^»]*\s[^»]*»|“[^”]*\s[^”]*\s[^”]*”|\"[^\"]*\s[^\"]*\s[^\"]*\""
                          r"|(?<!\w)['‘][^'‘’]*\s[^'‘’]*\s[^'‘’]*['’](?!\w)")


# A name in quotation marks that pair ("« Ports d'aujourd'hui »", "“…”", "„…”"), the name in
# its one group that matched: a title may hold an apostrophe, which a single mark would end.
PAIRED_QUOTES = re.compile(r"«\s*([^«»]{2,100}?)\s*»|“([^“”]{2,100})”|\"([^\"]{2,100})\""
                           r"|„([^„”“]{2,100})[”“]")

# A name in quotation marks, of any length ("the 'HX3' concept", "the chapter « Port works »").
QUOTED_NAME = re.compile(r"(?<!\w)['‘\"“«]\s*([^'‘’\"“”«»]{2,60}?)\s*['’\"”»](?!\w)")


def quoted_names(text: str) -> list[str]:
    """The names a text writes in quotation marks, without the marks."""
    return [m.group(1).strip() for m in QUOTED_NAME.finditer(text) if m.group(1).strip()]


def blank_quoted_titles(text: str) -> str:
    """The text with quoted titles blanked out (same length, so offsets hold): the words of a
    name are neither ids nor cues of what is asked."""
    return QUOTED_TITLE.sub(lambda m: " " * len(m.group(0)), text)


def abbreviation_like(token: str) -> bool:
    """A token written like an abbreviation: one word of 2 to 15 characters, mostly capitals
    ("HWA", "EbA", "IcSP")."""
    if " " in token or len(token) < 2 or len(token) > 15:
        return False
    caps = sum(1 for ch in token if ch.isupper())
    return caps >= 2 and caps >= len([c for c in token if c.isalpha()]) / 2


_WORD = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more

# a number in thousands, grouped each language's way: "10,000", "10.000", "10 000"
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?![.,]?\d)")
_GROUPED = re.compile(r"\d[.,\u00a0\u202f ]\d\d\d")  # (a quick look first: most texts have none)


def in_digits(text: str) -> str:
    """The text with its numbers in thousands written in digits alone ("10,000", "10.000",
    "10 000" -> "10000"), so an English question's figure meets a Dutch or French plan's."""
    if not _GROUPED.search(text):
        return text
    return _THOUSANDS.sub(lambda m: re.sub(r"\D", "", m.group(0)), text)


def is_figure(text: str) -> bool:
    """A text that holds a number and no word: "486597", "31.67%", "2013/14", "€ 1,2 m"."""
    return any(ch.isdigit() for ch in text) and not _WORD.search(text)


_ROMAN_WORD = re.compile(r"([mdclxvi]{2,})(?:e|er|ère|ème|eme)?", re.I)
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def roman_numeral(word: str) -> int | None:
    """The value of a Roman numeral of two letters or more ("XXI", "xxième"), else None."""
    m = _ROMAN_WORD.fullmatch(word)
    if not m or not _ROMAN.fullmatch(letters := m.group(1).upper()):
        return None
    values = [_ROMAN_VALUES[c] for c in letters]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


# The small words that link the words of a name ("Department for Education", "Ministère de la Mer")
LINK_WORDS = ("of", "for", "and", "the", "de", "du", "des", "la", "le", "et", "van", "voor", "en", "het")
SHORTEST_INITIALS = 3


def initials(name: str) -> set[str]:
    """The abbreviations a name may be written as, lower-cased: the first letters of its words,
    an abbreviation among them written whole ("HM Treasury": "hmt"), with or without its
    link words ("Department for Education": "dfe", "de")."""
    full, short = "", ""
    for w in name.split():
        piece = w if w.isupper() else w[0]
        full += piece
        short += "" if w.lower() in LINK_WORDS else piece
    return {x.lower() for x in (full, short) if len(x) >= SHORTEST_INITIALS}
