"""The composer interface and the helpers every composer uses to cite verbatim."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable

from assistant.answering.entities import leading_name, only_months
from assistant.models import Answer, Citation
from plans.vocabulary.messages import say
from assistant.question import Question, analyse
from assistant.retrieval import Hit
from plans.index import Snapshot, StoredChunk
from plans.index.lexical import NAME_PREFIX, QueryTerm, alike, query_terms, stem, tokenize, words
from plans.text import LINK_WORDS, QUOTED_TITLE, initials, unaccented, unelided
from plans.vocabulary import union
from plans.vocabulary.grounding import NUMBER_WORDS
from plans.vocabulary.making import CITED_WORKS
from plans.vocabulary.conversation import ROW_WORDS
from plans.vocabulary.coordination import DETERMINERS
from plans.vocabulary.questions import (ABOUT_WORDS, AUXILIARIES, DOCUMENT_NOUNS, GENERIC_KINDS, GENERIC_QUALIFIERS,
                                       LIST_VERBS, SOURCE_CUES, SOURCE_OPENINGS, WHICH, inverted_verb,
                                       without_request)
from plans.vocabulary.roles import cue_words, fold
from plans.vocabulary.stopwords import ALL_STOPWORDS

ABSTAIN_TEXT = say("abstain", "en")
OVERVIEW_CHARS = 900  # an overview is 3 to 5 cited sentences within this many characters


def within_share(q: Question, most: int) -> int:
    """The characters an answer may take: `most`, or less when the question is one part of a
    longer one (its share, `q.limit`)."""
    return min(most, q.limit) if q.limit else most


class Composer(ABC):
    """Turns a question and its evidence into an answer, or None to let the next composer try."""

    name: str = "composer"

    @abstractmethod
    def compose(self, question: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None: ...


def abstain(reason: str | None = None, confidence: float = 0.0, lang: str = "en") -> Answer:
    return Answer(answer=reason or say("abstain", lang), abstained=True, citations=[], confidence=confidence)


def cite(snapshot: Snapshot, chunk: StoredChunk, start: int, end: int, marker: int,
         text: str | None = None, offset: int | None = None) -> Citation:
    """A citation of `[start, end)` (document offsets). The quote is cut from `text` (which
    starts at document offset `offset`): the chunk's own text by default, or a table row's
    verbatim action cell; a row's citation carries its id, page and cells as the passage."""
    record = snapshot.documents.get(chunk.doc_id)
    text = chunk.text if text is None else text
    offset = chunk.start if offset is None else offset
    quote = text[start - offset : end - offset]
    row = chunk.commitment if chunk.kind == "row" else None
    page = row.page if row is not None and row.page is not None else None
    if page is None:
        page = record.page_at(start) if record else chunk.page
    return Citation(
        id=marker,
        document=chunk.doc_id,
        title=record.info.title if record else chunk.doc_id,
        page=page,
        page_label=record.label_of(page) if record else None,
        section=chunk.section or None,
        ref=chunk.ref,
        quote=quote,
        passage=row.passage if row is not None else text,
        start=start,
        end=end,
    )


def named_documents(q: Question, snapshot: Snapshot) -> set[str]:
    """Documents the question names by a word of their title that is theirs ("adaptation",
    "GCM"): empty when it names none in particular."""
    titled = quoted_titles(q.text, snapshot)
    if titled:
        return titled
    named = _named(q, snapshot)
    if not named:  # ("het actieplan Vogels en Heide" of a plan titled "Birds and Heaths")
        return set(q.meant)
    if len(named) > 1:
        # "how many X in the Havenland region, according to the Norland plan?": the plan the
        # question gives as its source, whatever other plans the words of its topic name
        given = set().union(*(_named(analyse(q.text[a:b]), snapshot) for a, b in source_phrases(q.text, q.lang)))
        if given and given < named:
            return given
    return named


def named_across(named: set[str], q: Question, snapshot: Snapshot) -> set[str]:
    """`named` when it is one plan written in another language than the question; else nothing."""
    return named if len(named) == 1 and snapshot.language_of(next(iter(named))) != q.lang else set()


