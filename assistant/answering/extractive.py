"""The default composer: no LLM, the answer is the passage's own words.

Every sentence of the retrieved passages is scored by how much of the question it covers
(IDF-weighted stems; words of the document's title count as covered, since the document
itself says what it is about), how close its passage is in meaning, and whether it holds
the kind of fact the question asks for. The best sentence is the answer, extended only
when the question needs more: the list a sentence introduces, the items an enumeration
announces, the next sentence when it holds the missing fact, the rest of an explained
item, or a sentence from another passage that covers what the first leaves out. When no
sentence is good enough, or the kind of fact asked for is nowhere, it abstains.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from assistant.answering.acronyms import expansions, plausible
from assistant.answering.bracketed import bracketed_lists
from assistant.answering.base import (SPECIFIC_NAME, WHICH_ROW, Composer, abstain, asking_stems,
                                      asks_for_names_of,
                                      cite, cited_works, documents_lacking_names, item_labels, kind_asked, most_said,
                                      named_across, named_documents,
                                      rare_names, rare_word, unknown_names, without_plan_names, without_sources,
                                      within_share, written_names)
from assistant.answering.titles import TitleWords
from assistant.answering.counts import counts_in, label_count, stated_count
from assistant.answering.entities import (PATTERNS, full_date, has_web_address, leading_name, mentions, new_names,
                                          only_months, web_sites, without_addresses)
from assistant.answering.evidence import Passage, Sentence, clean, passages, verb_root
from assistant.answering.items import said_of_another
from assistant.answering.outline import first_sentence
from assistant.models import Answer, Citation
from assistant.question import Question
from assistant.retrieval import Hit
from plans.contents import is_contents_line, under_contents
from plans.embedding import Embedder
from plans.index import Snapshot, StoredChunk
from plans.index.snapshot import COVER_CHARS
from plans.index.lexical import TOKEN_PATTERN, QueryTerm, alike, query_terms, stem, tokenize, words
from plans.language import LANGUAGES
from plans.vocabulary.signatures import SIGNED, SIGNING
from plans.records import Commitment
from plans.text import BULLET_MARKS, abbreviation_like, in_digits, normalize, quoted_names, roman_numeral
from plans.vocabulary.questions import (ARTICLES, AUTHORSHIP, AUXILIARIES, COPULAS, DOCUMENT_NOUNS, FILLERS,
                                        LIGHT_VERBS, OFFICES, PASSIVE_AGENT, RESTATING, ROLE_ENDS, SEPARABLE_PARTICLES,
                                        SUBORDINATORS, asks_count_only, asks_how, asks_said_about, asks_website,
                                        asks_which_one, stance_cues)
from plans.vocabulary import alternation, union
from plans.vocabulary.acts import acts, asked_acts
from plans.vocabulary.bodies import names_state_body
from plans.vocabulary.conversation import ANAPHORS, BACK_REFERENCES, DEMONSTRATIVES
from plans.vocabulary.coordination import CONJUNCTIONS
from plans.vocabulary.enumeration import ADDING, ALSO, CLOSING, FURTHER, ORDINALS
from plans.vocabulary.reasons import ASKING_WHY, asks_why, gives_reason
from plans.vocabulary.grounding import NUMBER_WORDS
from plans.vocabulary.roles import MONEY_WORDS, cue_words, fold, header_roles
from plans.vocabulary.units import FORM_WORDS, writes_limit
from plans.vocabulary.stopwords import ALL_STOPWORDS

CONTEXT_WEIGHT = 0.35  # words that only the conversation contributed
OTHER_SITE = 0.1  # what a sentence loses that writes another web site than the question's
FACT_TYPES = ("date", "number", "amount", "duration", "percent", "change", "frequency", "multiple", "names", "place")
OTHER_PLAN = 0.1  # taken from a sentence of another plan than the one a question names in another language
HARD_FACTS = ("date", "number", "amount", "duration", "percent", "change", "frequency", "multiple")  # no such fact in the evidence -> abstain
_ENUMERATION = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|several|some|many|various|following|\d+)\s+([\w-]+\s+){0,3}"
    r"(aspects|points|elements|factors|objectives|goals|priorities|pillars|areas|recommendations|steps|ways|"
    r"principles|reasons|entities|levels|things|issues|lessons|countries|centres|centers|actions|measures)\b",
    re.I,
)
# sentences that go on an enumeration ("One is …", "Second, …", "Finally, …"), and those that
# open one ("First, …", "Premièrement, …", "Ten eerste …"; `plans.vocabulary.enumeration`)
_OPENERS = {lang: tuple(w for place in places[1:] for w in place) + CLOSING.get(lang, ())
            for lang, places in ORDINALS.items()}
# (and, in each language, those that open on what the sentence before named: "These harbours
# are …", "Ces ports sont …", "Deze havens zijn …")
_CONTINUATION = re.compile(r"^(?:one|the other|another|both|each|first|ensuite|"
                           + "|".join(re.escape(w) for w in sorted(union(_OPENERS) + union(ANAPHORS), key=len,
                                                                   reverse=True))
                           + r")\b(?!-)", re.I)
_FIRST = re.compile(r"^(?:" + "|".join(re.escape(w).replace("'", "['’]") for w in sorted(
    union({lang: places[0] for lang, places in ORDINALS.items()}), key=len, reverse=True)) + r"|eerst)\b", re.I)
_FURTHER = re.compile(r"\b(?:" + alternation(union(FURTHER)) + r")\b", re.I)
_ALSO = re.compile(r"\b(?:" + alternation(union(ALSO)) + r")\b", re.I)
_ANAPHOR = re.compile(r"^(?:" + alternation(union(ANAPHORS)) + r")\b(?!-)", re.I)
_ADDING = re.compile(r"^(?:" + "|".join(re.escape(w) for w in sorted(union(ADDING), key=len, reverse=True)) + r")\b",
                     re.I)
# "These include A, B and C", "Ils comprennent …", "Deze omvatten …": the items of what the
# sentence before named
_INCLUDING = re.compile(r"^(?:these|they|those|ils|elles|ceux-ci|celles-ci|deze|zij)\s+(?:\w+\s+)?"
                        r"(?:include|includes|are|were|comprise|cover|covered|incluent|comprennent|sont|étaient|"
                        r"couvrent|omvatten|zijn|waren|bevatten)\b", re.I)
_WORD = re.compile(r"[^\W\d_]{3}")
_DIGIT = re.compile(r"\d")
_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())
_LABEL = re.compile(r"^\s*(?:[-*•·]\s+)?(?:\*\*|__)?\s*(?:\d{1,2}[.)]\s*)?(?:\*\*|__)?([^:.;*]{3,60}):(?:\*\*|__)?\s+(?=[A-Z])")


def _figures(q: Question, text: str) -> set[str]:
    """The facts of the kind asked for that a sentence gives ("40 %", "2019–2022"), as written."""
    pattern = PATTERNS.get(q.expects or "")
    return {" ".join(m.group(0).split()) for m in pattern.finditer(text)} if pattern else set()


_ITEM_NUMBER = re.compile(r"^\(?(\d{1,2})[.)](?:\s|$)")
_ITEM_GAP = 4  # the most sentences an item runs to before the next number


def _numbered_items(after: list[Sentence]) -> list[list[Sentence]]:
    """The items numbered 1, 2, 3 … right after a sentence, each as its number and its first
    sentence ("1." and "The Port Board decides …", or "1. The board …" as one): a run of
    at least two, else none."""
    items: list[list[Sentence]] = []
    i = 0
    while i < len(after):
        m = _ITEM_NUMBER.match(after[i].text.strip())
        if not m or int(m.group(1)) != len(items) + 1:
            break
        bare = not after[i].text.strip()[m.end():].strip()
        if bare and i + 1 == len(after):
            break  # the item's text is in the next passage
        items.append(after[i : i + 2] if bare else after[i : i + 1])
        nxt = next((j for j in range(i + 1, min(len(after), i + 1 + _ITEM_GAP))
                    if (n := _ITEM_NUMBER.match(after[j].text.strip())) and int(n.group(1)) == len(items) + 1), None)
        if nxt is None:
            break
        i = nxt
    return items if len(items) >= 2 else []


def _item_text(chosen: list[Sentence], i: int) -> bool:
    """Is sentence i the text of a numbered item: "1. The board …", or what follows a bare "1."?"""
    number = _ITEM_NUMBER.match(chosen[i].raw.strip())
    if number:
        return bool(chosen[i].raw.strip()[number.end():].strip())
    before = _ITEM_NUMBER.match(chosen[i - 1].raw.strip()) if i else None
    return bool(before) and not chosen[i - 1].raw.strip()[before.end():].strip()


def _name_end(s: Sentence) -> int:
    """Where the name that opens an item's text ends in its raw text (after its number), 0 when none."""
    body = len(s.raw) - len(s.raw.lstrip())
    if number := _ITEM_NUMBER.match(s.raw[body:]):
        body += number.end()
        body += len(s.raw[body:]) - len(s.raw[body:].lstrip())
    end = leading_name(s.raw[body:])
    return body + end if end else 0


def _enumerates(text: str) -> bool:
    """Does a sentence list three or more things ("A, B, C and D")?"""
    return text.count(",") + text.count(";") >= 2


def _counts_kind(q: Question, s: Sentence) -> bool:
    """Does the sentence count the kind of thing a list question asks for, a number right
    before it ("which phases …?": "… recognises four phases: …")?"""
    kind = {x for w in kind_asked(q) for x in (stem(w, s.lang), stem(w))}
    tokens = words(s.text)
    return bool(kind) and any((stem(w, s.lang) in kind or stem(w) in kind) and counts_in(before, s.lang)
                              for before, w in zip(tokens, tokens[1:]))


def _counts_asked(q: Question, s: Sentence) -> bool:
    """Does the sentence open with as many things as a question for a list or names says there
    are ("which three X …?": "In three X, …"), in any language: the sentences that go on from it
    name them."""
    count = stated_count(q) if q.wants_list or q.expects == "names" else None
    return count is not None and label_count(s.text, s.lang) == count


def _mentions(q: Question, s: Sentence) -> bool:
    """Does the sentence hold the kind of fact asked for? The counted noun of "how many X"
    is only looked for in a sentence in the question's language."""
    across = s.lang != q.lang
    # (a sum, a share, a date or a length of time is no count: "how many were granted?" of "up to £5,000")
    things = across and bool(q.counted) or q.expects == "number" and not q.counted and asks_count_only(q.text, q.lang)
    if mentions(q.expects, s.text, q.text, None if across else q.counted, s.lang, things=things):
        return True
    if q.expects == "number" and q.counted and s.row_stems and s.bare:
        # a figure in a table's cell counts what its row or header names ("50" in "Cargo bikes | … | 50")
        named = s.row_stems | s.label_stems
        return mentions("number", s.text, q.text, None, s.lang) and any(
            stem(c, s.lang) in named or any(alike(stem(c, s.lang), n) for n in named) for c in q.counted)
    return False


KIND_WEIGHT = 2.0  # how much more the kind a list question asks for weighs than its other words

# The shares of a sentence's score that its coverage of the question's terms, and its
# passage's, make.
COVERAGE_WEIGHT = 0.55
LIST_INTRO_COVERAGE = 0.25  # the share of the question's weight a list's lead-in must write to count as one
HEADING_SHARE = 0.6  # of a question word's weight, when the heading over a section's first sentence writes it
ACTED_FACTS = ("date", "agent")  # the kinds of fact said of an act: when it was done, who does it
ACT_BONUS = 0.1  # for a sentence in another language that states the act the question asks about
ACT_MISSING = 0.2  # taken from a sentence that does not state it, where another sentence does
RARE_SWITCH = 0.8  # a sentence writing the rare name asked answers if it scores this share of the best
CAPTION_SWITCH = 0.9  # a sentence answers a list question over a caption if it scores this share of it
# a sentence that says what the best one lacks (who does the act asked, the year asked)
# answers instead if it scores this share of the best
NEAR_BEST = 0.95
RARE_NEAR = 8  # among this many best sentences
NAME_BONUS = 0.03  # for each name past the first a sentence gives, up to three, when names are asked
CONTEXT_IN_SCORE = 0.2
TOPIC_SHARE = 0.2  # of the weight of a question's topic words, what an answer's passages must write
TOPIC_WORDS = 2  # the fewest topic words that say what a question is about
_FILLER_WORDS = frozenset(w for phrases in FILLERS.values() for p in phrases for w in p.split())
ROW_NAME_CHARS = 100  # a row's first cell up to this long names the row before a cell's value
SAID_ABOUT_CHARS = 500  # what a plan says of a topic: as much of its paragraph as a short answer holds


@dataclass
class Scored:
    sentence: Sentence
    score: float
    coverage: float
    bonus: float = 0.0  # what the kind of fact asked for adds (or takes away)
    heading: frozenset[str] = frozenset()  # the stems of the heading that says what the sentence is about


