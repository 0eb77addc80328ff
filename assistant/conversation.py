"""Follow-up questions made self-contained from the conversation's history, without an LLM.

The API is stateless: each request carries the earlier turns. A question that stands on
its own is left as it is. A follow-up is rewritten from the previous turn (itself resolved
first, so chains such as "And 4.c?" -> "And 4.d?" work); the openers, pronouns and
demonstratives of English, French and Dutch are one table (`plans.vocabulary.conversation`):
- a new line id in an elliptical question replaces the previous question's id
  ("And for line 4.c?" -> "Who leads line 4.c?" after "Who leads line 4.b?");
- "it", "that line", "this action" become the line the previous turn was about, or the
  thing the previous question asked about ("What is Myria?" -> "... did Myria sign ...");
- "these centres" / "they" / "its" get the previous question attached as context when no
  single antecedent can be named;
- "And for the Flemish government?" swaps the matching phrase of the previous question.
"""

from __future__ import annotations

import re

from assistant.models import Turn
from assistant.query import Query
from assistant.question import question_language
from plans.ids import REF_TEXT, Ref, find_refs
from plans.index.lexical import stem
from plans.vocabulary import alternation, union
from plans.vocabulary.conversation import (DEMONSTRATIVES, FOLLOW_UP, IMPERSONAL, NAME_HEAD, NAME_LINKS, PARTICLES,
                                           POINTING, POINTING_PREPOSITIONS, POSSESSED_ENDS, PRONOUNS, REPLACEABLE,
                                           ROW_WORDS, SUBJECTS)
from plans.vocabulary.coordination import DETERMINERS

_FOLLOW = re.compile(rf"^\s*({alternation(FOLLOW_UP)})\b[\s,]*", re.I)
_PRONOUN = re.compile(rf"\b({alternation(PRONOUNS)})\b", re.I)
_DEMONSTRATIVE = re.compile(rf"\b({alternation(DEMONSTRATIVES)})\s+([^\W\d_][\w-]*)", re.I)
_LINE_WORDS = set(union(ROW_WORDS))
_WH_PREFIX = re.compile(r"^\s*(what|which|who|whom|when|where|why|how)\b(\s+\w+)?\s+(is|are|was|were|does|do|did|has|have|will|can)\b\s*", re.I)
_BARE_ID = re.compile(r"(?<![\w.])(\d{1,3}(?:\.[a-z0-9]{1,2})+|\d{1,3})(?![\w.]|\.\w)", re.I)
_MAX_TURNS = 8
# Only so much of a turn is read: a question longer than a question may be is cut there, and
# an answer is looked at for the names and ids it opens with. This bounds the cost of a
# rewrite whatever the history holds (the API also bounds the history itself).
_MAX_TURN_CHARS = 2000


def rewrite(question: str, history: list[Turn]) -> Query:
    """The question made self-contained from the earlier turns (the last few)."""
    question = " ".join(question[: _MAX_TURN_CHARS * 4].split())
    previous = _previous_exchange(history)
    if previous is None:
        return Query(question, question)
    prev_q, prev_a = previous
    text, context = _resolve(question, prev_q, prev_a)
    return Query(text, question, context)


def _previous_exchange(history: list[Turn]) -> tuple[str, str] | None:
    """The last user question (itself resolved against the turns before it) and its answer."""
    turns = history[-_MAX_TURNS * 2 :]
    resolved: str | None = None
    answer = ""
    last_answer = ""
    for turn in turns:
        if turn.role == "user":
            text = " ".join(turn.content[:_MAX_TURN_CHARS].split())
            resolved = _resolve(text, _clip(resolved), last_answer)[0] if resolved else text
            answer = ""
        else:
            answer = turn.content[:_MAX_TURN_CHARS]
            last_answer = answer
    resolved = _clip(resolved) if resolved else resolved
    return (resolved, answer) if resolved else None


def _clip(text: str | None) -> str | None:
    """A resolved question kept to a question's length (chains of follow-ups add context)."""
    return text[:_MAX_TURN_CHARS] if text else text