def _named(q: Question, snapshot: Snapshot) -> set[str]:
    named = snapshot.named_by(*q.naming())
    named |= set(names_across(q, snapshot).values()) | set(_names_alike(q, snapshot))
    years = set(re.findall(r"\b(?:19|20)\d{2}\b", q.text))
    if len(years) >= 2:  # "the 2013-2016 NAP": the plan whose title or file name gives that period
        named |= {d for d, rec in snapshot.documents.items()
                  if years <= set(re.findall(r"(?:19|20)\d{2}", f"{rec.info.title} {d}"))}
    return named


def naming_in(q: Question, snapshot: Snapshot, doc_id: str) -> set[str]:
    """The stems of the question's words that name `doc_id`: its naming words, and a name of
    its cover written in the question's language ("Armenië" for a cover's "Armenia")."""
    across = {s for name, d in names_across(q, snapshot).items() if d == doc_id for s in tokenize(name)}
    return snapshot.naming_in(doc_id, *q.naming()) | across


def _names_alike(q: Question, snapshot: Snapshot) -> dict[str, str]:
    """The plans a question names by an adjective of a proper name that names them ("le plan
    varlandais", "the Varlandian programme"), each with that name: a word beginning like (but
    not) a name of the plan's cover that is also one of its naming words."""
    stems = {fold(s) for s in [*q.stems(), *q.stems(q.lang)] if len(s) > NAME_PREFIX}
    return {d: name for d, naming in snapshot.naming_words.items()
            for name in naming & snapshot.cover_names.get(d, set())
            if len(name) >= NAME_PREFIX and any(s != name and alike(name, s) for s in stems)}


WRITTEN_TITLE_WORDS = 4  # the content words of a title a question writes out unquoted to name it


def quoted_titles(text: str, snapshot: Snapshot) -> set[str]:
    """The documents whose title a question quotes ("what is 'Eight chances for mobility'
    about?"), whole or a run of three words or more of it, or the one plan whose whole title
    of four content words or more it writes ("the Harbour Data Panel actions report"): that
    names the document and no other, whatever other documents the rest of its words name."""
    found: set[str] = set()
    written = set(tokenize(text))
    whole = {d for d, record in snapshot.documents.items()
             if len(title := set(tokenize(record.info.title or ""))) >= WRITTEN_TITLE_WORDS and title <= written}
    if len(whole) == 1:  # its title written out, unquoted, of one plan only
        return whole
    for m in QUOTED_TITLE.finditer(text):
        quoted = [unaccented(w) for w in words(m.group(0))]
        if len(quoted) < 3:
            found |= _short_title(quoted, snapshot)
            continue
        for doc_id, record in snapshot.documents.items():
            title = [unaccented(w) for w in words(record.info.title or "")]
            if any(title[i:i + len(quoted)] == quoted for i in range(len(title))):
                found.add(doc_id)
        if not found:  # the title translated: "'eight chances for mobility'" for "Acht kansen voor mobiliteit"
            translated = {d for d, record in snapshot.documents.items()
                          if _translates(quoted, [unaccented(w) for w in words(record.info.title or "")])}
            found |= translated if len(translated) == 1 else set()
    return found


def _short_title(quoted: list[str], snapshot: Snapshot) -> set[str]:
    """The one plan a quoted name of two words calls by the words of its title or file name
    ("« Joined Forces »" for joined-forces-recommendations.md); none when another plan's
    title or file name writes them too, or a word is a small one."""
    if len(quoted) != 2 or any(w in ALL_STOPWORDS or w.isdigit() for w in quoted):
        return set()
    stems = {stem(w) for w in quoted}
    titled = {d for d in snapshot.documents if stems <= snapshot.title_stems(d)}
    return titled if len(titled) == 1 else set()


def _translates(quoted: list[str], title: list[str]) -> bool:
    """Is a quoted title a word-for-word translation of `title`: as many words, each small word
    against a small word, and all but one of the others written alike in both languages (a
    number in words, "eight" / "acht", counts by its value; "mobility" / "mobiliteit" by its
    stem), at least two of them?"""
    if len(quoted) != len(title) or len(quoted) < 3:
        return False
    alike_words = misses = 0
    for a, b in zip(quoted, title):
        if (a in ALL_STOPWORDS) != (b in ALL_STOPWORDS):
            return False
        if a in ALL_STOPWORDS:
            continue
        if _NUMBER_VALUES.get(a, a) == _NUMBER_VALUES.get(b, b) or alike(stem(a), fold(b)) or a == b:
            alike_words += 1
        else:
            misses += 1
    return alike_words >= 2 and misses <= 1