class ExtractiveComposer(Composer):
    """`embedder`, when given, adds the meaning of each candidate sentence: a sentence that
    says what the question asks in other words (or in another language) scores by its
    similarity to the question, even when it shares few of its words. `passage_range` is
    the retrieval model's similarity scale, on which a passage's closeness is read."""

    name = "extractive"

    def __init__(self, threshold: float = 0.42, max_chars: int = 400, list_chars: int = 1300, passages_used: int = 12,
                 embedder: Embedder | None = None, sentence_weight: float = 0.5, passage_weight: float = 0.2,
                 candidates: int = 16, passage_range: tuple[float, float] = (0.15, 0.65), sure_margin: float = 0.25,
                 across: Embedder | None = None, across_margin: float = 0.1, neighbours_of: int = 3,
                 title_words: TitleWords | None = None):
        self.threshold = threshold
        self.max_chars = max_chars
        self.list_chars = list_chars
        self.passages_used = passages_used
        self.embedder = embedder
        self.sentence_weight = sentence_weight
        self.passage_weight = passage_weight
        self.candidates = candidates
        self.passage_range = passage_range  # the retrieval model's scale (passages are scored with it)
        self.sure_margin = sure_margin
        self.across = across or embedder
        self.title_words = title_words or (TitleWords(embedder) if embedder is not None else None)
        self.across_margin = across_margin
        self.neighbours_of = neighbours_of  # the passages of the best sentences whose next passage is read too
        self._vectors: dict[str, OrderedDict[str, np.ndarray]] = {}
        self._lock = threading.Lock()

    def compose(self, question: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        lacking = documents_lacking_names(question, snapshot)  # plans about something else
        # (a list of the works a plan cites names, dates and numbers other documents: it
        # states none of the plan's facts)
        cited = question.expects in HARD_FACTS or question.expects == "agent"
        usable = [h for h in hits if h.chunk.kind in ("passage", "about", "row")
                  and h.chunk.doc_id not in lacking and not (cited and cited_works(h.chunk.section))]
        # (the one plan named in another language than the question's: its passages are read
        # wherever the search ranks them, below the plans that share the question's words)
        translated = named_across(named_documents(question, snapshot), question, snapshot)
        usable = usable[: self.passages_used] + [h for h in usable[self.passages_used:] if h.chunk.doc_id in translated]
        found = passages(usable, headings=question.expects == "definition")  # a section's heading may define its term
        seen = {p.hit.chunk.id for p in found}
        found += passages([h for h in _glossary_entries(question, hits, snapshot)
                           if h.chunk.id not in seen and h.chunk.doc_id not in lacking])
        if question.wants_list or question.expects == "names":  # "which research centres does it name?": "centres (A, B)"
            seen = {p.hit.chunk.id for p in found}
            found += passages([h for h in bracketed_lists(question, kind_asked(question), hits, snapshot)
                               if h.chunk.id not in seen and h.chunk.doc_id not in lacking])
        # the words of a description after a name say which thing is meant: they found the
        # passages, and a sentence need not repeat them
        weights = {t: _idf(snapshot, t) for t in separable_verbs(question, snapshot) if t.word not in question.described}
        for t in question.context_terms:
            weights.setdefault(t, CONTEXT_WEIGHT * _idf(snapshot, t))
        if question.wants_list:  # "which raptors live in the parks?": the list is of raptors
            kind = {w.lower() for w in kind_asked(question)}
            weights = {t: w * (KIND_WEIGHT if t.word in kind else 1.0) for t, w in weights.items()}
        total = sum(weights.values()) or 1.0
        titles = {p.hit.chunk.doc_id: snapshot.title_stems(p.hit.chunk.doc_id) for p in found}
        spelled = _spelled_out(found)
        openers = snapshot.section_openers
        scored = [
            self._score(question, s, p, weights, total, titles[p.hit.chunk.doc_id], _heading_of(s, openers), spelled)
            for p in found for s in p.sentences
        ]
        best = list({x.sentence.hit.chunk.id: x.sentence.hit
                     for x in sorted(scored, key=lambda x: x.score)}.values())[::-1][: self.neighbours_of]
        best += [p.hit for p in found[: self.neighbours_of]]  # and the passages the search ranks first
        after = _following(best, {h.chunk.id for h in hits}, snapshot)
        before = _preceding([p.hit for p in found], {h.chunk.id for h in hits + after}, snapshot)
        for p in passages(after + before):
            scored += [self._score(question, s, p, weights, total, titles[p.hit.chunk.doc_id], _heading_of(s, openers),
                                   spelled) for s in p.sentences]
        # (a sentence without a word, such as a list number "1." split off its item, says nothing)
        # (a figure in a table cell says what its header names)
        # (a line of a list of abbreviations says what one stands for, and nothing else)
        scored = [s for s in scored if _WORD.search(s.sentence.label + " " + s.sentence.text) and not _contents(s.sentence)
                  and not _header_row(s.sentence)
                  and (question.expects in ("acronym", "definition") or not _spells_out(s.sentence.raw))]
        if question.expects != "place":  # "See: https://…", a list of web sites: where to read, not what is asked
            scored = [s for s in scored if s.sentence.label or len(_WORD.findall(without_addresses(s.sentence.text))) >= 2
                      and not _mostly_addresses(s.sentence.text)]
        if not scored:
            return abstain(lang=question.lang)
        if question.stance:  # an assessment is asked for: only sentences that give one can answer
            scored = [s for s in scored if stance_cues(s.sentence.text, question.stance, s.sentence.lang)]
            if not scored:
                return abstain(lang=question.lang)
        every = scored  # (a definition's sentence may go on in sentences that do not write the term)
        if question.expects == "definition" and question.focus:
            # "what is X?": only a sentence that writes X can say what it is, whatever else it shares
            # and a sentence that defines X ("X: …", "X is a …", "… (X)") says it before one that uses X
            naming = [s for s in scored if _names_focus(question.focus, [s.sentence],
                                                        titles.get(s.sentence.hit.chunk.doc_id, set()))]
            defining = [s for s in naming if _defining(question.focus, s.sentence)]
            scored = defining or naming or scored
        # (and "how will the plan be coordinated?": how an act is done, told where it is stated)
        how = question.expects is None and asks_how(question.text, question.lang)
        acts_asked = asked_acts(question.text, question.lang) if question.expects in ACTED_FACTS or how \
            else frozenset()
        stating = {id(s) for s in scored if acts_asked & acts(s.sentence.text, s.sentence.lang, in_names=False)}
        if stating:
            # "when was it approved?", "who chairs it?": a sentence that dates or names another
            # act (the note's start, a member) answers less well than one stating the act, in any
            # language (the act may also be told in words the table has not: "whose resolution requires")
            for s in scored:
                if id(s) not in stating:
                    s.score -= ACT_MISSING
                    s.bonus -= ACT_MISSING
        for s in scored if translated else []:
            # the plan named in another language: a sentence of a plan in the question's
            # language shares the question's words, not the plan it is asked of
            if s.sentence.hit.chunk.doc_id not in translated:
                s.score -= OTHER_PLAN
                s.bonus -= OTHER_PLAN
        if self.embedder is not None and (self.sentence_weight or self.passage_weight) and self._unsure(question, scored):
            self._by_meaning(question, scored, snapshot, translated)
        scored.sort(key=lambda s: -s.score)
        best = self._naming_rare(question, self._confirmed_by_words(question, scored), scored, snapshot, spelled)
        best = self._past_caption(question, best, scored)
        best = self._doing_asked(question, best, scored)
        best = self._of_the_year_asked(question, best, scored)
        if best.score < self.threshold or not self._stands_out(question, best, scored, snapshot):
            return abstain(confidence=best.score, lang=question.lang)
        title = titles.get(best.sentence.hit.chunk.doc_id, set())
        chosen = self._extend(question, best, every, {t: w for t, w in weights.items() if not t.matches(title)}, total,
                              title)
        chosen = _with_brackets(chosen, every)
        said_about = question.expects is None and not question.wants_list \
            and (asks_said_about(question.text, question.lang) or how)
        # "what does the plan say about X?", "how will X be monitored?": its paragraph on X, from its start
        if said_about:
            chosen = _paragraph_of(best.sentence, every, within_share(question, SAID_ABOUT_CHARS))
        if question.wants_list:
            chosen = self._names_only(question, self._with_items(chosen))
            chosen = _items_asked(chosen, {t: w for t, w in weights.items() if not t.matches(title)
                                           and rare_word(t.word, question.lang, snapshot)})
        if question.expects in FACT_TYPES and not self._holds(question, chosen):
            chosen += self._next_passage_fact(question, chosen[-1], snapshot)
        if question.expects in FACT_TYPES and not self._holds(question, chosen):
            chosen = _cell_with_fact(question, best, scored) or chosen
        limit = min(self.max_chars, question.limit or self.max_chars)
        if (question.expects in HARD_FACTS or question.expects is None and not question.wants_list and not said_about
                or question.limit and question.expects == "agent") and _length(chosen) > limit:
            asked = {t: w for t, w in weights.items() if not t.matches(title)}  # the plan's name says where
            chosen = [_clause_span(question, s, asked, limit) for s in chosen]
        if question.expects in HARD_FACTS and not self._holds(question, chosen):
            return abstain(confidence=best.score, lang=question.lang)
        if question.expects == "place" and asks_website(question.text, question.lang) and not any(
                web_sites(s.text) for s in chosen):
            return abstain(confidence=best.score, lang=question.lang)  # "on which website …?" answered without one
        if question.expects in ("number", "amount") and writes_limit(question.text, question.lang) and not any(
                writes_limit(f"{s.label} {s.text} {s.hit.chunk.section}") for s in chosen):
            return abstain(confidence=best.score, lang=question.lang)  # "how many … at most?": a count is no cap
        if question.measured and best.sentence.lang == question.lang and not _writes_measured(question, chosen, snapshot):
            return abstain(confidence=best.score, lang=question.lang)  # an amount of something else
        if question.expects in ("amount", "percent") and not question.measured and best.sentence.lang == question.lang \
                and not _amount_of_asked(question, titles.get(best.sentence.hit.chunk.doc_id, set()), chosen, snapshot):
            return abstain(confidence=best.score, lang=question.lang)  # "the cost for the X sector": not for X
        if question.expects == "agent" and asks_which_one(question.text, question.lang) and not any(
                mentions("agent", s.text, question.text) or names_state_body(s.text, question.text, s.lang)
                for s in chosen):
            return abstain(confidence=best.score, lang=question.lang)  # "which institution?": "an institution" is none
        if question.expects == "document" and AUTHORSHIP.search(question.text) and not any(
                mentions("agent", s.text, question.text) for s in chosen):
            return abstain(confidence=best.score, lang=question.lang)  # no byline, and no sentence names a maker
        if question.expects == "document" and SIGNED.search(question.text) and not any(
                SIGNING.search(s.text) for s in chosen):
            return abstain(confidence=best.score, lang=question.lang)  # "who signed it?": no signature, no signing told
        if question.expects == "agent" and best.sentence.lang == question.lang and not _does_asked(question, chosen):
            return abstain(confidence=best.score, lang=question.lang)  # "who chaired it?": no sentence says who chaired
        if question.expects == "definition" and best.sentence.lang == question.lang \
                and not _names_focus(question.focus, chosen, titles.get(best.sentence.hit.chunk.doc_id, set())):
            return abstain(confidence=best.score, lang=question.lang)  # "what is X?" answered on something else
        if question.expects == "definition" and question.focus and _listed_only(question.focus, chosen):
            return abstain(confidence=best.score, lang=question.lang)  # "…, flexible transport, car pools, …" defines none
        if question.copular and not _predicates(question.focus or "", chosen):
            return abstain(confidence=best.score, lang=question.lang)
        if _unsupported_specifics(question, chosen, titles, snapshot):
            return abstain(confidence=best.score, lang=question.lang)
        if question.expects in HARD_FACTS and _unsupported_names(question, chosen, titles, snapshot):
            return abstain(confidence=best.score, lang=question.lang)  # a figure for another place or body
        if _asks_one_row(question) and not _from_rows(chosen, snapshot) and not _names_one_kind(question, chosen):
            return abstain(confidence=best.score, lang=question.lang)  # "which line …?" of a plan with a table of lines
        if best.sentence.lang == question.lang and not _writes_kind_asked(question, chosen, snapshot):
            return abstain(confidence=best.score, lang=question.lang)  # "what penalty …?" answered without one
        if best.sentence.lang == question.lang and _rare_names_unwritten(question, chosen, snapshot, spelled):
            return abstain(confidence=best.score, lang=question.lang)  # "what does Hely offer?" without Hely
        if _cell_of_another(question, chosen, titles, snapshot):
            return abstain(confidence=best.score, lang=question.lang)  # "the X rate of the map page": the search page's
        if all(_fragment(s) for s in chosen):
            return abstain(confidence=best.score, lang=question.lang)  # a piece of a line of a table read as prose
        if question.wants_list and len(chosen) == 1 and _caption(chosen[0]):
            return abstain(confidence=best.score, lang=question.lang)  # the caption over a list, not the list
        if all(_adds_nothing(question, s, snapshot.naming_words.get(s.hit.chunk.doc_id, set())) for s in chosen):
            return abstain(confidence=best.score, lang=question.lang)  # a heading that repeats the question
        if all(_shares_only_the_plan_name(question, s, snapshot) for s in chosen):
            return abstain(confidence=best.score, lang=question.lang)  # "Please cite as: <the plan's title>"
        if question.expects is None and all(_names_only_the_plan(s, snapshot) for s in chosen):
            return abstain(confidence=best.score, lang=question.lang)  # "<Ministry>: <the plan's title>", in any language
        if best.sentence.lang == question.lang and _off_topic(question, chosen, weights, title, snapshot):
            return abstain(confidence=best.score, lang=question.lang)  # only the plan's name and the kind asked shared
        if best.sentence.lang == question.lang and unknown_names(question, snapshot):
            # (across languages a capitalised word may be a translated name: "Pacte mondial")
            return abstain(confidence=best.score, lang=question.lang)
        return self._answer(question, chosen, snapshot, best.score)

    # -- scoring ------------------------------------------------------------------------
    def _score(self, q: Question, s: Sentence, p: Passage, weights: dict[str, float], total: float,
               title: set[str], heading: frozenset[str], spelled: dict[tuple[str, str], frozenset[str]]) -> Scored:
        # a table cell says what its header names: "31 %" under "Vacancy rate" is a vacancy rate;
        # a bare one (a figure, a few words) is said of what its row names
        stems = s.stems | s.label_stems | (s.row_stems if s.bare else frozenset()) | _short_for(s, spelled)
        coverage = sum(w * _match(t, stems, s.prefixes, title, s.roots, s.lang) for t, w in weights.items()) / total
        # a section's first sentence that writes none of the question's words (a list of names,
        # a bare figure) is about what the heading over it says ("The drafting team of the plan")
        if heading and not any(_match(t, stems, s.prefixes, set(), s.roots, s.lang) for t in weights):
            coverage += HEADING_SHARE * sum(w for t, w in weights.items() if t.matches(heading)
                                            and not t.matches(title)) / total
        else:
            heading = frozenset()
        forms = _focus_forms(q.focus) if q.expects == "definition" and q.focus else ()
        defined = [f for form in forms for f in _aliases(form, p.text) if _defines(f, s.text)]
        if defined and defined[0] not in forms:  # "The HDN consists of …": the abbreviation stands for the term
            named = set(tokenize(q.focus, s.lang))
            coverage += sum(w for t, w in weights.items() if t.matches(named)
                            and not _match(t, s.stems, s.prefixes, title, s.roots, s.lang)) / total
        said_of_items = q.expects in HARD_FACTS and _mentions(q, s)  # "8 years are required of whoever claims:"
        for item in _items_after(p, s) if said_of_items else []:  # ... with the item the question names
            stems, roots = s.stems | item.stems, s.roots | item.roots
            joint = sum(w * _match(t, stems, s.prefixes | item.prefixes, title, roots, s.lang)
                        for t, w in weights.items()) / total
            coverage = max(coverage, joint)
        context = sum(w * max(_match(t, stems, s.prefixes, title, s.roots, s.lang), float(t.matches(p.stems)))
                      for t, w in weights.items()) / total
        qstems = [stem(w, s.lang) for w in words(q.text)]
        # (the plan's own name in the question's word order says nothing of what is asked)
        phrase = sum(1 for bg in zip(qstems, qstems[1:])
                     if bg in s.bigrams and bg[0] != bg[1] and not (bg[0] in title and bg[1] in title))
        lo, hi = self.passage_range
        cos = p.hit.cosine if p.hit.cosine is not None else lo
        semantic = min(1.0, max(0.0, (cos - lo) / (hi - lo)))
        score = base = (COVERAGE_WEIGHT * coverage + CONTEXT_IN_SCORE * context + 0.2 * semantic
                        + min(0.12, 0.04 * phrase))
        asked_at = web_sites(q.text)
        written_at = web_sites(s.text) if asked_at else set()
        if written_at and not asked_at & written_at:
            # a web site the question writes is the most exact of names, in any language: a
            # sentence that writes only another ("open.x.gov" for "www.x.gov") is about another site
            score -= OTHER_SITE
        nxt = _next_in_unit(p, s)
        if q.expects in FACT_TYPES:
            if q.expects == "place" and has_web_address(s.text):
                score += 0.15  # "where is it published?" is answered by an address
            elif q.expects == "date" and not full_date(s.text):
                score += 0.03 if mentions("date", s.text, q.text) else -0.1  # a bare year is a weak date
            elif _mentions(q, s):
                # "which countries …?", "who sat on …?": a sentence that names several says more
                score += 0.08 + (NAME_BONUS * min(3, len(new_names(s.text, q.text)) - 1) if q.expects == "names" else 0.0)
            elif nxt is not None and _mentions(q, nxt):
                score += 0.03
            else:
                score -= 0.05 if q.expects == "names" else 0.1
            if q.expects in HARD_FACTS and said_of_another(q, s.text, s.lang):
                score -= 0.3  # "… by adopting resolution 5": the fact of another numbered thing
        elif q.expects == "agent":
            # (across languages the question's verb is not the sentence's: its passive agent says who)
            # (or the object of its light verb: "which body was given responsibility for X?")
            if _agent_by(q, s) or s.lang != q.lang and _passive_agent(s) or _writes_light_act(q, s):
                score += 0.1
            elif not mentions("agent", s.text, q.text):
                score -= 0.05  # names no one the question does not
        elif defined:
            score += 0.15
        elif q.expects is None and asks_why(q.text, q.lang):  # "why …?": a sentence that gives a reason
            score += 0.08 if gives_reason(s.text, s.lang) else 0.03 if nxt is not None and gives_reason(nxt.text, nxt.lang) \
                else 0.0
        if s.lang != q.lang and asked_acts(q.text, q.lang) & acts(s.text, s.lang):
            score += ACT_BONUS  # "wie zit het voor?": "… chairs it" shares no word with it
        # a sentence that introduces a list is what a list question asks for, when it is about
        # what is asked: the form alone does not make up for words the question does not share
        introduces = q.wants_list and coverage >= LIST_INTRO_COVERAGE
        wanted = stated_count(q) if introduces else None
        if wanted is not None and label_count(s.text, s.lang) not in (None, wanted):
            pass  # "… rests on two pillars:" does not introduce the five things asked for
        elif wanted is not None and wanted in counts_in(s.text, s.lang) and _enumerates(s.text):
            score += 0.15  # "… five harbours (A, B, C, D and E)": the count asked, the items written
        elif introduces and s.text.rstrip().endswith(":") and nxt is not None and nxt.unit != s.unit:
            score += 0.15
        elif (introduces or s.lang != q.lang) and _counts_asked(q, s) and nxt is not None and nxt.unit == s.unit \
                and _CONTINUATION.match(nxt.text):
            score += 0.15  # "which three X …?": "In three X, …. These X are A, B and C.", in any language
        elif introduces and _enumerates(s.text) and _counts_kind(q, s):
            score += 0.15  # "… four phases: (i) the drafting, (ii) …": the kind asked, counted, its items written
        elif introduces and nxt is not None and nxt.unit == s.unit and _INCLUDING.match(nxt.text) \
                and _enumerates(nxt.text):
            score += 0.15  # "… on many subjects." -> "These include A, B, C and D."
        if q.stance:  # "what are its weaknesses?": a sentence that assesses, the same way
            score += min(0.15, 0.05 * stance_cues(s.text, q.stance, s.lang))
        if len(s.text) < 25 and not (s.label and _DIGIT.search(s.text)):  # (a figure in a table is short by nature)
            score -= 0.15
        return Scored(s, score, coverage, bonus=score - base, heading=heading)

    @staticmethod
    def _holds(q: Question, chosen: list[Sentence]) -> bool:
        return any(_mentions(q, s) for s in chosen)

    def _next_passage_fact(self, q: Question, last: Sentence, snapshot: Snapshot) -> list[Sentence]:
        """The fact asked for may come after the chosen sentence across a passage break (a
        sentence names the measure, the first sentence of the next chunk gives its date or
        amount): the rest of the passage (at most two sentences) and the next passage's
        first sentences, up to the one that holds it."""
        p = last.passage
        if p is None or last.hit.chunk.kind != "passage":
            return []
        rest = [s for s in p.sentences[last.index + 1 :] if _WORD.search(s.text)]  # not a bare "5."
        if len(rest) > 2:
            return []
        chunk = last.hit.chunk
        following = _next_passage(chunk, snapshot)
        if following is None or following.section != chunk.section:
            return []
        [nxt] = passages([Hit(following, 0.0)])
        for i, s in enumerate(nxt.sentences[:2]):
            if _WORD.search(s.text) and _mentions(q, s):
                added = rest + nxt.sentences[: i + 1]
                return added if _length([last, *added]) <= max(self.max_chars, 480) else []
        return []

    def _stands_out(self, q: Question, best: Scored, scored: list[Scored], snapshot: Snapshot) -> bool:
        """A sentence in another language than the question is chosen by meaning alone, with
        no shared word to confirm it: it must lead the best sentence of any other passage by
        `across_margin`, or the choice between them is a guess. For a fact of a kind that can
        be recognised (a date, a count, an amount), only a sentence that holds one is a rival,
        and one that gives the same figures agrees with it (a plan may say a thing twice). A
        sentence with a day's date is not rivalled by one with bare years ("in force between
        2010 and 2014") when the question asks for a date. A sentence that writes an abbreviation
        of the question that few passages write ("the HWF fund"), a number it names ("resolution
        1325") or a year it names (not asking for a date: "how many trips in 2019?"), where its
        rival does not write it, needs no lead; nor does one that shares clearly more of the
        question's words (stems alike in both languages) than its rival."""
        if best.sentence.lang == q.lang:
            return True
        given = _figures(q, best.sentence.text)
        dated = q.expects == "date" and full_date(best.sentence.text)
        rival = next((s for s in scored if s.sentence.hit is not best.sentence.hit
                      and (q.expects not in HARD_FACTS or _mentions(q, s.sentence)
                           and not _same_figures(_figures(q, s.sentence.text), given)
                           and not (dated and not full_date(s.sentence.text)))),
                     None)
        if rival is None:
            return True
        marks = {m for m in _abbreviations(q.text) if snapshot.term_stats.df_of(m.lower()) <= SPECIFIC_NAME}
        marks |= _numbers(q.text) | (_years(q.text) if q.expects != "date" else set())
        if marks & (_abbreviations(best.sentence.text) | _numbers(best.sentence.text) | _years(best.sentence.text)) \
                - _abbreviations(rival.sentence.text) - _numbers(rival.sentence.text) - _years(rival.sentence.text):
            return True  # an abbreviation or a number of the question, written alike in any language, confirms it
        if best.coverage - rival.coverage >= self.across_margin:
            return True  # words of the question written alike in both languages ("tariffs" / "tarifs") confirm it
        asked = asked_acts(q.text, q.lang) if q.expects in ACTED_FACTS else frozenset()
        if asked & acts(best.sentence.text, best.sentence.lang, in_names=False) \
                and not asked & acts(rival.sentence.text, rival.sentence.lang, in_names=False):
            return True  # the act asked ("qui préside …?"), stated in its own language ("chaired by"), confirms it
        return best.score - rival.score >= self.across_margin

    def _confirmed_by_words(self, q: Question, scored: list[Scored]) -> Scored:
        """The best sentence (of `scored`, best first); but where it is in another language than
        the question, the sentences as close to it as `across_margin` are a tie by meaning: of
        them, for a fact of a kind that can be recognised (a date, a count), the first that
        holds one, and the one that shares clearly more of the question's words than each of
        the others ("net tariffs" / "tarifs nets")."""
        best = scored[0]
        if best.sentence.lang == q.lang:
            return best
        close = [s for s in scored if best.score - s.score < self.across_margin]
        if q.expects in HARD_FACTS:
            close = [s for s in close if _mentions(q, s.sentence)]
            if not close:
                return best
            best = close[0]
        lead = max(close, key=lambda s: s.coverage)
        if lead is not best and all(lead.coverage - s.coverage >= self.across_margin for s in close if s is not lead):
            return lead
        return best

    def _naming_rare(self, q: Question, best: Scored, scored: list[Scored], snapshot: Snapshot,
                     spelled: dict[tuple[str, str], frozenset[str]]) -> Scored:
        """"For which kind of place does the study give station X as an example?": the question
        names something the plans write in a few passages only; when the best sentence's
        passage does not write it (it is about something else: the rare-names check refuses
        it), a sentence scored nearly as well that writes it answers. (A sentence that says
        "it" of the name its passage writes is about the name.)"""
        rare = rare_names(q, snapshot)
        if not rare or best.sentence.lang != q.lang or not _rare_names_unwritten(q, [best.sentence], snapshot, spelled):
            return best
        return self._near_best(best, scored, RARE_SWITCH, lambda s: _writes_any(s.sentence, rare))

    def _past_caption(self, q: Question, best: Scored, scored: list[Scored]) -> Scored:
        """A list asked for, and the best line a caption over it ("Open data in procurement
        paper", a cell naming the issue): no answer by itself. A sentence scored nearly as well
        that lists three things or more answers instead (the caption's list is not read after it)."""
        if not q.wants_list or not _caption(best.sentence):
            return best
        return self._near_best(best, scored, CAPTION_SWITCH,
                               lambda s: not _caption(s.sentence) and _enumerates(s.sentence.text))

    def _doing_asked(self, q: Question, best: Scored, scored: list[Scored]) -> Scored:
        """"Who coordinates the plan's implementation?": the best sentence is on the plan's
        implementation but says nobody coordinates it (the answer abstains for that, see
        `_does_asked`). A sentence of the question's language scored nearly as well that says
        the act ("under the coordination of X", "X coordinates …") answers instead."""
        if q.expects != "agent" or best.sentence.lang != q.lang or _does_asked(q, [best.sentence]):
            return best
        return self._near_best(best, scored, NEAR_BEST, lambda s: s.sentence.lang == q.lang and _does_asked(q, [s.sentence]))

    def _of_the_year_asked(self, q: Question, best: Scored, scored: list[Scored]) -> Scored:
        """"By how much must emissions fall by 2030?": the best sentence gives a figure for
        another year ("… 80 % by 2050") and not the year asked. A sentence scored nearly as
        well that writes the year asked and a fact of the kind asked answers instead."""
        asked = _years(q.text) if q.expects in HARD_FACTS and q.expects != "date" else set()
        written = _years(best.sentence.text)
        if not asked or not written or asked & written:
            return best
        return self._near_best(best, scored, NEAR_BEST,
                               lambda s: asked <= _years(s.sentence.text) and _mentions(q, s.sentence))

    def _near_best(self, best: Scored, scored: list[Scored], share: float, says: Callable[[Scored], bool]) -> Scored:
        """The first of the `RARE_NEAR` best sentences (`scored` is best first) that scores at
        least `share` of `best` and the threshold and `says` what `best` lacks; else `best`
        (which never says it: each caller asks only where it does not)."""
        return next((s for s in scored[:RARE_NEAR] if s.score >= max(self.threshold, share * best.score) and says(s)),
                    best)

    def _unsure(self, q: Question, scored: list[Scored]) -> bool:
        """Is reading the sentences' meaning worth its cost? Not when the question's own words
        already single out a sentence in the question's language."""
        best = max(scored, key=lambda s: s.score)
        return best.score < self.threshold + self.sure_margin or best.sentence.lang != q.lang or bool(q.stance)

    def _by_meaning(self, q: Question, scored: list[Scored], snapshot: Snapshot,
                    translated: set[str] = frozenset()) -> None:
        """Score the best candidates also by meaning: the similarity of the sentence (and of
        its passage) to the question, on the embedder's scale. A sentence keeps the better
        of its word-based and its meaning-based score. The plan the question names in another
        language (`translated`) has its own candidates: the sentences of the plans in the
        question's language, which share its words, would take every place."""
        pool: list[Scored] = []
        for group in (scored, [s for s in scored if s.sentence.hit.chunk.doc_id in translated]):
            by_words = sorted(group, key=lambda s: -s.score)[: self.candidates // 2]
            by_rank = [s for s in group if s.sentence.passage and s.sentence.index < 4][: self.candidates]
            pool += list({id(s): s for s in by_words + by_rank}.values())[: self.candidates]
        pool = list({id(s): s for s in pool}.values())
        if not pool:
            return
        same = [s for s in pool if s.sentence.lang == q.lang]
        other = [s for s in pool if s.sentence.lang != q.lang]
        # a sentence in another language than the question cannot share its words: the
        # multilingual retrieval model reads its meaning, which then carries what coverage
        # and context carry for a sentence in the question's language
        if same:  # (what is asked: not a description of the name it asks about, nor the plan it is asked of)
            asked = q.asked or q.text
            if q.expects in HARD_FACTS and asked == q.text:
                asked = without_sources(q, snapshot) or asked
            self._meaning_of(asked, same, self.embedder, self.sentence_weight, self.embedder.similarity_range)
        if other:
            # "which line of the X plan is about Y?", "by how much did Y rise, according to the X
            # plan?" by Y alone: the plan's name, written alike in both languages, only says
            # where to look (elsewhere it may be what is asked about: "what is the X plan?")
            translated = {s.sentence.hit.chunk.doc_id for s in other}
            if WHICH_ROW.search(q.text):
                topic = without_plan_names(q, snapshot, translated)
            elif q.expects in (*HARD_FACTS, "names", "agent"):
                topic = without_sources(q, snapshot)
            else:
                topic = q.text
            if self.title_words is not None and (q.wants_list or q.expects in (None, "names")):
                # (and a list or a passage asked of a plan named by its title translated, by what
                # is asked alone: "vogels, heide en bodem" says where to look, and its meaning
                # pulls towards every sentence about that subject; a fact asked may be of a
                # thing the title names: "how many ferries …?" of a study of ferries)
                titles = [snapshot.documents[d].info.title or "" for d in translated if d in snapshot.documents]
                topic = self.title_words.untitled(topic, titles, q.lang)
            self._meaning_of(topic or q.text, other, self.across,
                             COVERAGE_WEIGHT + CONTEXT_IN_SCORE, self.across.across_range or self.across.similarity_range)

    def _meaning_of(self, text: str, pool: list[Scored], model: Embedder, weight: float,
                    scale: tuple[float, float]) -> None:
        lo, hi = scale
        plo, phi = self.passage_range
        qvec = np.asarray(model.embed_query(text), dtype=np.float32)
        vectors = self._sentence_vectors(model, [s.sentence.text for s in pool])
        for s, v in zip(pool, vectors):
            sentence = min(1.0, max(0.0, (float(v @ qvec) - lo) / (hi - lo)))
            cos = s.sentence.hit.cosine
            passage = min(1.0, max(0.0, ((cos if cos is not None else plo) - plo) / (phi - plo)))
            meaning = weight * sentence + self.passage_weight * passage + s.bonus
            s.score = max(s.score, meaning)

    def _sentence_vectors(self, model: Embedder, texts: list[str]) -> list[np.ndarray]:
        """Vectors of sentences, remembered per model (the same passages come back for related questions)."""
        with self._lock:
            cache = self._vectors.setdefault(model.name, OrderedDict())
            known = {t: cache[t] for t in texts if t in cache}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            fresh = {t: np.asarray(v, dtype=np.float32) for t, v in zip(missing, model.embed_batch(missing))}
            known.update(fresh)
            with self._lock:
                cache.update(fresh)
                while len(cache) > 20_000:
                    cache.popitem(last=False)
        return [known[t] for t in texts]

    # -- choosing what to say -------------------------------------------------------
    def _with_items(self, chosen: list[Sentence]) -> list[Sentence]:
        """The numbered items that follow the answer's last sentence in its paragraph ("… by
        three boards." -> "1. The Port Board … 2. …"), as many as fit;
        the sentences before it give way when that makes room for them all."""
        last = chosen[-1]
        after = [s for s in (last.passage.sentences if last.passage else [])[last.index + 1:] if s.unit == last.unit]
        items = _numbered_items(after)
        every = [s for item in items for s in item]
        if _length(chosen + every) > self.list_chars and _length([last] + every) <= self.list_chars:
            chosen = [last]  # all the items, with the sentence that announces them, before what leads up to it
        for item in items:
            if _length(chosen + item) > self.list_chars:
                break
            chosen = chosen + item
        return chosen

    def _names_only(self, q: Question, chosen: list[Sentence]) -> list[Sentence]:
        """The numbered items of a list answer cut to the names they open with ("1. The Port
        Board decides …" -> "1. The Port Board") when the whole would be long and the question
        asks for names of that kind ("which boards …?"): the citation still spans every item."""
        if _length(chosen) <= self.max_chars:
            return chosen
        cuts = {i: _name_end(s) for i, s in enumerate(chosen) if _item_text(chosen, i)}
        if len(cuts) < 2 or not all(cuts.values()):
            return chosen
        if not asks_for_names_of(q, [chosen[i].raw[:end].strip() for i, end in cuts.items()]):
            return chosen  # "what are the steps?" asks what the items say, not whom they name
        return [replace(s, raw=s.raw[: cuts[i]], end=s.start + cuts[i]) if i in cuts else s for i, s in enumerate(chosen)]

    def _extend(self, q: Question, best: Scored, scored: list[Scored], weights: dict[str, float], total: float,
                title: frozenset[str] | set[str] = frozenset()) -> list[Sentence]:
        first = best.sentence
        siblings = sorted((s.sentence for s in scored if s.sentence.hit is first.hit), key=lambda s: s.index)
        after = [s for s in siblings if s.index > first.index]
        same_unit = [s for s in after if s.unit == first.unit]
        limit = self.list_chars if (q.wants_list or q.expects == "names") else self.max_chars
        chosen = [first]
        before = [s for s in siblings if s.index == first.index - 1 and s.unit == first.unit]
        if before and _ANAPHOR.match(first.text) and _length([before[0], first]) <= max(limit, 480):
            chosen = [before[0], first]  # "This body aims to ..." needs the sentence naming the body
        elif before and _points_back(first, before[0]) and _length([before[0], first]) <= limit:
            chosen = [before[0], first]  # "… when working out this Harbour Plan": the plan named before
        elif before and q.wants_list and _FURTHER.search(first.text) and _length([before[0], first]) <= limit:
            chosen = [before[0], first]  # "Dockers form a third target group.": the first two are before
        elif before and _ALSO.search(first.text) and _length([before[0], first]) <= max(limit, 480) and any(
                t.matches(before[0].stems) for t in weights if not t.matches(first.stems)):
            chosen = [before[0], first]  # "… X was the first. Y and Z have also published …": asked "the first"

        # a fact said of a list's items: the item the question names, after the sentence
        if first.text.rstrip().endswith(":") and first.passage and not q.wants_list and q.expects in HARD_FACTS:
            missing = {t for t in weights if not t.matches(first.stems)}
            gains = [(sum(weights[t] for t in missing if t.matches(s.stems)), -s.index, s)
                     for s in _items_after(first.passage, first)]
            gain, _, item = max(gains, key=lambda g: g[:2], default=(0.0, 0, None))
            if item is not None and gain > 0 and _length(chosen + [item]) <= max(limit, 480):
                return chosen + [item]
        # the list the sentence introduces (not for a count or a date: the sentence itself gives it)
        if first.text.rstrip().endswith(":") and after and (q.wants_list or q.expects not in HARD_FACTS):
            for s in after:
                if _length(chosen + [s]) > self.list_chars:
                    break
                chosen.append(s)
            return chosen
        if _FIRST.match(first.text):  # "First, ..." is one item of an enumeration: give its intro and the rest
            intro = [s for s in siblings if s.index == first.index - 1 and s.unit == first.unit]
            if intro and _ENUMERATION.search(intro[0].text) and chosen[0] is first:
                chosen = [intro[0], first]
        # "two aspects ..." -> "One is ...", and "which three X …?" -> "In three X, …. These X are A, B and C."
        if _ENUMERATION.search(first.text) or _FIRST.match(first.text) or _counts_asked(q, first):
            for s in same_unit:
                if not _CONTINUATION.match(s.text) or _length(chosen + [s]) > max(limit, 490):
                    break
                chosen.append(s)
            if len(chosen) > 1:
                return chosen
        if q.wants_list and same_unit and _length(chosen + same_unit[:1]) <= limit \
                and (_INCLUDING.match(same_unit[0].text) and _enumerates(same_unit[0].text)
                     or not _enumerates(first.text)
                     and (_enumerates(same_unit[0].text) and (_ANAPHOR.match(same_unit[0].text)
                                                              or _opens_with_kind(q, same_unit[0]))
                          or _writes_kind(q, same_unit[0]) and not _writes_kind(q, first))):
            # "... on many subjects." -> "These include A, B, C and D." (whatever the sentence lists
            # itself: "by funding, advising and training, on many subjects") / "The subjects
            # include A, B and C." / "… both officials and mayors." -> "The public is a third
            # audience." ("which audiences …?")
            return chosen + same_unit[:1]
        # "which projects …?" of a paragraph that names one project a sentence ("… the project X
        # tries …. Other examples include the Y project …"): the sentences of the paragraph
        # that each write the kind asked and a name of their own are its items
        if q.wants_list and _writes_kind(q, first) and new_names(first.text, q.text):
            named = [s for s in siblings if s.unit == first.unit and s.index != first.index and _writes_kind(q, s)
                     and new_names(s.text, q.text)]
            for s in sorted(named, key=lambda s: abs(s.index - first.index)):
                if _length(chosen + [s]) > self.list_chars:
                    break
                chosen.append(s)
            if len(chosen) > 1:
                return sorted(chosen, key=lambda s: s.index)
        if q.expects == "names" and same_unit:
            nxt = same_unit[0]  # "... created the Steering Committee." -> "It includes the Ministry of ..., ..."
            if len(new_names(nxt.text, q.text)) >= len(new_names(first.text, q.text)) + 2 and _length(chosen + [nxt]) <= limit:
                return chosen + [nxt]
        if q.expects in FACT_TYPES and not _mentions(q, first):
            for i, s in enumerate(same_unit[:2]):  # the fact may follow in the next sentence(s)
                if _mentions(q, s):
                    if _length(chosen + same_unit[: i + 1]) <= max(limit, 480):
                        return chosen + same_unit[: i + 1]
                    break
        if q.expects is None and same_unit and asks_why(q.text, q.lang) and not gives_reason(first.text, first.lang) \
                and gives_reason(same_unit[0].text, same_unit[0].lang) and _length(chosen + same_unit[:1]) <= max(limit, 480):
            return chosen + same_unit[:1]  # "… a trial at the station was planned." -> "Because of X, it is on hold."
        if q.expects == "agent" and same_unit and not _agent_by(q, first) and _agent_by(q, same_unit[0]) \
                and _length(chosen + same_unit[:1]) <= max(limit, 480):
            return chosen + same_unit[:1]  # "… a working group will be set up." -> "It will be chaired by Y."
        if q.expects is None and not q.wants_list and same_unit and same_unit[0].index == first.index + 1 \
                and not _writes_kind(q, first) and _writes_kind(q, same_unit[0]) \
                and _length(chosen + same_unit[:1]) <= max(limit, 480):
            return chosen + same_unit[:1]  # "which law …?": "… an assessment." -> "This, under law no. 12 …"
        if q.expects == "definition" and same_unit:  # explain: the item's most relevant other sentence
            rank = {id(c.sentence): c.score for c in scored}
            extra = max(same_unit, key=lambda s: rank.get(id(s), 0.0))
            if _length(chosen + [extra]) <= max(limit, 480):
                return sorted(chosen + [extra], key=lambda s: s.index)
        if q.expects not in (*HARD_FACTS, "agent") and same_unit and same_unit[0].index == chosen[-1].index + 1 \
                and _ADDING.match(same_unit[0].text) and _length(chosen + same_unit[:1]) <= max(limit, 480):
            return chosen + same_unit[:1]  # "… exchange of officers." -> "In addition, … joint exercises …"
        if q.expects not in (*HARD_FACTS, "agent") and not q.wants_list and same_unit \
                and same_unit[0].index == chosen[-1].index + 1 and _goes_on_about(q, same_unit[0]) \
                and _length(chosen + same_unit[:1]) <= max(limit, 480):
            return chosen + same_unit[:1]  # "What is the vision based on?": "… . This vision rests on six axes …"
        # a bare cell's answer writes its header and its row's name, and cites the row
        named_row = _row_name_stems(first)
        said_too = first.label_stems | named_row | (first.row_stems if named_row else frozenset())
        missing = {t for t in weights if not t.matches(first.stems | best.heading | said_too)}
        if missing:  # a second sentence that covers what the first (or its heading) leaves out
            said = {c.text for c in chosen}
            for cand in scored[1:12]:
                s = cand.sentence
                if s.text in said or q.expects in HARD_FACTS and said_of_another(q, s.text, s.lang):
                    continue  # the same sentence in an overlapping passage; a fact of another thing
                if q.expects in HARD_FACTS and s.hit.chunk.section != first.hit.chunk.section:
                    continue  # a figure under another heading is another thing's ("the motorways' speed")
                gain = sum(weights[t] for t in missing if t.matches(s.stems))
                if gain >= 0.25 * total and cand.score >= 0.75 * best.score and _length(chosen + [s]) <= limit:
                    chosen.append(s)
                    break
        quoting = _quoting(q, chosen, siblings, title)
        if quoting is not None and _length(chosen + [quoting]) <= max(limit, 480):
            return sorted(chosen + [quoting], key=lambda s: s.index) if all(c.hit is first.hit for c in chosen) \
                else chosen + [quoting]
        return chosen

    def _answer(self, q: Question, chosen: list[Sentence], snapshot: Snapshot, confidence: float) -> Answer:
        citations: list[Citation] = []
        parts: list[str] = []
        groups: list[list[Sentence]] = []
        for s in chosen:  # contiguous sentences of one passage share a citation
            if groups and groups[-1][-1].hit is s.hit and s.index == groups[-1][-1].index + 1:
                groups[-1].append(s)
            else:
                groups.append([s])
        for group in groups:
            chunk = group[0].hit.chunk
            start = group[0].start + _label_length(q, group[0])
            p = group[0].passage
            citation = cite(snapshot, chunk, start, group[-1].end, len(citations) + 1, p.text, p.offset)
            citations.append(citation)
            raws = [s.raw[_label_length(q, s) if i == 0 else 0:] for i, s in enumerate(group)]
            text = " ".join(_listed(_lines([raws[i] for i in run]), self.max_chars) for run in _by_unit(group))
            if text[:1].islower() and _after_clause_break(p, group[0].start):
                text = f"…{text}"  # a clause cut from a longer sentence
            row = chunk.commitment if chunk.kind == "row" else None
            if row is not None and group[0].bare:
                # a figure or a few words in a cell: the header it sits under, and its row's name
                text = f"{group[0].label}: {text}"
                if _row_name_stems(group[0]):
                    text = f"{row.action} — {text}"
            if row is not None and row.ref and _asks_one_row(q) and not group[0].bare \
                    and (name := _row_name(row, text)) is not None:
                text = f"{name} — {text}"  # "under which action …?": the row by its name, then what it says
            if row is not None and row.ref:  # a line of action: say which, and who owns it when asked
                text = f"Line {row.ref}: {text}" if row.ref[:1].isdigit() else f"{row.ref[:1].upper()}{row.ref[1:]}: {text}"
                if q.expects in ("agent", "names") and row.values("lead"):
                    text = f"{text.rstrip('.')} — {', '.join(row.values('lead'))}."
            parts.append(f"{text} [{citation.id}]")
        return Answer(answer=" ".join(parts), citations=citations, confidence=round(confidence, 3))


def separable_verbs(q: Question, snapshot: Snapshot) -> list[QueryTerm]:
    """The question's terms, its verb joined with the particle the question ends with when
    the plans write the two as one verb ("wie stelt … samen?" asks who "samenstelt": a
    sentence with "samengesteld door" answers it, one with "stellen … op" does not). The
    particle alone is then no term of its own."""
    particles = SEPARABLE_PARTICLES.get(q.lang, ())
    last = (words(q.text) or [""])[-1]
    if last not in particles:
        return list(q.terms)
    out: list[QueryTerm] = []
    joined = False
    for t in q.terms:
        compound = verb_root(stem(last + t.word, q.lang), q.lang)  # "samenstelt" -> "samenstel"
        if t.word != last and compound not in t.stems and snapshot.term_stats.df_of(compound):
            out.append(QueryTerm(last + t.word, frozenset({compound})))
            joined = True
        else:
            out.append(t)
    return [t for t in out if t.word != last] if joined else out


def _idf(snapshot: Snapshot, term: QueryTerm) -> float:
    """A question word's weight: the IDF of its rarest stem that the plans use (a word in no
    plan at all keeps the highest weight: the plans do not speak of it)."""
    seen = [snapshot.term_stats.idf(s) for s in term.stems if snapshot.term_stats.df_of(s)]
    return max(seen) if seen else snapshot.term_stats.idf("")


@lru_cache(maxsize=1)
def _money_stems() -> frozenset[str]:
    """The stems, as each language reads them, of the words that speak of paying for something."""
    return frozenset(stem(w, lang) for lang, ws in MONEY_WORDS.items() for w in ws) | frozenset(
        stem(w) for ws in MONEY_WORDS.values() for w in ws)


def _match(term: QueryTerm, stems: set[str], prefixes: set[str], title: set[str],
           roots: set[str] = frozenset(), lang: str = "en") -> float:
    """1 for the same stem in any language (or a word of the document's title, or the verb of
    a participle: "leidt" / "geleid"), 0.7 for two words on paying for something ("funded",
    "budget"), 0.7 for a word of the same family the stemmer keeps
    apart ("apply" / "applications"), else 0."""
    if term.matches(stems) or term.matches(title):
        return 1.0
    money = _money_stems()
    if set(term.stems) & money and stems & money:
        return 0.7  # "how is it funded?" and "… the budget will be provided by …"
    if roots and any(len(v) > 3 and verb_root(v, lang) in roots for v in term.stems):
        return 1.0
    # a word of the same family begins like it for most of the shorter word, not only for five
    # letters: "havenkraan" is no "havenplan" (a compound's first part is not what it names)
    heads = {v[:5] for v in term.stems if len(v) >= 5}
    if heads & prefixes and any(alike(v, w) for v in term.stems for w in stems if w[:5] == v[:5]):
        return 0.7
    if heads and any(alike(v, t) for v in term.stems for t in title if t[:5] in heads):
        return 0.7
    return 0.0


_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)[-–/](\d\d)\b")


def _unsupported_specifics(q: Question, chosen: list[Sentence], titles: dict[str, set[str]],
                           snapshot: Snapshot) -> bool:
    """Numbers, ids and ordinals of the question ("resolution 2122", "in 2021", "third plan")
    must occur in the answer's passage: an answer about another number is not an answer. An
    ordinal that names a plan ("Norland's second charter action plan") may instead be written
    by the answer's plan of itself, anywhere ("This second action plan …")."""
    tokens = words(q.text)
    plans = {s.hit.chunk.doc_id for s in chosen}
    specific = {w for i, w in enumerate(tokens) if any(ch.isdigit() for ch in w)
                or w in _ORDINALS and not (_names_plan(tokens[i + 1 : i + 1 + _PLAN_NOUN_GAP])
                                          and all(_calls_itself(d, w, snapshot) for d in plans))}
    full = {m.group(2): m.group(1)[:2] + m.group(2) for m in _YEAR_RANGE.finditer(q.text)}  # "2013-15": 15 is 2015
    if not specific:
        return False
    have: set[str] = set()
    for s in chosen:
        have |= {w for w in words(s.hit.chunk.search_text)} | titles.get(s.hit.chunk.doc_id, set())
    have |= {p for w in list(have) for p in re.split(r"[-–/]", w)}
    # an ordinal written with its digits is written alike in any language ("3e", "3rd", "Q3")
    numbered = {re.sub(r"\D", "", w) for w in have if any(ch.isdigit() for ch in w)}
    numbered |= {str(n) for w in have if (n := roman_numeral(w))}  # "XXIe siècle" for "the 21st century"
    return not all(w in have or stem(w) in have or full.get(w) in have
                   or (m := _ORDINAL_DIGITS.fullmatch(w)) is not None and m.group(1) in numbered for w in specific)


_ORDINAL_DIGITS = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|ère|ème|eme|de|ste|e)")