def _resolve(question: str, prev_q: str, prev_a: str) -> tuple[str, str]:
    """(the question with its reference resolved, the earlier question it leans on or "")."""
    follow = _FOLLOW.match(question)
    new_refs = find_refs(question)
    prev_refs = find_refs(prev_q)
    short = len(question.split()) <= 6
    if not new_refs and prev_refs and (follow or short):
        bare = _BARE_ID.search(question)  # "What about 4.2?" after a question about line 3.1
        if bare:
            new_refs = [Ref("line", bare.group(1).lower())]
    # "And for line 17.c?" -> the previous question about 17.c
    if new_refs and prev_refs and (follow or short) and not _WH_PREFIX.match(_FOLLOW.sub("", question)):
        return _swap_refs(prev_q, new_refs[0].label if new_refs[0].kind != "line" else f"line {new_refs[0].value}"), ""
    antecedent_ref = _ref_of(prev_q, prev_a)
    # "How is it monitored?" / "that line" -> the line the previous turn was about
    demo = [m for m in _DEMONSTRATIVE.finditer(question) if m.group(2).lower() in _LINE_WORDS]
    named = _named_antecedent(question, prev_q, prev_a)
    if named and not demo:  # "that committee" -> "the Regional Water Committee" named the turn before
        return named, ""
    if antecedent_ref and not new_refs:
        if demo:
            return _replace(question, demo[0].span(), antecedent_ref), ""
        m = _PRONOUN.search(question)
        if m and _replaceable(question, m):
            return _replace_pronoun(question, m, antecedent_ref), ""
    # "And for the Flemish government?" -> swap the phrase with the same head noun
    if follow and not _PRONOUN.search(question):
        rest = _FOLLOW.sub("", question).rstrip(" ?.").strip()
        rest = re.sub(r"^(for|about|in|on|with|regarding)\s+", "", rest, flags=re.I)
        swapped = _swap_phrase(prev_q, rest)
        if swapped:
            return swapped, ""
        return f"{prev_q.rstrip(' ?.')} — {rest}?", ""
    focus = _focus(prev_q)
    m = _PRONOUN.search(question)
    if m and focus and _replaceable(question, m):
        return _replace_pronoun(question, m, focus), ""
    adverb = _pointing_preposition(question)
    if adverb and focus:  # "wat doet de regering ermee?" -> "… met het Havenfonds?"
        return _replace(question, adverb[0].span(), f"{adverb[1]} {focus}"), ""
    if m or _DEMONSTRATIVE.search(question) or follow or _points_back(question):
        # the earlier question is carried as context, with the row its answer named ("Line 18.c")
        return question, f"{prev_q} ({antecedent_ref})" if antecedent_ref and not find_refs(prev_q) else prev_q
    return question, ""


_CAPITALISED = r"(?:[ldLD]['’])?[A-ZÀ-Ý][\w'’&-]*"  # "Fonds", "l'Environnement"
_LINKS = alternation(union(NAME_LINKS))
_NAME_PHRASE = re.compile(rf"(?:{_CAPITALISED}\s+(?:(?:{_LINKS})\s+)*)*{_CAPITALISED}")


def resolve_in_statement(question: str, statement: str) -> str:
    """A question after a statement ("The report mentions a Harbour Fund. What does it pay
    for?"): its "it" / "its" / "il" stands for the last name the statement writes. A question
    without such a pronoun, or a statement without a name, is left as it is."""
    m = _PRONOUN.search(question)
    if not m or not _replaceable(question, m):
        return question
    names = [_LEADING_ARTICLE.sub("", n.group(0)) for n in _NAME_PHRASE.finditer(statement)]
    # (a name of two words or more, or an acronym: a lone capitalised word may open a sentence)
    names = [n for n in names if len(n.split()) >= 2 or re.fullmatch(r"[A-Z][A-Z0-9&-]+", n)]
    return _replace_pronoun(question, m, names[-1]) if names else question


_LEADING_ARTICLE = re.compile(rf"^(?:{alternation(union(DETERMINERS))})\s+", re.I)


def _named_antecedent(question: str, prev_q: str, prev_a: str) -> str | None:
    """"that committee" / "this agency": the name in the previous turn that ends with that noun."""
    demonstratives = [m for m in _DEMONSTRATIVE.finditer(question) if m.group(2).lower() not in _LINE_WORDS]
    if not demonstratives:
        return None
    sources = [_names_by_head(prev_q), _names_by_head(prev_a)]  # each text scanned once
    for m in demonstratives:
        head = stem(m.group(2).lower())
        for names in sources:
            name = names.get(head)
            if name:
                article = "the " if question_language(question) == "en" and not name.lower().startswith("the ") else ""
                return _replace(question, m.span(), f"{article}{name}")
    return None


def _names_by_head(text: str) -> dict[str, str]:
    """Capitalised names of two words or more in `text`, the longest for each stemmed head
    noun: in the words before the first link word, where the text's language puts it."""
    names: dict[str, str] = {}
    at = NAME_HEAD.get(question_language(text), -1)
    for n in _NAME_PHRASE.finditer(text):
        words = n.group(0).split()
        if len(words) >= 2:
            first = re.split(rf"\s+(?:{_LINKS})\s+", n.group(0), maxsplit=1)[0].split()  # "Raad" of "Vlaamse Raad voor Water"
            head = stem(first[at].lower())
            if len(n.group(0)) > len(names.get(head, "")):
                names[head] = n.group(0)
    return names


def _pointing_preposition(question: str) -> tuple[re.Match[str], str] | None:
    """An adverbial pronoun of the question's language that is a preposition and "it"
    ("ermee", "daarvoor"), and that preposition."""
    lang = question_language(question)
    m = _POINTING_PREPOSITION[lang].search(question) if lang in _POINTING_PREPOSITION else None
    return (m, POINTING_PREPOSITIONS[lang][m.group(1).lower()]) if m else None


