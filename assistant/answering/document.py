"""Questions about a document as a whole: who wrote or issued it, and what it is about.

- Author / issuer: the byline the reader found on the title page, quoted there.
- Overview ("what is the plan about?", "summarise X", "main points of X"): the plan's own
  statements of purpose (sentences early in the plan that say what it aims at or sets
  out, from one table of cue words per language) and its main sections, 3 to 5 cited
  sentences within 900 characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from assistant.answering.base import (OVERVIEW_CHARS, Composer, abstain, cite, cited_works, kind_asked, spelled_out,
                                      unknown_names, within_share)
from assistant.answering.entities import has_web_address, web_sites
from assistant.answering.signatures import signatures, written_by
from assistant.answering.titles import TitleMeaning
from assistant.answering.key_message import key_message
from assistant.answering.part_overview import asks_part, part_overview
from assistant.answering.outline import (Section, about_itself, first_sentence, is_plan_noun, names_document,
                                         plan_noun_stems, sections, target_document)
from assistant.models import Answer, Citation
from assistant.question import Question
from assistant.retrieval import Hit
from plans.contents import is_contents_line, under_contents
from plans.index import Snapshot, StoredChunk
from plans.index.lexical import stem, tokenize, words
from plans.index.snapshot import COVER_CHARS
from plans.language import detect
from plans.sentences import split_sentences
from plans.text import LINK_WORDS, PAIRED_QUOTES, strip_markup, unaccented
from plans.vocabulary.making import (ADDRESS_LINES, CITED_AS, DATED_RELATIONS, DATED_TYPES,
                                     FORM_IN_FRAMING_ONLY, GIVES_WAY_TO, MADE, NAMED_ONLY, RELATION_FORMS,
                                     RELATIONS, STATED_OF_ITSELF_ONLY, TITLE_WORDS)
from plans.vocabulary.messages import say
from plans.vocabulary.conversation import DEMONSTRATIVES
from plans.vocabulary.questions import ANY_BODY, BODY_NAMES, DOCUMENT_NOUNS, asks_for, asks_website, which_kind
from plans.vocabulary.signatures import FOREWORD, SENT, SIGNED, SIGNING
from plans.vocabulary.stopwords import ALL_STOPWORDS

# Words with which a plan states its purpose or scope, per language.
PURPOSE_CUES: dict[str, tuple[str, ...]] = {
    "en": ("aims to", "aim of", "aims at", "purpose", "objective of", "objectives of", "seeks to", "sets out",
           "this plan", "this report", "this strategy", "this document", "this study", "this agreement",
           "this programme", "the plan", "the report", "the strategy", "presents", "describes", "focuses on",
           "is intended to", "is designed to", "vision", "is structured around", "is built around",
           "is organised around", "is organized around", "pillars", "we describe", "we present", "we set out",
           "we outline"),
    "fr": ("vise à", "a pour objectif", "a pour but", "a pour objet", "l'objectif", "objectif général", "le présent",
           "ce plan", "ce rapport", "cette stratégie", "ce document", "présente", "décrit", "se concentre sur",
           "ambition", "vision", "s'articule", "est structuré autour", "repose sur", "axes stratégiques", "piliers",
           "nous décrivons", "nous présentons"),
    "nl": ("heeft als doel", "heeft tot doel", "beoogt", "doel van", "dit plan", "dit rapport", "deze studie",
           "deze strategie", "dit document", "dit akkoord", "beschrijft", "schetst", "richt zich op", "ambitie",
           "visie", "is opgebouwd rond", "rust op", "pijlers", "speerpunten", "we beschrijven", "wij beschrijven",
           "we schetsen", "wij schetsen", "we presenteren", "wij presenteren"),
}
# A plan speaking of itself, "this <document>", the noun possibly the end of a compound
# ("deze snelstudie", "dit actieplan"): a statement of what it is about.
SELF_REFERENCE: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:this|the present) (?:\w+ )?(?:plan|report|strategy|document|study|agreement|programme|"
                     r"program|note|nap)\b"),
    "fr": re.compile(r"\b(?:ce|cette|le présent|la présente) (?:\w+ )?(?:plan|rapport|stratégie|document|étude|accord|"
                     r"programme|note|pna)\b"),
    "nl": re.compile(r"\b(?:deze|dit) \w*(?:plan|rapport|strategie|document|studie|akkoord|programma|nota)\b"),
}
_ANY_BODY = frozenset(unaccented(w) for forms in ANY_BODY.values() for w in forms)
_SKIP_HEADINGS = re.compile(r"^references?|^bibliograph|^annex|^appendi|^bijlage|^acronym|^sigles|^abbreviations?|"
                            r"^afkortingen|^glossar|^foreword|^préface|^voorwoord|^colofon|^colophon", re.I)
_FIRST_PASSAGES = 6  # a short plan states its purpose in its first passages, whatever their share of it


class DocumentComposer(Composer):
    name = "document"

    def __init__(self, purpose_sentences: int = 2, parts: int = 3, early_share: float = 0.25,
                 titles: TitleMeaning | None = None):
        self.purpose_sentences = purpose_sentences
        self.parts = parts
        self.early_share = early_share
        self.titles = titles  # the plan named by the meaning of its title (in another language)

    def compose(self, question: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        made = self._making(question, hits, snapshot)
        if made is not None and asks_website(question.text, question.lang) and not any(
                web_sites(c.quote) for c in made.citations):
            made = None  # "on which website is it published?": a line without an address is no answer
        if made is not None and not made.abstained:
            return made
        if question.expects == "definition" and _this_document(question):
            # "what is this Harbour Panel paper exactly?": the document in hand, by its title
            doc_id = self._document(question, hits, snapshot)
            return _title_line(question, doc_id, snapshot) if doc_id is not None else None
        if question.expects == "agent" and (SIGNED.search(question.text) or SENT.search(question.text)):
            # "door wie is het voorwoord geschreven?", "who sent the study to the council?"
            doc_id = self._document(question, hits, snapshot)
            signed = self._signer(question, doc_id, hits, snapshot) if doc_id is not None else None
            if signed is not None:
                return signed
        kind = which_kind(question.text, question.lang) if question.expects in ("agent", "document") else None
        if not kind and question.expects not in ("document", "overview", "outline"):
            return made or self._made_by(question, hits, snapshot)
        doc_id = self._document(question, hits, snapshot)
        # "which ministry issued / prepared the plan?": the body of that kind its cover names,
        # though the plan states no "published by" of itself
        issued = self._issuer(question, kind.split(), doc_id, snapshot) if kind and doc_id is not None else None
        if issued is not None or made is not None:
            return issued or made
        if doc_id is None or question.expects == "agent":
            return self._made_by(question, hits, snapshot)
        if question.expects == "document":
            if SIGNED.search(question.text):
                return self._signer(question, doc_id, hits, snapshot)
            if _TITLE.search(question.text):
                return _title_line(question, doc_id, snapshot)
            return self._byline(question, doc_id, snapshot) or self._made_by(question, hits, snapshot)
        if question.expects == "outline":
            return self._outline(question, doc_id, snapshot)
        if question.refs:
            return None  # "summarise objective 21": the numbered part, not the whole plan
        if asks_part(question):
            # "what does its chapter on X cover?": that part, and never the whole plan instead
            return part_overview(question, doc_id, snapshot)
        # "what is its main message?": the part the plan labels so, where it has one
        return key_message(question, doc_id, snapshot) or self._overview(question, doc_id, snapshot)

    def _document(self, q: Question, hits: list[Hit], snapshot: Snapshot) -> str | None:
        """The plan the question is about (`target_document`); not the one most of the best
        passages come from when the question writes a name no plan writes ("what is the aim
        of Norland's fisheries plan?": none of the indexed plans is Norland's). A title the
        question quotes in other words names its plan first (`_quoted_titles`)."""
        quoted = {doc_id for _, _, doc_id in self._quoted_titles(q, snapshot)}
        if len(quoted) == 1:
            return quoted.pop()
        return target_document(q, hits, snapshot, self.titles.run if self.titles is not None else None,
                               vote=not unknown_names(q, snapshot))

    def _quoted_titles(self, q: Question, snapshot: Snapshot) -> list[tuple[str, int, str]]:
        """Each name the question quotes that means one plan's title: the name, where its
        quotation opens, and that plan."""
        found = []
        for m in PAIRED_QUOTES.finditer(q.text) if self.titles is not None else ():
            name = next(g for g in m.groups() if g)
            doc_id = self.titles.names(name, snapshot)
            if doc_id is not None:
                found.append((name, m.start(), doc_id))
        return found

    def _quoted_title(self, q: Question, doc_id: str, snapshot: Snapshot) -> list[str]:
        """The words of a name the question quotes that is the plan's title in other words
        ("« Ports sûrs et propres »" for "Safe and Clean Ports"): they name the plan, as its
        title's own words would."""
        found: list[str] = []
        for name, start, named in self._quoted_titles(q, snapshot):
            if named != doc_id:
                continue
            # (with the noun for a plan before it and what qualifies it, before or after it: "la
            # stratégie portuaire nordique « … »", "de Noordse havenstrategie „…”")
            before = words(q.text[:start])[-_NAMING_WORDS:]
            noun = max((i for i, w in enumerate(before) if is_plan_noun(stem(w, q.lang)) or is_plan_noun(stem(w))),
                       default=len(before))
            while 0 < noun < len(before) and before[noun - 1] not in ALL_STOPWORDS:
                noun -= 1
            found += before[noun:] + words(name)
        return found

    # -- its parts ----------------------------------------------------------------------
    def _outline(self, q: Question, doc_id: str, snapshot: Snapshot) -> Answer | None:
        """"Which parts is the plan made of?": every main part (see `_top_sections`), each
        cited by its first sentence."""
        record = snapshot.documents.get(doc_id)
        parts = _top_sections(sections(snapshot, doc_id), MAX_OUTLINE_PARTS)
        if record is None or not parts:
            return None
        citations: list[Citation] = []
        named = _cited_parts(parts, snapshot, citations)
        intro = say("outline", q.lang, title=record.info.title or record.info.document, count=len(parts))
        return Answer(answer=f"{intro} " + "; ".join(named) + ".", citations=citations, confidence=0.9)

    # -- how it was made ---------------------------------------------------------------
    def _making(self, q: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        """"Who funded the preparation of the plan?", "qui a publié le rapport ?", "wie heeft
        het auteursrecht?": a question about the plan itself (see `about_itself`) that asks
        how it was made is answered by the first sentence of the plan that states it ("The
        plan was prepared with the support of …", "© …") and names the plan or stands in its
        front or back matter; a label there ("Publisher:") with the line after it. When the
        plan states none, a relation only the plan states of itself (its publisher, licence,
        …) is not answered by other sentences: the answer abstains."""
        found = _asked_relation(q.text, q.lang)
        if found is None:
            return None
        relation, asked = found
        if relation in DATED_RELATIONS:  # "which months does it cover?": the months are the date asked
            asked = asked + kind_asked(q)
        doc_id = self._document(q, hits, snapshot)
        if doc_id is None or not about_itself(q, asked + self._quoted_title(q, doc_id, snapshot), doc_id, snapshot):
            return None
        if relation in NAMED_ONLY and not names_document(q, doc_id, snapshot):
            return None
        record = snapshot.documents.get(doc_id)
        lang = record.info.language if record is not None and record.info.language else q.lang
        read = _reading_order(doc_id, snapshot)
        # a line that names the relation ("Publication date: …") before one that only has its form (a date)
        for with_form in (False, True) if RELATION_FORMS.get(relation) else (False,):
            stated = _stated(relation, _relation_pattern(relation, lang, with_form), read, doc_id, lang, snapshot)
            if stated is not None:
                return stated
        if relation == "publisher":
            # an imprint over an address; else the body its cover names ("Ministère du …")
            imprint = _imprint(read, snapshot) or _cited_publisher(doc_id, snapshot) \
                or self._issuer(q, list(BODY_NAMES), doc_id, snapshot)
            if imprint is not None:
                return imprint
        # asked of the plan itself, which never states it: what it says of others' is no answer
        return abstain(lang=q.lang) if relation in STATED_OF_ITSELF_ONLY else None

    def _made_by(self, q: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        """"Who drew up the plan?" when no line states it "prepared by", nor its cover or byline
        names the body: a sentence the search found that says the plan made, in any voice (see
        `_making_of_the_plan`). Asked for a body, a sentence on another making is no answer."""
        found = _asked_relation(q.text, q.lang)
        if found is None or found[0] != "maker" or q.expects not in ("agent", "document"):
            return None  # ("when was it drawn up?" asks for a date: the sentence search finds it)
        doc_id = self._document(q, hits, snapshot)
        if doc_id is None or not about_itself(q, found[1] + self._quoted_title(q, doc_id, snapshot), doc_id, snapshot):
            return None
        record = snapshot.documents.get(doc_id)
        lang = record.info.language if record is not None and record.info.language else q.lang
        passages = [h.chunk for h in hits[:_MAKING_HITS] if h.chunk.doc_id == doc_id and h.chunk.kind == "passage"]
        said = _making_of_the_plan(passages, doc_id, lang, snapshot)
        return said if said is not None or q.expects != "agent" else abstain(lang=q.lang)

    # -- the body on its cover -----------------------------------------------------------
    def _issuer(self, q: Question, kind: list[str], doc_id: str, snapshot: Snapshot) -> Answer | None:
        """"Which ministry carries the X plan?", "welk departement geeft X uit?": a question
        whose words, but for the kind of body and one verb, all name the plan is about the
        plan itself; the line of its cover that opens with a body of that kind answers it
        ("Ministère du …", "Departement …")."""
        if not about_itself(q, kind, doc_id, snapshot):
            return None
        any_body = bool(set(kind) & _ANY_BODY)
        if any_body:
            kind = list(BODY_NAMES)  # "which institution …?": a body of any kind
        heads = list(dict.fromkeys(unaccented(w.lower())[:_KIND_PREFIX] for w in kind if len(w) >= _KIND_PREFIX))
        found = [(chunk, line, a, text, at) for chunk, line, a, text, at in _cover_lines(doc_id, snapshot)
                 if 2 <= len(re.findall(r"[\w'’-]+", line)) <= _COVER_LINE_WORDS and _kind_head(line) in heads]
        # "which ministry and directorate …?": a line for each kind asked
        groups = [found] if any_body or len(heads) == 1 else [[f for f in found if _kind_head(f[1]) == h] for h in heads]
        lines: list[str] = []
        citations: list[Citation] = []
        for of_kind in (g for g in groups if g):
            # a cover in two languages names the body twice: the line in the question's language
            chunk, line, a, text, at = next((f for f in of_kind if detect(f[1].lower(), default="") == q.lang), of_kind[0])
            line = re.split(r":\s", line)[0].rstrip()  # the body, not the title a citation writes after it
            citations.append(cite(snapshot, chunk, a, a + len(line), len(citations) + 1, text=text, offset=at))
            lines.append(f"{' '.join(line.split())} [{len(citations)}]")
        if not lines:
            return None
        record = snapshot.documents.get(doc_id)
        title = record.info.title if record is not None and record.info.title else doc_id
        named = " ".join(lines)
        return Answer(answer=say("cover_names", q.lang, title=title, line=named), citations=citations, confidence=0.9)

    # -- author / issuer ----------------------------------------------------------------
    def _byline(self, q: Question, doc_id: str, snapshot: Snapshot) -> Answer | None:
        """"Who wrote it?": the byline the reader found, else the plan's suggested citation."""
        if not re.search(r"\b(wrote|written|author|auteur|écrit|rédigé|geschreven|opgesteld|auteurs?)\b", q.text, re.I):
            return None  # a date or title of the document: the passages answer it
        about = [snapshot.chunks[i] for i in snapshot.doc_chunks.get(doc_id, ()) if snapshot.chunks[i].kind == "about"]
        record = snapshot.documents.get(doc_id)
        if not about or record is None or not record.info.author:
            return _cited_as(doc_id, snapshot)
        chunk = about[0]
        citation = cite(snapshot, chunk, chunk.start, chunk.end, 1)
        text = say("author", q.lang, title=record.info.title or record.info.document, author=record.info.author)
        return Answer(answer=f"{text} [1].", citations=[citation], confidence=1.0)

    def _signer(self, q: Question, doc_id: str, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        """"Who signed the decree?", "who wrote the foreword?": the signature block in the
        passages the search found, the first of them when there are several (a block the
        search did not reach may sign something else than what is asked about); for a
        foreword, the headings that say whose it is ("Foreword by …"), each of them; for "who
        sent the study?", about the document itself, the signer of the letter it opens with."""
        headed = written_by(snapshot, doc_id) if FOREWORD.search(q.text) else []
        if headed:
            citations = [cite(snapshot, s.chunk, s.start, s.end, n, text=s.chunk.heading, offset=s.start)
                         for n, s in enumerate(headed[:_FOREWORDS], 1)]
            return Answer(answer="; ".join(f"{' '.join(c.quote.split())} [{c.id}]" for c in citations) + ".",
                          citations=citations, confidence=0.9)
        sent = not SIGNED.search(q.text) and SENT.search(q.text) is not None
        told = SENT if sent else SIGNING
        if any(told.search(h.chunk.text) for h in hits if h.chunk.kind in ("passage", "row") and h.chunk.doc_id == doc_id):
            return None  # a sentence of the plan tells who signed (sent) what
        every = signatures(snapshot, doc_id)
        rank = {h.chunk.id: n for n, h in enumerate(hits)}
        near = [s for s in every if s.chunk.id in rank]
        if sent and not near and names_document(q, doc_id, snapshot):
            near = every[:1]  # the covering letter's, though the search did not reach its end
        if not near:
            return None
        best = min(near, key=lambda s: rank.get(s.chunk.id, 0))
        citation = cite(snapshot, best.chunk, best.start, best.end, 1)
        return Answer(answer=f"{say('signed', q.lang, signer=best.text)} [1]", citations=[citation], confidence=0.9)

    # -- overview -----------------------------------------------------------------------
    def _overview(self, q: Question, doc_id: str, snapshot: Snapshot) -> Answer | None:
        record = snapshot.documents.get(doc_id)
        outline = sections(snapshot, doc_id)
        passages = [c for s in outline for c in s.chunks]
        if not passages or record is None:
            return None
        end = max(c.end for c in passages)
        early = [c for n, c in enumerate(passages) if c.start <= self.early_share * end or n < _FIRST_PASSAGES]
        lang = record.info.language or q.lang
        chosen: list[tuple[StoredChunk, int, int]] = self._purpose(early, lang)
        parts = _top_sections(outline, self.parts, {id(c) for c, _, _ in chosen})
        citations: list[Citation] = []
        pieces: list[str] = []
        for chunk, a, b in chosen:
            citations.append(cite(snapshot, chunk, a, b, len(citations) + 1))
            pieces.append(f"{strip_markup(chunk.text[a - chunk.start : b - chunk.start])} [{len(citations)}]")
        if not chosen and not parts:
            # no statement of purpose and no parts (a short text of numbered points): the
            # title it opens with says what it is about, and its first sentence how it begins
            pieces += _opening(passages, snapshot, citations)
        if parts:
            named = _cited_parts(parts, snapshot, citations)
            pieces.append(f"{say('overview_parts', q.lang)} " + "; ".join(named) + ".")
        if not citations:
            return None
        limit = within_share(q, OVERVIEW_CHARS)
        text = f"{say('overview_purpose', q.lang, title=record.info.title or record.info.document)} " + " ".join(pieces)
        while len(text) > limit and len(pieces) > 1:
            pieces.pop(0 if len(pieces) > 2 else -1)
            text = f"{say('overview_purpose', q.lang, title=record.info.title or record.info.document)} " + " ".join(pieces)
        used = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
        kept = [c for c in citations if c.id in used]
        return Answer(answer=text[:OVERVIEW_CHARS], citations=kept, confidence=0.9)

    def _purpose(self, chunks: list[StoredChunk], lang: str) -> list[tuple[StoredChunk, int, int]]:
        """The sentences early in the plan that state its purpose, best first, in reading order."""
        cues = _cue_pattern(lang)
        scored = []
        for rank, c in enumerate(chunks):
            for a, b in split_sentences(c.text):
                sentence = c.text[a:b].lower().replace("’", "'")
                hits = len(cues.findall(sentence))
                if not hits and SELF_REFERENCE.get(lang, SELF_REFERENCE["en"]).search(sentence):
                    hits = 1
                # (a colophon's web or mail address line is no statement of purpose)
                if hits and 40 <= b - a <= 400 and not is_contents_line(sentence) and not has_web_address(sentence) \
                        and not re.search(RELATION_FORMS["contact"], sentence):
                    end = _items_end(c.text, b)  # "… around three axes:" with its axes
                    scored.append((hits + (end > b) - 0.02 * rank, c, c.start + a, c.start + end))
        scored.sort(key=lambda s: -s[0])
        best = sorted(scored[: self.purpose_sentences], key=lambda s: s[2])
        return [(c, a, b) for _, c, a, b in best]


_NAMING_WORDS = 6  # words before a quoted title that may be the noun for a plan and what qualifies it


def _items_end(text: str, end: int) -> int:
    """Where the short items a sentence ending with a colon introduces end (up to
    `_OVERVIEW_ITEMS` paragraphs or lines of `_ITEM_WORDS` words at most), or `end` when it
    introduces none."""
    if not text[:end].rstrip().endswith(":"):
        return end
    last = end
    for n, m in enumerate(re.finditer(r"[^\n]+", text[end:])):
        if n >= _OVERVIEW_ITEMS or len(m.group(0).split()) > _ITEM_WORDS:
            break
        last = end + m.end()
    return last


_OVERVIEW_ITEMS = 6
_ITEM_WORDS = 30
_SUBJECT_WORDS = 6  # the first words of a sentence, where it names what it is said of
_FOREWORDS = 3  # forewords named at most (a minister's and a partner's)
_MAKING_HITS = 10  # the passages found first, where a sentence on how the plan was made is looked for
_KIND_PREFIX = 5  # letters a kind of body begins with in the three languages ("minis", "depar", "agenc")
_COVER_LINE_WORDS = 14  # a line of a cover names a body; a longer one is a sentence
# the last passages in reading order are the back matter (a colophon's few short passages,
# and an annex's after it)
BACK_PASSAGES = 6
_SENTENCE_LINES = 3  # a "sentence" over more lines is a cover's or colophon's lines run together
_FRAMING_WORDS = 40  # a sentence of the front or back matter this long at most is about the plan


def _stated(relation: str, cues: re.Pattern[str], read: list[StoredChunk], doc_id: str, lang: str,
            snapshot: Snapshot) -> Answer | None:
    """The first line or sentence of the plan, in reading order, that states the relation."""
    naming = _naming_stems(doc_id, snapshot)
    for n, chunk in enumerate(read):
        if cited_works(chunk.section):
            continue
        framing = _framing(n, read)
        # a colophon's line may be set as a heading ("A publication of …" over the date)
        for text, offset, a, b in [*_heading_line(chunk), *((chunk.text, chunk.start, a, b)
                                                            for a, b in split_sentences(chunk.text))]:
            sentence = text[a:b]
            if not cues.search(unaccented(sentence.lower())):
                continue
            form_only = relation in FORM_IN_FRAMING_ONLY and not _relation_pattern(relation, lang, False).search(
                unaccented(sentence.lower()))
            if form_only and not framing:
                continue
            # a cover or colophon is lines, not sentences: the short line that states it
            line = next((m for m in re.finditer(r"[^\n]+", sentence) if cues.search(unaccented(m.group(0).lower()))), None)
            lines = sentence.strip().count("\n") + 1
            if framing and line is not None and len(line.group(0).split()) <= _COVER_LINE_WORDS and (
                    lines > _SENTENCE_LINES or cues.match(unaccented(line.group(0).strip().lower()))) \
                    and _states_value(line.group(0), cues, RELATION_FORMS.get(relation)) \
                    and (relation not in FORM_IN_FRAMING_ONLY or _form_of_plan(line.group(0), relation, naming, lang)):
                a, b = a + line.start(), a + line.end()
            elif form_only and not (lines == 1 and line is not None and len(line.group(0).split()) <= _COVER_LINE_WORDS
                                    and _form_of_plan(line.group(0), relation, naming, lang)):
                continue  # a sentence with the form alone dates what it names ("builds on the 2018-2021 …")
            elif framing and relation in STATED_OF_ITSELF_ONLY and relation not in DATED_RELATIONS \
                    and len(sentence.split()) <= _FRAMING_WORDS:
                pass  # a sentence of the front or back matter ("You may reuse it under …") speaks of the plan
                # (a date in one is the date of what the sentence names: "the survey was published in …")
            elif not (_names_plan(" ".join(sentence.split()[:_SUBJECT_WORDS]), naming, lang)
                      or SELF_REFERENCE.get(lang, SELF_REFERENCE["en"]).search(sentence.lower())):
                continue  # not said of the plan (its subject): a measure's funder, not the plan's
            if text[a:b].rstrip().endswith(":"):  # a label ("Publisher:"), its value on the next line
                value = re.match(r"[ \t]*\n[ \t]*\S[^\n]*", text[b:])  # the very next line
                if value is None:
                    continue  # (its value a logo: no text says it)
                b += value.end()
            citation = cite(snapshot, chunk, offset + a, offset + b, 1, text=text, offset=offset)
            return Answer(answer=f"{strip_markup(text[a:b]).strip()} [1]", citations=[citation], confidence=0.9)
    return None


def _making_of_the_plan(passages: list[StoredChunk], doc_id: str, lang: str, snapshot: Snapshot) -> Answer | None:
    """The first sentence of `passages` that says how the plan was made in any voice ("Le
    gouvernement a élaboré … le premier Plan …", "the strategy was developed jointly by …")
    and names the plan: by the noun its title or file name calls it ("plan", "strategy", the
    end of a Dutch compound: "regeerakkoord"; not "the annual report is drawn up …" of a
    plan), a word naming it when neither has such a noun, or "this plan"."""
    cues = _made_pattern(lang)
    # (the file name too: a reader's title may be a heading, "1. Measures")
    naming = {s for s in snapshot.title_stems(doc_id) if is_plan_noun(s)} or _naming_stems(doc_id, snapshot)
    self_reference = SELF_REFERENCE.get(lang, SELF_REFERENCE["en"])
    for chunk in passages:
        for a, b in split_sentences(chunk.text):
            sentence = chunk.text[a:b]
            made = cues.search(unaccented(sentence.lower()))
            # the plan is the subject (its first words: "the plan was drafted by …") or comes
            # after the making ("X a élaboré … le premier plan …"), not any word before it
            if made and (_names_plan(" ".join(sentence.split()[:_SUBJECT_WORDS]), naming, lang)
                         or _names_plan(sentence[made.end():], naming, lang)
                         or self_reference.search(sentence.lower())):
                citation = cite(snapshot, chunk, chunk.start + a, chunk.start + b, 1)
                return Answer(answer=f"{strip_markup(sentence).strip()} [1]", citations=[citation], confidence=0.7)
    return None


def _names_plan(text: str, naming: set[str], lang: str) -> bool:
    """Does `text` write one of a plan's `naming` stems, or spell one out by its initials
    ("The National Action Plan …" of a plan called "NAP")?"""
    return bool(set(tokenize(text, lang)) & naming or spelled_out(text, naming))


def _naming_stems(doc_id: str, snapshot: Snapshot) -> set[str]:
    """The words of a plan's title that, in a sentence's subject, say the sentence is about the
    plan: a noun for a plan ("Plan", "Strategy") or a word that names this plan among the others
    (`naming_words`), not any word of its title ("la dimension changement climatique préparée
    par …" is said of something else than the climate change plan)."""
    naming = snapshot.naming_words.get(doc_id, set())
    title = snapshot.title_stems(doc_id, file_name=False)
    # (a title of common words only names the plan whole)
    return {s for s in title if s in plan_noun_stems() or s in naming} or title


def _cited_as(doc_id: str, snapshot: Snapshot) -> Answer | None:
    """The plan's suggested citation, in its front or back matter ("Please cite as follows:
    X, Title. Place, 2020." or a "Citation" label over it), to its first full stop: it opens
    with the plan's author."""
    found = _suggested_citation(doc_id, snapshot)
    if found is None:
        return None
    chunk, a, end = found
    spans = split_sentences(chunk.text, a, end)
    if not spans:
        return None
    b = spans[0][1]
    citation = cite(snapshot, chunk, chunk.start + a, chunk.start + b, 1)
    return Answer(answer=f"{' '.join(chunk.text[a:b].split())} [1]", citations=[citation], confidence=0.9)


def _cited_publisher(doc_id: str, snapshot: Snapshot) -> Answer | None:
    """The publisher the plan's suggested citation names in its imprint, "Place: Publisher,
    Year" ("Gütersloh: Bertelsmann Stiftung, 2020"), quoted whole."""
    found = _suggested_citation(doc_id, snapshot)
    if found is None:
        return None
    chunk, a, end = found
    m = _IMPRINT_IN_CITATION.search(chunk.text, a, end)
    if m is None:
        return None
    citation = cite(snapshot, chunk, chunk.start + m.start(), chunk.start + m.end(), 1)
    return Answer(answer=f"{' '.join(m.group(0).split())} [1]", citations=[citation], confidence=0.9)


def _suggested_citation(doc_id: str, snapshot: Snapshot) -> tuple[StoredChunk, int, int] | None:
    """The passage holding the plan's suggested citation in its front or back matter, and
    the span of the citation in its text (after its label, to a blank line)."""
    read = _reading_order(doc_id, snapshot)
    for n, chunk in enumerate(read):
        if not _framing(n, read):
            continue
        # the label as the passage's heading ("Citation" over it), or in its text
        labelled = chunk.heading_span is not None and _CITED_AS.fullmatch(unaccented(chunk.heading.lower().strip(" :")))
        for end in [0] if labelled else [m.end() for m in _CITED_AS.finditer(unaccented(chunk.text.lower()))]:
            value = (_CITATION if labelled else _CITATION_AFTER_LABEL).match(chunk.text[end:])
            if value is not None:
                a = end + value.start(1)  # (offsets in the passage's text)
                return chunk, a, a + len(value.group(1))
    return None


def _this_document(q: Question) -> bool:
    """Is the thing a definition question asks about the document in hand ("this X paper",
    "ce rapport", "dit plan"): a demonstrative, then a noun for a document?"""
    focus = [w.lower() for w in re.findall(r"[\w'’-]+", q.focus or "")]
    nouns = {n for lang in (q.lang, "en") for n in DOCUMENT_NOUNS.get(lang, ())}
    return len(focus) > 1 and focus[0] in DEMONSTRATIVES.get(q.lang, ()) and bool(nouns & set(focus[1:]))


def _title_line(q: Question, doc_id: str, snapshot: Snapshot) -> Answer | None:
    """"What is the title of the X paper?": the plan's title where its opening writes it (a
    heading over a passage, or a passage's line; else the line that writes most of it, half
    at least), quoted. A title its opening does not write is not answered by another line."""
    record = snapshot.documents.get(doc_id)
    title = " ".join((record.info.title or "").split()) if record is not None else ""
    if not title:
        return abstain(lang=q.lang)
    written = re.compile(r"\s+".join(re.escape(w) for w in title.split()))
    wanted = set(tokenize(title))
    best: tuple[int, StoredChunk, str, int, int, int] | None = None  # (shared words, chunk, text, offset, start, end)
    for chunk in _reading_order(doc_id, snapshot):
        if chunk.start >= COVER_CHARS:
            break
        for text, at in ([(chunk.heading, chunk.heading_span[0])] if chunk.heading_span else []) + [(chunk.text, chunk.start)]:
            m = written.search(text)
            if m is not None:  # the title as written
                return _titled(q, title, cite(snapshot, chunk, at + m.start(), at + m.end(), 1, text=text, offset=at))
            for line in re.finditer(r"[^\n]+", text):  # a cover that sets it on several lines: the line with most of it
                if len(line.group(0).split()) > len(title.split()) or line.group(0).rstrip().endswith((".", ";", ":")):
                    continue  # a sentence that writes its words, not a line of the title
                shared = len(wanted & set(tokenize(line.group(0))))
                if shared * 2 >= len(wanted) and (best is None or shared > best[0]):
                    best = (shared, chunk, text, at, line.start(), line.end())
    if best is None:
        return abstain(lang=q.lang)
    _, chunk, text, at, a, b = best
    return _titled(q, title, cite(snapshot, chunk, at + a, at + b, 1, text=text, offset=at))


def _kind_head(line: str) -> str:
    """The first letters of a line's first word, unaccented: the kind of body it opens with."""
    words = re.findall(r"[\w'’-]+", line)
    return unaccented(words[0].lower())[:_KIND_PREFIX] if words else ""


def _cover_lines(doc_id: str, snapshot: Snapshot) -> Iterator[tuple[StoredChunk, str, int, str, int]]:
    """The lines of a plan's opening (`COVER_CHARS`), in reading order: each with its chunk,
    its document offset, and the text it is quoted from with that text's offset. A cover's
    lines in capitals are read as headings: the passage under one holds only its rule
    ("-----"), the heading (on one or more lines) is the body's name."""
    for chunk in _reading_order(doc_id, snapshot):
        if chunk.start >= COVER_CHARS:
            return
        # (a cover unit is one heading, on one line or more)
        body = [chunk.text] if chunk.kind == "cover" else chunk.text.split("\n")
        for text, at, lines in ([(chunk.heading, chunk.heading_span[0], [chunk.heading])]
                                if chunk.heading_span else []) + [(chunk.text, chunk.start, body)]:
            offset = 0
            for line in lines:
                yield chunk, line, at + text.index(line, offset), text, at
                offset += len(line) + 1


def _titled(q: Question, title: str, citation: Citation) -> Answer:
    return Answer(answer=f"{say('titled', q.lang, title=title)} [1]", citations=[citation], confidence=0.9)


def _reading_order(doc_id: str, snapshot: Snapshot) -> list[StoredChunk]:
    """The plan's passages and cover lines in reading order (a plan's table rows are stored
    after them)."""
    return sorted((c for c in map(snapshot.chunks.get, snapshot.doc_chunks.get(doc_id, ()))
                   if c is not None and c.kind in ("passage", "about", "cover")), key=lambda c: c.start)


_TITLE = re.compile(r"\b(?:" + "|".join(sorted({w for ws in TITLE_WORDS.values() for w in ws}, key=len, reverse=True))
                    + r")\b", re.I)
_CITED_AS = re.compile(r"(?m)^[ \t]*(?:" + "|".join(re.escape(unaccented(c)) for c in sorted(
    {c for forms in CITED_AS.values() for c in forms}, key=len, reverse=True)) + r")\b")
# the citation: its lines up to a blank line; in the text, after a label that ends its line or
# is followed by a colon ("Citation of sources is …" labels nothing)
_CITATION = re.compile(r"[ \t]*:?\s*(\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*)")
_CITATION_AFTER_LABEL = re.compile(r"[ \t]*(?::|\n)\s*(\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*)")
_ADDRESS = re.compile("|".join(f"(?:{p})" for p in ADDRESS_LINES))
# a citation's imprint: "Gütersloh: Bertelsmann Stiftung, 2020" (place, publisher, year), a
# sentence of its own (not "… Ports: Plan des ports, 2031", an author and a title)
_IMPRINT_IN_CITATION = re.compile(r"(?m)(?:(?<=\.\s)|^)[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?:\s+([A-ZÀ-Ý][^,.:;\n]{1,80}),\s+(?:19|20)\d\d\b")
_IMPRINT_NAME_WORDS = 6  # a publisher's name over its address is this many words at most


def _imprint(read: list[StoredChunk], snapshot: Snapshot) -> Answer | None:
    """The publisher an imprint names: in the front or back matter, the line over a postal
    address of two lines or more ("Harbour Office" / "70 Quay Street" / "Zeestad ZS1 2AB"), a
    name of a few capitalised words."""
    for n, chunk in enumerate(read):
        if not _framing(n, read):
            continue
        # each line's text and where it starts, its indent left out
        lines = [(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.group(0).strip())
                 for m in re.finditer(r"[^\n]+", chunk.text)]
        for i in range(1, len(lines) - 1):
            (a, name), (_, street), (_, town) = lines[i - 1 : i + 2]
            if not (_ADDRESS.fullmatch(street) and _ADDRESS.fullmatch(town) and _name_line(name)):
                continue
            b = a + len(name)
            if i >= 2:  # a name set on two lines ("DEPARTMENT" / "HARBOUR WORKS"), no blank line between
                start, above = lines[i - 2]
                if chunk.text[start + len(above):a].count("\n") == 1 and _name_line(above) \
                        and len(above.split()) + len(name.split()) <= _IMPRINT_NAME_WORDS:
                    a = start
            citation = cite(snapshot, chunk, chunk.start + a, chunk.start + b, 1)
            return Answer(answer=f"{' '.join(chunk.text[a:b].split())} [1]", citations=[citation], confidence=0.9)
    return None


def _framing(n: int, read: list[StoredChunk]) -> bool:
    """Is the `n`th passage of the plan (in reading order) in its front or back matter?"""
    return read[n].start < 2 * COVER_CHARS or n >= len(read) - BACK_PASSAGES


def _form_of_plan(line: str, relation: str, naming: set[str], lang: str) -> bool:
    """Is the form in a line of the front or back matter the plan's: the line is the form
    alone ("2019-2024") or names the plan ("NATIONAL ACTION PLAN 2013-2016"), not another
    programme a sentence lists with its years, over lines (the line ends with a comma or a
    link word: "… 2018-2021 (GP), the")?"""
    words = line.split()
    if line.rstrip().endswith((",", ";")) or words and words[-1] in LINK_WORDS:
        return False
    rest = re.sub(RELATION_FORMS[relation], " ", unaccented(line.lower()))
    return not re.search(r"\w", rest) or _names_plan(line, naming, lang)


def _name_line(line: str) -> bool:
    """A line that may be a publisher's name: a few words, capitalised, no figure, no address."""
    return 1 <= len(line.split()) <= _IMPRINT_NAME_WORDS and line[:1].isupper() \
        and not any(ch.isdigit() for ch in line) and not _ADDRESS.fullmatch(line) and not line.endswith((".", ":"))


def _asked_relation(question: str, lang: str) -> tuple[str, list[str]] | None:
    """The relation to its making a question asks about ("funding", "publisher", "copyright"),
    and the question's words that ask for it."""
    text = unaccented(question.lower())
    dated = [r for r in DATED_RELATIONS if any(asks_for(kind, question, lang) for kind in DATED_TYPES[r])]
    order = [*dated, *(r for r in RELATIONS if r not in DATED_RELATIONS)]
    for relation in order:
        hits = _cue_words(relation, text, lang)
        if any(_cue_words(other, text, lang) for other in GIVES_WAY_TO.get(relation, ())):
            continue
        if hits:
            return relation, [w for h in hits for w in h.split()]
    return None


def _cue_words(relation: str, text: str, lang: str) -> list[str]:
    """The words of `text` (unaccented, lower case) that ask for `relation`: a word beginning
    with one of its cues, or one of its whole words."""
    table = RELATIONS[relation]
    cues = table["question"].get(lang, ()) + table["question"]["en"]
    whole = table.get("question_words", {})
    words = whole.get(lang, ()) + whole.get("en", ())
    return [m.group(0) for c in cues for m in re.finditer(rf"(?<!\w){re.escape(c)}[\w'’]*", text)] + [
        m.group(0) for c in words for m in re.finditer(rf"(?<!\w){re.escape(c)}(?!\w)", text)]


@lru_cache(maxsize=None)
def _relation_pattern(relation: str, lang: str, with_form: bool = True) -> re.Pattern[str]:
    """The words that state a relation in a sentence of the plan's language or of English,
    and (`with_form`) the form that states it alone (an e-mail address, a date line)."""
    table = RELATIONS[relation]["sentence"]
    cues = [re.escape(c) for c in sorted(set(table.get(lang, ()) + table["en"]), key=len, reverse=True)]
    form = RELATION_FORMS.get(relation) if with_form else None
    return re.compile(r"(?:^|(?<=\W))(?:" + "|".join(cues + ([form] if form else [])) + r")")


@lru_cache(maxsize=None)
def _made_pattern(lang: str) -> re.Pattern[str]:
    """The participles of a plan's making in `lang` and English, inflected (not the nouns
    they begin: "préparée", not "préparation"), over unaccented lower-case text."""
    words = sorted({unaccented(w) for w in MADE.get(lang, ()) + MADE["en"]}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?:e|s|es)?(?!\w)")


@lru_cache(maxsize=None)
def _cue_pattern(lang: str) -> re.Pattern[str]:
    """The purpose cues of a language and of English, as whole words ("présente", not the
    end of "représente")."""
    cues = sorted(set(PURPOSE_CUES.get(lang, ()) + PURPOSE_CUES["en"]), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)")


def _opening(passages: list[StoredChunk], snapshot: Snapshot, citations: list[Citation]) -> list[str]:
    """The title the first passage opens under and that passage's first sentence, cited
    (appended to `citations`); nothing when the first passage opens a part. A first passage
    under no heading at all (a document whose title is a line of its text, the rest a table
    of actions) gives its first sentence that is more than a line of its cover ("Ongoing
    actions and those arising from the last meeting …", not "4 JULY 2012")."""
    first = passages[0]
    span = first.heading_span
    if span is None and not first.section:
        said = _first_said(first)
        if said is None:
            return []
        citations.append(cite(snapshot, first, *said, len(citations) + 1))
        return [f"{strip_markup(first.text[said[0] - first.start : said[1] - first.start])} [{len(citations)}]"]
    if span is None or " > " in first.section:
        return []  # (a heading below the title names a part, not the whole)
    citations.append(cite(snapshot, first, *span, len(citations) + 1, text=first.heading, offset=span[0]))
    pieces = [f"{' '.join(strip_markup(first.heading).replace('#', ' ').split())} [{len(citations)}]"]
    a, b = first_sentence(first)
    citations.append(cite(snapshot, first, a, b, len(citations) + 1))
    pieces.append(f"{strip_markup(first.text[a - first.start : b - first.start])} [{len(citations)}]")
    return pieces


_SAID_WORDS = 5  # a sentence of the text, not a line of its cover, has this many words or more
_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?!\s*\n))+")  # lines up to a blank line (a wrapped sentence stays whole)


def _first_said(chunk: StoredChunk) -> tuple[int, int] | None:
    """The document span of a passage's first sentence that ends as one and has `_SAID_WORDS`
    words or more: a title, a date or a reference line of the cover is not one."""
    for line in _PARAGRAPH.finditer(chunk.text):  # (a paragraph of the cover is no sentence's start)
        for a, b in split_sentences(line.group(0)):
            piece = line.group(0)[a:b].strip()
            if len(piece.split()) >= _SAID_WORDS and piece[-1:] in ".!?" and not piece.isupper():
                return chunk.start + line.start() + a, chunk.start + line.start() + b
    return None


def _cited_parts(parts: list[Section], snapshot: Snapshot, citations: list[Citation]) -> list[str]:
    """Each part's heading with the marker of a citation of its first sentence (appended to
    `citations`)."""
    named = []
    for s in parts:
        a, b = first_sentence(s.first)
        citations.append(cite(snapshot, s.first, a, b, len(citations) + 1))
        named.append(f"{strip_markup(s.heading)} [{len(citations)}]")
    return named


def _top_sections(outline: list[Section], parts: int, skip: set[int] = frozenset()) -> list[Section]:
    """The main parts of a document: the sections of the first heading level that divides
    its text (below a title, or a part, that holds `TITLE_SHARE` of it), the first `parts`
    of those that hold `MIN_PART_SHARE` of the text each. Front and back matter (contents,
    references) and cover lines, which hold little text, are not parts; nor is a section
    whose first passage is in `skip` (ids of passages the answer quotes already)."""
    # a line of a table of contents read as a heading holds nothing of its own: what it
    # seems to hold belongs to the level above
    unlisted = [Section(tuple(h for h in s.path if not is_contents_line(h)), s.chunks) for s in outline]
    sized = [(s, sum(c.end - c.start for c in s.chunks)) for s in unlisted if s.path]
    for depth in range(MAX_PART_DEPTH):
        total = sum(n for _, n in sized) or 1
        groups: dict[str, list] = {}
        for s, n in sized:
            if len(s.path) <= depth:
                continue
            head = s.path[depth]
            if _SKIP_HEADINGS.search(head.strip(" .:0123456789|")) or under_contents(head) or is_contents_line(head):
                continue
            groups.setdefault(head, [Section(s.path[: depth + 1], s.chunks), 0])[1] += n
        if not groups:
            return []
        largest = max(groups.values(), key=lambda g: g[1])
        if largest[1] >= TITLE_SHARE * total:
            sized = [(s, n) for s, n in sized if s.path[: depth + 1] == largest[0].path]
            continue
        big = [section for section, n in groups.values() if n >= MIN_PART_SHARE * total]
        return [s for s in big if id(s.first) not in skip][:parts] if len(big) >= 2 else []
    return []


TITLE_SHARE = 0.75
MIN_PART_SHARE = 0.05
MAX_OUTLINE_PARTS = 12
MAX_PART_DEPTH = 4


def _states_value(line: str, cues: re.Pattern[str], form: str | None = None) -> bool:
    """Does a line give what its cue introduces ("Published by the Ports Office", "Publisher:"
    over the name, an address written in the relation's form), rather than break off after
    it ("… has been developed by the", the name on the next line of a sentence)?"""
    if form and re.search(form, line):
        return True
    folded = unaccented(line.lower()).rstrip()
    last = list(cues.finditer(folded))[-1]
    after = folded[last.end():]
    return (folded.endswith(":") or any(w not in ALL_STOPWORDS for w in re.findall(r"\w+", after))
            or (bool(re.search(r"\w", folded[: last.start()])) and not after.strip()))


def _heading_line(chunk: StoredChunk) -> list[tuple[str, int, int, int]]:
    """The heading a passage opens its section under, as a line to read (text, its document
    offset, and the span of the line in it); none for a passage that opens no section or
    whose heading is its own text."""
    span = chunk.heading_span
    return [] if span is None else [(chunk.heading, span[0], 0, len(chunk.heading))]
