"""Questions with several parts, split so that each part gets its own answer and citation.

"When was the strategy adopted, and who leads it?" becomes "When was the strategy
adopted?" and "Who leads it?" (the second part is resolved against the first, like a
follow-up, and is about the same subject when it names none: "... et dans quel délai ?").
A question about one row ("who leads line 4.2 and by when?") stays whole: the row's cells
answer every part. A statement before the question ("The report names three pillars. Which
ones ...?") is kept as context. A question about two named subjects that wants one value
for each ("When were the Harbour Charter and the River Accord signed?") is asked once per
subject (`split_subjects`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.question import question_language
from plans.ids import find_refs
from plans.index.lexical import words
from plans.vocabulary import alternation
from plans.vocabulary.coordination import (AUXILIARIES, CONJUNCTIONS, DETERMINERS, OPENING_PREPOSITIONS,
                                           PREPOSITIONS, SECOND_QUESTIONS, SINGLE_VALUED, SINGULAR)
from plans.vocabulary.questions import WH_WORDS, answer_type, which_one_phrase




def _joins(lang: str) -> re.Pattern:
    """Where a second question starts, in the question's language: "en" joins in Dutch, but
    opens a phrase in French ("…, en quelle année … ?")."""
    wh = rf"(?:(?:{alternation(OPENING_PREPOSITIONS[lang])})\s+)?(?:{alternation(SECOND_QUESTIONS[lang])})"
    wh = wh.replace("'", "['’]")  # an elision is typed with either apostrophe
    return re.compile(rf"(?:,?\s+(?:{alternation(CONJUNCTIONS[lang])})\s+|;\s*|:\s*|\?\s+)(?={wh}\b)", re.I)


_JOIN = {lang: _joins(lang) for lang in CONJUNCTIONS}
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def split_question(text: str) -> tuple[list[str], str]:
    """The question's parts (each ending with "?") and any preamble statements (context)."""
    text = " ".join(text.split())
    sentences = _SENTENCE.split(text)
    preamble = [s for s in sentences if not s.rstrip().endswith("?")]
    asked = " ".join(s for s in sentences if s.rstrip().endswith("?")) or text
    lang = question_language(asked)
    join = _JOIN.get(lang, _JOIN["en"])
    parts = [p.strip(" ,;:") for p in join.split(asked) if p and p.strip(" ,;:?")]
    topic = asked.split(":", 1)[0] if ":" in asked else ""
    if len(parts) > 1 and parts[0] == topic.strip(" ,;:") and not set(words(topic)) & set(WH_WORDS.get(lang, ())):
        # "Norland's plan: what …, and by when?": the words before the colon say what all parts are about
        parts = [f"{topic}: {parts[1]}", *parts[2:]]
    if len(parts) == 2 and _bare_wh(parts[1], lang):
        # "who published the plan, and when?": the second asks its own word of the first
        parts = [parts[0], _asked_of(parts[1].strip(" ?").capitalize(), parts[0].rstrip(" ?"), lang)]
    if len(parts) <= 1 or any(len(p.split()) < 3 for p in parts) or len(find_refs(asked)) == 1:
        return [asked], " ".join(preamble)  # one row named: its cells answer every part at once
    parts = [p[:1].upper() + p[1:] for p in parts]
    return [p if p.endswith("?") else p + "?" for p in parts], " ".join(preamble)


def _asked_of(wh: str, first: str, lang: str) -> str:
    """The question word asked of the first part: in its place when that opens with a word
    that asks for a person ("wie heeft X aangeboden?" -> "Wanneer heeft X aangeboden?"), else
    in place of the words that ask which body ("which ministry published X?" -> "When
    published X?"), else before it ("When: what did X decide?")."""
    head, _, rest = first.partition(" ")
    if head.lower() in _PERSON_WH.get(lang, ()) and rest:
        return f"{wh} {rest}?"
    phrase = which_one_phrase(first, lang)  # "which ministry published X" -> "when published X?"
    if phrase and first[len(phrase):].strip():
        return f"{wh} {first[len(phrase):].strip()}?"
    return f"{wh}: {first}?"


_PERSON_WH = {"en": ("who",), "fr": ("qui",), "nl": ("wie",)}


def _bare_wh(part: str, lang: str) -> bool:
    """Is the part a question word alone ("when?", "et quand ?", "en wanneer?")?"""
    word = part.strip(" ?").lower()
    return " " not in word and word in SECOND_QUESTIONS.get(lang, ()) and word in WH_WORDS.get(lang, ())


_INVERTED = re.compile(r"-(?:t-)?(?:il|ils|elle|elles|on)$", re.I)  # French "ont-ils", "a-t-il"


