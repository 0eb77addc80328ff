"""What an abbreviation stands for, wherever a plan spells it out.

Plans write an expansion next to the short form in a few ways, whatever the language:
"Full Name (ABBR)", "ABBR (Full Name)", "ABBR, the Full Name," / "ABBR, i.e. Full Name",
glossary lines "ABBR: Full Name" / "ABBR – Full Name", a sentence "ABBR stands for Full Name"
(in each language), and a list of abbreviations set as a table (the abbreviation's cell,
then its expansion's, on the next line or in the row). The
expansion must begin with the abbreviation's first letter and read as a name (two to twelve
words, most of them capitalised or the abbreviation's letters in order), so a random
parenthesis is not one.
"""

from __future__ import annotations

import re

from assistant.answering.base import Composer, abstain, cite, named_documents
from assistant.models import Answer, Citation
from assistant.question import Question
from assistant.retrieval import Hit
from plans.index import Snapshot, StoredChunk
from plans.index.lexical import tokenize
from plans.language import LANGUAGES
from plans.records import Source
from plans.sentences import split_sentences
from plans.text import abbreviation_like, unelided
from plans.vocabulary.messages import say
from plans.vocabulary import union
from plans.vocabulary.acts import RELATIVES
from plans.vocabulary.questions import HEREINAFTER, SETTING_WORDS, STANDS_FOR

_SHORT = r"[A-Za-zÀ-ÿ][\w&.\-]{1,14}"
# a PDF line may break inside the name, a blank line may not; the name may hold an
# abbreviation of its own ("Earth Observing System (EOS) Clearing House (ECHO)")
_NAME = r"(?:[^()\n;:.]|\n(?![ \t]*\n)|\([^()\s]{2,15}\)){4,120}?"
_FORMS = (
    r"(?P<long>{name})\s*\(\s*(?P<short>{short})\s*\)",
    r"\b(?P<short>{short})\s*\(\s*(?P<long>{name})\s*\)",
    r"\b(?P<short>{short}),\s+(?:the|i\.e\.|le|la|l'|het|de|c'est-à-dire)\s*(?P<long>{name}),",
    r"^\s*(?:[-•·*]\s*)?(?P<short>{short})\s*[:–—=-]\s+(?P<long>{name})\s*$",
    r"^[ \t]*(?P<short>{short})[ \t]*\n[ \t]*(?P<long>{name})[ \t]*$",
    # "the Service's Harbour Works and Dredging (NTS-HWD)": the abbreviation joined to another
    # one, of the body it belongs to
    r"(?P<long>{name})\s*\(\s*[A-Z][A-Z&.]{{1,14}}[-–]\s*(?P<short>{short})\s*\)",
    # "the Agency for Trade (Norland Trade Office/NTO)": a second name and the abbreviation in one bracket
    r"\(\s*(?P<long>[^()/\n;:]{{4,120}}?)\s*/\s*(?P<short>{short})\s*\)",
    # "the sector plans (hereinafter - SPs)", "le fonds (ci-après « FV »)"
    r"(?P<long>{name})\s*\(\s*(?:{after})\s*[-–—:,]?\s*[«\"“‘']?\s*(?P<short>{short})\s*[»\"”’']?\s*\)",
)
# "Harbour Information Service (HIS, see 5.4)", "(HIS; 2031)": the abbreviation, then an aside.
# It spells the name out where the plan mentions the thing, and often points to where the plan
# says what it is: the answer to "what does HIS stand for?", not to "what is HIS?"
_ASIDE = r"(?P<long>{name})\s*\(\s*(?P<short>{short})\s*[,;]\s*[^()\n]{{1,60}}\)"
_SMALL = {"of", "for", "and", "the", "on", "in", "to", "de", "du", "des", "la", "le", "les", "et", "pour", "en",
          "van", "voor", "het", "en", "der", "d'", "l'", "à", "au", "aux", "op"}


# "STOP staat voor Stappen (lopen), Trappen (fietsen), …": a sentence that spells it out, to its end
_SPELLED = r"\b(?P<short>{short})\s+(?:{verbs})\s*:?\s+(?P<long>(?:[^.;\n]|\n(?![ \t]*\n)){{4,200}}?)(?=\s*[.;]|\n[ \t]*\n|$)"