_NUMBER_VALUES = {w: str(i + 2) for ws in NUMBER_WORDS.values() for i, w in enumerate(ws)}


_TOKEN = re.compile(r"[\w'’-]+")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")


def written_names(q: Question, text: str | None = None) -> list[str]:
    """The names a question (or `text`) writes: its capitalised words and acronyms past the
    first word ("l'Écosse" is "Écosse", "Noord-Holland" one name)."""
    tokens = [unelided(t) for t in _TOKEN.findall(q.text if text is None else text)]
    # the first word is capitalised anyway: a name there only when it shows it ("Norland's", "NAP")
    first = tokens[:1] if tokens and (re.search(r"\w['’]s$", tokens[0]) or _ACRONYM.fullmatch(tokens[0])) else []
    return [t for t in first + tokens[1:] if any(ch.isupper() for ch in t) and t.lower() not in ALL_STOPWORDS
            and not only_months(t)]


def rare_word(word: str, lang: str, snapshot: Snapshot) -> bool:
    """Does a question's word appear in few passages (`RARE_ITEM_WORD`)? Only such a word picks
    items out of a list: one more passages write says what the whole list is about."""
    return 0 < snapshot.term_stats.df_of(stem(word, lang)) <= RARE_ITEM_WORD


RARE_ITEM_WORD = 10


def most_said(said: list[float]) -> list[int] | None:
    """The positions of the items that say most of what is asked (`said`: a weight per item),
    when some say more than the others; None when none says any of it, or all say it alike."""
    most = max(said, default=0.0)
    if most <= 0 or all(x == most for x in said):
        return None
    return [i for i, x in enumerate(said) if x == most]


def documents_lacking_names(q: Question, snapshot: Snapshot) -> set[str]:
    """Documents in the question's language that never write a name the question writes
    (each of its words, as the index reads them, or a plan's name it writes as an adjective),
    in their text, title or file name: what they say is about something else. A plan in
    another language may write the name translated ("Belgium" for "Belgique"), so it is not
    judged. A follow-up ("… and who leads it?") is about one of the things the question it
    leans on names: a document that writes none of those is about something else too. A
    question that quotes one plan's title, in its words or translated, names its source: every
    other plan is about something else."""
    titled = quoted_titles(q.text, snapshot)
    quoted_away = set(snapshot.documents) - titled if len(titled) == 1 else set()
    same = _in_language(q, snapshot)
    if not same:
        return quoted_away
    lacking: set[str] = set(quoted_away)
    initialled = initialled_names(q.text, snapshot)
    for name in written_names(q, short_forms(q.text)):
        lacking |= _lacking(name, same, snapshot) - initialled.get(name, set())
    for name in _names_alike(q, snapshot).values():  # "le plan varlandais": a name written as its adjective
        lacking |= _lacking(name, same, snapshot)
    earlier = [_lacking(name, same, snapshot) for name in written_names(q, short_forms(q.context))] if q.context else []
    return lacking | set.intersection(*earlier) if earlier else lacking


# A name followed by its abbreviation in brackets ("the Harbour Water Agency (HWA)")
_SPELLED_OUT = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]*\s+(?:(?:and|of|for|the|de|du|des|et|van|voor|en)\s+)*)+\(([A-Z][\w-]*[A-Z])\)")


def short_forms(text: str) -> str:
    """`text` with a name spelled out before its abbreviation written as the abbreviation: a
    plan that only uses the abbreviation still writes the name."""
    return _SPELLED_OUT.sub(lambda m: m.group(1), text)


# A name of several capitalised words, with the small words that link them ("HM Treasury",
# "Department for Education", "Ministère de la Mer")
_NAME_RUN = re.compile(r"(?:\b[A-ZÀ-Ý][\w’'-]*\s+(?:(?:%s)\s+)*)+[A-ZÀ-Ý][\w’'-]*" % "|".join(LINK_WORDS))


_PLAN_NOUNS = frozenset(n.lower() for n in union(DOCUMENT_NOUNS))


def in_a_plan_name(value: str, text: str) -> bool:
    """Is `value` written in `text` within a name of capitalised words that a noun for a plan
    ends or holds ("National" of "the Belgian National Action Plan"): a word of a plan's name,
    not what the question asks about ("the Ministry of Environment" holds no such noun)?"""
    found = re.compile(rf"(?<!\w){re.escape(value.strip())}(?!\w)")
    return any(found.search(m.group(0)) and {w.lower() for w in m.group(0).split()} & _PLAN_NOUNS
               for m in _NAME_RUN.finditer(text))


