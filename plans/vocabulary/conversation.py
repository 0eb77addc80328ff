"""Words that make a question lean on the conversation, per language (English, French, Dutch).

- `FOLLOW_UP`: openers of an elliptical follow-up ("And for 17.c?", "Et pour la ligne 4 ?").
- `PRONOUNS`: pronouns that point back ("How is it monitored?"); only unambiguous ones.
- `POINTING`: adverbial pronouns that point back, read only in their own language.
- `REPLACEABLE`: the subject pronouns that can be replaced by their antecedent in place
  ("it" -> "line 5.d", "its" -> "line 5.d's", "se réunit-il" -> "se réunit le Comité");
  the other pronouns carry the earlier question as context instead.
- `POSSESSED_ENDS`: the words that end the noun after "its" ("its budget for 2030").
- `IMPERSONAL`: verbs whose "il" points at nothing ("faut-il", "il y a", "s'agit-il").
- `SUBJECTS`: what a question is about, the antecedent of a pronoun in the next one ("who
  chairs X?", "qui préside X ?", "wie leidt X?" -> X), as patterns with a group `s`.
- `PARTICLES`: the particle a Dutch separable verb leaves at the end ("wie zit X voor?").
- `DEMONSTRATIVES`: "this/that X", "ce/cette X", "deze/dit X".
- `BACK_REFERENCES`: determiners that refer back to a noun named before ("in these countries").
- `ROW_WORDS`: nouns that name a table row ("that line", "cette mesure", "die actie").
- `NAME_LINKS`: small words inside a capitalised name ("Fund for the Protection of Nature",
  "Fonds National pour l'Environnement et le Climat", "Raad van State").
- `NAME_HEAD`: where a name's head noun stands, the noun "that fund" / "ce fonds" / "dat
  fonds" names it by: last in English and Dutch, first in French.
"""

from __future__ import annotations

