"""Acts a plan says a body or a government performs, per language: chairing, approving,
coordinating, monitoring, funding, evaluating, signing, publishing, drafting, updating,
maintaining (a register, a site), and keeping a secretariat. A question asks for one ("who
chairs the committee?", "wanneer keurde de regering het plan goed?") and a sentence in any
of the three languages states it ("the Institute chairs the committee", "approuvé par le
Conseil des ministres"): the act is what carries the question across languages, where the
words of the two cannot meet.

Each form is a whole word, matched without accents and case. A Dutch verb whose particle is
written apart stands as "verb … particle" ("keurde … goed"): the particle closes the clause."""

from __future__ import annotations

import re
from functools import lru_cache

from plans.text import unaccented
from plans.vocabulary.questions import WH_WORDS

SEPARATED = " … "

ACTS: dict[str, dict[str, tuple[str, ...]]] = {
    "chair": {
        "en": ("chair", "chairs", "chaired", "chairing", "chairman", "chairwoman", "chairperson", "chairmanship",
               "presides", "presided", "presiding", "presidency"),
        "fr": ("préside", "présidé", "présidée", "présider", "présidence", "président", "présidente"),
        "nl": ("voorzitter", "voorzitterschap", "voorzitten", "voorgezeten", "zit … voor", "zat … voor",
               "zitten … voor"),
    },
    "approve": {
        "en": ("approve", "approves", "approved", "approval", "adopt", "adopts", "adopted", "adoption", "endorsed",
               "ratified"),
        "fr": ("approuve", "approuvé", "approuvée", "approuvés", "approuver", "approbation", "adopte", "adopté",
               "adoptée", "adopter", "adoption", "validé", "validée", "validation", "entériné", "entérinée"),
        "nl": ("goedgekeurd", "goedkeuring", "goedkeuren", "keurde … goed", "keurden … goed", "keurt … goed",
               "aangenomen", "bekrachtigd"),
    },
    "coordinate": {
        "en": ("coordinate", "coordinates", "coordinated", "coordinating", "coordination", "coordinator"),
        "fr": ("coordonne", "coordonnent", "coordonné", "coordonnée", "coordonner", "coordination", "coordinateur",
               "coordinatrice", "coordonnateur"),
        "nl": ("coördineert", "coördineren", "gecoördineerd", "coördinatie", "coördinator"),
    },
    "monitor": {
        "en": ("monitor", "monitors", "monitored", "monitoring", "oversees", "oversee", "oversight"),
        "fr": ("suivi", "surveille", "surveillance", "supervise", "supervisé", "supervision"),
        "nl": ("monitort", "monitoring", "opvolging", "opgevolgd", "volgt … op", "toezicht"),
    },
    "fund": {
        "en": ("funds", "funded", "funding", "finances", "financed", "financing"),
        "fr": ("finance", "financé", "financée", "financés", "financent", "financement"),
        "nl": ("financiert", "gefinancierd", "financiering", "financieren"),
    },
    "evaluate": {
        "en": ("evaluate", "evaluates", "evaluated", "evaluation", "assesses", "assessed"),
        "fr": ("évalue", "évalué", "évaluée", "évaluer", "évaluation"),
        "nl": ("evalueert", "geëvalueerd", "evalueren", "evaluatie"),
    },
    "sign": {
        "en": ("signed", "signs", "signature", "signatory", "signatories"),
        "fr": ("signé", "signée", "signature", "signataire", "signataires"),
        "nl": ("ondertekend", "ondertekent", "ondertekende", "ondertekening", "ondertekenaar"),
    },
    "publish": {
        "en": ("publish", "publishes", "published", "publication", "release", "released"),
        "fr": ("publie", "publié", "publiée", "publier", "publication", "paraître", "paraitre", "paraît", "parait",
               "paraîtra", "paraitra", "paraîtront", "paraitront", "parution", "paru", "parue"),
        "nl": ("publiceert", "gepubliceerd", "publiceren", "publicatie", "verschijnt", "verschijnen", "verscheen",
               "verschenen", "verschijning"),
    },
    "draft": {
        "en": ("draft", "drafted", "drafting", "drafts", "prepare", "prepares", "prepared", "preparing", "preparation"),
        "fr": ("rédigé", "rédigée", "rédaction", "élaboré", "élaborée", "élaboration", "prépare", "préparent", "préparé",
               "préparée", "préparer", "préparation"),
        "nl": ("opgesteld", "opstelling", "stelde … op", "stelt … op", "ontwerp", "ontwerpt", "voorbereid",
               "voorbereiden", "voorbereiding", "bereidt … voor"),
    },
    "update": {  # a plan or a study brought up to date
        "en": ("update", "updates", "updated", "updating", "revise", "revises", "revised", "revision"),
        "fr": ("actualise", "actualisé", "actualisée", "actualiser", "actualisation", "révisé", "révisée", "réviser",
               "révision"),
        "nl": ("geactualiseerd", "actualiseren", "actualiseert", "actualisatie", "bijgewerkt", "herzien", "herziening"),
    },
    "maintain": {  # a register, a database, a web site
        "en": ("maintain", "maintains", "maintained", "maintaining", "keep", "keeps", "kept", "host", "hosts",
               "hosted"),
        "fr": ("maintient", "maintenu", "maintenue", "héberge", "hébergé", "hébergée"),
        "nl": ("beheert", "beheerd", "beheren", "houdt … bij", "bijgehouden", "bijhouden", "onderhoudt",
               "onderhouden", "host", "gehost"),
    },
    "secretariat": {
        "en": ("secretariat",),
        "fr": ("secrétariat",),
        "nl": ("secretariaat",),
    },
}