def _goes_on_about(q: Question, s: Sentence) -> bool:
    """Does the sentence open on a demonstrative and a word the question asks about ("This
    vision …", "Cette vision …", "Deze visie …"): it says more of what was asked?"""
    m = re.match(rf"\s*(?:{'|'.join(DEMONSTRATIVES.get(s.lang, ()))})\s+([^\W\d_][\w'’-]*)", s.text, re.I)
    return m is not None and any(t.matches(set(tokenize(m.group(1), s.lang)) | set(tokenize(m.group(1))))
                                 for t in q.terms)


def _points_back(s: Sentence, before: Sentence) -> bool:
    """Does the sentence point back with a demonstrative to a name the sentence before it
    writes ("dit Havenplan" after "… het Havenplan Noord.")?"""
    pattern = _demonstrative_name(s.lang)
    return any(re.search(rf"\b{re.escape(m.group(1))}\b", before.text) for m in pattern.finditer(s.text))


@lru_cache(maxsize=None)
def _demonstrative_name(lang: str) -> re.Pattern[str]:
    words = dict.fromkeys(DEMONSTRATIVES.get(lang, ()) + DEMONSTRATIVES["en"])
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+([A-ZÀ-Ý][\w'’-]{2,})")


def _cover_words(doc: str, snapshot: Snapshot) -> set[str]:
    """The stems of a plan's cover: the passages it opens with (its title, issuer, country)."""
    return {t for c in snapshot.doc_chunks.get(doc, ()) if snapshot.chunks[c].start < COVER_CHARS
            for t in tokenize(snapshot.chunks[c].search_text, snapshot.chunks[c].lang)}


def _row_name_stems(s: Sentence) -> frozenset[str]:
    """The stems of the row's name an answer from one of its bare cells writes before the
    cell (its first cell, when short and the row has no id), or none."""
    row = s.hit.chunk.commitment if s.bare else None
    if row is None or not row.action or len(row.action) > ROW_NAME_CHARS or row.ref:
        return frozenset()
    return frozenset(tokenize(row.action, s.lang))


def _cell_of_another(q: Question, chosen: list[Sentence], titles: dict[str, set[str]], snapshot: Snapshot) -> bool:
    """A bare table cell (a figure, a few words) answers only for what its header says: a word
    of its header the question writes beside a word the header, its row and its table do not
    write asks for another cell ("the bounce rate of the map page" is not read under "Bounce
    rate (search page)"), and so does a name the question writes that neither its row's
    naming cells (`Sentence.row_stems`) nor its plan's name or cover writes (the plan's
    setting). A longer cell says what it is about itself."""
    tokens = [w.lower() for w in words(q.text)]
    names = written_names(q)
    for s in chosen:
        if not s.bare:
            continue
        row = (s.label_stems | set(tokenize(s.hit.chunk.search_text, s.lang))
               | set(tokenize(s.hit.chunk.search_text)))
        plan = snapshot.naming_words.get(s.hit.chunk.doc_id, set()) | titles.get(s.hit.chunk.doc_id, set()) \
            | _cover_words(s.hit.chunk.doc_id, snapshot)
        naming = s.label_stems | s.row_stems | set(tokenize(s.hit.chunk.section or "", s.lang))
        for n in names:
            stems = set(tokenize(n, s.lang))
            if not stems <= naming | plan or stems <= s.listed_stems and not stems <= naming:
                return True  # "… Baktrap in Havenstad?": its row is in Oosterdam; a partner of the row's
        for i, w in enumerate(tokens):
            if w in ALL_STOPWORDS or stem(w, s.lang) not in s.label_stems:
                continue
            beside = [v for v in tokens[max(0, i - 1) : i + 2 : 2] if v not in ALL_STOPWORDS and not v.isdigit()]
            if any(stem(v, s.lang) not in row and stem(v) not in row for v in beside):
                return True
    return False


_PLAN_NOUN_GAP = 3  # words between an ordinal and the plan noun it qualifies ("second charter action plan")
_PLAN_NOUNS = frozenset(n for nouns in DOCUMENT_NOUNS.values() for n in nouns)


def _names_plan(after: list[str]) -> bool:
    return any(w in _PLAN_NOUNS or w.endswith("plan") for w in after)


def _calls_itself(doc: str, ordinal: str, snapshot: Snapshot) -> bool:
    """Does the plan write the ordinal before a plan noun ("the second plan", "second national
    action plan")?"""
    pattern = _ordinal_before_plan(ordinal)
    return any(pattern.search(snapshot.chunks[c].text) for c in snapshot.doc_chunks.get(doc, ()))


@lru_cache(maxsize=None)
def _ordinal_before_plan(ordinal: str) -> re.Pattern[str]:
    nouns = "|".join(sorted(_PLAN_NOUNS))
    return re.compile(rf"\b{ordinal}\b(?:\W+\w+){{0,{_PLAN_NOUN_GAP - 1}}}\W+(?:{nouns}|\w*plan)\b", re.I)


def _row_kind(q: Question) -> str:
    """The kind of row "which line / measure / actielijn …?" asks for ("" when none)."""
    m = WHICH_ROW.search(q.text)
    return (m.group(3) or m.group(4) or "") if m else ""


def _asks_one_row(q: Question) -> bool:
    """"Which line / measure / actielijn … ?": one row of a plan's table asked for."""
    kind = _row_kind(q)
    return bool(kind) and not re.search(r"(?:s|x|en|'s)$", kind, re.I)


def _row_name(row: Commitment, text: str) -> str | None:
    """The row's short name of its own ("Benefits of Transparency Paper"), without the id it
    may open with, when the quoted text does not write it; else None."""
    name = " ".join(row.action.split())
    if row.ref and re.match(rf"{re.escape(row.ref)}(?!\w)", name, re.I):
        name = name[len(row.ref):].lstrip(" .:)–-")  # ("2.1.2. Prioritized list …": the id is said already)
    return name if 0 < len(name) <= ROW_NAME_CHARS and normalize(name) not in normalize(text) else None


def _names_one_kind(q: Question, chosen: list[Sentence]) -> bool:
    """Does the answer name one of the kind asked by its name, quoted or an acronym, or by its
    number, next to the kind's word ("the "Quay Buddies" project", "the QUAYS project",
    "project QUAYS", "Measure 3.3. Creation of fish ponds")? Then it says which one, though no
    table row holds it."""
    kind = _row_kind(q)
    if not kind:
        return False
    k = rf"(?i:{re.escape(kind)})"
    quoted, acronym, number = r"[\"“][^\"“”]{2,60}[\"”]", r"\b[A-Z]{2,}[\w-]*", r"\d+(?:\.\d+)*\b"
    named = rf"{quoted}\s+{k}\b|\b{k}\s+{quoted}|{acronym}\s+{k}\b|\b{k}\s+{acronym}|\b{k}\s+{number}"
    return any(re.search(named, f"{s.label} {s.text}") for s in chosen)


def _from_rows(chosen: list[Sentence], snapshot: Snapshot) -> bool:
    """Is the answer a row of a table, or from a plan with no table rows (whose lines are
    then its sentences)? A passage of a plan with rows does not say which row."""
    if any(s.hit.chunk.kind == "row" for s in chosen):
        return True
    with_rows = {c.document for c in snapshot.commitments}
    return not any(s.hit.chunk.doc_id in with_rows for s in chosen)


def _unsupported_names(q: Question, chosen: list[Sentence], titles: dict[str, set[str]], snapshot: Snapshot) -> list[str]:
    """The names the question writes ("CoST Malawi") that the answer's plan writes in a few
    other passages but neither the answer's passages nor the plan's cover and names hold: a
    figure given for the other names of a list ("CoST Ethiopia, CoST Tanzania") is no figure
    for this one. A name the plan never writes is not judged (the question may say it another
    way), nor is an answer in another language than the question (a name may be translated)."""
    if any(s.lang != q.lang for s in chosen):
        return []
    plans = {s.hit.chunk.doc_id for s in chosen}
    have: set[str] = set(snapshot.plan_names)
    for s in chosen:
        have |= {fold(t) for t in tokenize(_said_in(s, snapshot), s.lang)}
        have |= {fold(t) for t in titles.get(s.hit.chunk.doc_id, set())}
    for doc in plans:  # its cover names its author, issuer and country
        have |= {fold(t) for t in _cover_words(doc, snapshot)}
    # the words a parenthesised acronym spells out are checked as that acronym
    # ("the National Committee (NCC)": a passage writing "the NCC" holds it)
    asked = replace(q, text=_without_expansions(q.text))
    return [n for n in written_names(asked)
            if not all(_held(t, n, have) for t in tokenize(n, q.lang))
            and 0 < _passages_writing(n, plans, snapshot) <= SPECIFIC_NAME]


def _held(token: str, name: str, have: set[str]) -> bool:
    """Is a name's token among the words `have` (or one alike; an acronym in the plural too)?"""
    forms = {fold(token)} | ({f"{fold(token)}s"} if name.isupper() else set())
    return bool(forms & have) or any(alike(f, h) for f in forms for h in have)


def _passages_writing(name: str, plans: set[str], snapshot: Snapshot) -> int:
    return len({c for t in query_terms(name) for s in t.stems for c in snapshot.term_stats.chunks_with(s)
                if c in snapshot.chunks and snapshot.chunks[c].doc_id in plans})


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]*[A-Z][\w-]*)\)")