def spelled_out(text: str, abbreviations: set[str]) -> set[str]:
    """The words (lower-cased) of `text` that spell out one of `abbreviations` by their
    initials: "National Action Plan" for "nap", of "the Trade and Fisheries National Action
    Plan"."""
    out: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        run = m.group(0).split()
        for i in range(len(run)):
            for j in range(i + 2, len(run) + 1):
                if run[i][:1].isupper() and initials(" ".join(run[i:j])) & abbreviations:
                    out.update(w.lower() for w in run[i:j])
    return out


def initialled_names(text: str, snapshot: Snapshot) -> dict[str, set[str]]:
    """For each word of a name of several words in `text` (not its first word: every
    question opens with a capital), the documents that write the name's initials as one
    word though they never spell it out ("HM Treasury" of a report that writes "HMT")."""
    out: dict[str, set[str]] = {}
    for m in _NAME_RUN.finditer(text):
        name = m.group(0)
        if m.start() == 0:
            name = name.split(None, 1)[1] if " " in name else ""
        if len(name.split()) < 2:
            continue
        docs = {snapshot.chunks[c].doc_id for a in initials(name) for c in snapshot.lexical.chunks_with(a)
                if c in snapshot.chunks}
        for w in name.split():
            out.setdefault(w, set()).update(docs)
    return out


def _lacking(name: str, same: set[str], snapshot: Snapshot) -> set[str]:
    """The documents of `same` that never write one of the words of `name`."""
    lacking: set[str] = set()
    for term in query_terms(name):
        # a name's adjective is the name ("Havenlandse", "Havenland"; "Norlandic", "Norland")
        holders = _holding(frozenset(term.stems).union(*(snapshot.alike_stems(s) for s in term.stems)), snapshot)
        lacking |= {d for d in same - holders if not term.matches(snapshot.title_stems(d))
                    and term.word not in snapshot.title_initials.get(d, ())}  # ("WHS" of "Women, Harbours and Ships")
    return lacking


def names_across(q: Question, snapshot: Snapshot) -> dict[str, str]:
    """The names by which the question names a document in another language, each with
    that document: a name of its cover written the question's way ("l'Atlantide" for a
    cover's "Republic of Atlantis"). The name is one no document in the question's language
    writes, and its stem begins like a name of one cover only."""
    same = _in_language(q, snapshot)
    found: dict[str, str] = {}
    for name in written_names(q):
        stems = [fold(s) for s in tokenize(name, q.lang)]
        if len(stems) != 1 or len(stems[0]) < NAME_PREFIX:
            continue
        if any(_holding(t.stems, snapshot) & same for t in query_terms(name)):
            continue
        covers = {d for d, names in snapshot.cover_names.items()
                  if d not in same and any(alike(stems[0], n) for n in names)}
        if len(covers) == 1:
            found[name] = covers.pop()
    return found


# "which line / measure / actielijn ...": a question that asks for a row of a plan
WHICH_ROW = re.compile(
    r"\b(which|what|under which|in which|quel|quelle|quels|quelles|welke|welk)\s+(\w+\s+)?"
    r"(line|lines|action|actions|measure|measures|commitment|commitments|goal|objective|milestone|milestones|"
    r"task|tasks|sub-tasks?|items?|programmes?|programs?|projects?|activit(?:y|ies)|sectors?|secteurs?|sectoren|"
    r"lignes?|objectifs?|mesures?|programmes?\s+nationa(?:l|ux)|projets?|activit[ée]s?|engagements?|"
    r"(?:actie)?lijn(?:en)?|doelstellingen?|acties?|maatregel(?:en)?|projecten|programma'?s?)\b"
    r"|\bwhich\s+(line|action)\s+(of action|number)\b", re.I)

