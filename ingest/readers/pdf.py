"""PDF files: the text as a person reads it, tables row by row, pages with their labels.

`read_pdf` opens the file (one `ReadError` line for a file it cannot read, including a
scan with no text layer), takes the page geometry (`ingest.tables.pdf_layout`), finds
the page furniture and printed page numbers (`pdf_furniture`), the action-plan tables
(`ingest.tables.pdf`) and the ruled tables (`ingest.tables.pdf_ruled`, `pdf_grids`), and
writes the text page by page (`pdf_build`). Every table comes back as a `Grid`; action
tables of the sample schema also as `TableBlock` rows.

Words: glyphs are grouped into words from their gaps (a space character or a gap wider
than a space), so words a PDF places by position without printing spaces come apart; a
glyph painted twice over itself (a shadow layer, fake bold) is read once. Share of tokens
(2+ letters) found in pyspellchecker's en/fr/nl word lists, and tokens not found, with
the reader before this module had columns, furniture and hyphenation -> now:

    am-en-adaptation-programme-measures  0.958 (369) -> 0.971 (254)
    be-nl-vlaams-regeerakkoord           0.944 (5364) -> 0.964 (3369)  line-end hyphens
    bj-fr-pna-2022                       0.926 (3179) -> 0.924 (3168)  (1)
    cm-fr-pnacc-2015                     0.920 (4276) -> 0.923 (4046)  doubled glyphs
    gb-en-ogp-national-action-plan       0.962 (857)  -> 0.962 (859)
    gb-en-open-data-commitments-q3       0.947 (235)  -> 0.947 (235)
    mg-fr-pna-2021                       0.926 (3651) -> 0.925 (3651)  (1)
    nl-nl-pzh-snelstudie                 0.923 (517)  -> 0.920 (518)   (1)

(1) the share falls only because running footers made of dictionary words ("Plan national
d'adaptation ... du Bénin", 172 times) are out of the text now; unknown tokens do not
rise. None of these files places words by position without spaces: their glued words
("CameroonDevelopmentCorporation", "Structureinstitutionnelle") are glued in the file
itself (the glyphs touch, 0.1 pt apart, and no space is printed); the synthetic test
places every glyph on its own and comes back word for word.
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.document import ParsedDocument
from ingest.readers.pdf_build import Builder
from ingest.readers.pdf_furniture import Furniture, find_furniture, page_labels, pdf_page_labels
from ingest.tables.pdf import PdfTable, Segment, find_tables
from ingest.tables.pdf_grids import DraftTable, Part, fill, join_pages
from ingest.tables.pdf_hyphens import Hyphenation
from ingest.tables.pdf_layout import Line, PageLayout, iter_pages, open_document
from ingest.tables.pdf_ruled import ruled_tables
from ingest.tables.pdf_unruled import unruled_tables
from plans.errors import ReadError
from plans.text import collapse_ws

ENCRYPTED = "the PDF is encrypted; decrypt it first"
DAMAGED = "the PDF is damaged and cannot be read"
TRUNCATED = "the PDF is truncated (no end-of-file marker); it may not have downloaded completely"
NOT_PDF = "not a valid PDF"
EMPTY = "the file is empty"
NO_TEXT = "a scanned PDF with no text layer (OCR is not supported)"

_BAD_TITLES = {"untitled", "(unspecified)", "unspecified", "unknown", "title", "none", "document", "(anonymous)", "anonymous"}
_FILE_TITLE = re.compile(r"(\.(docx?|pdf|indd|odt|rtf|pptx?|xlsx?)\s*$)|^\W*microsoft (word|powerpoint|excel) - ", re.I)


def read_pdf(path: Path) -> ParsedDocument:
    path = Path(path)
    pages, info = _load(path)
    if not any(p.words for p in pages):
        raise ReadError(path, NO_TEXT)
    furniture = find_furniture(pages)
    drafts, actions = _grids(pages, furniture, find_tables(pages))
    hyphenation = Hyphenation(l.text for p in pages for l in p.lines)
    labels = page_labels(len(pages), _pdf_labels(path), furniture)
    doc = Builder(path, pages, actions, drafts, furniture, hyphenation).build(labels)
    doc.title = _title(info, doc, path)
    doc.author = _author(_meta(info, "Author"))
    doc.warnings = [f"page {p.number} has no text layer" for p in pages if p.painted and not p.words]
    return doc


def _author(value: str | None) -> str | None:
    """The metadata's author, unless it is a login name ("jdoe"): one lower-case word names
    the account that saved the file, not who wrote the plan."""
    value = (value or "").strip()
    return None if not value or (" " not in value and value.islower()) else value


def _grids(pages: list[PageLayout], furniture: Furniture, actions: list[PdfTable]) -> tuple[list[DraftTable], list[PdfTable]]:
    """Ruled and unruled tables of every page, joined over pages, and the action tables
    kept beside them.

    Where the action-table reader and the ruled finder both read a table, the action
    reader keeps it (its rows carry the plan's schema) unless, anywhere in the document,
    the ruled finder sees more of that table: more rows on a page, or pages the action
    reader missed. Then it missed rows, and the ruled tables replace every action table
    they overlap."""
    drafts: list[DraftTable] = []
    extents: dict[int, tuple[float, float]] = {}
    for page in pages:
        lines = furniture.keep(page)
        if lines:
            extents[page.number] = (min(l.top for l in lines), max(l.bottom for l in lines))
        words = [w for l in lines for w in l.words]
        drafts += [d for d in (fill(page, t, words) for t in ruled_tables(page)) if d is not None]
    drafts = join_pages(drafts, extents)

    def overlaps(part: Part, seg: Segment) -> bool:
        return part.page == seg.page and part.box[1] < seg.bottom and part.box[3] > seg.top

    related = [(t, d) for t in actions for d in drafts
               if any(overlaps(p, s) for p in d.parts for s in t.segments)]

    def sees_more(t: PdfTable, d: DraftTable) -> bool:
        segs = {s.page: s for s in t.segments}
        for part in d.parts:
            s = segs.get(part.page)
            if s is None or part.count > len(s.rows) + bool(s.header) + bool(s.carried):
                return True
        return False

    if any(sees_more(t, d) for t, d in related):
        beaten = {id(t) for t, _ in related}
        actions = [t for t in actions if id(t) not in beaten]
    else:
        taken = {id(d) for _, d in related}
        drafts = [d for d in drafts if id(d) not in taken]
    drafts += _unruled(pages, furniture, actions, drafts)
    drafts.sort(key=lambda d: (d.parts[0].page, d.parts[0].box[1]))
    return join_pages(drafts, extents), actions


def _unruled(pages: list[PageLayout], furniture: Furniture, actions: list[PdfTable],
             drafts: list[DraftTable]) -> list[DraftTable]:
    """Tables without ruling lines among what no other table took."""
    claimed = {w for d in drafts for w in d.words}
    bands: dict[int, list[tuple[float, float]]] = {}
    for t in actions:
        for s in t.segments:
            bands.setdefault(s.page, []).append((s.top - 0.5, s.bottom + 0.5))
    out: list[DraftTable] = []
    for page in pages:
        lines = []
        for line in furniture.keep(page):
            if any(a <= line.ymid <= b for a, b in bands.get(page.number, [])):
                continue
            words = [w for w in line.words if id(w) not in claimed]
            if words:
                lines.append(line if len(words) == len(line.words) else Line(words))
        out += unruled_tables(page, lines)
    return out


def _pdf_labels(path: Path) -> list[str] | None:
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path))
        if reader.is_encrypted:
            reader.decrypt("")
        return pdf_page_labels(reader)
    except Exception:  # labels are a nicety: a file pypdf cannot read still has its text
        return None


# ---- opening -----------------------------------------------------------------------------


def _load(path: Path) -> tuple[list[PageLayout], dict]:
    try:
        size = path.stat().st_size
        with path.open("rb") as fp:
            head = fp.read(1024)
            fp.seek(max(0, size - 4096))
            tail = fp.read()
    except FileNotFoundError:
        raise ReadError(path, "the file does not exist") from None
    except OSError as exc:
        raise ReadError(path, f"the file cannot be opened ({exc.strerror or type(exc).__name__})") from None
    if size == 0:
        raise ReadError(path, EMPTY)
    if b"%PDF-" not in head:
        raise ReadError(path, NOT_PDF)
    if b"%%EOF" not in tail:
        raise ReadError(path, TRUNCATED)
    try:
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError:  # pragma: no cover - very old pdfminer
        PDFEncryptionError = PDFPasswordIncorrect = ()  # type: ignore[assignment]
    try:
        with path.open("rb") as fp:
            document = open_document(fp, password="")
            info = _info(document)
            pages = list(iter_pages(document))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ReadError(path, ENCRYPTED) from None
    except Exception as exc:  # pdfminer raises many kinds (syntax, type, key, value, recursion)
        if "encrypt" in str(exc).lower() or "password" in str(exc).lower():
            raise ReadError(path, ENCRYPTED) from None
        raise ReadError(path, DAMAGED) from None
    if not pages:
        raise ReadError(path, DAMAGED)
    return pages, info


def _info(document) -> dict:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    out: dict[str, str] = {}
    for entry in getattr(document, "info", []) or []:
        entry = resolve1(entry)
        if not isinstance(entry, dict):
            continue
        for key, value in entry.items():
            try:
                value = resolve1(value)
                if isinstance(value, bytes):
                    value = decode_text(value)
                if isinstance(value, str):
                    out[str(key)] = value.replace("\x00", "").strip()
            except Exception:  # a damaged info entry is no reason to refuse the file
                continue
    return out


def _meta(info: dict, key: str) -> str | None:
    value = collapse_ws(info.get(key, "") or "")
    return value or None


def _title(info: dict, doc: ParsedDocument, path: Path) -> str:
    title = _meta(info, "Title")
    if title and title.lower() not in _BAD_TITLES and not _FILE_TITLE.search(title) and re.search(r"[A-Za-z]{2}", title):
        return title
    return doc.title or path.stem