def _points_back(question: str) -> bool:
    """An adverbial pronoun of the question's own language ("en", "daarvoor")."""
    pointing = POINTING.get(question_language(question), ())
    return bool(pointing) and any(w in pointing for w in re.findall(r"[\w']+", question.lower()))


def _ref_of(prev_q: str, prev_a: str) -> str | None:
    refs = find_refs(prev_q) or find_refs(prev_a[:200])
    if not refs:
        return None
    r = refs[0]
    # "it" after an answer about "Projet 5" is Projet 5 (its unit tells the sheet from line 5 of a table)
    return f"line {r.value}" if r.kind == "line" else r.written


def _swap_refs(text: str, new: str) -> str:
    done = False

    def sub(m: re.Match[str]) -> str:
        nonlocal done
        if done:
            return ""
        done = True
        return new

    out = REF_TEXT.sub(sub, text)
    return re.sub(r"\s{2,}", " ", re.sub(r"\s+(and|,)\s*\?", "?", out))


def _replace(question: str, span: tuple[int, int], text: str) -> str:
    return question[: span[0]] + text + question[span[1] :]


_POSSESSED = re.compile(rf"(?:\s+(?!{alternation(POSSESSED_ENDS)}\b)[\w'’-]+)+", re.I)


def _replace_pronoun(question: str, m: re.Match[str], text: str) -> str:
    word = m.group(1).lower()
    start = m.start()
    inverted = re.search(r"-(?:t-)?$", question[:start])  # "se réunit-il" -> "se réunit le Comité"
    if inverted:
        return _replace(question, (inverted.start(), m.end()), f" {text}")
    if word != "its":
        return _replace(question, (start, m.end()), text)
    if len(text.split()) <= 2:
        return _replace(question, (start, m.end()), f"{text}'s")
    # "its budget" of a long subject: "the budget of <subject>", which the question's analysis
    # reads as asking for the budget ("the X for the Y sector's budget" reads as "what is X?")
    noun = _POSSESSED.match(question[m.end():])
    if noun is None:
        return _replace(question, (start, m.end()), f"{text}'s")
    return _replace(question, (start, m.end() + noun.end()), f"the{noun.group(0)} of {text}")


_POINTING_PREPOSITION = {lang: re.compile(rf"\b({alternation(tuple(table))})\b", re.I)
                         for lang, table in POINTING_PREPOSITIONS.items()}
_REPLACEABLE = set(union(REPLACEABLE))
_IMPERSONAL = set(union(IMPERSONAL))


def _replaceable(question: str, m: re.Match[str]) -> bool:
    """A subject pronoun that stands for something ("it", "il", "hij"), not an impersonal
    "il" ("faut-il", "il y a", "s'agit-il")."""
    if m.group(1).lower() not in _REPLACEABLE:
        return False
    before = [w for w in re.findall(r"\w+", question[: m.start()].lower()) if w != "t"]  # "a-t-il"
    after = re.findall(r"\w+", question[m.end():].lower())
    return not {*before[-2:], *after[:1]} & _IMPERSONAL


_SUBJECTS = [re.compile(p) for patterns in SUBJECTS.values() for p in patterns]
_PARTICLE_END = re.compile(rf"\s+{alternation(PARTICLES)}$", re.I)
_OPENING_PHRASE = re.compile(r"^[^,?]{1,40},\s*")  # "À Madagascar, qui préside ...?"


def _focus(prev_q: str) -> str | None:
    """What the previous question was about: "What is X?" -> X; "Who chairs X?", "Qui
    préside X ?", "Wie leidt X?" -> X (at most eight words)."""
    q = prev_q.strip().rstrip("?").strip()
    for text in dict.fromkeys((q, _OPENING_PHRASE.sub("", q))):
        for pattern in _SUBJECTS:
            m = pattern.fullmatch(text)
            if not m:
                continue
            subject = _PARTICLE_END.sub("", m.group("s").strip())
            # "who leads the Water Council?" -> the Water Council
            subject = re.sub(r"^(?:at the head of|in charge of|responsible for|the (?:head|chair|leader|director) of)\s+",
                             "", subject, flags=re.I)
            if len(subject.split()) <= 8:
                return subject
    return None


def _swap_phrase(prev_q: str, phrase: str) -> str | None:
    """Replace the phrase of `prev_q` whose head noun is the head of `phrase`."""
    words = phrase.split()
    if not words or len(words) > 6:
        return None
    head = stem(words[-1].lower())
    tokens = prev_q.split()
    for i, t in enumerate(tokens):
        if stem(re.sub(r"\W", "", t).lower()) == head:
            start = i
            while start > 0 and (tokens[start - 1][:1].isupper() or tokens[start - 1].lower() in ("the", "a", "an")):
                start -= 1
            new = tokens[:start] + [phrase] + tokens[i + 1 :]
            out = " ".join(new)
            return out if out.endswith("?") else out + "?"
    return None
