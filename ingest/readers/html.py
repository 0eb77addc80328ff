"""HTML pages and fragments: the main content as headings, paragraphs, list items and tables.

Why lxml with our own boilerplate rules and not trafilatura: trafilatura was tried on the two
real HTML files of `data/real-plans/`. On the saved WordPress page it kept one of the eight
"kansen" and lost the page title, the other seven, the two "voorwaarden" and the STOP
principle (602 characters of about 6,000); on the NASA fragment it flattened the
`<strong>Key</strong>: value<br>` records into running text. So the page is read with
lxml and these rules: drop what is never content (`script`, `style`, `nav`, `aside`,
`footer`, forms, hidden elements, skip links, a page-level `header`), read `<main>` (or
role=main) when the page has one, else the body; a fragment without `<html>` is read whole.

What comes out:
- headings `h1`-`h6` as heading blocks with their level;
- `<table>` as a `Grid` (`rowspan`/`colspan`: one GridCell in every slot it covers; `<th>`
  rows or `<thead>` mark the header; `<caption>`, else the heading above, is the caption);
- key/value records as two-column Grids without a header (`header_rows=0`): runs of
  `<strong>Key</strong>: value<br>` lines (a record ends at `<hr>`, a heading, or when a
  key repeats) and `<dl>` lists; the record's caption is the heading above it;
- entities decoded (lxml), whitespace collapsed inside a line; the `lang` attribute kept.

The document text is written here: a paragraph per block, a record as "Key: value" lines,
a table one cell per line, so every span is verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ingest.document import Block
from ingest.readers.text import decode
from ingest.tables.model import Grid, GridCell
from plans.errors import ReadError

_SKIP = {"script", "style", "noscript", "svg", "template", "iframe", "form", "button", "nav", "aside", "footer",
         "select", "input", "textarea", "canvas", "video", "audio", "object", "embed", "head", "title", "meta",
         "link", "map", "dialog"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "blockquote", "pre", "figure", "figcaption",
          "address", "center", "details", "summary", "ul", "ol", "body", "html", "fieldset", "hgroup"}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_BOLD = {"strong", "b"}
_HIDDEN_CLASS = re.compile(r"\b(skip-link|screen-reader-text|sr-only|visually-hidden|cookie|breadcrumbs?)\b", re.I)
_NON_CONTENT_ROLES = {"navigation", "banner", "contentinfo", "search", "dialog", "alert"}


@dataclass
class HtmlContent:
    text: str
    blocks: list[Block] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)
    title: str | None = None
    language: str | None = None


@dataclass
class _Line:
    pieces: list[tuple[str, bool]] = field(default_factory=list)  # (text, bold)

    @property
    def text(self) -> str:
        return " ".join("".join(t for t, _ in self.pieces).split())

    def key_value(self) -> tuple[str, str] | None:
        """("Overall Status", "completed") for "<strong>Overall Status</strong>: completed"."""
        pieces = [(t, b) for t, b in self.pieces if t.strip()]
        if not pieces or not pieces[0][1]:
            return None
        bold = []
        i = 0
        while i < len(pieces) and pieces[i][1]:
            bold.append(pieces[i][0])
            i += 1
        key = " ".join("".join(bold).split())
        rest = "".join(t for t, _ in pieces[i:])
        if key.endswith(":"):
            key, value = key[:-1].strip(), rest
        elif rest.lstrip().startswith(":"):
            value = rest.lstrip()[1:]
        else:
            return None
        if not key or len(key.split()) > 12:
            return None
        return key, " ".join(value.split())


# events: ("heading", level, text) ("line", _Line) ("end",) ("hr",) ("item", text) ("table", el) ("dl", el)


class _Events:
    def __init__(self) -> None:
        self.out: list[tuple] = []
        self.line = _Line()

    def flush_line(self) -> None:
        if self.line.text:
            self.out.append(("line", self.line))
        self.line = _Line()

    def end_block(self) -> None:
        self.flush_line()
        if self.out and self.out[-1] != ("end",):
            self.out.append(("end",))

    def inline(self, text: str | None, bold: bool = False) -> None:
        if text:
            self.line.pieces.append((text, bold))

    def walk(self, el, bold: bool = False) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag:  # comments, processing instructions
            self.inline(el.tail, bold)
            return
        if _skipped(el, tag):
            self.inline(el.tail, bold)
            return
        if tag in _HEADINGS:
            self.end_block()
            text = _text(el)
            if text:
                self.out.append(("heading", _HEADINGS[tag], text))
        elif tag == "br":
            self.flush_line()
        elif tag == "hr":
            self.end_block()
            self.out.append(("hr",))
        elif tag == "table":
            self.end_block()
            self.out.append(("table", el))
        elif tag == "dl":
            self.end_block()
            self.out.append(("dl", el))
        elif tag == "li":
            self.end_block()
            text = _text(el, skip_lists=True)
            if text:
                self.out.append(("item", text))
            for child in el:
                if isinstance(child.tag, str) and child.tag.lower() in ("ul", "ol"):
                    self.walk(child)
            self.end_block()
        elif tag in _BLOCK or tag in ("tr", "td", "th", "dd", "dt"):
            self.end_block()
            self.inline(el.text, bold)
            for child in el:
                self.walk(child, bold)
            self.end_block()
        else:
            b = bold or tag in _BOLD
            self.inline(el.text, b)
            for child in el:
                self.walk(child, b)
        self.inline(el.tail, bold)


def _skipped(el, tag: str) -> bool:
    if tag in _SKIP:
        return True
    if tag == "header" and not any(a.tag in ("article", "main") for a in el.iterancestors() if isinstance(a.tag, str)):
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if re.search(r"display\s*:\s*none", el.get("style") or ""):
        return True
    if (el.get("role") or "").lower() in _NON_CONTENT_ROLES:
        return True
    return bool(_HIDDEN_CLASS.search(el.get("class") or ""))


def _text(el, skip_lists: bool = False) -> str:
    """An element's visible text, whitespace collapsed, `<br>` kept as a line break."""
    parts: list[str] = []

    def walk(e) -> None:
        tag = e.tag.lower() if isinstance(e.tag, str) else ""
        if tag and _skipped(e, tag) or (skip_lists and tag in ("ul", "ol")):
            parts.append(e.tail or "")
            return
        if tag == "br":
            parts.append("\n")
        elif tag:
            parts.append(e.text or "")
            for c in e:
                walk(c)
            if tag in ("p", "div", "li", "tr"):
                parts.append("\n")
        parts.append(e.tail or "")

    parts.append(el.text or "")
    for c in el:
        walk(c)
    lines = [" ".join(x.split()) for x in "".join(parts).split("\n")]
    return "\n".join(x for x in lines if x)


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.blocks: list[Block] = []
        self.grids: list[Grid] = []
        self.heading: str | None = None

    def emit(self, text: str, sep: str = "\n\n") -> tuple[int, int]:
        if self.parts:
            self.parts.append(sep)
            self.pos += len(sep)
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos

    def block(self, kind: str, text: str, level: int = 0) -> None:
        start, end = self.emit(text)
        self.blocks.append(Block(kind, start, end, level))  # type: ignore[arg-type]

    def record(self, pairs: list[tuple[str, list[str]]]) -> None:
        """A key/value record: one "Key: value" line per pair (a value may go on over lines)."""
        rows: list[list[GridCell | None]] = []
        start = None
        for i, (key, values) in enumerate(pairs):
            value = "\n".join(v for v in values if v)
            k0, k1 = self.emit(key, sep="\n\n" if i == 0 else "\n")
            start = k0 if start is None else start
            if value:
                v0, v1 = self.emit(value, sep=": ")
                rows.append([GridCell(key, k0, k1), GridCell(" ".join(value.split()), v0, v1)])
            else:
                self.parts.append(":")
                self.pos += 1
                rows.append([GridCell(key, k0, k1), None])
        if rows:
            self.grids.append(Grid(rows, pages=[None] * len(rows), header_rows=0, caption=self.heading))
            self.blocks.append(Block("table", start, self.pos))

    def table(self, rows: list[list[str | None]], spans: list[list[int]], header_rows: int | None,
              caption: str | None) -> None:
        """A table: every distinct cell once, one per line, row after row."""
        made: dict[int, GridCell | None] = {}
        grid: list[list[GridCell | None]] = []
        start = None
        for r, row in enumerate(rows):
            slots: list[GridCell | None] = []
            first = True
            for text, key in zip(row, spans[r]):
                if key in made:
                    slots.append(made[key])
                    continue
                cell = None
                if text:
                    a, b = self.emit(text, sep="\n\n" if first else "\n")
                    first = False
                    start = a if start is None else start
                    cell = GridCell(" ".join(text.split()), a, b)
                made[key] = cell
                slots.append(cell)
            grid.append(slots)
        if start is not None:
            self.grids.append(Grid(grid, pages=[None] * len(grid), header_rows=header_rows,
                                   caption=caption or self.heading))
            self.blocks.append(Block("table", start, self.pos))