def _without_expansions(text: str) -> str:
    """The text without the words before each "(ACRONYM)" that spell it out: as many words
    (stopwords aside) as the acronym has capitals."""
    out = text
    for m in reversed(list(_ACRONYM.finditer(text))):
        letters = sum(ch.isupper() for ch in m.group(1))
        start = m.start()
        for w in reversed(list(re.finditer(r"[\w'’-]+", text[: m.start()]))):
            if letters == 0:
                break
            start = w.start()
            if w.group(0).lower() not in ALL_STOPWORDS:
                letters -= 1
        out = out[:start] + out[m.start():]
    return out


def _writes_measured(q: Question, chosen: list[Sentence], snapshot: Snapshot) -> bool:
    """Whether the sentences that give an amount (or the sentence before each, which may name
    what "it" is) write what the question measures: the rarest of its words the plans know
    ("fund" of "harbour fund"), or, when the plans know none, the last part of a compound
    they do know ("havenheffing": "heffing")."""
    stats = snapshot.term_stats
    asked = [w for w in q.measured if not any(ch.isdigit() for ch in w)]
    giving = [s for s in chosen if _mentions(q, s)] or chosen
    said = [s.text for s in giving]
    said += [s.passage.sentences[s.index - 1].text for s in giving if s.passage is not None and 0 < s.index
             and s.index - 1 < len(s.passage.sentences)]
    text = " ".join(said)
    known = [(stats.idf(stem(w, q.lang)), stem(w, q.lang)) for w in asked if stats.df_of(stem(w, q.lang))]
    if known:
        return max(known)[1] in set(tokenize(text, q.lang))
    tails = [t for t in (_known_tail(w, snapshot, q.lang) for w in asked) if t]
    return not tails or any(w.endswith(t) for w in words(text) for t in tails)