def _pattern(short: str, asides: bool = True) -> list[re.Pattern[str]]:
    s = _short_form(short)
    verbs = "|".join(re.escape(v) for vs in STANDS_FOR.values() for v in vs)
    after = "|".join(re.escape(v) for vs in HEREINAFTER.values() for v in vs)
    forms = _FORMS + ((_ASIDE,) if asides else ())
    return [re.compile(f.format(name=_NAME, short=s, after=after), re.I | re.M) for f in forms] + [
        re.compile(_SPELLED.format(short=s, verbs=verbs), re.I)]


def _short_form(short: str) -> str:
    """The abbreviation as a pattern: in the plural too when it ends in a capital ("NGOs")."""
    return re.escape(short) + ("s?" if short[-1:].isupper() else "")


def _same_short(written: str, short: str) -> bool:
    return written.lower() == short.lower() or (short[-1:].isupper() and written.lower() == short.lower() + "s")


NAME_WORDS = 12  # the most words a spelled-out name has
LONG_NAME_WORDS = 18  # … when every word of it but the small ones is capitalised


def plausible(short: str, long: str) -> bool:
    """Does `long` read as the spelled-out form of `short`? (What its words say in brackets,
    "Rust (in de wijk)", is an aside.)"""
    # (a word is read without its elided article: "l’Eau" is a capitalised "Eau")
    words = [unelided(w) for w in re.findall(r"[\w'’-]+", re.sub(r"\([^()]*\)", " ", long))]
    content = [w for w in words if w.lower() not in _SMALL]
    if len(words) < 2 or short.lower() == long.lower() or not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper()) / len(content)
    # (a long official name, "Strategy for Low-Carbon … Development of X", is written with
    # every word capitalised; a sentence is not)
    if len(words) > (LONG_NAME_WORDS if capitalised == 1.0 else NAME_WORDS):
        return False
    if content[0][0].lower() != short[0].lower():
        return False
    letters = [ch.lower() for ch in short if ch.isalpha()]
    initials = [w[0].lower() for w in content]
    in_order = _subsequence(letters, "".join(w.lower() for w in content))
    return capitalised >= 0.6 or (in_order and len(set(initials) & set(letters)) >= min(2, len(letters)))


def _subsequence(needle: list[str], hay: str) -> bool:
    pos = 0
    for ch in needle:
        pos = hay.find(ch, pos) + 1
        if not pos:
            return False
    return True


def expansions(short: str, text: str, asides: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, expansion) of every spelled-out form of `short` in `text` (but for the
    bracket with an aside after the abbreviation, unless `asides`)."""
    out = []
    for pattern in _pattern(short, asides):
        for m in pattern.finditer(text):
            if not _same_short(m.group("short"), short):
                continue
            found = _trimmed(short, m.group("long"), m.start("long"))
            if found:
                start, long = found
                out.append((min(start, m.start("short")), m.end(), long))
    return out


def _trimmed(short: str, raw: str, offset: int) -> tuple[int, str] | None:
    """The longest run of words ending `raw` that reads as the expansion of `short` (text
    before a "Full Name (ABBR)" belongs to the sentence, not to the name), and of those
    one with about a word per letter when there is one: "each project is subject to an
    Environmental Review of Harbour Works (ERHW)" is not an expansion from "each" on."""
    words = list(re.finditer(r"\S+", raw))
    letters = sum(1 for ch in short if ch.isalpha())
    first: tuple[int, str] | None = None
    fitting: list[tuple[int, int, int, str]] = []  # (letters not given, how far from a word per letter, start, name)
    for i, w in enumerate(words):
        if w.group(0).lower() in _SMALL or not w.group(0)[0].isalpha():  # not from inside "(HOS)"
            continue
        long = " ".join(x.group(0) for x in words[i:]).strip(" ,-–")  # line breaks read as spaces
        long = _ARTICLE.sub("", long)
        if not plausible(short, long):
            continue
        given = _initials_given(short, long)
        if _content_words(long) <= letters + _EXTRA_WORDS or given == letters:
            fitting.append((letters - given, abs(_letter_units(long) - letters), offset + w.start(), long))
        first = first or (offset + w.start(), long)
    if fitting:  # the one whose words' initials give most letters, the closest to a word per letter; the longest
        _, _, start, long = min(fitting, key=lambda f: f[:2])
        return start, long
    return first