FOLLOW_UP: dict[str, tuple[str, ...]] = {
    "en": ("and what about", "what about", "how about", "same question for", "same for", "and", "but", "also", "then"),
    "fr": ("et qu'en est-il de", "qu'en est-il de", "et concernant", "même question pour", "et pour", "quid de", "et",
           "mais", "aussi", "puis"),
    "nl": ("en wat met", "hoe zit het met", "zelfde vraag voor", "en wat betreft", "en voor", "wat met", "en", "maar",
           "ook"),
}
PRONOUNS: dict[str, tuple[str, ...]] = {
    "en": ("it", "its", "they", "them", "their", "theirs", "he", "she", "him", "his", "her"),
    "fr": ("il", "elle", "ils", "elles", "lui", "leur", "leurs", "son", "sa", "ses"),
    "nl": ("hij", "hem", "hun", "ervan", "erin", "daarvan", "daarin"),
}
# Adverbial pronouns that point back ("qui en est responsable ?", "wie is daarvoor
# verantwoordelijk?"): words of other languages too ("en" is Dutch for "and"), so they are
# read only in a question of their own language.
POINTING: dict[str, tuple[str, ...]] = {
    "en": (),
    "fr": ("en", "y"),
    "nl": ("daarvoor", "ervoor", "hiervoor", "daarvan", "hiervan", "erop", "daarop", "daarmee", "ermee"),
}
# A Dutch adverbial pronoun is a preposition and "it": "ermee" is "met het", so "wat doet de
# regering ermee?" after "wat is het Havenfonds?" reads "wat doet de regering met het Havenfonds?".
POINTING_PREPOSITIONS: dict[str, dict[str, str]] = {
    "nl": {"ermee": "met", "daarmee": "met", "hiermee": "met", "ervoor": "voor", "daarvoor": "voor",
           "hiervoor": "voor", "ervan": "van", "daarvan": "van", "hiervan": "van", "erop": "op", "daarop": "op",
           "erin": "in", "daarin": "in", "erover": "over", "daarover": "over", "hierover": "over"},
}
REPLACEABLE: dict[str, tuple[str, ...]] = {"en": ("it", "its"), "fr": ("il", "elle"), "nl": ("hij",)}
# The words that end the noun a possessive pronoun owns ("its budget for 2030": "budget"), so
# that "its budget" can become "the budget of <subject>"; only English "its" is replaced so.
POSSESSED_ENDS: dict[str, tuple[str, ...]] = {"en": ("of", "for", "in", "on", "by", "to", "and", "or")}
IMPERSONAL: dict[str, tuple[str, ...]] = {
    "en": (),
    "fr": ("faut", "agit", "y", "existe", "reste", "semble", "convient", "importe", "suffit", "manque"),
    "nl": (),
}
SUBJECTS: dict[str, tuple[str, ...]] = {
    "en": (r"(?i:what|who)\s+(?i:is|are|was|were)\s+(?P<s>.+)",
           # "when was X published?": X was made ("…, and who issued it?")
           r"(?i:when|where|why|how)\s+(?i:was|were|is|are|will)\s+(?P<s>.+?)\s+(?i:published|adopted|approved|"
           r"issued|signed|launched|released|drafted|prepared|written)\b.*",
           r"(?i:what\s+does)\s+(?P<s>.+?)\s+(?i:stand for|mean|say)",
           r"(?i:who|which \w+)\s+\w+\s+(?P<s>the\s+.+|[A-Z].+)"),
    "fr": (r"(?i:qu'est-ce qu[e']|que signifie|que veut dire)\s*(?P<s>.+)",
           r"(?i:qui|quel(?:le)?s?)\s+(?i:est|sont|était)\s+(?P<s>.+)",
           r"(?i:qui|quel(?:le)?s?\s+\w+)\s+\w+\s+(?P<s>(?i:le|la|les|l['’])\s*.+|[A-ZÀ-Þ].+)"),
    "nl": (r"(?i:wat|wie)\s+(?i:is|zijn|was|waren)\s+(?P<s>.+)",
           r"(?i:wanneer|waar|waarom|hoe)\s+(?i:werd|werden|is|zijn|wordt)\s+(?P<s>(?i:de|het)\s+.+?)\s+(?i:"
           r"gepubliceerd|goedgekeurd|aangenomen|uitgegeven|ondertekend|gelanceerd|opgesteld)\b.*",
           r"(?i:wie|welke?\s+\w+)\s+\w+\s+(?P<s>(?i:de|het)\s+.+|[A-Z].+)"),
}
PARTICLES: dict[str, tuple[str, ...]] = {
    "en": (),
    "fr": (),
    "nl": ("voor", "op", "aan", "mee", "uit", "in", "bij", "af", "toe", "samen", "over", "door", "na", "terug"),
}
DEMONSTRATIVES: dict[str, tuple[str, ...]] = {
    "en": ("this", "that", "these", "those", "said"),
    "fr": ("ce", "cet", "cette", "ces", "ledit", "ladite", "lesdits", "lesdites"),
    "nl": ("deze", "dit", "die", "dat", "datzelfde", "diezelfde"),
}
# Determiners that refer back to a noun the text before named ("dans ces pays", "in deze
# landen"); words that are also pronouns, conjunctions or verbs ("ce qui", "dat", "such as",
# "said") are left out.
BACK_REFERENCES: dict[str, tuple[str, ...]] = {
    "en": ("this", "these", "those"),
    "fr": ("cet", "cette", "ces", "ledit", "ladite", "lesdits", "lesdites"),
    "nl": ("deze", "dit", "datzelfde", "diezelfde", "voornoemde", "genoemde"),
}
# Words that open a sentence about what the sentence before it named ("This has several
# causes: …", "Cela tient à …", "Dat heeft twee redenen: …").
ANAPHORS: dict[str, tuple[str, ...]] = {
    "en": ("this", "these", "that", "those", "it", "they", "such", "he", "she"),
    "fr": ("cela", "ceci", "ce", "ces", "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "ils", "elles"),
    "nl": ("dit", "dat", "deze", "die", "zij", "hij"),
}
ROW_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("line", "action", "row", "measure", "commitment", "goal", "objective", "milestone", "task"),
    "fr": ("ligne", "action", "mesure", "engagement", "objectif", "axe", "activité", "tâche", "projet"),
    "nl": ("lijn", "actie", "maatregel", "doelstelling", "doel", "taak", "project", "mijlpaal"),
}
NAME_LINKS: dict[str, tuple[str, ...]] = {
    "en": ("of", "for", "and", "on", "the"),
    "fr": ("de", "du", "des", "pour", "et", "la", "le", "les", "sur", "à", "aux", "en"),
    "nl": ("van", "voor", "en", "het", "de", "der", "op"),
}
NAME_HEAD: dict[str, int] = {"en": -1, "fr": 0, "nl": -1}
