"""`AssistantService`: the one place a question is answered and the index is changed.

The API, the CLI and the evaluation all call this object; it is built once (heavy model
loading included) and passed in. A question travels: conversation (history -> a
self-contained query) -> hybrid retrieval -> composers (the document itself, registry,
abbreviations, lists, then extractive, or a language model's checked answer when one is
configured; the first that answers wins) -> every citation checked verbatim.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from assistant.answering.acronyms import AcronymComposer
from assistant.answering.asked import asked_roles
from assistant.answering.base import (Composer, abstain, named_across, named_documents, naming_in, quoted_titles,
                                      source_phrases, without_source_phrases)
from assistant.answering.document import DocumentComposer
from assistant.answering.headings import HeadingComposer
from assistant.answering.endpoint import LLMEndpoint
from assistant.answering.extractive import HARD_FACTS, ExtractiveComposer, defines_term
from assistant.answering.lists import ListComposer
from assistant.answering.parts import PartComposer
from assistant.answering.ranks import superlative
from assistant.answering.llm import LLMComposer
from assistant.answering.registry import RegistryComposer, RowSearch, names_a_row
from assistant.answering.scope import asking
from assistant.answering.titles import TitleMeaning, TitleWords
from assistant.conversation import resolve_in_statement, rewrite
from assistant.decompose import split_question, split_subjects
from assistant.joined import following_fact, gives, join_answers, states
from assistant.models import Answer, AskRequest, Evidence, Turn, UploadResult
from assistant.query import Query
from assistant.question import Question, analyse, question_language
from assistant.retrieval import Hit, HybridRetriever
from ingest.pipeline import Ingestor
from plans.embedding import Embedder
from plans.errors import NotFound, PlansError
from plans.index import PlanIndex, Snapshot
from plans.index.lexical import query_terms, tokenize
from plans.records import Commitment, DocumentInfo
from plans.settings import Settings
from plans.text import QUOTED_TITLE
from plans.vocabulary import alternation
from plans.vocabulary.coordination import COMPARING, CONJUNCTIONS
from plans.vocabulary.messages import say
from plans.vocabulary.questions import stance_phrases
from plans.vocabulary.roles import FIELD_ROLES, fold

log = logging.getLogger("plans.service")


class AssistantService:
    def __init__(self, settings: Settings, index: PlanIndex, composers: list[Composer] | None = None):
        self.settings = settings
        self.index = index
        self.retriever = HybridRetriever(index)
        self.ingestor = Ingestor(index)
        self.llm = LLMEndpoint(settings) if settings.llm_enabled else None
        sentences = sentence_embedder(settings, index.embedder) if index.embedder is not None else None
        self.title_words = TitleWords(sentences) if sentences is not None else None
        self.composers = composers or default_composers(settings, index.embedder, self.llm, index.vector_search,
                                                        self.title_words)

    @classmethod
    def build(cls, settings: Settings, embedder: Embedder | None = None) -> "AssistantService":
        """Load the embedding model and open the index (the slow part, done once)."""
        if embedder is None:
            from plans.embedding import load_embedder

            embedder = load_embedder(settings.embed_model, batch_size=settings.embed_batch)
        return cls(settings, PlanIndex(settings, embedder).open())

    # -- questions --------------------------------------------------------------------
    def ask(self, request: AskRequest, on_text: Callable[[str], None] | None = None) -> Answer:
        """Answer one question. `on_text` receives the answer's text as a language model writes
        it (checked sentences only); the returned answer is what counts."""
        with asking(request.history, on_text):
            return self._ask(request)

    def _ask(self, request: AskRequest) -> Answer:
        t0 = time.perf_counter()
        self.index.refresh()
        query = rewrite(request.question, request.history)
        parts, preamble = split_question(query.text)
        if preamble and len(parts) == 1 and (resolved := resolve_in_statement(parts[0], preamble)) != parts[0]:
            query = Query(f"{preamble} {resolved}", query.own, query.context)  # "… a Harbour Fund. What is it for?"
        named = self._named_documents(query.text)
        subjects = split_subjects(parts[0], question_language(query.own or query.text),
                                  self.index.snapshot.writes_phrase) if len(parts) == 1 else []
        if len(subjects) > 1:  # "when were X and Y adopted?": each subject on its own (each may name a plan)
            answer, hits = self._answer_parts(subjects, preamble or query.context, standalone=True)
        elif len(parts) == 1 and len(named) >= 2:
            # "do the water plan and the energy plan each ...?": one answer per plan
            answer, hits = self._answer_per_document(query, named)
        elif len(parts) == 1:
            answer, hits = self._answer(query)
            if answer.abstained and request.history and not query.context:
                # a follow-up may lean on the turn before without a pronoun to say so
                last = next((t.content for t in reversed(request.history) if t.role == "user"), None)
                if last:
                    leaning = Query(query.text, query.own, rewrite(last, request.history[:-2]).text)
                    retry, retry_hits = self._answer(leaning)
                    if not retry.abstained:
                        answer, hits, query = retry, retry_hits, leaning
        else:
            # the plans the opening statement names, else those the first part gives as its source
            # ("In the Norland plan, what are X, and which of them …?"): every part is asked of them
            scope = self._scope(preamble) or self._scope(" ".join(
                parts[0][a:b] for a, b in source_phrases(parts[0], question_language(parts[0]))))
            answer, hits = self._one_row(query, parts) or self._answer_parts(parts, preamble or query.context,
                                                                            scope=scope)
        answer.query = query.shown()
        if request.include_evidence:
            answer.evidence = [
                Evidence(document=h.chunk.doc_id, section=h.chunk.section or None, ref=h.chunk.ref,
                         page=h.chunk.page, kind=h.chunk.kind, score=round(h.score, 5))
                for h in hits
            ]
        log.info("ask %.1f ms abstained=%s", (time.perf_counter() - t0) * 1000, answer.abstained)
        return answer

    def _named_documents(self, text: str) -> list[str]:
        """Documents a question names and sets side by side ("the X plan and the Y plan",
        "compare X with Y"): a plan named only before a conjunction and another only after it.
        Plans named on one side are one plan described ("in the Norland report on the
        ministries' commitments, what is X and ...?"), not plans compared."""
        named = self._named_in(text)
        if len(named) < 2:
            return []
        lang = question_language(text)
        if re.search(rf"\b{alternation(COMPARING.get(lang, COMPARING['en']))}\b", text, re.I):
            return sorted(named)
        for m in re.finditer(rf"\b{alternation(CONJUNCTIONS.get(lang, CONJUNCTIONS['en']))}\b", text, re.I):
            before, after = self._named_in(text[: m.start()]), self._named_in(text[m.end():])
            if before - after and after - before:
                return sorted(named)
        return []

    def _named_in(self, text: str) -> set[str]:
        question = analyse(text)
        return self.index.snapshot.named_by(*question.naming())

    def _answer(self, query: Query, documents: set[str] | None = None,
                composers: list[Composer] | None = None, limit: int | None = None) -> tuple[Answer, list[Hit]]:
        """One self-contained question: retrieve, then the first composer (of `composers`,
        default all) that answers, in `limit` characters when it is one part of a longer answer."""
        question = replace(analyse(query), limit=limit)
        if documents is None and self.title_words is not None and not named_documents(question, self.index.snapshot):
            # a plan no word of the question names, named by its title translated ("het
            # actieplan Vogels en Heide" of "Birds and Heaths")
            meant = self.title_words.names(question, self.index.snapshot)
            if meant is not None:
                question = replace(question, meant=frozenset({meant}))
        hits = self._retrieve(query, question, documents)
        snapshot = self.index.snapshot
        answer: Answer | None = None
        if hits:
            for composer in self.composers if composers is None else composers:
                answer = composer.compose(question, hits, snapshot)
                if answer is not None:
                    if not answer.abstained and "mode" not in answer.model_fields_set:
                        answer.mode = composer.name  # unless the composer said (the LLM's fallback)
                    break
        answer = answer or abstain(lang=question.lang)
        _check_quotes(answer, snapshot)
        _label_pages(answer, snapshot)
        return answer, hits

    def _retrieve(self, query: Query, question: Question, documents: set[str] | None) -> list[Hit]:
        """The evidence for a question: the hybrid search, plus the passages a second search
        finds where the question's own wording would bury them."""
        hits = self.retriever.retrieve(query.search_text, k=max(self.settings.top_k, 10), documents=documents)
        if question.stance:  # an assessment is said in its own words ("however", "lack of"): look for them too
            cues = " ".join(stance_phrases(question.stance, question.lang))
            _add(hits, self.retriever.retrieve(f"{query.search_text} {cues}", k=5, mode="bm25", documents=documents))
        if question.asked and question.asked != question.text:  # "…, the commission that …?": what is asked, alone
            _add(hits, self.retriever.retrieve(question.asked, k=_FOCUSED, documents=documents))
        if question.expects == "definition" and question.focus:
            # "what does the plan mean by X?": the passages that write X, however little else
            # of the question they write
            _add(hits, self.retriever.retrieve(question.focus, k=_FOCUSED, documents=documents))
            # and those that define it ("this strategy, referred to as X, …"), which the many
            # passages that merely use the term may outrank
            _add(hits, [h for h in self.retriever.retrieve(question.focus, k=_DEFINING_POOL, mode="bm25",
                                                           documents=documents)
                        if defines_term(question.focus, h.chunk.text)][:_FOCUSED])
        named = named_documents(question, self.index.snapshot) if documents is None else set()
        if named_across(named, question, self.index.snapshot):
            # a plan named in another language than its own: the question's words match the
            # plans written in the question's language, and its words that name the plan (its
            # title translated) match the plan's passages about its title's subject; its own
            # passages that mean what is asked are read too
            _add(hits, self.retriever.retrieve(self._unnamed(query, question, named), k=_FOCUSED, mode="vector",
                                               documents=named))
        if len(named) == 1 and not any(h.chunk.doc_id in named for h in hits):
            # the one plan the question names, where the search found nothing of it (asked in
            # another language than the plan's, its words match other plans): that plan alone
            _add(hits, self.retriever.retrieve(query.search_text, k=_FOCUSED, documents=named))
        if len(named) == 1 and question.expects in _FOCUSED_TYPES:
            # "how many trips, according to the study on X in Y?": the words naming the plan
            # match its summaries best, not the sentence with the figure; the plan searched
            # without them. The answer must then hold the fact asked for, or it abstains.
            focus = self._unnamed(query, question, named)
            naming = naming_in(question, self.index.snapshot, next(iter(named)))
            # a plan named by its issuer ("according to the province of X"): the issuer's other
            # plans, which write that name too, are as much the source
            proper = {s for w in query.search_text.split() if w[:1].isupper() for s in tokenize(w)} & naming
            named |= self.index.snapshot.documents_writing(proper) if proper else set()
            _add(hits, self.retriever.retrieve(focus, k=_FOCUSED, documents=named))
        return hits

    def _unnamed(self, query: Query, question: Question, named: set[str]) -> str:
        """The question's search text without the words that name the plan it names: its quoted
        title, the words of its title (or cover), and, asked in another language, the words
        that translate its title."""
        doc = next(iter(named))
        snapshot = self.index.snapshot
        naming = naming_in(question, snapshot, doc)
        unquoted = _without_quoted_title(query.search_text, named, snapshot)
        record = snapshot.documents.get(doc)
        if self.title_words is not None and record is not None and named_across(named, question, snapshot):
            unquoted = self.title_words.untitled(unquoted, [record.info.title or ""], question.lang)
        return " ".join(w for w in unquoted.split() if not set(tokenize(w)) & naming)

    def _one_row(self, query: Query, parts: list[str]) -> tuple[Answer, list[Hit]] | None:
        """A question in parts that asks for several cells ("which body is in charge of X, and
        by when?", "what does the X commitment require, and how far behind?") is answered whole
        when one row answers it: the row's cells give every part. A part that ranks ("…, and in
        which quarter was it highest?") is a part of its own."""
        names = [c.name for c in self.composers]
        if "registry" not in names or (len(asked_roles(query.text)) < 2
                                       and not names_a_row(analyse(query), self.index.snapshot)):
            return None
        if any(superlative(analyse(part)) for part in parts):
            return None
        # the composers up to the registry: the ones after it could only answer what is then dropped
        answer, hits = self._answer(query, composers=self.composers[:names.index("registry") + 1])
        return (answer, hits) if answer.mode == "registry" and not answer.abstained else None

    def _answer_per_document(self, query: Query, documents: list[str]) -> tuple[Answer, list[Hit]]:
        """The question asked of each named plan alone, without the words that name the others."""
        snapshot = self.index.snapshot
        answers, hits = [], []
        asked = analyse(query.text)
        for doc in documents:
            others = set().union(*(snapshot.naming_in(d, *asked.naming()) for d in documents if d != doc))
            mine = " ".join(w for w in query.text.split() if not (set(tokenize(w)) & others))
            answer, doc_hits = self._answer(Query(mine, mine), documents={doc})
            title = snapshot.documents[doc].info.title if doc in snapshot.documents else doc
            answers.append((say("per_plan", asked.lang, title=title), answer))
            hits.extend(doc_hits)
        return join_answers(answers, lang=asked.lang), hits

    def _scope(self, preamble: str) -> set[str] | None:
        """The plans a question's opening statement names ("In the Norland plan, the cover is
        dated May 2031. …"): the ones its parts are asked of; None when it names none."""
        if not preamble:
            return None
        return named_documents(analyse(preamble), self.index.snapshot) or None

    def _answer_parts(self, parts: list[str], context: str, standalone: bool = False,
                      scope: set[str] | None = None) -> tuple[Answer, list[Hit]]:
        """A question with several parts: each part answered on its own (later parts resolved
        against the earlier ones, like follow-ups, unless they are `standalone`), the answers
        joined with renumbered markers. `scope`: the plans every part is asked of that names
        none of its own. Answers that would run longer together than one answer may are asked
        again, each part in its share of that length (parts quoting the same sentence whole
        stay one quote)."""
        answer, hits = self._parts_once(parts, context, standalone, scope)
        # (a part that asks for an overview makes the whole an overview, which may run longer)
        budget = OVERVIEW_CHARS if any(analyse(p).expects == "overview" for p in parts) else PARTS_CHARS
        if len(answer.answer) > budget:
            answer, hits = self._parts_once(parts, context, standalone, scope, limit=budget // len(parts))
        return answer, hits

    def _parts_once(self, parts: list[str], context: str, standalone: bool, scope: set[str] | None,
                    limit: int | None = None) -> tuple[Answer, list[Hit]]:
        answers: list[tuple[str, Answer]] = []
        per_part: list[list[Hit]] = []
        history: list[Turn] = [Turn(role="user", content=context)] if context else []
        found: set[str] | None = scope  # the plans the earlier parts were answered from
        before = ""  # the earlier part, as resolved
        last: Answer | None = None  # the earlier part's answer
        for i, part in enumerate(parts):
            if i == 1 and scope is None and not standalone:
                # "what period does the Norland plan cover, and when is its review?": a later part
                # that names no plan is asked of the plans the first part names
                scope = self._scope(parts[0])
            query = Query(part, part) if standalone else rewrite(part, history)
            elliptical = not standalone and bool(before) and query.text == part and not query.context \
                and _own_terms(part, self.index.snapshot) <= _ELLIPTICAL_TERMS
            if elliptical:  # "..., and by when?": the same subject as the part before, and the row it found
                query = Query(part, part, _with_row(before, last))
            leans = query.text != part or bool(query.context)  # "what is it about?": about what was found
            # (a part that names a plan of its own is asked of that plan, not of the opening's)
            own = scope if scope is None or not self._scope(part) else None
            if last is not None and last.abstained and _carries_the_fact(query, part, before, self.index.snapshot):
                # "how many X …, and in which year?" of X the plans do not hold: the later part
                # asks about the same X, which no passage gives
                answer, part_hits = abstain(lang=question_language(part)), []
            else:
                answer, part_hits = self._answer(query, found if leans else own, limit=limit)
            if answer.abstained and (elliptical or leans) and last is not None and gives(last, part, before):
                # "…, and in which cities?", "…, and how many did they make?": the earlier part's quote says it
                answer = last
            elif leans and last is not None and states(last, part):
                answer = last  # "…, and were the unions heard on it?": the earlier quote says so
            elif (elliptical or leans) and last is not None and (answer.abstained or _same_quotes(answer, last)):
                # "…, and how often will it be reviewed?": the sentence after the earlier part's quote may say it
                # (an answer quoting just what the earlier part's did answers that part, not this one)
                answer = following_fact(last, part, self.index.snapshot) or answer
            before = query.text
            last = answer
            if not answer.abstained and answer.citations:
                found = {c.document for c in answer.citations} & set(self.index.snapshot.documents) or scope
            per_part.append(part_hits)
            history = [Turn(role="user", content=part), Turn(role="assistant", content=answer.answer)]
            answers.append((part, answer))
        return join_answers(answers), _interleaved(per_part)

    # -- documents ----------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        self.index.refresh()
        docs = self.index.snapshot.documents.values()
        return sorted((d.info for d in docs), key=lambda i: i.document)

    def add_document(self, path: Path, name: str) -> UploadResult:
        result = self.ingestor.ingest_file(path, display_name=name)
        info = self.index.snapshot.documents[result.id].info
        return UploadResult(id=info.id, document=info.document, status=result.status, title=info.title,
                            pages=info.pages, chunks=info.chunks, commitments=info.commitments,
                            seconds=round(result.seconds, 3))

    def remove_document(self, doc: str) -> DocumentInfo:
        return self.index.remove(self.index.resolve_id(doc)).info

    def get_document(self, doc: str) -> DocumentInfo:
        return self.index.snapshot.documents[self.index.resolve_id(doc)].info

    # -- commitments ------------------------------------------------------------------
    def commitments(self, document: str | None = None, role: str | None = None, value: str | None = None,
                    ref: str | None = None, q: str | None = None) -> list[Commitment]:
        """The registry, filtered: by plan, by a role's cell (`role="lead", value="Justice"`;
        a value without a role looks in every cell), by row id and by text anywhere in the row."""
        items = list(self.index.snapshot.commitments)
        if document:
            try:
                doc_id = self.index.resolve_id(document)
            except NotFound:
                return []
            items = [c for c in items if c.document == doc_id]
        if role and role not in FIELD_ROLES:
            raise PlansError(f"role: unknown role '{role}' (known: {', '.join(FIELD_ROLES)})")
        if value:
            v = value.casefold().strip()
            items = [c for c in items if any(v in x.casefold() for f in c.fields if not role or role in f.roles
                                             for x in [f.text, *f.items])]
        elif role:
            items = [c for c in items if c.field(role)]
        if ref:
            r = ref.casefold().strip().strip("()").rstrip(".)")
            items = [c for c in items if c.ref.casefold() == r]
        if q:
            needle = q.casefold()
            items = [c for c in items if needle in " ".join([c.ref, c.action, c.section or "", c.goal.text or "",
                                                             *(f.text for f in c.fields)]).casefold()]
        return items


def _same_quotes(answer: Answer, other: Answer) -> bool:
    """Do two answers cite the same spans?"""
    return bool(answer.citations) and _spans(answer) == _spans(other)


def _spans(answer: Answer) -> set[tuple[str, int, int]]:
    return {(c.document, c.start, c.end) for c in answer.citations}


def _without_quoted_title(text: str, named: set[str], snapshot: Snapshot) -> str:
    """The text without the quoted title of a plan in `named` (in whatever language it is
    quoted: "the 'eight chances' study"): it only says which plan. Other quoted words stay."""
    return QUOTED_TITLE.sub(lambda m: " " * len(m.group(0)) if quoted_titles(m.group(0), snapshot) & named
                            else m.group(0), text)


_FOCUSED = 5  # passages of the named plan added for a fact asked of it
_DEFINING_POOL = 40  # passages writing a term searched for those that define it
_FOCUSED_TYPES = (*HARD_FACTS, "agent", "definition")  # the kinds of fact one sentence of the named plan gives
# A part of a question with this few words of its own names no subject ("et dans quel délai ?").
_ELLIPTICAL_TERMS = 2
PARTS_CHARS = 480  # what the answers to all parts of one question may take together
OVERVIEW_CHARS = 880  # ... when one part asks for an overview (an overview is 900 characters at most)


def _own_terms(part: str, snapshot: Snapshot) -> int:
    """How many words of its own a part has: the phrase that gives its source ("… according
    to the Norland plan?") and the words that name a plan say where to look, not what about."""
    own = without_source_phrases(part, question_language(part))
    return sum(1 for t in query_terms(own) if not {fold(x) for x in t.stems} & snapshot.plan_names)


def _carries_the_fact(query: Query, part: str, before: str, snapshot: Snapshot) -> bool:
    """Is a later part, as resolved, about the fact the part before it asks for ("…, and by
    when?": a few words, with that part as its context or glued to it), rather than about a
    thing that part names ("how often is it held?", "which ministry has to put it first?")?"""
    if not before or _own_terms(part, snapshot) > _ELLIPTICAL_TERMS:
        return False  # a part with words of its own ("which ministry has to put it first?")
    return query.text == part and bool(query.context) or query.text.startswith(before.rstrip(" ?.") + " ")


def _with_row(text: str, answer: Answer | None) -> str:
    """An earlier part, with the row its answer quotes ("… (Programme 5)"): what an elliptical
    part after it ("…, and over how many years?") asks about."""
    ref = next((c.ref for c in answer.citations if c.ref), None) if answer is not None and not answer.abstained else None
    return f"{text} ({ref})" if ref and ref not in text else text


def _add(hits: list[Hit], more: list[Hit]) -> None:
    """Append the hits of a second search that the first did not find, in their order."""
    seen = {h.chunk.id for h in hits}
    hits += [h for h in more if h.chunk.id not in seen]


def sentence_embedder(settings: Settings, embedder: Embedder) -> Embedder | None:
    """The model that reads candidate answer sentences (`PLANS_SENTENCE_MODEL`): a fast one by
    default, since every question compares a few dozen sentences with it."""
    if settings.sentence_model == "none":
        return None
    if settings.sentence_model == "same":
        return embedder
    from plans.embedding import load_embedder

    return _shared(settings.sentence_model, lambda: load_embedder(settings.sentence_model))


_MODELS: dict[str, Embedder] = {}
_MODELS_LOCK = threading.Lock()


def _shared(name: str, load) -> Embedder:
    """One instance of a model per process (tests and the evaluation build many services)."""
    with _MODELS_LOCK:
        if name not in _MODELS:
            _MODELS[name] = load()
        return _MODELS[name]


def default_composers(settings: Settings, embedder: Embedder | None = None,
                      llm: LLMEndpoint | None = None, search: RowSearch | None = None,
                      title_words: TitleWords | None = None) -> list[Composer]:
    """The chain, most specific first: the document itself, table rows, abbreviations, the
    part of a kind a question asks which of, lists gathered from structure, then the best
    sentences of the passages, or, with a language model, its checked answer (the best
    sentences when it fails). `embedder` is
    the index's model: its scale reads a passage's closeness, and it checks the model's claims;
    `search` is the index's vector search, for rows asked about in another language;
    `title_words` reads which words of a question translate a plan's title (shared with the service)."""
    sentences = sentence_embedder(settings, embedder) if embedder else None
    extractive = ExtractiveComposer(threshold=0.40 + settings.min_confidence,
                                    embedder=sentences,
                                    passage_range=embedder.passage_range if embedder else (0.15, 0.65),
                                    across=embedder if embedder and settings.sentence_model != "none" else None,
                                    title_words=title_words)
    last = extractive if llm is None or embedder is None else LLMComposer(llm, embedder, fallback=extractive)
    titles = TitleMeaning([embedder] + ([sentences] if sentences is not None and sentences is not embedder else [])) \
        if embedder is not None else None
    return [DocumentComposer(titles=titles), HeadingComposer(), RegistryComposer(search=search), AcronymComposer(), PartComposer(),
            ListComposer(meaning=sentences), last]


def _label_pages(answer: Answer, snapshot) -> None:
    """Give every citation the page number printed on its page (the registry's too)."""
    for c in answer.citations:
        record = snapshot.documents.get(c.document)
        if c.page_label is None and record is not None:
            c.page_label = record.label_of(c.page)


def _check_quotes(answer: Answer, snapshot) -> None:
    """Drop any citation whose quote is not verbatim in its passage (defence in depth)."""
    kept = [c for c in answer.citations if c.quote and (c.quote in c.passage or c.passage == "")]
    if len(kept) != len(answer.citations):
        log.warning("dropped %d citation(s) that were not verbatim", len(answer.citations) - len(kept))
        answer.citations = kept
    if not answer.abstained and not answer.citations:
        answer.abstained = True
        answer.answer = abstain().answer


def _interleaved(lists: list[list[Hit]]) -> list[Hit]:
    """The evidence of a question's parts, taken in turn (each part's best first), each once:
    the first few hits show what every part was answered from."""
    out: list[Hit] = []
    for rank in range(max((len(x) for x in lists), default=0)):
        for hits in lists:
            if rank < len(hits) and hits[rank] not in out:
                out.append(hits[rank])
    return out