_ARTICLE = re.compile(r"^(?:(?:the|a|an|le|la|les|de|het|een)\s+|[ld]['’]\s*)", re.I)  # "l’Observatoire"
_EXTRA_WORDS = 2  # words of an expansion that give no letter ("Fund for the Protection of Nature": FPN)


def _initials_given(short: str, long: str) -> int:
    """How many of the abbreviation's letters, in order, are initials of the name's words
    ("Commission Technique … Plan National d'Adaptation": all five of CTPNA)."""
    initials = [unelided(w)[:1].lower() for w in re.findall(r"[\w'’-]+", long) if w.lower() not in _SMALL]
    given, pos = 0, 0
    for ch in (c.lower() for c in short if c.isalpha()):
        nxt = next((i for i in range(pos, len(initials)) if initials[i] == ch), None)
        if nxt is not None:
            given, pos = given + 1, nxt + 1
    return given


def _letter_units(long: str) -> int:
    """The letters a name gives its abbreviation: one per content word, and one per capital
    inside a word ("Onderzoek VerplaatsingsGedrag": OVG)."""
    return sum(1 + (sum(ch.isupper() for ch in w[1:]) if not w.isupper() else 0)
               for w in re.findall(r"[\w'’-]+", long) if w.lower() not in _SMALL)


def _content_words(long: str) -> int:
    return sum(1 for w in re.findall(r"[\w'’-]+", long) if w.lower() not in _SMALL)