def _amount_of_asked(q: Question, title: set[str], chosen: list[Sentence], snapshot: Snapshot) -> bool:
    """Is the amount the answer gives one of what the question asks, when it does not say what
    it measures as "how much is X?" ("what is the cost of the measures for the transport
    sector?")? Its own words stand for it, but for those of the plan's title and those that
    ask for an amount ("cost", "coût") or its form ("rate", "taux"): the answer's passages
    (their text and headings) must write the rarest of those the plans write (or a word it
    begins, "groeit" and "groeipad", or a compound its verb ends: "verhoogd" and
    "kapitaalverhoging")."""
    asking = {fold(s) for s in tokenize(" ".join([*cue_words(q.text), *FORM_WORDS.get(q.expects or "", ())]), q.lang)}
    own = [stem(t.word, q.lang) for t in q.terms if not t.matches(title) and fold(stem(t.word, q.lang)) not in asking]
    stats = snapshot.term_stats
    known = [(stats.idf(s), s) for s in own if stats.df_of(s)]
    if not known:
        return True
    written = set().union(*(tokenize(f"{s.hit.chunk.section or ''} {_said_with(q, s)}", q.lang) for s in chosen))
    rarest = max(known)[1]
    root = verb_root(rarest, q.lang)  # "verhoogd" is written in "kapitaalverhoging"
    return any(w == rarest or alike(rarest, w) or _part_of(root, w) for w in written)


def _said_with(q: Question, s: Sentence) -> str:
    """What a sentence giving an amount says it of: its passage (an amount's table or list
    names it anywhere), but for a share, the sentence and the one before it: a passage holds
    the shares of many things ("90% of the land is mountains …, forest fires …")."""
    if q.expects != "percent" or s.passage is None:
        return s.hit.chunk.search_text
    return " ".join(x.text for x in s.passage.sentences[max(0, s.index - 1): s.index + 1])


def _writes_kind_asked(q: Question, chosen: list[Sentence], snapshot: Snapshot) -> bool:
    """Does the answer's passage (its text or heading) write the words that name the kind of
    thing asked that no plan writes, or a word beginning alike, when the question asks for no
    type of fact? "What penalty does X impose?" is not answered by a sentence on X's delays.
    An office a person holds ("which mayor …?") is judged whatever the plans write: a council
    is no mayor."""
    if q.expects == "agent":
        offices = set(OFFICES.get(q.lang, ()))
        kind = [stem(w, q.lang) for w in kind_asked(q) if w in offices]
    elif q.expects is not None:
        return True  # a year, a share, a list of countries: the answer gives it without naming its kind
    else:
        # only a kind no plan writes is judged: one they write may be named by a narrower word
        # ("support" by "a premium", "assembly" by "Parliament"), and a compound whose end they
        # write ("reisafstand": "afstand") may be said another way ("tot 750 km")
        kind = [stem(w, q.lang) for w in kind_asked(q)
                if not snapshot.term_stats.df_of(stem(w, q.lang)) and not _known_tail(w, snapshot, q.lang)]
    if not kind:
        return True
    written = set().union(*(tokenize(f"{s.hit.chunk.section or ''} {s.hit.chunk.search_text}", q.lang) for s in chosen))
    return any(k == w or alike(k, w) for k in kind for w in written)


