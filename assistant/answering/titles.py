"""The plan a question names by what its title means, in any language: "le plan d'action
« salaires équitables et temps de travail »" for a plan titled "Fair wages and working hours",
"het plan over vrouwen, vrede en veiligheid" for "Women, peace and security". Words name a
plan where they are written alike in its title (`outline.target_document`); a title
translated shares none of them, so the question's naming words are embedded with the
multilingual models and compared with every plan's title. The closest title names its plan
when it is close enough and clearly closer than any other; otherwise the question names no
plan by meaning (a plan no title is about: "Norland's fisheries plan").
"""

from __future__ import annotations

import threading

import numpy as np

from assistant.answering.outline import is_plan_noun
from assistant.question import Question
from plans.embedding import Embedder
from plans.index import Snapshot
from plans.index.lexical import alike, stem
from plans.text import unaccented
from plans.vocabulary.questions import asking_words
from plans.vocabulary.stopwords import ALL_STOPWORDS

# The similarity of the naming phrase to each title, read on each model's `similarity_range`
# (0 an ordinary sentence, 1 an answering one) and averaged over the models (the index's
# e5 and the sentence model, multilingual USE, by default): the closest title must reach
# TITLE_FLOOR and lead the next by TITLE_LEAD. Measured on the 16 indexed plans' titles
# (in lower case: a model reads a title in capitals worse) with naming phrases written for
# them in the three languages: the right title scored 0.45-1.03 and led by 0.44-0.78 (one
# led by 0.30: "migrations", named by its word anyway); phrases naming no indexed plan
# ("pêche", "santé publique", "stikstof", "space exploration") led by 0.27 at most.
TITLE_FLOOR = 0.4
TITLE_LEAD = 0.35


def naming_words(q: Question) -> list[str]:
    """The question's words that may name a plan: its content words but for those that say
    what is asked ("aim", "but", "doel") and the nouns for any plan ("plan", "strategy")."""
    asking = asking_words(q.expects or "", q.lang)
    return [t.word for t in q.terms
            if unaccented(t.word.lower()) not in asking and t.word.lower() not in ALL_STOPWORDS
            and not is_plan_noun(stem(t.word, q.lang)) and not is_plan_noun(stem(t.word))]


class TitleMeaning:
    """Finds the plan a question names by the meaning of its title (see the module), with
    one model or more (their scores averaged)."""

    def __init__(self, embedders: list[Embedder], floor: float = TITLE_FLOOR, lead: float = TITLE_LEAD):
        self.embedders = embedders
        self.floor = floor
        self.lead = lead
        self._vectors: dict[tuple[int, str], np.ndarray] = {}
        self._lock = threading.Lock()

    def run(self, q: Question, snapshot: Snapshot) -> str | None:
        if len(snapshot.documents) < 2 or not self.embedders:
            return None
        words = [w for w in naming_words(q) if not _shared_by_titles(w, q.lang, snapshot)]
        if not words:
            return None
        return self.names(_phrase(q.text, words), snapshot)

    def names(self, phrase: str, snapshot: Snapshot) -> str | None:
        """The plan whose title `phrase` means, when it is close enough and clearly closest."""
        if len(snapshot.documents) < 2 or not self.embedders:
            return None
        titles = {d: (record.info.title or d).lower() for d, record in snapshot.documents.items()}
        scores = {d: 0.0 for d in titles}
        for n, embedder in enumerate(self.embedders):
            vectors = self._title_vectors(n, sorted(set(titles.values())))
            asked = np.asarray(embedder.embed_query(phrase))
            lo, hi = embedder.similarity_range
            for d, t in titles.items():
                scores[d] += (float(asked @ vectors[t]) - lo) / (hi - lo) / len(self.embedders)
        (best, doc), (second, _) = sorted(((v, d) for d, v in scores.items()), reverse=True)[:2]
        return doc if best >= self.floor and best - second >= self.lead else None

    def _title_vectors(self, n: int, titles: list[str]) -> dict[str, np.ndarray]:
        with self._lock:
            missing = [t for t in titles if (n, t) not in self._vectors]
        if missing:
            embedded = self.embedders[n].embed_documents(missing)
            with self._lock:
                self._vectors.update(((n, t), _unit(v)) for t, v in zip(missing, embedded))
        with self._lock:
            return {t: self._vectors[(n, t)] for t in titles}


def _unit(vector) -> np.ndarray:
    v = np.asarray(vector, dtype=float)
    norm = float(np.linalg.norm(v))
    return v / norm if norm else v


def _shared_by_titles(word: str, lang: str, snapshot: Snapshot) -> bool:
    """Is `word` written alike in the titles of two plans or more ("national", "action"): it
    names none of them in particular, and its meaning would pull towards all of them."""
    stems = {unaccented(stem(word, lang)), unaccented(stem(word))}
    titled = 0
    for doc_id in snapshot.documents:
        title = {unaccented(s) for s in snapshot.title_stems(doc_id, file_name=False)}
        titled += any(s in title or any(alike(s, t) for t in title) for s in stems)
        if titled > 1:
            return True
    return False


def _phrase(text: str, words: list[str]) -> str:
    """The question's words from the first naming word to the last, as written ("salaires équitables
    et le temps de travail"): the model reads a phrase better than its words apart."""
    low = text.lower()
    start = low.find(words[0].lower())
    end = low.rfind(words[-1].lower())
    if start < 0 or end < start:
        return " ".join(words)
    return text[start:end + len(words[-1])]