def _table_slots(table) -> tuple[list[list[str | None]], list[list[int]], int | None, str | None]:
    """The table's text per slot and, per slot, the id of the cell filling it (rowspan and
    colspan repeat one cell); how many top rows are header rows; its caption."""
    trs = [tr for tr in table.iter("tr") if _owner_table(tr) is table]
    grid_text: dict[tuple[int, int], str | None] = {}
    grid_key: dict[tuple[int, int], int] = {}
    header_flags: list[bool] = []
    key = 0
    for r, tr in enumerate(trs):
        c = 0
        cells = [td for td in tr if isinstance(td.tag, str) and td.tag.lower() in ("td", "th")]
        in_head = tr.getparent() is not None and tr.getparent().tag.lower() == "thead"
        header_flags.append(in_head or (bool(cells) and all(td.tag.lower() == "th" for td in cells)))
        for td in cells:
            while (r, c) in grid_key:
                c += 1
            rowspan = _span(td.get("rowspan"))
            colspan = _span(td.get("colspan"))
            text = _text(td) or None
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid_key[(r + dr, c + dc)] = key
                    grid_text[(r + dr, c + dc)] = text
            key += 1
            c += colspan
    nrows = len(trs)
    ncols = max((c for _, c in grid_key), default=-1) + 1
    rows, spans = [], []
    for r in range(nrows):
        rows.append([grid_text.get((r, c)) for c in range(ncols)])
        spans.append([grid_key.get((r, c), -1 - r * ncols - c) for c in range(ncols)])
    header = 0
    while header < len(header_flags) and header_flags[header]:
        header += 1
    cap = table.find("caption")
    caption = _text(cap) if cap is not None else None
    return rows, spans, (header or None), caption or None


