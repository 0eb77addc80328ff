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

import re
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
# A word of a question translates a word of a title (or a run of two: "zeehavens" for
# "sea ports") when the sentence model (multilingual USE) reads the two as this close.
# Measured on the sample plans' titles and Dutch and French questions about them: the
# translations scored 0.80-0.97 ("synergie" 0.80, "vrouwen" 0.95, "nationale" 0.97), words
# of other meaning up to 0.74 ("advies" for "recommendations"); near translations of
# another form fall below ("bedrijven" 0.72 for "business", "Belgische" 0.74 for "Belgium").
TRANSLATION = 0.8
_WORD_EDGES = "«»“”\"'‘’()[],.;:!?"  # stripped from a word of a question before it is compared
NAMING_WORDS = 2  # words of one plan's title, and of no other's, a question must translate to name it


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


class TitleWords:
    """The words of a question that translate words of a plan's title: in a question asked in
    another language than the plan's, they name the plan ("vogels, heide en bodem" for "Birds,
    Heaths and Soil") and say nothing of what is asked."""

    def __init__(self, embedder: Embedder, floor: float = TRANSLATION):
        self.embedder = embedder
        self.floor = floor
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def run(self, words: list[str], title: str) -> set[str]:
        """The words of `words` that translate a word, or two words in a row, of `title`."""
        return set(self._translations(words, title))

    def untitled(self, text: str, titles: list[str], lang: str) -> str:
        """`text` without the phrase that names a plan by its title translated: the words that
        translate one of `titles` with the few words between them, and, where a noun for a plan
        comes a few words before them, that noun with the qualifiers before it and the words
        between ("het Noorse nationale actieplan vogels en heide" of "Birds and Heaths")."""
        written = text.split()
        bare = [w.strip(_WORD_EDGES) for w in written]
        translating = set().union(*(self.run(bare, t) for t in titles)) if titles else set()
        dropped = {i for i, b in enumerate(bare) if b in translating}
        if not dropped:
            return text
        ordered = sorted(dropped)
        for a, b in zip(ordered, ordered[1:]):
            if b - a <= _GAP + 1:  # "vogels in de heide": the words between name it too
                dropped |= set(range(a, b))
        first = min(dropped)
        noun = next((i for i in range(first, max(-1, first - 1 - _PHRASE_WORDS), -1)
                     if bare[i] and (is_plan_noun(stem(bare[i], lang)) or is_plan_noun(stem(bare[i])))), None)
        if noun is not None:
            start = noun
            while start > 0 and noun - start < _QUALIFIERS and bare[start - 1] \
                    and bare[start - 1].lower() not in ALL_STOPWORDS and written[start - 1][-1:] not in ",;:":
                start -= 1  # "Noorse nationale actieplan", not "kiest het"
            dropped |= set(range(start, first))
        return " ".join(w for i, w in enumerate(written) if i not in dropped)

    def _translations(self, words: list[str], title: str) -> dict[str, str]:
        """Each word of `words` that translates a word or a two-word run of `title`, with that run."""
        written = [w.lower() for w in re.findall(r"[^\W\d_]+", title) if w.lower() not in ALL_STOPWORDS]
        runs = written + [f"{a} {b}" for a, b in zip(written, written[1:])]
        asked = [w for w in dict.fromkeys(words) if w.lower() not in ALL_STOPWORDS]
        if not runs or not asked:
            return {}
        vectors = self._embedded([w.lower() for w in asked] + runs)
        title_matrix = np.stack([vectors[r] for r in runs])
        found = {}
        for w in asked:
            similarity = title_matrix @ vectors[w.lower()]
            if float(np.max(similarity)) >= self.floor:
                found[w] = runs[int(np.argmax(similarity))]
        return found

    def names(self, q: Question, snapshot: Snapshot) -> str | None:
        """The one plan, written in another language than the question, whose title alone (of
        all the plans' titles) words of the question translate, two of its words or more
        ("zeehavens" for "Sea Ports and Canals", "vogels, heide" for "Birds, Heaths"):
        a word that translates words of several titles ("nationale") names none."""
        words = naming_words(q)
        titled: dict[str, set[str]] = {}
        translations: dict[str, dict[str, str]] = {}
        for doc, record in snapshot.documents.items():
            translations[doc] = self._translations(words, record.info.title or "")
            for w in translations[doc]:
                titled.setdefault(w, set()).add(doc)
        # (one word of a title translated, "eight" for "Acht kansen …", is too little to name it)
        named = {doc for doc, found in translations.items() if snapshot.language_of(doc) != q.lang
                 and sum(len(run.split()) for w, run in found.items() if titled[w] == {doc}) >= NAMING_WORDS}
        return next(iter(named)) if len(named) == 1 else None

    def _embedded(self, texts: list[str]) -> dict[str, np.ndarray]:
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if missing:
            embedded = self.embedder.embed_documents(missing)
            with self._lock:
                if len(self._vectors) > _MAX_WORDS:
                    self._vectors.clear()
                self._vectors.update((t, _unit(v)) for t, v in zip(missing, embedded))
        with self._lock:
            return {t: self._vectors[t] for t in texts}


_PHRASE_WORDS = 6  # a noun for a plan this many words before its title translated names it with them
_GAP = 2  # words between two translated words of a title that belong to its name
_QUALIFIERS = 3  # words before that noun that qualify it ("het Noorse nationale actieplan")
_MAX_WORDS = 50_000  # word vectors kept (a few MB); the cache starts again past it