def _named_kind(q: Question, s: Sentence) -> list[int]:
    """Where the sentence names one of the kind of thing asked by its number ("which decree
    …?": "decree no. 2010-137", "décret n°12"): the kind's word with a number right after it."""
    kind = {stem(w, s.lang) for w in kind_asked(q)}
    if not kind:
        return []
    return [m.start() for m in re.finditer(r"[^\W\d_][\w'’-]*(?=\s+(?:n[o°º]\.?\s*|nr\.?\s*)?\d)", s.raw)
            if stem(m.group(0).lower(), s.lang) in kind]


# Where a long sentence may be cut: after a comma, semicolon, colon or dash, before a bracket
# that holds a clause (four words or more: not the "(4)" of "quatre (4)" nor the "(HC)" of a
# name) or before a relative pronoun.
# (a comma between two figures lists them, "in 2019, 2023 and 2029": no break)
_CLAUSE_BREAK = re.compile(r"(?:(?<!\d),|,(?!\s*\d)|[;:–—])\s+|\s+(?=\((?:[^()]*?\s){3,}[^()]*\))"
                           r"|\s+(?=(?:which|who|where|qui|que|dont|où|die|dat|waarbij|waarin)\b)")


def _after_clause_break(p: Passage, start: int) -> bool:
    """Does the text at document offset `start` begin right after a clause break of its sentence?"""
    at = start - p.offset
    return bool(_CLAUSE_BREAK.match(p.text, max(0, at - 2), at + 8))


def _clause_span(q: Question, s: Sentence, weights: dict[QueryTerm, float], limit: int) -> Sentence:
    """A sentence too long to give whole, cut to the run of its clauses within `limit` that
    holds the fact asked for and most of the question's words ("…, which confirms decree
    no. 12 of 3 May 2001 setting up the Harbour Committee (HC)."): still a verbatim span.
    Without a type of fact to look for, only leading clauses that hold none of the question's
    words go (what follows may be the items the sentence announces), unless the sentence is
    still too long: then the longest run that holds all of them."""
    if len(s.raw) <= limit:
        return s
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(s.raw)] + [len(s.raw)]
    named = _named_kind(q, s)
    counted = q.counted if q.counted and s.lang == q.lang else None
    whole = sum(w for t, w in weights.items() if t.matches(s.stems))
    best: tuple[float, int, int, int] | None = None
    ending: tuple[int, int, int] | None = None  # (without a fact type) the longest run that holds them all
    for i in range(len(cuts) - 1):
        for j in range(i + 1, len(cuts)):
            a, b = cuts[i], cuts[j]
            if b - a > limit:
                break
            span = s.raw[a:b]
            if (q.expects in HARD_FACTS or q.expects == "agent") and not (
                    mentions(q.expects, span, q.text, counted, s.lang) if counted
                    else _figures(q, span) or mentions(q.expects, span, q.text, None, s.lang)):
                continue  # ("how many X?": a figure of X, not any figure)
            stems = set(tokenize(span, s.lang))
            gain = sum(w for t, w in weights.items() if t.matches(stems))
            if q.expects is None and (gain < whole or b < len(s.raw)):
                if gain >= whole and (ending is None or b - a > ending[0]):
                    ending = (b - a, a, b)
                continue  # no fact type to look for: only leading clauses that hold none of the question's words go
            if named and not any(a <= n < b for n in named):
                continue  # "which decree …?": the clause that names one ("decree no. 12 of …") stays
            size = b - a if q.limit else a - b  # the shortest run that holds most; a part keeps the room it has
            if best is None or (gain, size) > best[:2]:
                best = (gain, size, a, b)
    if best is None and ending is None:
        return s
    # (else the trailing clauses too, which hold none of the question's words, rather than
    # an answer longer than it may be)
    a, b = (best[2], best[3]) if best is not None else (ending[1], ending[2])
    raw = s.raw[a:b].rstrip(" ,;:–—")
    return replace(s, raw=raw, start=s.start + a, end=s.start + a + len(raw))


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _same_figures(a: set[str], b: set[str]) -> bool:
    """Do two sentences give the same figures, however they write them ("4 millions" and
    "quatre millions"; the years aside): one's are all among the other's?"""
    def plain(figures: set[str]) -> set[str]:
        out = set()
        for f in figures:
            w = f.lower().replace(" ", "").replace(",", ".")
            for lang_words in NUMBER_WORDS.values():
                for i, word in enumerate(lang_words):
                    w = re.sub(rf"^{word}(?=\D|$)", str(i + 2), w)
            if not _YEAR.match(w):
                out.add(re.sub(r"[^\d.]", "", w) or w)
        return out
    x, y = plain(a), plain(b)
    return x == y or bool(x) and bool(y) and (x <= y or y <= x)


_ABBREVIATION = re.compile(r"\b[A-Z][A-Z&]*[A-Z]\b")


def _abbreviations(text: str) -> set[str]:
    """The words of capitals a text writes ("FFEU", "NAP", "R&D"), as written."""
    return set(_ABBREVIATION.findall(text))


_WHO = {"en": ("who",), "fr": ("qui",), "nl": ("wie",)}
# "who …?" and "which <body> …?" (`_light_act`)
_ASKING_WHO = {"en": ("who", "which"), "fr": ("qui", "quel", "quelle", "quels", "quelles"), "nl": ("wie", "welke", "welk")}



def asked_verb(q: Question) -> str | None:
    """The verb of "who <verb> …?" ("who chaired the seminar?" -> "chaired"), unless it is
    an auxiliary, a word that asks for a row's field ("who leads …?"), a light verb ("who
    provides the coordination?"), a Dutch verb with its particle apart, or not a word of the
    question's own terms."""
    tokens = words(q.text)
    at = next((i for i, w in enumerate(tokens) if w in _WHO.get(q.lang, ())), None)
    if at is None or at + 1 >= len(tokens):
        return None
    auxiliaries = {w for ws in AUXILIARIES.values() for w in ws}
    verb = tokens[at + 1]
    participle = _participle(tokens[at + 1:], auxiliaries, q.lang) if verb in auxiliaries else None
    # "who has chaired …?", "qui a présidé … ?", "wie heeft … aangeboden?": the participle
    verb = participle or verb
    if verb in auxiliaries or verb in ALL_STOPWORDS or fold(verb) in {fold(w) for w in cue_words(q.text)} \
            or verb in LIGHT_VERBS.get(q.lang, ()):
        return None
    if not participle and set(tokens) & set(SEPARABLE_PARTICLES.get(q.lang, ())):
        return None  # "wie stelt X samen?": the verb is "samenstellen", written apart
    return verb if any(t.word == verb for t in q.terms) else None


def _participle(after: list[str], auxiliaries: set[str], lang: str) -> str | None:
    """The past participle of a question's perfect tense, after the auxiliary (English,
    French) or at the end of the clause (Dutch); None when the word there has not its shape
    ("who is responsible …?" asks no act)."""
    rest = [w for w in after if w not in auxiliaries]
    word = (rest[-1] if lang == "nl" else rest[0]) if rest else None
    return word if word and _PARTICIPLE.get(lang, _PARTICIPLE["en"]).search(word) else None


_PARTICIPLE = {"en": re.compile(r"\w{3}ed$"), "fr": re.compile(r"\w{3}(é|ée|és|ées)$"),
               "nl": re.compile(r"^\w*ge\w{2,}(d|t|en)$|^(be|ver|ont|her)\w{3,}(d|t)$")}


_IN_BRACKETS = re.compile(r"\(([^\W\d_][\w-]{1,14})\)")
_TOKEN_WORD = re.compile(r"[\w-]+")


def _mostly_addresses(text: str) -> bool:
    """Is most of the text web addresses ("Web sites consulted: www.… www.… www.…")?"""
    return len(without_addresses(text).strip()) < 0.5 * len(text.strip())


def _spelled_out(found: list[Passage]) -> dict[tuple[str, str], frozenset[str]]:
    """(document, abbreviation) -> the stems of the name the passages spell out for it
    ("the Harbour Water Agency (HWA)"): a sentence that writes only "HWA" writes that name."""
    out: dict[tuple[str, str], frozenset[str]] = {}
    for p in found:
        for m in _IN_BRACKETS.finditer(p.text):
            short, doc = m.group(1), p.hit.chunk.doc_id
            if (doc, short) in out or not abbreviation_like(short):
                continue
            for _, _, long in expansions(short, p.text):
                out[(doc, short)] = frozenset(tokenize(long, p.hit.chunk.lang))
                break
    return out


def _short_for(s: Sentence, spelled: dict[tuple[str, str], frozenset[str]]) -> frozenset[str]:
    """The stems of the names the abbreviations `s` writes stand for, in its document."""
    doc = s.hit.chunk.doc_id
    return frozenset().union(*(spelled.get((doc, w), frozenset()) for w in _TOKEN_WORD.findall(s.text)))


def _does_asked(q: Question, chosen: list[Sentence]) -> bool:
    """Does the answer say the act "who <verb>?" asks about: the verb, its participle or its
    noun ("chaired", "chair", "chairman")? "Who chaired the seminar?" is not answered by
    a sentence on when and where the seminar was held. Where a light verb carries the act
    ("which minister held the welcome address?"), its object says it: the sentence writes
    one of the object's words."""
    verb = asked_verb(q)
    if verb is not None:
        term = next(t for t in q.terms if t.word == verb)
        return any(_match(term, s.stems, s.prefixes, set(), s.roots, s.lang) or _passive_agent(s) for s in chosen)
    act = _light_act(q)
    return not act or any(_match(t, s.stems, s.prefixes, set(), s.roots, s.lang) for t in act for s in chosen)


def _quoting(q: Question, chosen: list[Sentence], siblings: list[Sentence],
             title: frozenset[str] | set[str]) -> Sentence | None:
    """The question quotes a name ("what does the 'HX3' concept add?"), not its plan's title,
    that no sentence of the answer writes, and a sentence of the answer's passage does: that
    sentence says what the question is about."""
    for name in quoted_names(q.text):
        if any(_writes_name(name, s.text) for s in chosen) or set(tokenize(name)) <= set(title):
            continue
        return next((s for s in siblings if _writes_name(name, s.text)), None)
    return None


def _writes_name(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I) is not None


def _writes_light_act(q: Question, s: Sentence) -> bool:
    act = _light_act(q)
    return bool(act) and any(_match(t, s.stems, s.prefixes, set(), s.roots, s.lang) for t in act)


def _light_act(q: Question) -> list[QueryTerm]:
    """The words of the object of a light verb that a "who …?" or "which <body> …?"
    question asks about ("held the welcome address" -> welcome, address): up to the first small
    word after them."""
    return list(_light_act_of(q.text, q.lang, tuple(q.terms)))


@lru_cache(maxsize=1024)  # (read for every candidate sentence of an agent question)
def _light_act_of(text: str, lang: str, question_terms: tuple[QueryTerm, ...]) -> tuple[QueryTerm, ...]:
    tokens = words(text)
    asking = next((i for i, w in enumerate(tokens) if w in _ASKING_WHO.get(lang, ())), None)
    if asking is None:
        return ()
    # (the verb of a clause the question goes on with is not the act asked: "which service
    # surveys its staff on why they do not apply?")
    opener = set(SUBORDINATORS.get(lang, ())) | set(ASKING_WHY.get(lang, ()))
    end = next((i for i in range(asking + 1, len(tokens)) if tokens[i] in opener), len(tokens))
    light = LIGHT_VERBS.get(lang, ())
    at = next((i for i in range(asking + 1, end) if tokens[i] in light), None)
    if at is None:
        return ()
    if tokens[at] in AUXILIARIES.get(lang, ()) and _names_next(text, tokens, at):
        return ()  # "which office does Belgium support?": "does" comes before its subject, a name
    obj: list[str] = []
    for w in tokens[at + 1 : at + 1 + _ACT_WORDS + 2]:
        if w in ALL_STOPWORDS or w in ARTICLES:
            if obj:
                break
            continue
        obj.append(w)
    terms = {t.word: t for t in question_terms}
    return tuple(terms[w] for w in obj[:_ACT_WORDS] if w in terms)


_ACT_WORDS = 3


def _names_next(text: str, tokens: list[str], at: int) -> bool:
    """Is the word after `tokens[at]` (an article left out) capitalised in `text`: a name?"""
    cased = re.findall(TOKEN_PATTERN, in_digits(text))
    if len(cased) != len(tokens):
        return False
    after = [w for w in cased[at + 1 : at + 3] if w.lower() not in ARTICLES]
    return bool(after) and after[0][:1].isupper()


def _passive_agent(s: Sentence) -> bool:
    """"… chaired by the Secretary-General", "présidé par le ministre", "reviewed recently by
    Dr X": the sentence names who did something, whatever the verb (a question may say
    "presides" for "chaired")."""
    by = PASSIVE_AGENT.get(s.lang, "by")
    return bool(re.search(rf"\w(?:ed|é|ée|és|ées|d|t|en)(?:\s+\w+(?:ly|ment))?\s+{by}\s+"
                          r"(?:the\s+|la\s+|le\s+|les\s+|l['’]|de\s+|het\s+)?[A-ZÀ-Ý]", s.raw))


def _known_tail(word: str, snapshot: Snapshot, lang: str, shortest: int = 4) -> str | None:
    """The longest end of a word the plans never write that they do write, as a word of its
    own: the head of a compound ("havenheffing" -> "heffing")."""
    for i in range(1, len(word) - shortest + 1):
        if snapshot.term_stats.df_of(stem(word[i:], lang)):
            return word[i:]
    return None


def _cell_with_fact(q: Question, best: Scored, scored: list[Scored]) -> list[Sentence]:
    """The best sentence is a cell of a row that does not hold the fact asked for ("the
    partners of programme 5" for "what does programme 5 cost?"): the row's cell that holds it,
    the best scored of them. Empty when the best sentence is no cell or no cell holds it."""
    row = best.sentence.hit.chunk
    if row.kind != "row":
        return []
    cells = [x for x in scored if x.sentence.hit.chunk.id == row.id and _mentions(q, x.sentence)]
    return [max(cells, key=lambda x: x.score).sentence] if cells else []


def _opens_with_kind(q: Question, s: Sentence) -> bool:
    """Does the sentence open with the kind of thing the list question asks for ("which
    categories …?": "The categories include …")?"""
    kind = _kind_stems(q, s.lang)
    return bool(kind) and bool(kind & set(tokenize(" ".join(s.text.split()[:_KIND_OPENING]), s.lang)))


_KIND_OPENING = 4  # the words of a sentence that may name what it lists


def _writes_kind(q: Question, s: Sentence) -> bool:
    """Does the sentence write every word of the kind of thing the list question asks for?"""
    kind = _kind_stems(q, s.lang)
    return bool(kind) and kind <= set(s.stems)


def _kind_stems(q: Question, lang: str) -> set[str]:
    return {stem(w, lang) for w in kind_asked(q)}


def _fragment(s: Sentence) -> bool:
    """A passage's piece that neither begins nor ends as a sentence does ("décret portant
    création du comité … ainsi": the middle of a line of a table whose columns were read as one
    text), nor is an item of a list or a cell of a row."""
    if s.passage is not None and 0 <= s.index < len(s.passage.sentences):
        s = s.passage.sentences[s.index]  # the whole sentence, not the clauses an answer cut from it
    text = s.text.strip()
    return (s.hit.chunk.kind == "passage" and bool(text) and text[0].islower()
            and not re.search(r"[.;:!?)\]»”\"']$", text) and not re.match(r"^[a-z]\)", text) and not _bulleted(s))


