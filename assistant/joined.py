"""Answers to the parts of one question ("when was X adopted, and by whom?"), joined into
one: markers renumbered, what an earlier part already quoted not quoted again, and the parts
no plan answers said in the question's language."""

from __future__ import annotations

import re

from assistant.answering.base import abstain, cite
from assistant.answering.entities import mentions
from assistant.answering.extractive import FACT_TYPES, HARD_FACTS
from assistant.models import Answer, Citation
from assistant.question import analyse, question_language
from plans.index import Snapshot
from plans.index.lexical import alike, tokenize
from plans.sentences import split_sentences
from plans.vocabulary.messages import say
from plans.vocabulary.questions import asks_count_only


def gives(answer: Answer, part: str, before: str) -> bool:
    """Does an answer already quote the kind of fact a part of the question asks for, about
    the subject of the part before it (a name, a date, a count … that neither part writes)?"""
    q = analyse(part)
    if answer.abstained or q.expects not in (*FACT_TYPES, "agent"):
        return False
    # (a sum or a share in the earlier quote counts nothing: "… vouchers of up to £5,000" for "how many?")
    return any(mentions(q.expects, _openings_lowered(c.quote), f"{before} {part}", q.counted, q.lang,
                        things=q.expects == "number" and not q.counted and asks_count_only(part, q.lang))
               for c in answer.citations)


def states(answer: Answer, part: str) -> bool:
    """Does an earlier part's quote already state what a yes-no part asks, every word of it
    ("…, and were the unions consulted on it?" of "… submitted to the unions for
    consultation")? Then that quote answers the part, and no other sentence is added."""
    q = analyse(part)
    if answer.abstained or q.expects != "yesno" or not q.terms:
        return False
    quoted = set().union(*(set(tokenize(c.quote, q.lang)) | set(tokenize(c.quote)) for c in answer.citations))
    return all(any(s == w or alike(s, w) for s in t.stems for w in quoted) for t in q.terms)


FOLLOWING_SENTENCES = 2  # how far past an earlier part's quote a later part's fact is looked for


def following_fact(answer: Answer, part: str, snapshot: Snapshot) -> Answer | None:
    """The sentence right after an earlier part's quote, in the same passage (one of the next
    `FOLLOWING_SENTENCES`), that gives the kind of fact a later part asks for about the same
    thing: "When was the order adopted, and how often will it be reviewed?" of "On 8 May 2031
    the order was adopted. … It is assessed every 3 years." None when no such sentence follows."""
    q = analyse(part)
    if answer.abstained or not answer.citations or q.expects not in HARD_FACTS:
        return None
    last = answer.citations[-1]
    passages = sorted((c for c in map(snapshot.chunks.get, snapshot.doc_chunks.get(last.document, ()))
                       if c is not None and c.kind == "passage" and c.end > last.start), key=lambda c: c.start)
    after = [(chunk, chunk.start + a, chunk.start + b) for chunk in passages[:2] for a, b in split_sentences(chunk.text)
             if chunk.start + a >= last.end]  # (the next passage too: a passage ends where the budget did)
    for chunk, a, b in after[:FOLLOWING_SENTENCES]:
        sentence = chunk.text[a - chunk.start : b - chunk.start]
        if mentions(q.expects, sentence, part, q.counted, q.lang):
            citation = cite(snapshot, chunk, a, b, 1)
            return Answer(answer=f"{' '.join(sentence.split())} [1]", citations=[citation],
                          confidence=answer.confidence)
    return None


def _openings_lowered(text: str) -> str:
    """The text with each sentence's first letter in lower case: a sentence's first word is
    capitalised anyway ("L'industrie" names no one)."""
    return re.sub(r"(^|[.!?:]\s+)(\w)", lambda m: m.group(1) + m.group(2).lower(), text)


def _within(span: tuple[str, int, int], quoted: set[tuple[str, int, int]]) -> bool:
    return any(span[0] == d and a <= span[1] and span[2] <= b for d, a, b in quoted)


def _without_quoted(answer: Answer, quoted: set[tuple[str, int, int]]) -> Answer:
    """The answer without the cited sentences an earlier part already quoted, when its text
    is one run of sentences per citation ("… [1] … [2]"), the rest renumbered."""
    pieces = re.findall(r"(.*?)\s*\[(\d+)\]", answer.answer, flags=re.S)
    if [int(n) for _, n in pieces] != [c.id for c in answer.citations] or not answer.answer.rstrip().endswith("]"):
        return answer
    kept = [_past_quoted(text, c, quoted) for (text, _), c in zip(pieces, answer.citations)
            if not _within((c.document, c.start, c.end), quoted)]
    if not kept or kept == [(t, c) for (t, _), c in zip(pieces, answer.citations)]:
        return answer
    text = " ".join(f"{t.strip()} [{i}]" for i, (t, _) in enumerate(kept, 1))
    citations = [c.model_copy(update={"id": i}) for i, (_, c) in enumerate(kept, 1)]
    return answer.model_copy(update={"answer": text, "citations": citations})


def _past_quoted(text: str, c: Citation, quoted: set[tuple[str, int, int]]) -> tuple[str, Citation]:
    """A quote that opens with sentences an earlier part quoted, and goes on: its rest only,
    when the answer's text is the quote itself."""
    for doc, a, b in quoted:
        if doc == c.document and a <= c.start < b < c.end and " ".join(text.split()) == " ".join(c.quote.split()):
            rest = c.quote[b - c.start:]
            quote = rest.lstrip()
            if quote:
                return " ".join(quote.split()), c.model_copy(update={"start": c.end - len(quote), "quote": quote})
    return text, c


def join_answers(answers: list[tuple[str, Answer]], lang: str | None = None) -> Answer:
    """Answers to parts of one question, joined: markers renumbered, unanswered parts said in
    `lang`, the question's language (by default, the language the labels are written in)."""
    texts: list[str] = []
    citations: list = []
    answered = [a for _, a in answers if not a.abstained]
    notes = list(dict.fromkeys(a.note for _, a in answers if a.note))
    quoted: set[tuple[str, int, int]] = set()
    lang = lang or question_language(" ".join(label for label, _ in answers))
    for label, answer in answers:
        if answer.abstained:
            texts.append(say("not_said", lang, part=f"{label[0].lower()}{label[1:]}"))
            continue
        spans = {(c.document, c.start, c.end) for c in answer.citations}
        if texts and spans and all(_within(s, quoted) for s in spans):
            continue  # this part is answered by what an earlier part already quoted
        if quoted:
            answer = _without_quoted(answer, quoted)
        quoted |= spans
        offset = len(citations)
        citations.extend(c.model_copy(update={"id": c.id + offset}) for c in answer.citations)
        texts.append(re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", answer.answer))
    if not citations:
        return abstain(lang=lang)
    modes = {a.mode for a in answered}
    # a model wrote part of it; or every part came one way (the cells of rows: "registry")
    mode = "llm" if "llm" in modes else modes.pop() if len(modes) == 1 else "extractive"
    return Answer(answer=" ".join(texts), citations=citations, mode=mode, confidence=1.0, note=" ".join(notes) or None)
