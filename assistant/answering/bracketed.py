"""Lists a plan gives in brackets after the kind of thing they are: "our four strategic
research centres (Alpha, Beta, Gamma, Delta Labs)", "trois pays (le Mali, le Niger et le
Tchad)". A question asking which things of that kind the plan names ("which research
centres does the plan name?") is answered there, though the search ranks first the many
passages that only mention the kind (a long passage holding the list is far from the
question as a whole)."""

from __future__ import annotations

import re

from assistant.question import Question
from assistant.retrieval import Hit
from plans.index import Snapshot
from plans.index.lexical import tokenize
from plans.language import LANGUAGES
from plans.vocabulary.coordination import CONJUNCTIONS, DETERMINERS

_BRACKETED = 5  # passages with such a list, at most, added to the search's
_ITEM_WORDS = 5  # words of one item of the list, at most
_PREFIX = 4  # letters of the kind's word written alike, at least
_BETWEEN = 2  # words between the kind and the bracket ("centres of excellence (…)"), at most
_JOINS = re.compile(r"\s*[,;]\s*|\s+(?:" + "|".join(w for ws in CONJUNCTIONS.values() for w in ws) + r"|&)\s+")
_ARTICLES = {d for ds in DETERMINERS.values() for d in ds}


def bracketed_lists(q: Question, kind: list[str], hits: list[Hit], snapshot: Snapshot) -> list[Hit]:
    """The passages of the plans the search found that write the kind asked (`kind`: its
    words, the last one naming it: "strategic research centres") with a list of names in
    brackets right after it, each read with the similarity of the closest passage found."""
    if not kind or not hits:
        return []
    head = kind[-1]
    stems = {s for lang in LANGUAGES for s in tokenize(head, lang)}
    if not stems:
        return []
    rarest = min(stems, key=lambda s: snapshot.term_stats.df_of(s) or float("inf"))
    common = next((i for i, (a, b) in enumerate(zip(head.lower(), rarest)) if a != b), min(len(head), len(rarest)))
    written = head[: max(common, _PREFIX)]  # as the plan writes it: "centr" of "centres", "centre", "centra"
    pattern = re.compile(rf"(?<!\w){re.escape(written)}\w*(?:\s+[\w'’-]+){{0,{_BETWEEN}}}?"
                         r"\s*\(([^()]{3,300})\)", re.I)
    documents = {h.chunk.doc_id for h in hits}
    seen = {h.chunk.id for h in hits}
    closest = max((h.cosine for h in hits if h.cosine is not None), default=None)
    out = []
    for i in snapshot.term_stats.chunks_with(rarest):
        chunk = snapshot.chunks.get(i)
        if chunk is None or i in seen or chunk.doc_id not in documents or chunk.kind != "passage":
            continue
        if any(_names(m.group(1)) for m in pattern.finditer(chunk.text)):
            out.append(Hit(chunk, 0.0, cosine=closest))
    return sorted(out, key=lambda h: (h.chunk.doc_id, h.chunk.start))[:_BRACKETED]


def _names(inside: str) -> bool:
    """Is the text in brackets a list of two names or more ("IMEC, VIB, VITO, Flanders
    Make"; "le Mali, le Niger et le Tchad"), not an aside or a reference ("see annex 2")?"""
    items = [i.strip() for i in _JOINS.split(" ".join(inside.split())) if i.strip()]
    if len(items) < 2:
        return False
    for item in items:
        words = [w for w in item.split() if w.lower() not in _ARTICLES]
        if not words or len(words) > _ITEM_WORDS or not (words[0][:1].isupper() or words[0][:1].isdigit()):
            return False
    return True