def _bulleted(s: Sentence) -> bool:
    """Does the sentence open a bulleted line ("• extending the test – … by March 2015")?"""
    chunk = s.hit.chunk
    at = s.start - chunk.start
    if not 0 <= at < len(chunk.text):
        return False
    marks = BULLET_MARKS + " \t"
    lead = chunk.text[chunk.text.rfind("\n", 0, at) + 1 : at] + s.raw[: len(s.raw) - len(s.raw.lstrip(marks))]
    return bool(lead.strip()) and not lead.strip(marks)


def _caption(s: Sentence) -> bool:
    """A short line that does not end as a sentence ("Most visited pages in 2024 (views)"):
    the caption or heading over what a list question asks for, not its items."""
    text = s.text.strip()
    return len(words(text)) <= 12 and not re.search(r"[.;:!?]$", text) and not _enumerates(text)


def _adds_nothing(q: Question, s: Sentence, naming: set[str]) -> bool:
    """A sentence in the question's language that writes no word but the question's and its
    plan's name (a heading "Harbour fees – annex", a cell "fees, yearly") tells the asker
    nothing: it is no answer. A yes/no question is answered by its own words."""
    if s.lang != q.lang or q.expects == "yesno":
        return False
    known = set(tokenize(q.text, s.lang)) | set(tokenize(q.text)) | naming
    for word in words(s.text):
        if word.lower() in ALL_STOPWORDS:
            continue
        stems = {stem(word, s.lang), stem(word)}
        if not stems & known and not any(alike(a, b) or _part_of(a, b) for a in stems for b in known):
            return False
    return True


def _part_of(part: str, word: str) -> bool:
    """Is `part` the head or the tail of the compound `word` ("haven" and "bijlage" of
    "havenbijlage")?"""
    return len(part) >= _COMPOUND_PART and len(word) > len(part) and (word.startswith(part) or word.endswith(part))


_COMPOUND_PART = 4


def _shares_only_the_plan_name(q: Question, s: Sentence, snapshot: Snapshot) -> bool:
    """A sentence in the question's language that writes, of the question's content words,
    only those that name its plan ("… according to the Norland 2031 country report?" and a
    line citing that report): it says nothing of what the question asks about. The words
    that ask ("which body", "when") do not count unless the sentence writes them. A definition
    is checked on its term instead (a plan's title may name the term: "what is a quick scan,
    according to the quick scan on …?")."""
    if s.lang != q.lang or s.hit.chunk.kind != "passage" \
            or q.expects in ("yesno", "document", "overview", "outline", "definition", "acronym"):
        return False  # (a table's cell says what its header and row name)
    doc = s.hit.chunk.doc_id
    naming = snapshot.naming_in(doc, *q.naming()) | snapshot.title_stems(doc)
    own = [t for t in q.terms if not t.matches(naming)]
    if not [t for t in own if not {fold(x) for x in t.stems} & asking_stems(q)]:
        return False  # nothing but asking words of its own
    shared = [t for t in q.terms if t.matches(naming)]
    if not own or not shared:
        return False
    said = {x for w in words(s.text) for x in (stem(w, s.lang), stem(w))}
    if not all(t.matches(said) for t in shared):
        return False  # it does not restate the plan's name as the question writes it
    # (the sentence's heading says what it is about too: names listed under "Members")
    written = said | {x for w in words(s.hit.chunk.section or "") for x in (stem(w, s.lang), stem(w))}
    return not any(t.resembles(written) for t in own)


_CASED_WORD = re.compile(r"(?<![\w'’])(?:[a-zA-Z][’'](?=\w))?([^\W\d_][\w-]*)")  # ("d’Adaptation": "Adaptation")


def _names_only_the_plan(s: Sentence, snapshot: Snapshot) -> bool:
    """Is the sentence only the plan's name and its maker's: each of its words one of its
    title or naming words, or a capitalised name ("Ministère de la Mer (MDM) : Plan
    d'Adaptation des Côtes (PAC) Varlande"), some of the plan's own? It says nothing a
    question on what the plan says asks, in whatever language the question is (across
    languages, the meaning of such a line is close to any question naming the plan)."""
    doc = s.hit.chunk.doc_id
    own = snapshot.title_stems(doc) | snapshot.naming_words.get(doc, set())
    content = [w for w in _CASED_WORD.findall(s.text) if w.lower() not in ALL_STOPWORDS]
    mine = [w for w in content if {stem(w, s.lang), stem(w), w.lower()} & own]
    return bool(mine) and all(w in mine or w[:1].isupper() for w in content)


def _rare_names_unwritten(q: Question, chosen: list[Sentence], snapshot: Snapshot,
                          spelled: dict[tuple[str, str], frozenset[str]]) -> bool:
    """The question names something the plans write in a few passages only ("Hely", a
    provider in an annex), not a plan's own name, and no passage of the answer writes it,
    nor its abbreviation: the answer is about something else."""
    rare = rare_names(q, snapshot)
    if not rare:
        return False
    said = {id(s): _said_in(s, snapshot) for s in chosen}
    written = set().union(*(set(tokenize(said[id(s)], s.lang)) | set(tokenize(said[id(s)])) | _short_for(s, spelled)
                            for s in chosen))
    return not any(a == b or alike(a, b) for stems in rare for a in stems for b in written)


def _writes_any(s: Sentence, names: list[set[str]]) -> bool:
    """Does the sentence itself (not its passage) write one of the names (their stems)?"""
    written = set(s.stems) | set(tokenize(s.text))
    return any(a == b or alike(a, b) for stems in names for a in stems for b in written)


def _off_topic(q: Question, chosen: list[Sentence], weights: dict[QueryTerm, float], title: set[str],
               snapshot: Snapshot) -> bool:
    """Does no passage of the answer write any of the question's topic words: its own words
    (not those of an earlier question), but for the words that name a plan or a kind of
    document, the fillers and the kind of thing asked for? "Which towns of Norland have a
    zero-emission zone?" is not answered by a sentence of a Norland study that lists towns
    without one: what it shares with the question is where to look and what to list, not
    what about. The words a passage writes must weigh `TOPIC_SHARE` of the topic's weight
    (rarity), or be a name the question asks about; a topic word no plan writes and no
    passage matches weighs nothing (no answer could write it: the question says it otherwise)."""
    kind = {w.lower() for w in kind_asked(q)} if q.wants_list else set()
    kind |= set(FORM_WORDS.get(q.expects or "", ()))  # ("how many million euros …?": the figure's form)
    asking = asking_stems(q)  # ("which towns …?": the kind of answer asked for, as a column would name it)
    topic = [t for t in weights if t not in q.context_terms and t.word.lower() not in kind | _PLAN_NOUNS | _FILLER_WORDS
             and not t.matches(title) and not {fold(x) for x in t.stems} & (snapshot.plan_names | asking)]
    if len(topic) < TOPIC_WORDS:
        return False  # (one word left may be the question's verb, which a sentence may say otherwise)
    held: list[list[QueryTerm]] = []
    for s in chosen:
        stems = s.stems | s.label_stems | s.row_stems | (s.passage.stems if s.passage is not None else set())
        held.append([t for t in topic if _match(t, stems, s.prefixes, set(), s.roots, s.lang)])
    matched = {t for h in held for t in h}
    counted = [t for t in topic if t in matched or any(snapshot.term_stats.df_of(x) for x in t.stems)] or topic
    total = sum(weights[t] for t in counted)
    names = {w.lower() for w in written_names(q)}
    # (a name the question asks about, written, says what about whatever its other words)
    return bool(total) and not any(sum(weights[t] for t in h) >= TOPIC_SHARE * total
                                   or any(t.word.lower() in names for t in h) for h in held)


_LIST_ITEMS = 12  # how many items after a sentence that opens a list are read with it


def _items_after(p: Passage, s: Sentence) -> list[Sentence]:
    """The items of the list a sentence opens (it ends with a colon): the sentences of the
    passage's next units, up to the next sentence that opens a list."""
    if not s.text.rstrip().endswith(":"):
        return []
    items = []
    for nxt in p.sentences[s.index + 1 : s.index + 1 + _LIST_ITEMS]:
        if nxt.unit == s.unit or nxt.text.rstrip().endswith(":"):
            break
        items.append(nxt)
    return items


def _next_in_unit(p: Passage, s: Sentence) -> Sentence | None:
    i = s.index + 1
    return p.sentences[i] if i < len(p.sentences) else None


def _heading_of(s: Sentence, openers: dict[str, str]) -> frozenset[str]:
    """The stems of the heading over a sentence that opens its section (none for others)."""
    heading = openers.get(s.hit.chunk.id) if s.index == 0 else None
    if not heading:
        return frozenset()
    return frozenset(tokenize(heading, s.lang)) | frozenset(tokenize(heading))


def _following(hits: list[Hit], retrieved: set[str], snapshot: Snapshot) -> list[Hit]:
    """The passage after each of the passages that hold the best sentences, in the same
    section, when the search did not return it: a sentence may name the measure and the
    next passage give its figures ("Milestones: … by 12 member ports (June 2027)"), or a
    passage introduce what the next one lists."""
    return _neighbours([h for h in hits if h.chunk.kind == "passage"], retrieved, snapshot, _next_passage)


def _preceding(hits: list[Hit], retrieved: set[str], snapshot: Snapshot) -> list[Hit]:
    """The passage before each passage found, in the same section, when the search did not
    return it and the found passage's first sentence refers back to it ("Monitoring in these
    countries …" after "… These countries are A, B and C."): what it refers to is named there."""
    return _neighbours([h for h in hits if h.chunk.kind == "passage" and _refers_back(h.chunk)], retrieved, snapshot,
                       _previous_passage)


def _neighbours(hits: list[Hit], retrieved: set[str], snapshot: Snapshot,
                neighbour: Callable[[StoredChunk, Snapshot], StoredChunk | None]) -> list[Hit]:
    """Each hit's neighbouring passage in its section that the search did not return, once,
    read with the hit's scores: the search found it through that neighbour."""
    out: list[Hit] = []
    for h in hits:
        other = neighbour(h.chunk, snapshot)
        if other is not None and other.id not in retrieved and other.section == h.chunk.section:
            retrieved = retrieved | {other.id}
            out.append(Hit(other, h.score, h.cosine, None))
    return out


def _refers_back(chunk: StoredChunk) -> bool:
    """Does the passage's first sentence refer back to a noun named before it ("in these
    countries"; not "those who …", a pronoun)?"""
    a, b = first_sentence(chunk)
    return any(m.group(1).lower() not in ALL_STOPWORDS
               for m in _back_reference(chunk.lang).finditer(chunk.text[a - chunk.start:b - chunk.start]))


