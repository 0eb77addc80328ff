"""Words that join two subjects of one question ("When were X and Y adopted?"), per language.

- `CONJUNCTIONS`: the word that joins the two subjects.
- `DETERMINERS`: words a subject may open with ("the River Accord", "le Pacte").
- `AUXILIARIES` and `PREPOSITIONS`: words that end the part of the question before the
  first subject: "When were X and Y ...", "the budget of X and Y". A preposition inside a
  name ("Compact for Migration") follows a capitalised word and ends nothing.
- `SINGULAR`: a plural verb that agrees with both subjects, and its singular, so each part
  reads as a question about one subject.
- `SINGLE_VALUED`: the answer types that want one value per subject (a date, a body, a sum),
  as opposed to a list or an overview that may cover both at once.
- `SECOND_QUESTIONS`: the words that open a second question after the conjunction ("..., and
  by when is it due?", "et dans quel délai ?", "en wanneer?"), a preposition or an
  approximation ("and about how many …?") allowed before them. A relative pronoun ("et qui",
  "et que", "et où") opens a clause, not a question; "que" opens one only with the verb it
  asks about ("et que signifie …").
- `COMPARING`: words that set the plans a question names side by side wherever they stand
  ("do both the X plan and the Y plan ...", "compare X with Y"); without one, the plans are
  side by side only when a conjunction stands between the words that name them.
"""

from __future__ import annotations

CONJUNCTIONS: dict[str, tuple[str, ...]] = {"en": ("and",), "fr": ("et",), "nl": ("en",)}
COMPARING: dict[str, tuple[str, ...]] = {
    "en": ("both", "each", "across", "compare", "compared", "versus", "vs"),
    "fr": ("les deux", "chacun", "chacune", "comparer", "comparé", "comparée", "par rapport à"),
    "nl": ("beide", "allebei", "vergelijk", "vergelijken", "vergeleken", "ten opzichte van"),
}
DETERMINERS: dict[str, tuple[str, ...]] = {
    "en": ("the", "a", "an"),
    "fr": ("le", "la", "les", "l'", "l’", "un", "une"),
    "nl": ("de", "het", "een"),
}
AUXILIARIES: dict[str, tuple[str, ...]] = {
    "en": ("was", "were", "is", "are", "did", "do", "does", "has", "have"),
    "fr": ("ont", "sont", "a", "est", "étaient"),
    "nl": ("werden", "werd", "zijn", "is", "waren", "was", "hebben", "heeft"),
}
PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "en": ("of", "for", "by", "in", "on", "to", "from"),
    "fr": ("de", "du", "des", "pour", "par", "dans", "sur"),
    "nl": ("van", "voor", "door", "in", "op"),
}
SINGULAR: dict[str, dict[str, str]] = {
    "en": {"were": "was", "are": "is", "have": "has", "do": "does"},
    "fr": {"ont-ils": "a-t-il", "ont-elles": "a-t-elle", "sont-ils": "est-il", "sont-elles": "est-elle",
           "ont": "a", "sont": "est"},
    "nl": {"werden": "werd", "zijn": "is", "waren": "was", "hebben": "heeft"},
}
SINGLE_VALUED = ("date", "agent", "amount", "number", "percent", "change", "duration", "place", "document")
SECOND_QUESTIONS: dict[str, tuple[str, ...]] = {
    "en": ("what", "which", "who", "whom", "whose", "when", "where", "why", "how", "does", "do", "did", "is", "are",
           "was", "were", "has", "have", "can"),
    "fr": ("quel", "quelle", "quels", "quelles", "quand", "pourquoi", "comment", "combien",
           "que signifie", "que signifient", "que veut dire", "que veulent dire", "qu'est-ce que", "qu'est-ce qui"),
    "nl": ("wat", "welk", "welke", "wie", "wanneer", "waarom", "hoe", "hoeveel"),
}
OPENING_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "en": ("by", "in", "at", "for", "from", "on", "to", "with", "under", "until", "above", "below", "over",
           "after", "before", "within", "about", "roughly", "approximately", "towards"),
    "fr": ("à", "dans", "de", "d'ici", "en", "par", "pour", "sur", "sous", "avec", "selon", "jusqu'à", "depuis",
           "après", "avant", "au-dessus de", "en dessous de", "environ", "à peu près", "vers"),
    "nl": ("tegen", "in", "voor", "door", "op", "met", "bij", "sinds", "tot", "vanaf", "van", "boven", "onder",
           "na", "binnen", "ongeveer", "zowat", "naar"),
}