def without_plan_names(q: Question, snapshot: Snapshot, translated: set[str] = frozenset(),
                       keep: Callable[[str], bool] | None = None) -> str:
    """The question without the words that name the plans it names ("the NAP 1325", "l'Atlantide"):
    they say where to look, not what about. A plan of `translated`, written in another
    language, is also named by a word that begins like a word of its title ("adaptatieprogramma"
    for an "Adaptation Program")."""
    named = named_documents(q, snapshot)
    naming = set().union(*(snapshot.naming_in(d, *q.naming()) for d in named))
    across = {n.lower() for n in names_across(q, snapshot)}
    titles = {fold(t) for d in translated for t in snapshot.title_stems(d)}

    def names(word: str) -> bool:
        stems = set(tokenize(word, q.lang))
        return bool(stems & naming or unelided(word.lower()).strip("?!.,;:") in across
                    or any(alike(fold(s), t) for s in stems for t in titles))
    return " ".join(w for w in q.text.split() if not names(w) or keep is not None and keep(w))


SPECIFIC_NAME = 3  # a name written in more passages of a plan is its setting ("Madagascar"), not one of its items


def rare_names(q: Question, snapshot: Snapshot) -> list[set[str]]:
    """The stems of each name the question writes that the plans write in a few passages
    only ("Hely", a provider in an annex), not a plan's own name nor its adjective, nor a
    name in the phrase that gives the plan as the source ("according to the Norland Trust's
    report on …": who published it says where to look)."""
    naming = set().union(*snapshot.naming_words.values()) if snapshot.naming_words else set()
    tokens = re.findall(r"[\w'’-]+", without_sources(q, snapshot))
    # (a name joined to a noun is a name of its own: the "NVR" of "NVR-concessie")
    words = [(i, w) for i, t in enumerate(tokens) for w in dict.fromkeys([t, *(t.split("-") if "-" in t else [])]) if w]
    names = {t for i, t in words if i > 0 and t[:1].isupper() and t.lower() not in ALL_STOPWORDS
             and not only_months(t)}
    rare = []
    for name in names:
        stems = {s for term in query_terms(name) for s in term.stems}
        if not stems or stems & naming or any(alike(a, b) for a in stems for b in naming):
            continue  # a plan's own name, or the adjective of one ("Tavrenian" of "Tavrenia")
        if 0 < max(snapshot.term_stats.df_of(s) for s in stems) <= SPECIFIC_NAME:
            rare.append(stems)
    return rare


def without_sources(q: Question, snapshot: Snapshot) -> str:
    """The question without the phrases that give a plan it names as the source of what is
    asked ("according to the X plan", "d'après le programme X, …"): where to look, not what
    about. A plan named otherwise may be what is asked about ("when was resolution 1325
    adopted?" of the plan named after it), so the rest of the question is kept whole."""
    if not named_documents(q, snapshot):
        return q.text
    return " ".join(without_source_phrases(q.text, q.lang).split())


def without_source_phrases(text: str, lang: str) -> str:
    """`text` without the phrases that give a source ("according to the X plan", `source_phrases`)."""
    for a, b in sorted(source_phrases(text, lang), reverse=True):
        text = text[:a] + text[b:]
    return text