def _owner_table(tr):
    for a in tr.iterancestors():
        if isinstance(a.tag, str) and a.tag.lower() == "table":
            return a
    return None


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 50))
    except ValueError:
        return 1


def _dl_pairs(dl) -> list[tuple[str, list[str]]]:
    pairs: list[tuple[str, list[str]]] = []
    for child in dl:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "dt":
            pairs.append((_text(child).replace("\n", " ").rstrip(" :"), []))
        elif tag == "dd" and pairs:
            pairs[-1][1].append(_text(child))
    return [(k, v) for k, v in pairs if k]


def _write(events: list[tuple]) -> _Writer:
    w = _Writer()
    record: list[tuple[str, list[str]]] = []
    paragraph: list[str] = []
    after_key = False  # the last line was a key/value line of the open record (no block boundary since)

    def close_record() -> None:
        nonlocal record
        if record:
            w.record(record)
        record = []

    def close_paragraph() -> None:
        nonlocal paragraph
        if paragraph:
            w.block("paragraph", "\n".join(paragraph))
        paragraph = []

    for ev in events:
        kind = ev[0]
        if kind == "line":
            line: _Line = ev[1]
            kv = line.key_value()
            if kv:
                close_paragraph()
                if any(k == kv[0] for k, _ in record):
                    close_record()  # a key repeats: a new record
                record.append((kv[0], [kv[1]]))
                after_key = True
            elif record and after_key:
                record[-1][1].append(line.text)  # the value goes on over another line
            else:
                close_record()
                paragraph.append(line.text)
            continue
        if kind == "end":
            close_paragraph()
            after_key = False
            continue
        close_paragraph()
        close_record()
        after_key = False
        if kind == "heading":
            w.block("heading", ev[2], ev[1])
            w.heading = ev[2]
        elif kind == "item":
            w.block("list_item", ev[1])
        elif kind == "table":
            w.table(*_table_slots(ev[1]))
        elif kind == "dl":
            pairs = _dl_pairs(ev[1])
            if pairs:
                w.record([(k, v) for k, v in pairs])
    close_paragraph()
    close_record()
    return w


def parse_html(source: str) -> HtmlContent:
    """Parse HTML text (a whole page or a fragment) into our text, blocks and grids."""
    from lxml import html as lxml_html

    source = re.sub(r"^\s*<\?xml[^>]*\?>", "", source)
    root = lxml_html.document_fromstring(source)
    language = root.get("lang") or root.get("xml:lang")
    title_el = root.find(".//title")
    page_title = _text(title_el) if title_el is not None else None
    mains = root.xpath("//main | //*[@role='main']")
    content_root = mains[0] if mains else (root.find("body") if root.find("body") is not None else root)
    events = _Events()
    events.walk(content_root)
    events.end_block()
    w = _write(events.out)
    h1 = next((b for b in w.blocks if b.kind == "heading" and b.level == 1), None)
    text = "".join(w.parts)
    title = text[h1.start : h1.end] if h1 else _page_title(page_title)
    return HtmlContent(text=text, blocks=w.blocks, grids=w.grids, title=title or None, language=language)


def _page_title(title: str | None) -> str | None:
    """"Acht kansen - Kennis - Site" -> "Acht kansen": a `<title>` without the site's name."""
    if not title:
        return None
    return re.split(r"\s+[-|–—]\s+", title)[0].strip() or None


def read_html(path: Path) -> HtmlContent:
    data = path.read_bytes()
    if not data.strip():
        raise ReadError(path, "the file is empty")
    if b"\x00" in data[:4096]:
        raise ReadError(path, "this looks like a binary file, not HTML")
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.I)
    text = None
    if m:
        try:
            text = data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text = decode(data)
    try:
        content = parse_html(text)
    except (ValueError, TypeError) as exc:
        raise ReadError(path, f"could not parse the HTML ({exc})".splitlines()[0]) from exc
    if not content.text.strip():
        raise ReadError(path, "the page has no text")
    return content