class AcronymComposer(Composer):
    """Answers "what does X stand for?" (and "what is X?" for an abbreviation) with the
    expansion the plans print, quoted where they print it."""

    name = "acronym"

    def compose(self, question: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        shorts = _asked_several(question) or [_asked(question, snapshot)]
        if not shorts[0]:
            return None
        if len(shorts) == 1:
            return self._one(shorts[0], question, hits, snapshot)
        # "what do X and Y stand for?": each spelled out, its markers numbered on
        texts: list[str] = []
        citations: list[Citation] = []
        for short in shorts:
            answer = self._one(short, question, hits, snapshot)
            if answer is None or answer.abstained:
                texts.append(say("not_spelled_out", question.lang, short=short))
                continue
            k = len(citations)
            texts.append(re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + k}]", answer.answer))
            citations += [c.model_copy(update={"id": c.id + k}) for c in answer.citations]
        if not citations:
            return None
        return Answer(answer=" ".join(texts), citations=citations, confidence=1.0)

    def _one(self, short: str, question: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        chunks = [h.chunk for h in hits if h.chunk.kind in ("passage", "row", "about")]
        chunks += [snapshot.chunks[i] for i, _ in snapshot.bm25_search(short, 30) if snapshot.chunks[i] not in chunks]
        writing = _writing(short, snapshot)
        chunks += [c for c in writing if c not in chunks]  # every passage that writes it
        named = named_documents(question, snapshot)
        if named and any(c.doc_id in named for c in writing):
            # the plan the question names uses it: what it means there, not what another plan's
            # same letters stand for
            chunks = [c for c in chunks if c.doc_id in named]
        if named:  # a plan named in the question spells it out before any other plan does (the
            # one the question names most first: by more words, and rarer), and first where it first uses it
            said = {d: sum(snapshot.term_stats.weights(sorted(
                snapshot.naming_in(d, *question.naming()))).values()) for d in named}
            chunks.sort(key=lambda c: (c.doc_id not in named, -said.get(c.doc_id, 0),
                                       c.start if c.doc_id in named else 0))
        bare: tuple[StoredChunk, Answer] | None = None  # the first spelling out, without a sentence on it
        for chunk in chunks:
            if bare is not None and chunk.doc_id != bare[0].doc_id:
                break
            glossary = _glossary_line(short, chunk)
            if glossary is not None:
                field, long = glossary
                citation = cite(snapshot, chunk, field.start, field.end, 1, text=field.text, offset=field.start)
            else:
                found = expansions(short, chunk.text, asides=question.expects != "definition")
                if not found:
                    continue
                a, b, long = found[0]
                said = None
                if question.expects == "definition" and chunk.kind == "passage":
                    span = _sentence_of(chunk.text, a, b)
                    if span is not None:
                        said = chunk.text[span[0]:span[1]], chunk.start + span[0]
                elif question.expects == "definition" and chunk.kind == "row":
                    # (a row's text is rendered from its cells: the cell is the plan's verbatim)
                    cell = _cell_sentence(short, chunk)
                    if cell is not None:
                        source, (x, y), long = cell
                        said = source.text[x:y], source.start + x
                if said is not None:
                    # "what is X?": what the plan says of it where it spells it out, with its name
                    sentence, at = said
                    citation = cite(snapshot, chunk, at, at + len(sentence), 1, text=sentence, offset=at)
                    text = say("stands_for", question.lang, short=short, long=long)
                    return Answer(answer=f"{text}. {' '.join(sentence.split())} [1]", citations=[citation],
                                  confidence=1.0)
                citation = cite(snapshot, chunk, chunk.start + a, chunk.start + b, 1)
            text = say("stands_for", question.lang, short=short, long=long)
            answer = Answer(answer=f"{text} [1].", citations=[citation], confidence=1.0)
            if question.expects != "definition" or glossary is not None:
                return answer
            # ("what is X?": a later place of the same plan that spells it out may say what it is:
            # "Name of system: … (X)" over "The … (X) is a registry of …")
            bare = bare or (chunk, answer)
        if bare is not None:
            return bare[1]
        written = _as_written(short)
        named = _named_by_initials(short, [c for c in chunks if written.search(c.text)], snapshot)
        if named:
            return _by_initials(short, named, question.lang, snapshot)
        if question.expects == "acronym" and _only_used(short, chunks):
            # a sentence that only uses the abbreviation does not say what it stands for
            return abstain(say("not_spelled_out", question.lang, short=short), lang=question.lang)
        return None


SAID_OF_IT = 6  # words a sentence says of a name beyond it, at least, to tell what the thing is
SENTENCE_CHARS = 320  # the longest sentence given with the name


def _sentence_of(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The sentence of `text` holding the span a-b (a name spelled out) when it says more of
    it than its name, briefly: its span, else None."""
    for x, y in split_sentences(text):
        if x <= a and b <= y:
            rest = text[x:a] + " " + text[b:y]
            if y - x <= SENTENCE_CHARS and len(re.findall(r"\w+", rest)) >= SAID_OF_IT:
                return x, y
            return None
    return None


def _writing(short: str, snapshot: Snapshot) -> list[StoredChunk]:
    """The passages that write the abbreviation as it is written ("CoST", not "cost"), in
    reading order."""
    written = _as_written(short)
    # (each plan's passages are indexed with the stems of its language)
    ids = {i for lang in LANGUAGES for stem in tokenize(short, lang) for i in snapshot.term_stats.chunks_with(stem)}
    found = [snapshot.chunks[i] for i in ids if i in snapshot.chunks and written.search(snapshot.chunks[i].text)]
    return sorted(found, key=lambda c: (c.doc_id, c.start))


def _as_written(short: str) -> re.Pattern[str]:
    """The abbreviation as it is written, as a whole word ("CoST", not "cost" nor "CoSTs"),
    or in the plural when it ends in a capital ("NGOs")."""
    return re.compile(rf"(?<!\w){_short_form(short)}(?!\w)")


def _by_initials(short: str, named: list[tuple[StoredChunk, int, int]], lang: str, snapshot: Snapshot) -> Answer:
    """The names a plan writes whose initials are the abbreviation, each quoted where written."""
    citations = [cite(snapshot, chunk, chunk.start + a, chunk.start + b, i) for i, (chunk, a, b) in enumerate(named, 1)]
    names = [f"{' '.join(chunk.text[a:b].split())} [{i}]" for i, (chunk, a, b) in enumerate(named, 1)]
    if len(names) == 1:
        text = say("initials_of", lang, short=short, long=names[0])
    else:
        text = say("initials_of_several", lang, short=short,
                   names=say("either", lang, a=", ".join(names[:-1]), b=names[-1]))
    return Answer(answer=f"{text}.", citations=citations, confidence=0.8)


def _named_by_initials(short: str, writing: list[StoredChunk], snapshot: Snapshot) -> list[tuple[StoredChunk, int, int]]:
    """Where a plan that writes the abbreviation but never pairs it with its name writes
    names of capitalised words whose initials are exactly its letters ("… through the Harbour
    Works Review." for HWR): each name's first chunk and span. Three letters at least, so a
    chance match is unlikely; none when more than `_NAMES_BY_INITIALS` names share them."""
    letters = "".join(ch.lower() for ch in short if ch.isalpha())
    if len(letters) < 3 or not short.isupper():
        return []
    found: dict[str, tuple[StoredChunk, int, int]] = {}
    for doc in dict.fromkeys(c.doc_id for c in writing):
        for cid in snapshot.doc_chunks.get(doc, ()):
            chunk = snapshot.chunks[cid]
            for run in _CAPITALISED_RUN.finditer(chunk.text):
                # the words of the run that give no letter ("of", "the") are skipped; any run of
                # as many capitalised words as letters, within it, may be the name; or a small
                # word gives its letter too, between capitalised ones ("Terms of Reference": TOR)
                every = list(re.finditer(r"[\w'’-]+", run.group(0)))
                content = [w for w in every if w.group(0).lower() not in _SMALL]
                for window in [*_windows(content, len(letters)), *_windows(every, len(letters))]:
                    if all(w.group(0)[0].lower() == ch and (w.group(0)[0].isupper() or w.group(0).lower() in _SMALL)
                           for w, ch in zip(window, letters)) and window[-1].group(0)[0].isupper():
                        a, b = run.start() + window[0].start(), run.start() + window[-1].end()
                        found.setdefault(" ".join(chunk.text[a:b].split()).lower(), (chunk, a, b))
    return list(found.values()) if len(found) <= _NAMES_BY_INITIALS else []


_NAMES_BY_INITIALS = 3


def _windows(words: list[re.Match[str]], n: int) -> list[list[re.Match[str]]]:
    """The runs of `n` words in a row; the first must be capitalised."""
    return [words[i: i + n] for i in range(len(words) - n + 1) if words[i].group(0)[0].isupper()]


def _only_used(short: str, chunks: list[StoredChunk]) -> bool:
    """Do the passages write the abbreviation without anything near it that could spell it
    out: no run of capitalised words whose initials hold its letters in order, in a form
    the patterns above do not read ("the PALIM project (Pilot Project Addressing …)", a
    glossary that puts the name before the abbreviation)? Then the plans never spell it out."""
    written = _as_written(short)
    letters = [ch.lower() for ch in short if ch.isalpha()]
    used = False
    for chunk in chunks:
        for m in written.finditer(chunk.text):
            used = True
            near = chunk.text[max(0, m.start() - _NEAR): m.end() + _NEAR]
            for run in _CAPITALISED_RUN.finditer(near):
                initials = "".join(w[0].lower() for w in re.findall(r"[\w'’-]+", run.group(0))
                                   if w.lower() not in _SMALL)
                if _subsequence(letters, initials):
                    return False
    return used


_NEAR = 250  # characters either side of the abbreviation where its name may be written
_CAPITALISED_RUN = re.compile(r"(?:(?:[ldLD]['’])?[A-ZÀ-Ý][\w'’-]*(?:[\s,]+(?:[a-zà-ÿ]{1,4}\s+){0,3}|(?=[.;:!?)])|$)){2,}")


def _cell_sentence(short: str, chunk: StoredChunk) -> tuple[Source, tuple[int, int], str] | None:
    """A cell of a row that spells the abbreviation out in a sentence saying more of it ("The
    … Clearinghouse (ECHO) is a registry …"): the cell, the sentence's span in it, the name."""
    for f in chunk.commitment.fields if chunk.commitment is not None else ():
        found = expansions(short, f.source.text, asides=False) if f.source is not None else []
        said = _sentence_of(f.source.text, found[0][0], found[0][1]) if found else None
        if said is not None:
            return f.source, said, found[0][2]
    return None


def _glossary_line(short: str, chunk: StoredChunk) -> tuple[Source, str] | None:
    """A row of a list of abbreviations: the abbreviation in its first cell, its expansion
    in another (the cell's verbatim span, and the expansion on one line)."""
    row = chunk.commitment if chunk.kind == "row" else None
    if row is None or row.action.strip().lower() != short.lower():
        return None
    for f in row.fields:
        long = " ".join(f.text.split())
        if plausible(short, long):
            return f.source, long
    return None


def _asked(question: Question, snapshot: Snapshot) -> str | None:
    """The abbreviation a question asks about, if it asks what one stands for: the first
    one of what it asks about ("HRF" in "what does HRF in the NAP of X mean?"; another
    there says where to look), else the last of its asking sentence or clause, else (the
    asking clause only points back: "…: what does this acronym mean?") the first it writes;
    either way one that is not a word of a plan's title when there is one (the plan it
    names is not what it asks about); the earlier question's when the asking one names none."""
    if question.expects not in ("acronym", "definition"):
        return None
    focus = (question.focus or "").strip(" '\"‘’“”?")
    if question.expects == "definition":
        # "what is the HWA?", "what is the HWA system?": an abbreviation, perhaps with the kind of thing it is
        # ("the HWA in Norland's set-up", "the HWA that Norland's plan mentions": with where it is found)
        words = focus.split()
        if len(words) > 2 and abbreviation_like(words[0]) and words[1].lower() in _SETTING | _RELATIVE:
            words = words[:1]
        shorts = [w for w in words if abbreviation_like(w)]
        return shorts[0] if len(words) <= 2 and len(shorts) == 1 and abbreviation_like(words[0]) else None
    if focus and " " not in focus and ("-" not in focus or abbreviation_like(focus)):
        return focus  # (not "STOP-principe": the abbreviation is its part)
    asked = [t for t in _tokens(focus) if abbreviation_like(t)]
    if asked:
        return asked[0]
    *before, asking = _CLAUSE_END.split(question.text.strip()) or [""]
    titles = set().union(*(snapshot.title_stems(d) for d in snapshot.documents))
    tokens = [t for t in _tokens(asking) if abbreviation_like(t)]
    if tokens:  # ("what does CoST stand for in the UK plan?": not the plan's "UK")
        return ([t for t in tokens if t.lower() not in titles] or tokens)[-1]
    # ("Who chairs the HWC, and what does this acronym mean?": the earlier part, which the
    # conversation hands over as the context of the part that points back)
    earlier = [t for t in _tokens(" ".join([*before, question.context])) if abbreviation_like(t)]
    return next((t for t in earlier if t.lower() not in titles), earlier[0] if earlier else None)


def _asked_several(question: Question) -> list[str]:
    """The abbreviations a question asks about together ("what do the abbreviations SP and
    MP mean?", "que signifient les sigles X et Y ?"): a run of abbreviations joined by
    "and" or commas."""
    if question.expects not in ("acronym", "definition"):
        return []
    runs: list[list[str]] = [[]]
    joined = True  # the next word may carry the run on
    for word in re.findall(r"[\w&.'’\-]+|,", question.text):
        word = word.strip(".")
        if joined and abbreviation_like(word):
            runs[-1].append(word)
            joined = False
        elif runs[-1] and not joined and (word == "," or word.lower() in _JOINING):
            joined = True
        else:
            runs.append([word] if abbreviation_like(word) else [])
            joined = not runs[-1]
    best = max(runs, key=len)
    return list(dict.fromkeys(best)) if len(best) >= 2 else []


_JOINING = {"and", "et", "en", "&"}


def _tokens(text: str) -> list[str]:
    """The words of a question, and the parts of a hyphenated one, so an abbreviation joined
    to a noun is found ("het STOP-principe", "l'ONU-Femmes")."""
    out = []
    for token in re.findall(r"[\w&.\-]+", text):
        out.append(token)
        if "-" in token.strip("-"):
            out += [part for part in token.split("-") if part]
    return out


_SETTING = frozenset(union(SETTING_WORDS))
_RELATIVE = frozenset(union(RELATIVES))
_CLAUSE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])|\s*[:;]\s+")


