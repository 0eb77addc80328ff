"""What a question asks: its content terms, the kind of answer it expects, the line ids it names.

No LLM: a few patterns over the wording of the question. The expected answer type lets
the extractive composer prefer a sentence that holds a date for "when", a number for
"how many", and abstain when no evidence holds one ("what budget ..." with no amount).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plans.index.lexical import tokenize, words

_LINE_ID = re.compile(r"(?<![\w.])(\d{1,3}\.[a-z]|[A-Z]{1,2}\d{0,3}\.\d{1,2}(?:\.\d{1,2})?)(?![\w]|\.\w)")
_LINE_NUM = re.compile(r"\blines?\s+(?:of\s+action\s+)?(?:nr\.?|no\.?|number|n°)?\s*(\d{1,3}(?:\.[a-z0-9]{1,2})?)\b(?!\s*%)", re.I)
_GOAL = re.compile(r"\b[Gg]oals?\s+(?:nr\.?|no\.?|number|n°)?\s*(\d{1,3}|[A-Z]{1,2}\d{0,2})\b")
_ACTION = re.compile(
    r"\b(actions?|measures?|commitments?|recommendations?)\s+(?:nr\.?|no\.?|number|n°)?\s*"
    r"([A-Z]{1,2}\d{0,3}\.\d{1,2}(?:\.\d{1,2})?|[A-Z]\d{1,3}|\d{1,3}(?:\.(?:\d{1,2}|[a-z]))*)(?![\w.]\w)", re.I)
_OBJECTIVE = re.compile(
    r"\b[Oo]bjectives?\s+(?:nr\.?|no\.?|number|n°)?\s*(\d{1,3}|[A-Z]{1,2}\d{0,2})\b((?:\s*(?:,|and|&)\s*\d{1,3})*)")


@dataclass(frozen=True)
class Ref:
    kind: str  # line | goal | action | objective
    value: str  # "3.b", "17", "13"

    @property
    def label(self) -> str:
        return self.value if self.kind == "line" else f"{self.kind} {self.value}"


@dataclass
class Question:
    text: str
    terms: list[str]
    wh: str
    expects: str | None
    refs: list[Ref] = field(default_factory=list)
    focus: str | None = None  # "X" of "what is X?" / "who is X?"
    copular: bool = False  # "who is the X?": the answer must name someone as X
    counted: list[str] = field(default_factory=list)  # "how many <civil society organisations>"
    context_terms: list[str] = field(default_factory=list)  # from the conversation, weighted less
    context: str = ""  # the earlier question a follow-up leans on ("what is its status?")

    @property
    def wants_list(self) -> bool:
        return self.expects == "list"


# Words that say what to do with the answer, not what it is about.
_META = frozenset(tokenize("name named mention mentioned mentions list listed describe described "
                           "specify specified cite cited according say says"))


def _norm_id(value: str) -> str:
    """Ids compare case-insensitively on their letter suffix only: "17.B" -> "3.b", "c1.2" -> "C1.2"."""
    head, _, tail = value.partition(".")
    return f"{head.upper()}.{tail.lower()}" if tail else head.upper()


def find_refs(text: str) -> list[Ref]:
    refs: list[Ref] = []
    for m in _LINE_ID.finditer(text):
        refs.append(Ref("line", _norm_id(m.group(1))))
    for m in _LINE_NUM.finditer(text):
        refs.append(Ref("line", m.group(1).lower()))
    for m in _GOAL.finditer(text):
        refs.append(Ref("goal", m.group(1).upper()))
    for m in _ACTION.finditer(text):
        kind = m.group(1).lower().rstrip("s")
        value = m.group(2)
        # "measure 2.3" / "action C1.2" name a table line; "action nr. 13" a numbered action
        refs.append(Ref("line", _norm_id(value)) if not value.isdigit() else Ref(kind, value))
    for m in _OBJECTIVE.finditer(text):
        refs.append(Ref("objective", m.group(1).upper()))
        refs.extend(Ref("objective", n) for n in re.findall(r"\d{1,3}", m.group(2) or ""))
    return list(dict.fromkeys(refs))


_PLURAL_NAMES = (
    r"countries|cities|states|regions|partners|organisations|organizations|ngos|centres|centers|bodies|"
    r"institutions|ministries|departments|agencies|entities|services|actors|resolutions|processes|dialogues|"
    r"languages|routes|members|institutes|councils|committees|projects|programmes|programs"
)
_TYPE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("yesno", re.compile(r"^\s*(does|do|did|is|are|was|were|has|have|had|can|could|will|would|should|shall)\b(?!.*\b(which|what|who|when|where|how)\b.*\?)", re.I)),
    ("amount", re.compile(r"\b(how much (money|funding|budget)|how much .*\b(cost|budget|allocat|fund|spen[dt]|invest|set aside)|(what|which) .{0,40}\b(budget|amount of money|funding|sum|cost|fines?|fees?|price)\b|budget (is|was) allocated)", re.I)),
    ("percent", re.compile(r"\b(what|which) (percentage|share|proportion|percent)\b|\bhow (high|large) (is|was) the (share|percentage|proportion)\b", re.I)),
    ("duration", re.compile(r"\b(how long|how much time|for what period|what period|how many (years|months|weeks|days))\b", re.I)),
    ("date", re.compile(r"^\s*(when|since when|until when|by when)\b|\b(what|which) (date|year|years|day|month)\b|\bin what year\b|\bdate of\b|\bduring which\b", re.I)),
    ("frequency", re.compile(r"\bhow often\b|\bhow frequently\b|\bat what (interval|frequency)\b", re.I)),
    ("number", re.compile(r"\b(how many|how much|what number|number of)\b", re.I)),
    ("names", re.compile(rf"\b(which|what) ((?!(?:can|could|do|does|did|will|would|are|is|were|was|should|must|have|has|had)\b)\w+ ){{0,3}}({_PLURAL_NAMES})\b", re.I)),
    ("list", re.compile(r"\b(list|which (are|were) the|what are the|what were the|name the|enumerate|which \w+ (objectives|goals|priorities|lines|actions|measures))\b", re.I)),
    ("agent", re.compile(r"^\s*(who|whom|(which|what) (\w+ )?(body|department|ministry|service|organisation|organization|institution|entity|authority|committee|group|agency|institute|unit|office))\b", re.I)),
    ("place", re.compile(r"^\s*(where|in which (country|city|place)|at which)\b", re.I)),
    ("definition", re.compile(r"^\s*(what|who) (is|are|was|were) (a |an |the )?[\w'’\-\" ]{1,60}\??\s*$|\bwhat does .* (stand for|mean)\b|\bwhat is meant by\b|\bdefin", re.I)),
]
# "When is a task force co-chaired ...?" asks for a condition, not a date.
_CONDITIONAL_WHEN = re.compile(r"^\s*when (is|are|does|do|can|should|must|may)\b(?!.*\b(due|planned|expected|scheduled|held|foreseen|published|presented|adopted|launched|set up|organised|organized|submitted)\b)", re.I)
_COUNTED = re.compile(r"\bhow many\s+((?:[\w-]+\s*){1,3})", re.I)
_COUNT_STOP = {"do", "does", "did", "are", "is", "were", "was", "will", "would", "have", "has", "had", "can",
               "could", "in", "of", "for", "at", "on", "with", "from", "to", "by", "the", "a", "an"}


def _counted_head(phrase: str) -> list[str]:
    """The noun a "how many" question counts: "civil society organisations took part" ->
    organisations; "physiotherapists work in" -> physiotherapists; "people attended" -> people."""
    words_ = []
    for w in phrase.split():
        if w.lower() in _COUNT_STOP:
            break
        words_.append(w)
    if not words_:
        return []
    plural = [w for w in words_ if w.lower().endswith("s") and len(w) > 3]
    return tokenize(plural[0] if plural else words_[0])


CONTEXT_MARK = " (following up on: "


def analyse(text: str, own: str | None = None) -> Question:
    """Analyse a (possibly rewritten) question. Words borrowed from the conversation (a
    trailing "(following up on: ...)", or an antecedent put in for "it" when `own`, the
    user's own words, is given) help find passages but count less than the user's own."""
    t = " ".join(text.split())
    context = ""
    if CONTEXT_MARK in t:
        t, context = t.split(CONTEXT_MARK, 1)
        context = context.rstrip(")")
    first = words(t)[:1]
    wh = first[0] if first and first[0] in {"what", "which", "who", "whom", "when", "where", "why", "how"} else "other"
    expects = None
    for name, rule in _TYPE_RULES:
        if rule.search(t):
            expects = name
            break
    if expects == "date" and _CONDITIONAL_WHEN.match(t):
        expects = None
    focus = None
    copular = False
    m = re.match(r"^\s*(?:what|who) (?:is|are|was|were) (?:meant by )?(.+?)\s*\??\s*$", t, re.I)
    if m:
        focus = m.group(1).strip(" '\"‘’“”")
        # "who is the <role>?" asks for a name; "who is responsible for ...?" for an agent
        copular = t.lower().startswith("who") and bool(re.match(r"(the|a|an|current)\s", focus, re.I))
        # "a mobility hub in the Aldermoor strategy" -> "mobility hub"
        focus = re.sub(r"\s+(?:in|of|under|according to)\s+(?:the|this|its|their)\s+[\w' -]*"
                       r"(?:strategy|plan|report|document|note|recommendations?)$", "", focus, flags=re.I)
        focus = re.sub(r"^(?:a|an|the)\s+", "", focus, flags=re.I).strip(" '\"‘’“”")
    named = re.match(r"^\s*(?:what|who)\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(.+?)\s*\??\s*$", t, re.I)
    if named:  # "what is the name of the minister?" asks for a name, like "who is the minister?"
        focus, copular, expects = named.group(1), True, "agent"
    counted = _COUNTED.search(t)
    terms = [x for x in tokenize(t) if x not in _META]
    borrowed: list[str] = []
    if own is not None:
        mine = set(tokenize(own))
        borrowed = [x for x in terms if x not in mine]
        terms = [x for x in terms if x in mine] or terms
    context_terms = [x for x in dict.fromkeys(tokenize(context) + borrowed) if x not in terms and x not in _META]
    return Question(text=t, terms=terms, wh=wh, expects=expects, refs=find_refs(t), focus=focus, copular=copular,
                    counted=_counted_head(counted.group(1)) if counted and expects == "number" else [],
                    context_terms=context_terms, context=context)