def split_subjects(question: str, lang: str, written: Callable[[str], bool] | None = None) -> list[str]:
    """"When were X and Y adopted?" -> ["When was X adopted?", "When was Y adopted?"]: one
    question per subject ("X, Y and Z" gives three) when every subject is named (a capital
    or a number in each) and the question wants one value for each. Anything less clear
    stays one question, and so does a name a plan writes with its conjunction (`written`:
    "the Trade and Fisheries plan", of a plan that writes "Trade and Fisheries")."""
    if answer_type(question, lang) not in SINGLE_VALUED or find_refs(question):
        return [question]  # row ids ("lines 2.1 and 3.4") are looked up together
    words = question.strip().rstrip("?").split()
    joins = [i for i, w in enumerate(words) if w.lower() in CONJUNCTIONS.get(lang, ())]
    if len(joins) != 1 or not 1 < joins[0] < len(words) - 1:
        return [question]
    k = joins[0]
    if words[k - 1].endswith("-"):
        return [question]  # "de 17- en 18-jarigen": one word with its first part left out
    start = _subject_start(words, k, lang)
    end = _predicate_start(words, k, lang)
    subjects = _listed(words[start:k]) + [words[k + 1 : end]]
    if not all(s and _opens_subject(s[0], lang) and _named(s) for s in subjects):
        return [question]
    if not _determined(subjects[-1][0], lang) and any(w.lower() in PREPOSITIONS.get(lang, ()) for w in subjects[-2][1:]):
        return [question]  # "the Fund for Ports and Coastal Towns": "and" may join what "for" governs
    if written is not None and not _determined(subjects[-1][0], lang) and written(
            " ".join([subjects[-2][-1].rstrip(","), words[k], subjects[-1][0]])):
        return [question]
    singular = SINGULAR.get(lang, {})
    head = [singular.get(w.lower(), w) if w[:1].islower() else w for w in words[:start]]
    tail = [singular.get(w.lower(), w) for w in words[end:]]
    return [" ".join(head + subject + tail) + "?" for subject in subjects]


def _listed(words: list[str]) -> list[list[str]]:
    """The subjects before the conjunction, separated by commas ("X, Y and Z")."""
    out: list[list[str]] = [[]]
    for w in words:
        out[-1].append(w.rstrip(","))
        if w.endswith(","):
            out.append([])
    return out


def _subject_start(words: list[str], k: int, lang: str) -> int:
    """Where the first subject begins: at its determiner or first name after the last
    question word, auxiliary or preposition (one that follows a common noun) before the
    conjunction ("Who leads the X and ..." -> "the X")."""
    stops = set(WH_WORDS.get(lang, ())) | set(AUXILIARIES.get(lang, ()))
    start = 0
    for i in range(k - 1, -1, -1):
        w = words[i].lower()
        if w in stops or (w in PREPOSITIONS.get(lang, ()) and i and not _capitalised(words[i - 1])):
            start = i + 1
            break
    if k + 1 < len(words) and _determined(words[k + 1], lang):
        # "le protocole de Varna et la convention de Tarn": a second subject with its article
        # is joined to a first with its own, whatever "de" the first holds
        asked = max((i + 1 for i in range(k) if words[i].lower() in stops), default=0)
        start = next((i for i in range(asked, k) if _determined(words[i], lang)), start) if asked else start
    while start < k and not _opens_subject(words[start], lang):
        start += 1
    return start


def _predicate_start(words: list[str], k: int, lang: str) -> int:
    """Where the second subject ends: at an inverted French verb ("ont-ils"), at an
    auxiliary, else before the lower-case words that close the question ("adopted")."""
    for i in range(k + 1, len(words)):
        if _INVERTED.search(words[i]) or (lang != "en" and words[i].lower() in SINGULAR.get(lang, {})):
            return i
    end = len(words)
    while end > k + 1 and words[end - 1][:1].islower() and not any(ch.isdigit() for ch in words[end - 1]):
        end -= 1
    return end


def _opens_subject(word: str, lang: str) -> bool:
    return _determined(word, lang) or _capitalised(word)


def _determined(word: str, lang: str) -> bool:
    """A determiner, or a word that starts with an elided one ("l'Accord")."""
    determiners = DETERMINERS.get(lang, ())
    elided = re.match(r"(\w+['’])(.+)", word)
    return word.lower() in determiners or bool(elided and elided.group(1).lower() in determiners)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _named(subject: list[str]) -> bool:
    return any(ch.isupper() or ch.isdigit() for w in subject for ch in w)