def source_phrases(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the phrases that give a plan as the source of what is asked: a cue ("according
    to", "d'après", "volgens", or "in"/"dans" opening the question) and what follows it up to
    the next comma or the end."""
    spans = []
    for cue in SOURCE_CUES.get(lang, ()):
        spans += [m.span() for m in re.finditer(rf"(?:^|(?<=\W)){re.escape(cue)}\s+[^,;?]+", text, re.I)]
    for cue in SOURCE_OPENINGS.get(lang, ()):
        m = re.match(rf"\s*{re.escape(cue)}\s+[^,;?]+,", text, re.I)
        if m:
            spans.append(m.span())
    return spans


_CITED_WORKS = re.compile(r"^(?:" + "|".join(sorted({w for ws in CITED_WORKS.values() for w in ws}, key=len, reverse=True))
                          + r")\b")


def cited_works(section: str | None) -> bool:
    """Is a passage of the section `section` in a list of the works the plan cites?"""
    return any(_CITED_WORKS.match(unaccented(h.strip(" .:0123456789|").lower())) for h in (section or "").split(" > ") if h)


def names_a_plan(value: str, snapshot: Snapshot) -> bool:
    """Does `value` (a cell a question writes) only name a plan: words of a plan's title or
    cover that mostly occur in it ("Atlantis" in a plan of the Republic of Atlantis)?"""
    words_ = {fold(w) for w in tokenize(value)}
    return bool(words_) and words_ <= snapshot.plan_names


def _in_language(q: Question, snapshot: Snapshot) -> set[str]:
    return {d for d, rec in snapshot.documents.items() if (rec.info.language or "en") == q.lang}


def _holding(stems: frozenset[str], snapshot: Snapshot) -> set[str]:
    """The documents whose text holds one of these stems."""
    return set().union(*(snapshot.documents_writing({s}) for s in stems))


_LABEL_END = re.compile(r"\s+[–—-]\s+|:\s+")  # "open harbours – opening up the port's data", "Axis 1: ..."
_LABEL_CHARS = 60


def item_labels(items: list[str]) -> list[str] | None:
    """The labels of a list whose every item is "label – what it means" ("open harbours –
    opening up the data of the port authority ..."): what a short answer gives of a long list.
    None when an item has no such label, or a label is only a number ("Axis 1: ...")."""
    labels = [_LABEL_END.split(item, 1)[0] for item in items]
    if all(len(label) < min(_LABEL_CHARS, len(item)) and not any(ch.isdigit() for ch in label)
           for label, item in zip(labels, items)):
        return labels
    return None


def asks_for_names_of(q: Question, names: list[str]) -> bool:
    """Does the question ask for these names: who or which bodies, or things of the kind the
    names end with ("which boards …?" and "The Port Board", "the Harbour Board")?"""
    if q.expects in ("names", "agent"):
        return True
    heads = {stem(re.sub(r"\s*\(.*\)$", "", name).split()[-1].lower(), q.lang) for name in names if name.split()}
    return bool(heads & set(tokenize(q.text, q.lang)))


def item_names(q: Question, items: list[str]) -> list[str] | None:
    """The names a list's items open with ("The Port Board decides …" -> "The Port Board"),
    when every item opens with one and the question asks for names of that kind: what a
    short answer gives of a long list. None otherwise."""
    ends = [leading_name(item) for item in items]
    if not all(ends):
        return None
    names = [item[:end] for item, end in zip(items, ends)]
    return names if asks_for_names_of(q, names) else None


_KIND_WORDS = 2  # the words after "which" / "quel" / "welke" that may name the kind asked
_NUMBER_WORDS = {w for ws in NUMBER_WORDS.values() for w in ws} | {"one", "un", "une", "een"}
# words that stand before the noun of the kind asked ("which three target countries", "what main factors")
_ADJECTIVE_LIKE = _NUMBER_WORDS | {w for ws in GENERIC_KINDS.values() for w in ws if not w.endswith("s")} \
    | {w for ws in GENERIC_QUALIFIERS.values() for w in ws}


def kind_asked(q: Question) -> list[str]:
    """The words right after "which" / "what" / "quel" / "welke" that name the kind of thing
    asked ("what financial penalty does …" -> financial, penalty), but for the words that ask
    for a field of a row or name no kind of their own ("what role", "quel budget")."""
    text = without_request(q.text, q.lang)  # ("… ? Som de punten op.": a form asked, not a kind)
    tokens = words(text)
    which = set(WHICH.get(q.lang, ()))
    start = next((i for i, w in enumerate(tokens) if w in which), None)
    if start is None:  # "could you name the bodies …?": the kind after the verb and its article
        verbs, articles = set(LIST_VERBS.get(q.lang, ())), set(DETERMINERS.get(q.lang, ()))
        start = next((i + 1 for i, w in enumerate(tokens[:-1]) if w in verbs and tokens[i + 1] in articles), None)
    if start is None:
        return []
    phrase: list[str] = []
    written = " ".join(text.lower().split())
    i, slots = start + 1, 0
    while i < len(tokens) and slots < _KIND_WORDS:
        if tokens[i] in ALL_STOPWORDS or any(ch.isdigit() for ch in tokens[i]) or inverted_verb(tokens[i], written):
            break  # ("quel décret faut-il suivre ?": the verb ends the kind)
        phrase.append(tokens[i])
        i += 1
        while i < len(tokens) and f"{tokens[i - 1]}-{tokens[i]}" in written:  # "zuid-hollandse": one word
            phrase.append(tokens[i])
            i += 1
        slots += 1
    after = tokens[start + 1 + len(phrase)] if start + 1 + len(phrase) < len(tokens) else ""
    articles = "|".join(re.escape(d) for d in DETERMINERS.get(q.lang, ()))
    if len(phrase) > 1 and articles and re.search(rf"\b{re.escape(phrase[-1])}\s+(?:{articles})(?!\w)", text, re.I):
        phrase.pop()  # "which decree gave a …": a word before an article is the verb, no part of the kind
        after = tokens[start + 1 + len(phrase)]
    if tokens[start] == "what" and after not in AUXILIARIES["en"]:
        return []  # "what happens to X?": "what" is the subject, the word after it a verb
    asking = {fold(w) for w in cue_words(q.text)} | set(GENERIC_KINDS.get(q.lang, ())) | _NUMBER_WORDS
    if phrase and (fold(phrase[0]) in asking or phrase[0] in asking) and phrase[0] not in _ADJECTIVE_LIKE:
        return []  # "which bodies sit …?": the kind is a field's word, and the word after it a verb
    return [w for w in phrase if fold(w) not in asking and w not in asking]


def asking_stems(q: Question) -> set[str]:
    """The stems, in the question's language, of its words that ask for something rather than
    say what it is about: its answer-type cues ("which ministry", "how much"), the words that
    ask what a plan says "about" a thing, and the words naming a table row ("which lines")."""
    return {fold(s) for s in tokenize(" ".join([*cue_words(q.text), *ABOUT_WORDS.get(q.lang, ()),
                                                *ROW_WORDS.get(q.lang, ())]), q.lang)}


def rarest_subject(q: Question, doc_id: str, snapshot: Snapshot) -> QueryTerm | None:
    """The question's rarest content word that neither asks for something ("which ministry",
    "how much", "which lines deal with") nor names the plan `doc_id` (its title's words, its
    cover's names), nor is a number, among the words some plan writes: the word that says
    what the question is about ("the plan for the quarries"). None when there is none."""
    asking = asking_stems(q)
    naming = snapshot.naming_words.get(doc_id, set()) | snapshot.title_stems(doc_id)
    names = snapshot.cover_names.get(doc_id, set())
    own = {stem(t.word, q.lang): t for t in q.terms
           if not any(ch.isdigit() for ch in t.word) and fold(stem(t.word, q.lang)) not in asking
           and not t.matches(naming) and not {fold(x) for x in t.stems} & names
           and any(snapshot.term_stats.df_of(x) for x in t.stems)}  # (a word no plan writes says nothing here)
    weights = snapshot.term_stats.weights(list(own))
    return own[max(weights, key=lambda t: (weights[t], t))] if weights else None


def plan_writes_subject(q: Question, doc_id: str, snapshot: Snapshot, near: set[str] = frozenset()) -> bool:
    """Does the plan `doc_id` write the question's `rarest_subject` (or a word alike), in
    the words `near` (a row's) or anywhere? A plan that never writes what the question is
    about cannot answer it, whatever else it shares with it."""
    rarest = rarest_subject(q, doc_id, snapshot)
    if rarest is None or any(a == w or alike(a, w) for a in rarest.stems for w in near):
        return True
    return any(snapshot.chunks[i].doc_id == doc_id
               for s in rarest.stems for t in (s, *snapshot.alike_stems(s))
               for i in snapshot.lexical.chunks_with(t) if i in snapshot.chunks)


def unknown_names(q: Question, snapshot: Snapshot) -> list[str]:
    """Proper names and acronyms of the question that no indexed text contains at all, nor
    a word it is the adjective of ("the Philippines"; not "Havenlandse" for "Havenland"),
    nor a plan's title or file name (a plan may write its name only there): the plans cannot
    be about them."""
    tokens = re.findall(r"[\w'’-]+", q.text)
    initialled = initialled_names(q.text, snapshot)  # ("HM Treasury" of a plan that writes "HMT")
    titled = set().union(*snapshot.title_initials.values())  # ("the WHS plan" of "Women, Harbours and Ships")
    names = [t for i, t in enumerate(tokens) if i > 0 and any(ch.isupper() for ch in t) and t.lower() not in ALL_STOPWORDS
             and not only_months(t) and not initialled.get(t) and t.lower() not in titled]
    unknown = []
    entitled: set[str] | None = None  # the stems of every plan's title and file name, read when needed
    for name in names:
        terms = query_terms(name)
        if terms and all(snapshot.term_stats.df_of(s) == 0 and not any(snapshot.term_stats.df_of(a)
                                                                         for a in snapshot.alike_stems(s))
                         for t in terms for s in t.stems):
            if entitled is None:
                entitled = set().union(*(snapshot.title_stems(d) for d in snapshot.documents))
            if not any(s in entitled for t in terms for s in t.stems):
                unknown.append(name)
    return unknown