# The acts a body performs on a thing as an office holder, not by carrying out a row's work
# (chairing, keeping the secretariat, signing, approving): a table's lead column does not say
# who does them, unless the row states the act. (Drafting, publishing, coordinating … are
# carrying out the work, told in many other words: "development of …", "setting up …".)
OFFICE_ACTS = frozenset({"chair", "secretariat", "sign", "approve"})

# Relative pronouns that open a clause describing a thing the question names (", which
# coordinates the plan", ", die het plan coördineert"): the act of such a clause is not asked.
RELATIVES: dict[str, tuple[str, ...]] = {
    "en": ("which", "who", "that", "whose"),
    "fr": ("qui", "que", "dont", "lequel", "laquelle"),
    "nl": ("die", "dat", "wiens", "waarvan"),
}

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CAPITAL = re.compile(r"[A-ZÀ-Ý]")
_CLAUSE_END = re.compile(r"[,;:.!?()\n]")


def _parsed(form: str) -> tuple[str, str | None]:
    """A form as (word, particle): "keurde … goed" -> ("keurde", "goed"); "approved" -> ("approved", None)."""
    verb, _, particle = form.partition(SEPARATED)
    return unaccented(verb.lower()), unaccented(particle.lower()) or None


# language -> (act, word, particle or None) for every form, read once
_FORMS: dict[str, tuple[tuple[str, str, str | None], ...]] = {
    lang: tuple((act, *_parsed(form)) for act, forms in ACTS.items() for form in forms.get(lang, ()))
    for lang in {lang for forms in ACTS.values() for lang in forms}
}


def _in_names(written: list[str]) -> set[int]:
    """The places of the words of `written` that stand in a name of capitalised words
    ("Coordination Group on Migration", "Interdepartmental Coordination Unit"): next to
    another capitalised word, in a text not written in capitals throughout."""
    capital = [bool(_CAPITAL.match(w)) and not w.isupper() for w in written]
    return {i for i, c in enumerate(capital)
            if c and (i > 0 and capital[i - 1] or i + 1 < len(capital) and capital[i + 1])}


@lru_cache(maxsize=50_000)
def acts(text: str, lang: str, in_names: bool = True) -> frozenset[str]:
    """The acts `text`, written in `lang`, states or asks about; with `in_names` False, not
    those only a name writes (the "Coordination Group on Migration" coordinates nothing in
    the sentence that names it)."""
    found: set[str] = set()
    for clause in _CLAUSE_END.split(text):
        written = _WORD.findall(clause)
        tokens = [unaccented(w.lower()) for w in written]
        if not in_names:
            named = _in_names(written)
            tokens = [t if i not in named else "" for i, t in enumerate(tokens)]
        present = set(tokens)
        for act, word, particle in _FORMS.get(lang, ()):
            if particle is None and word in present \
                    or particle is not None and tokens and tokens[-1] == particle and word in tokens[:-1]:
                found.add(act)  # (a particle must close the clause: elsewhere it is a preposition)
    return frozenset(found)


@lru_cache(maxsize=10_000)
def asked_acts(question: str, lang: str) -> frozenset[str]:
    """The acts a question asks about: those of its clauses but the relative ones after a
    comma ("who chairs the commission, which coordinates the plan?" asks who chairs), or all
    of them when the rest states none ("Dans le plan X, qui préside …?": "qui" asks). A
    clause after a comma that no question word comes before is the question itself ("In the
    X sheet, which actors prepare …?")."""
    relatives = "|".join(RELATIVES.get(lang, ()))
    asking = re.compile(rf"\b(?:{'|'.join(WH_WORDS.get(lang, ()))})\b", re.I)
    main = question
    for m in reversed(list(re.finditer(rf",\s*(?:{relatives})\b[^,?;]*", question, re.I) if relatives else [])):
        if asking.search(question[: m.start()]):
            main = main[: m.start()] + " " + main[m.end():]
    return acts(main, lang) or acts(question, lang)