@lru_cache(maxsize=None)
def _back_reference(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(BACK_REFERENCES.get(lang, ()))}\s+([^\W\d_][\w'’-]*)", re.I)


def _next_passage(chunk: StoredChunk, snapshot: Snapshot) -> StoredChunk | None:
    after = [snapshot.chunks[i] for i in snapshot.doc_chunks.get(chunk.doc_id, ())
             if snapshot.chunks[i].kind == "passage" and snapshot.chunks[i].start >= chunk.end]
    return min(after, key=lambda c: c.start, default=None)


def _said_in(s: Sentence, snapshot: Snapshot) -> str:
    """The text a sentence is said in: its passage, and the passage before it in the same
    section when it opens its passage (it goes on from there: "The payout is meant to protect
    600,000 people" after "… the ADRiFi initiative paid the premium")."""
    before = _previous_passage(s.hit.chunk, snapshot) if s.index == 0 and s.hit.chunk.kind == "passage" else None
    if before is None or before.section != s.hit.chunk.section:
        return s.hit.chunk.search_text
    return f"{before.search_text} {s.hit.chunk.search_text}"


def _previous_passage(chunk: StoredChunk, snapshot: Snapshot) -> StoredChunk | None:
    before = [snapshot.chunks[i] for i in snapshot.doc_chunks.get(chunk.doc_id, ())
              if snapshot.chunks[i].kind == "passage" and snapshot.chunks[i].end <= chunk.start]
    return max(before, key=lambda c: c.end, default=None)


_BRACKETED = re.compile(r"^\(\s*[^()]{2,80}\)\s*[.;]?$")


def _with_brackets(chosen: list[Sentence], scored: list[Scored]) -> list[Sentence]:
    """Each chosen sentence with a bracket that stands after its full stop as a sentence of its
    own ("We support X. (Harbour Trainee Programme)."): it names what the sentence says."""
    after = {(s.sentence.hit.chunk.id, s.sentence.index): s.sentence for s in scored}
    out: list[Sentence] = []
    for s in chosen:
        out.append(s)
        nxt = after.get((s.hit.chunk.id, s.index + 1))
        if nxt is not None and nxt.unit == s.unit and _BRACKETED.match(nxt.text.strip()) and nxt not in chosen:
            out.append(nxt)
    return out


def _paragraph_of(best: Sentence, scored: list[Scored], limit: int) -> list[Sentence]:
    """The sentences of the paragraph (or list item) that holds `best`, from its first on,
    as many as fit `limit`; from `best` on when those before it would leave it out."""
    unit = sorted((s.sentence for s in scored if s.sentence.hit is best.hit and s.sentence.unit == best.unit),
                  key=lambda s: s.index)
    unit = list({s.index: s for s in unit}.values())
    for start in (unit, [s for s in unit if s.index >= best.index]):
        chosen: list[Sentence] = []
        for s in start:
            if _length(chosen + [s]) > limit:
                break
            chosen.append(s)
        if any(s.index == best.index for s in chosen):
            return chosen
    return [best]


def _length(sentences: list[Sentence]) -> int:
    return sum(len(s.text) + 5 for s in sentences)


def _label_length(q: Question, s: Sentence) -> int:
    """Characters of a leading "Label: " that only repeats what the question asks about."""
    m = _LABEL.match(s.raw)
    if not m:
        return 0
    label = set(tokenize(m.group(1), s.lang))
    return m.end() if label and len(label & set(tokenize(q.text, s.lang))) * 2 >= len(label) else 0


def _contents(s: Sentence) -> bool:
    """A line of a table of contents gives a title and a page: it points to the answer, it
    is not one."""
    return is_contents_line(s.text) or under_contents(s.hit.chunk.section or "")


def _spells_out(text: str) -> bool:
    """Is the text, or every line of it, an entry of a list of abbreviations: an
    abbreviation and its spelled-out name and nothing else ("HWA  Harbour Works Agency",
    "HWA: Harbour Works Agency", "Harbour Works Agency (HWA)")?"""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return _spells_out_line(text) or bool(lines) and all(_spells_out_line(ln) for ln in lines)


def _spells_out_line(text: str) -> bool:
    line = " ".join(text.split()).rstrip(" .;")
    first, _, rest = line.partition(" ")
    first = first.rstrip(":–-")
    if abbreviation_like(first) and plausible(first, rest.lstrip(":–- ")):
        return True
    bracketed = re.fullmatch(r"(.+?)\s*\(([^()\s]+)\)", line)
    return bool(bracketed and abbreviation_like(bracketed.group(2)) and plausible(bracketed.group(2), bracketed.group(1)))


def _header_row(s: Sentence) -> bool:
    """A table's header row read as text ("No." / "Action" / "Lead body" / "Partners", a
    line each) names the columns, not a fact: short lines of which at least three name
    different roles of a table's columns. (A list of bodies names one role: "Ministry of X" /
    "Ministry of Y".)"""
    lines = [ln.strip() for ln in s.raw.splitlines() if ln.strip()]
    if len(lines) < HEADER_ROW_LINES or any(len(ln.split()) > 5 for ln in lines):
        return False
    roles = [header_roles(ln) for ln in lines]
    return len({r[0] for r in roles if r}) >= HEADER_ROW_LINES


HEADER_ROW_LINES = 3


def _agent_by(q: Question, s: Sentence) -> bool:
    """"Which body drafted X?" <- "X was drafted by Y" ("présidé par Y", "geleid door Y"): a
    question verb, as its participle, followed by the word that brings in the agent. A
    capitalised word is part of a name, not a participle ("the Maritime Safety Council by …")."""
    by = stem(PASSIVE_AGENT.get(s.lang, "by"), s.lang)
    verbs = {v for t in q.terms for v in t.stems}
    roots = {verb_root(v, s.lang) for v in verbs if len(v) > 3}
    written = re.findall(TOKEN_PATTERN, s.raw)
    toks = [stem(w.lower(), s.lang) for w in written]
    return any(b == by and not w[:1].isupper() and (a in verbs or len(a) > 3 and verb_root(a, s.lang) in roots)
               for w, a, b in zip(written, toks, toks[1:]))


# What follows a term that a sentence defines: "X is a …", "X are serious … incidents" (a
# plural needs no article), "X, an …", "X stands for …", in each language.
_DEFINING = (r"(?:,\s*(?:a|an|un|une|een)\b|(?:is|are|was|were)\s+(?:a|an|the)\b"
             r"|are\s+(?!not\b|now\b|also\b|still\b|being\b|to\b|\w+ing\b"
             r"|\w+ed(?:\s+(?:by|in|on|at|for|to|from|every|each|as|with|\w+ly)\b|\W*$))\w+"
             r"|(?:\w+ly\s+)?(?:indicates|denotes|signifies)|stands for|means|refers to|(?:est|sont)\s+(?:un|une|des|le|la|les|l['’])|désigne|signifie"
             r"|(?:is|zijn)\s+(?:een|de|het)\b|staat voor|verwijst naar|betekent|houdt in|wil zeggen"
             r"|consists? of|is made up of|se compose de|est constitué\w* de|bestaat uit"
             r"|[,–—-]?\s*(?:defined as|défini\w* comme|gedefinieerd als)"
             # what it is for: "X was established to help …", "X vise à …", "X is bedoeld om …"
             r"|(?:is|are|was|were)\s+(?:established|set up|created|launched|designed|meant|intended)\s+to\b"
             r"|aims?\s+to\b|serves?\s+to\b|vise(?:nt)?\s+à\b|(?:a|ont)\s+pour\s+(?:objectif|but|mission)\b"
             r"|(?:is|zijn|werd|werden)\s+(?:bedoeld|opgericht|opgezet)\s+om\b|heeft als doel\b)")


# What names a thing just described as a term: "this strategy, referred to as X, …"
_NAMED_AS = (r"(?:referred to as|known as|called|termed|appel[ée]e?s?|d[ée]nomm[ée]e?s?|dite?s?"
             r"|(?:wordt|worden|werd|werden) \w+ genoemd|genoemd|heet|heten)")


# what may open a parenthesis that names what was just described: "(i.e. the 'X' rule)", "(X)"
_RESTATES = (rf"(?:{alternation(RESTATING)}\s*)?(?:{alternation(ARTICLES)}\s+)?['\"‘“]?")


_COMPLEMENT = re.compile(r"\s+(?:of|for|de|du|des|d['’]|van|voor)\s+\S.*$", re.I)


def _focus_forms(focus: str) -> tuple[str, ...]:
    """The term asked about, and without the complement that says whose it is ("the berth
    tenancy of a shipowner": "the berth tenancy"), as a plan may define it."""
    head = _COMPLEMENT.sub("", focus)
    return (focus, head) if head != focus and head.strip() else (focus,)


def _aliases(focus: str, text: str) -> list[str]:
    """The term asked about and the abbreviation a passage gives it right after writing it in
    full ("… Harbour Data Network (HDN)"): the passage may go on to define it by the abbreviation."""
    f = _spaced(focus)
    return [focus, *dict.fromkeys(re.findall(rf"\b{f}\s*\(\s*([A-Z][\w&.-]{{1,11}})\s*\)", text, re.I))]


def _names_focus(focus: str | None, chosen: list[Sentence], title: set[str]) -> bool:
    """Whether the sentences chosen for "what is X?" write X: half its words at least (not
    counting the words that name the plan: "X in the Norland strategy", unless X is all of
    them: "what is a quick study?" asked of one), or the abbreviation their passage gives it."""
    if not focus or not chosen:
        return True
    lang = chosen[0].lang
    every = set(tokenize(focus, lang))
    named = {t for t in every if t not in ALL_STOPWORDS} or every  # "not met": a term of small words
    wanted = {t for t in named if t not in title} or named  # "what is a quick study?" of the quick study
    written = set().union(*(s.stems | s.label_stems for s in chosen))  # (a cell under the header "X" is about X)
    if wanted and len(wanted & written) * 2 >= len(wanted):
        return True
    aliases = _aliases(focus, " ".join(s.passage.text for s in chosen if s.passage is not None))[1:]
    return any(re.search(rf"\b{re.escape(a)}\b", s.text) for a in aliases for s in chosen)


def _years(text: str) -> set[str]:
    """The years a text writes ("in 2019")."""
    return set(re.findall(r"(?<![\d.,/])(?:19|20)\d\d(?![\d.,/]\d)", text))


def _numbers(text: str) -> set[str]:
    """The numbers a text writes that name a thing ("resolution 1325", "line 17", "12,500 trees"),
    not years; a number in thousands is read alike in each language's way ("12,500", "12.500",
    "12 500")."""
    return {n for n in re.findall(r"(?<![\d.,])\d{2,}(?![\d.,]\d)", in_digits(text))
            if not re.fullmatch(r"(?:19|20)\d\d", n)}


def _spaced(term: str) -> str:
    """A pattern for a term however its words are spaced or wrapped over lines."""
    return r"\s+".join(re.escape(w) for w in clean(term).strip(" ?").split())


_GLOSSED = 3  # glossary entries of a term read at most


def _glossary_entries(q: Question, hits: list[Hit], snapshot: Snapshot) -> list[Hit]:
    """For "what is X?", the passages where a line opens with X and a colon or a dash (a
    glossary's "Érosion : Recul du trait de côte …"): the search may not rank a glossary among the many
    passages that use the term. An entry for the very term is as close to the question as
    the closest passage the search found: it is read with that passage's similarity."""
    if q.expects != "definition" or not q.focus:
        return []
    glossary = re.compile(_glossary_line(_spaced(q.focus)), re.I)
    stems = {t for lang in LANGUAGES for t in tokenize(q.focus, lang) if t not in ALL_STOPWORDS}
    if not stems:
        return []
    rarest = min(stems, key=lambda t: snapshot.term_stats.df_of(t) or float("inf"))
    closest = max((h.cosine for h in hits if h.cosine is not None), default=None)
    out = []
    for i in snapshot.term_stats.chunks_with(rarest):
        chunk = snapshot.chunks.get(i)
        if chunk is not None and chunk.kind == "passage" and glossary.search(chunk.text):
            out.append(Hit(chunk, 0.0, cosine=closest))
    return sorted(out, key=lambda h: (h.chunk.doc_id, h.chunk.start))[:_GLOSSED]


def _listed_only(focus: str, chosen: list[Sentence]) -> bool:
    """Does the answer to "what is X?" only name X as one item of an enumeration ("the portal
    holds tide tables, ferry times, X and berth lists"), no sentence defining it?"""
    f = _spaced(focus)
    found = False
    for s in chosen:
        if _defines(focus, s.text):
            return False
        for m in re.finditer(rf"\b{f}\b", s.text, re.I):
            found = True
            before, after = s.text[: m.start()].rstrip(), s.text[m.end():].lstrip()
            listed = before.endswith(",") and (after.startswith(",") or re.match(r"(?:and|or|et|ou|en|of)\b", after, re.I))
            if not (listed and _enumerates(s.text)):
                return False
    return found


def _defining(focus: str, s: Sentence) -> bool:
    """Does the sentence define the term, by its name or by the abbreviation its passage gives
    it, or is it the first sentence of a table cell under the header that is the term?"""
    if s.label and s.label_stems and s.label_stems == set(tokenize(focus, s.lang)) and _opens_cell(s):
        return True
    return any(_defines(f, s.text) for f in _aliases(focus, s.passage.text if s.passage is not None else s.text))


def defines_term(focus: str, text: str) -> bool:
    """Does `text` define the term `focus` (written as the question writes it, or in one of
    its forms: see `_defines`)?"""
    return any(_defines(form, text) for form in _focus_forms(focus))


def _opens_cell(s: Sentence) -> bool:
    p = s.passage
    return p is None or s.index == 0 or p.sentences[s.index - 1].unit != s.unit


def _defines(focus: str, text: str) -> bool:
    """Does `text` define the term: "X is a …", "X (…)", a glossary's "X : …" or "X – …"
    opening a line, or what it describes named as the term ("this strategy, referred to as
    X, …", "la démarche dite « X »")?"""
    f = _spaced(focus)
    return bool(
        re.search(rf"\b{f}\b['\"”’]?\s*{_DEFINING}", text, re.I)
        or re.search(rf"\b{_NAMED_AS}\s+['\"‘“«]?\s*{f}\b", text, re.I)
        or re.search(rf"\(\s*{_RESTATES}{f}['\"’”]?(?:-\w+)?\s*\)|['\"‘“]{f}['\"’”]\s*\(", text, re.I)
        or re.search(_glossary_line(f), text, re.I)
    )


def _glossary_line(term: str) -> str:
    """A pattern for a line that opens with `term` (a pattern) and a colon or a dash, as a
    glossary writes "X : …" or "- X – …"."""
    return rf"(?:^|\n)\s*(?:[-•*]\s*)?{term}\s*(?::|\s[–—-])\s+\w"


def _predicates(focus: str, chosen: list[Sentence]) -> bool:
    """For "who is X?": a sentence must name someone as X (apposition, copula or title),
    or introduce, naming X, the items that follow it ("… has the following members:")."""
    articles = "|".join(re.escape(a) for a in ARTICLES)
    head = re.sub(rf"^(?:{articles})\s*", "", clean(focus), flags=re.I)
    head = re.split(rf"\s+(?:{'|'.join(ROLE_ENDS)})\s+", head)[0]
    role = rf"(?i:{re.escape(head)})"
    name = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+"
    copula, article = rf"(?i:{'|'.join(COPULAS)})", rf"(?i:(?:{articles})\s*)"
    pattern = (
        rf"{name},?\s+{article}?{role}\b|\b{role},?\s+{name}"
        rf"|\b{role}\s+{copula}\s+{name}|{name}\s+{copula}\s+{article}?{role}"
    )
    if any(re.search(pattern, s.text) for s in chosen):
        return True
    return any(s.text.rstrip().endswith(":") and re.search(rf"\b{role}", s.text) for s in chosen[:-1])


STACKED_LINES = 3  # as many short lines as make a list without bullets (as the reader counts them)
STACKED_WORDS = 8  # the most words an item of such a list has
_ITEM = re.compile(r"^[ \t]*(?:[" + re.escape(BULLET_MARKS) + r"]|\(?\d{1,2}[.)])[ \t]+", re.M)


def _lines(raws: list[str]) -> str:
    """A run of sentences as lines, an item's bare number ("1.") on the line of its text."""
    out = ""
    for raw in raws:
        out += (" " if _ITEM_NUMBER.fullmatch(out.rsplit("\n", 1)[-1].strip()) else "\n" if out else "") + raw
    return out


def _by_unit(group: list[Sentence]) -> list[list[int]]:
    """The positions of a group's sentences, in runs of one paragraph each (a sentence that
    introduces a list with a colon, with the items after it), so a list's last item does not
    run on into the paragraph after it."""
    runs: list[list[int]] = []
    for i, s in enumerate(group):
        last = group[runs[-1][-1]] if runs else None
        if last is not None and (last.unit == s.unit or last.raw.rstrip().endswith(":") or _ITEM.match(s.raw)):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _stacked(raw: str) -> list[tuple[int, int]]:
    """The (start, start) marks of a list written without bullets after a colon: three or more
    short lines, each beginning with a capital or a figure and none but the last closing a
    sentence ("… has the following members:\nMinistry of Environment\nMinistry of Agriculture\n…").
    A paragraph wrapped across lines does not qualify: its lines run on in lower case or are long."""
    colon = re.search(r":[ \t]*\n", raw)
    if not colon:
        return []
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", raw[colon.end():])]
    if len(lines) < STACKED_LINES or not all(_item_line(m.group(), last=m is lines[-1]) for m in lines):
        return []
    return [(colon.end() + m.start(), colon.end() + m.start()) for m in lines]


def _item_line(line: str, last: bool) -> bool:
    line = line.strip()
    return (len(line.split()) <= STACKED_WORDS and (line[:1].isupper() or line[:1].isdigit())
            and (last or not line.endswith((".", ",", ";"))))


def _items_asked(chosen: list[Sentence], weights: dict[QueryTerm, float]) -> list[Sentence]:
    """Of a bulleted list read as one sentence, the items that write the most of the
    question's rare words (`weights`), when some items write more than the others ("which harbour towns …?":
    the item on the harbour towns, with their names, not the list's other measures), not counting
    the words of the list's heading and introduction. The list whole when none does, or all
    do alike."""
    if len(chosen) != 1 or not weights:
        return chosen
    s = chosen[0]
    marks = [m.start() for m in _ITEM.finditer(s.raw)]
    if len(marks) < _FEW_ITEMS:
        return chosen
    # (the words the list's heading or its introduction write are what every item is about)
    intro = set(tokenize(s.raw[: marks[0]] + " " + (s.hit.chunk.section or ""), s.lang))
    spans = [(a, a + len(s.raw[a:b].rstrip())) for a, b in zip(marks, marks[1:] + [len(s.raw)])]
    said = [sum(w for t, w in weights.items() if t.matches(set(tokenize(s.raw[a:b], s.lang))) and not t.matches(intro))
            for a, b in spans]
    kept = most_said(said)
    if kept is None:
        return chosen
    return [replace(s, raw=s.raw[a:b], start=s.start + a, end=s.start + b) for a, b in (spans[i] for i in kept)]


_FEW_ITEMS = 3


# "…; and" closing the item before the last: the items are joined with "; " of their own
_CLOSING_CONJUNCTION = re.compile(rf"[;,]\s*{alternation(CONJUNCTIONS)}\s*$", re.I)


def _listed(raw: str, limit: int) -> str:
    """A sentence as an answer says it; one that holds a list ("The three pillars are: • open harbours –
    opening up the port's data ... • fair concessions – ...") gives its items apart, and only their
    labels when the whole would not be short (every item a "label – what it means")."""
    marks = [(m.start(), m.end()) for m in _ITEM.finditer(raw)]
    if len(marks) < 2:
        marks = _stacked(raw)
    if len(marks) < 2:
        return clean(raw)
    intro = clean(raw[: marks[0][0]])
    items = [_CLOSING_CONJUNCTION.sub("", clean(raw[m[1] : n[0] if n else len(raw)])).rstrip(" ;,.")
             for m, n in zip(marks, marks[1:] + [None])]
    whole = f"{intro} {'; '.join(items)}.".strip()
    labels = item_labels(items) if len(whole) > limit else None
    return f"{intro} {'; '.join(labels)}.".strip() if labels else whole
