"""How a plan was made, per language: the nouns for its making ("the preparation of the
plan"), the words for where in the plan a thing is written ("at the back"), and the
relations a question may ask about it (who funded or supported it, who published it, under
which licence it may be reused, where to write, who holds its copyright), each with the words
that ask for it in a question and the words that state it in a sentence of the plan ("with
the financial support of", "publié par", "uitgegeven door", "©"), or the form that does (an
e-mail address)."""

from __future__ import annotations

from plans.vocabulary.time import DATE_LINE

MAKING_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("preparation", "drafting", "development", "elaboration", "making", "writing", "publication"),
    "fr": ("élaboration", "préparation", "rédaction", "formulation", "finalisation", "publication", "réalisation"),
    "nl": ("opstelling", "opmaak", "totstandkoming", "voorbereiding", "uitwerking", "publicatie"),
}

# Which of a plan's editions ("the second national action plan", "le deuxième plan", "het
# tweede actieplan"): words that name the plan, not what is asked of it
EDITIONS: dict[str, tuple[str, ...]] = {
    "en": ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "new",
           "revised", "updated", "latest", "current"),
    "fr": ("premier", "premiere", "deuxieme", "second", "seconde", "troisieme", "quatrieme", "cinquieme", "sixieme",
           "septieme", "huitieme", "neuvieme", "dixieme", "nouveau", "nouvelle", "revise", "revisee", "actuel",
           "actuelle"),
    "nl": ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
           "nieuwe", "herziene", "huidige", "laatste"),
}

# Where in the plan ("the address at the back of the plan", "achteraan", "en couverture")
PLACES_IN_PLAN: dict[str, tuple[str, ...]] = {
    "en": ("end", "back", "cover", "front", "last", "first", "page", "bottom", "imprint", "colophon"),
    "fr": ("fin", "dos", "couverture", "derniere", "premiere", "page", "bas", "colophon", "mentions legales"),
    "nl": ("achteraan", "vooraan", "achterkant", "voorkant", "kaft", "laatste", "eerste", "pagina", "onderaan",
           "colofon"),
}

# relation -> "question" / "sentence" -> language -> word beginnings (matched without accents,
# from the start of a word)
RELATIONS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "funding": {
        "question": {
            "en": ("fund", "financ", "paid for", "pay for", "sponsor", "support"),
            "fr": ("financ", "soutenu", "soutien", "appui", "appuye", "paye"),
            "nl": ("financier", "gefinancierd", "betaald", "betaalde", "steun", "gesteund", "ondersteund", "sponsor"),
        },
        "sentence": {
            "en": ("funded by", "financed by", "funding from", "with the funding of", "financial support",
                   "with the support of",
                   "supported by", "thanks to the support", "sponsored by"),
            "fr": ("finance par", "financee par", "avec le financement", "avec l'appui", "avec le soutien",
                   "appui financier", "appuye financierement", "grace au soutien", "grace a l'appui"),
            "nl": ("gefinancierd door", "financiering van", "met de steun van", "met steun van", "met financiele steun",
                   "ondersteund door", "mogelijk gemaakt door"),
        },
    },
    "publisher": {
        "question": {
            "en": ("publisher", "published", "who publishes", "issued"),
            "fr": ("editeur", "publie", "qui publie", "edite"),
            "nl": ("verantwoordelijke uitgever", "uitgever", "uitgegeven", "uitgave", "wie publiceert", "gepubliceerd",
                   "publiceerde"),
        },
        "sentence": {
            "en": ("published by", "publisher", "issued by", "a publication of"),
            "fr": ("publie par", "editeur", "edite par", "une publication de"),
            "nl": ("uitgegeven door", "uitgever", "een uitgave van", "v.u.", "vu:"),
        },
    },
    "licence": {
        "question": {
            "en": ("licence", "license", "re-use", "reuse"),
            "fr": ("licence", "reutilis"),
            "nl": ("licentie", "hergebruik"),
        },
        "sentence": {
            "en": ("licence", "license"),
            "fr": ("licence",),
            "nl": ("licentie",),
        },
    },
    "contact": {
        "question": {
            "en": ("e-mail", "email", "contact", "enquir", "inquir"),
            "fr": ("courriel", "e-mail", "adresse electronique", "contact", "demande de renseignement",
                   "demandes de renseignement", "renseignement"),
            "nl": ("e-mail", "contact", "inlichting"),
        },
        "sentence": {"en": ("e-mail", "email", "contact"), "fr": ("courriel",), "nl": ()},
    },
    "copyright": {
        "question": {
            "en": ("copyright",),
            "fr": ("droits d'auteur", "droit d'auteur", "copyright"),
            "nl": ("auteursrecht", "copyright"),
        },
        "sentence": {
            "en": ("©", "copyright"),
            "fr": ("©", "droits d'auteur", "copyright", "tous droits reserves"),
            "nl": ("©", "auteursrecht", "copyright", "alle rechten voorbehouden"),
        },
    },
    # when it came out, asked by a question for a date ("when was the report published?",
    # "wanneer is de nota verschenen?"); stated on its cover or colophon by a line that is a date
    "issued_on": {
        "question": {
            "en": ("publish", "publication", "release", "came out", "come out", "issued", "appear", "date", "dated"),
            "fr": ("publie", "publication", "paru", "parution", "sorti", "edite", "date"),
            "nl": ("verscheen", "verschenen", "verschijn", "gepubliceerd", "publicatie", "publiceer", "uitgebracht",
                   "uitgegeven", "uitgave", "datum", "gedateerd", "dateert"),
        },
        "sentence": {
            "en": ("published in", "publication date", "date of publication", "date of issue"),
            "fr": ("publie en", "date de publication", "date de parution"),
            "nl": ("verschenen in", "publicatiedatum", "datum van uitgave", "datum van publicatie"),
        },
    },
    # the years the plan runs ("which period does the plan cover?", "sur quelle période porte
    # le plan ?", "welke periode bestrijkt het akkoord?"), asked by a question for a date or a
    # length of time; stated by a sentence ("le plan couvrira une période de 5 années") or by
    # the span its title or cover prints ("… ACTION PLAN 2013-2016")
    "period": {
        "question": {
            "en": ("period", "timeframe", "time frame", "cover", "covers", "covered", "run", "runs"),
            "fr": ("periode", "couvre", "couvrent", "couvert", "couvrira", "horizon"),
            "nl": ("periode", "bestrijkt", "bestrijken", "beslaat", "beslaan", "besloeg", "looptijd", "loopt", "lopen"),
        },
        # whole words only (not "endorsed", "starting point"): "when does the plan end?"
        "question_words": {
            "en": ("start", "starts", "begin", "begins", "end", "ends", "expire", "expires"),
            "fr": ("commence", "commencera", "debute", "debutera", "termine", "terminera", "s'acheve",
                   "s'achevera", "fin", "expire"),  # ("prend-il fin ?")
            "nl": ("begint", "start", "eindigt", "afloopt", "loopt af"),
        },
        "sentence": {
            "en": ("covers the period", "for the period", "period covered", "will run from", "runs from",
                   "covering the period", "covers the years"),
            "fr": ("couvre la periode", "couvrira", "pour la periode", "sur la periode", "couvrant la periode"),
            "nl": ("voor de periode", "loopt van", "bestrijkt de periode", "looptijd van", "over de periode"),
        },
    },
    # who drew the plan up (asked last: "who funded the preparation of the plan?" asks for funding)
    "maker": {
        "question": {
            "en": ("drew up", "drawn up", "draw up", "drafted", "prepared", "developed"),
            "fr": ("elabore", "redige", "prepare", "concu"),
            "nl": ("opgesteld", "opgemaakt", "uitgewerkt", "stelde", "ontwikkeld"),
        },
        "sentence": {
            "en": ("developed by", "prepared by", "drafted by", "drawn up by", "elaborated by", "written by"),
            "fr": ("elabore par", "elaboree par", "redige par", "redigee par", "prepare par", "preparee par",
                   "concu par", "concue par"),
            "nl": ("opgesteld door", "opgemaakt door", "uitgewerkt door", "ontwikkeld door", "geschreven door"),
        },
    },
}

# The past participles of a plan's making, which state it done in either voice ("the strategy
# was developed jointly by …", "le gouvernement a élaboré le plan"), not called for ("to draw
# up a plan"); French inflects them ("élaborée", "conçus").
MADE: dict[str, tuple[str, ...]] = {
    "en": ("developed", "prepared", "drafted", "drawn up", "elaborated", "written", "designed", "compiled"),
    "fr": ("élaboré", "rédigé", "préparé", "conçu"),
    "nl": ("opgesteld", "opgemaakt", "uitgewerkt", "ontwikkeld", "geschreven"),
}

# The relations a plan states of itself or not at all: when it does not, a sentence on what
# others publish or license is no answer. (A "fund" in a question may be a thing the plan
# funds, so funding is not one of them.)
STATED_OF_ITSELF_ONLY = ("publisher", "licence", "contact", "copyright", "issued_on")

# Relations a question asks only when it asks for a date (or, for the period, a length of
# time); they are looked for before the others ("wanneer werd het uitgegeven?" asks when,
# not by whom).
DATED_RELATIONS = ("issued_on", "period")
DATED_TYPES: dict[str, tuple[str, ...]] = {"issued_on": ("date",), "period": ("date", "duration")}
# Relations asked of the plan only when the question names it ("how long does it run?" of a
# project named before asks the project's time, not the plan's), whose form alone counts only
# in the plan's front and back matter (years deep in the plan are those of something else),
# and that give way to another relation asked in the same question ("sur quelle période le
# plan a-t-il été élaboré ?" asks the period of its making).
NAMED_ONLY = ("period",)
FORM_IN_FRAMING_ONLY = ("period",)
GIVES_WAY_TO: dict[str, tuple[str, ...]] = {"period": ("maker",)}

# The headings of a list of the works a plan cites: its lines date, publish and name other
# documents ("Plan d'actions … – 2019 – 2023"), never the plan itself (lower case, unaccented;
# a heading beginning with one).
CITED_WORKS: dict[str, tuple[str, ...]] = {
    "en": ("references", "bibliography", "works cited", "sources consulted", "further reading"),
    "fr": ("references", "bibliographie", "ouvrages cites", "sources consultees"),
    "nl": ("referenties", "bibliografie", "literatuur", "literatuurlijst", "geraadpleegde bronnen", "bronnenlijst"),
}

# A relation a sentence states by its form rather than by a word: an address to write to; a
# line that is a date and nothing else ("March 2024", "12 juni 2022"), as a cover or a
# colophon dates the plan.
RELATION_FORMS: dict[str, str] = {
    "contact": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "issued_on": DATE_LINE,
    # "2013-2016", "2013-14", "2013 to 2015", "2021 à 2025", "2019 tot 2024"
    "period": r"(?<!\d)(?:19|20)\d\d(?:\s?[-–/]\s?(?:(?:19|20)\d\d|\d\d)|\s(?:to|a|à|tot|until|au|jusqu'en)\s(?:19|20)\d\d)(?!\d)",
}

# The lines of a postal address: a number and street ("70 Harbour Street"), a street and
# number ("Havenlaan 88", "rue de la Loi 16"), a postcode and town ("1000 Brussel", "2500 AA Den
# Haag", "London SW1A 2AS"). An imprint names its publisher on the line above its address.
ADDRESS_LINES: tuple[str, ...] = (
    r"\d{1,4}[a-zA-Z]?,?\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}",
    r"[A-ZÀ-Ýa-z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}\s+\d{1,4}[a-zA-Z]?(?:\s*[-/]\s*\d{1,4})?",
    r"(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?\s+[A-ZÀ-Ý][\w'’ -]+",
    r"[A-Z][\w'’ -]+\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}",
)

# The label of a plan's suggested citation ("Please cite as follows: X, Title. Place, 2020."),
# whose first element is its author; the citation follows on its line or on the next.
CITED_AS: dict[str, tuple[str, ...]] = {
    "en": ("please cite as follows", "please cite as", "please cite this report as", "suggested citation",
           "recommended citation", "to cite this report", "to cite this document", "cite as", "citation"),
    "fr": ("pour citer ce document", "pour citer ce rapport", "citation suggérée", "citation recommandée",
           "merci de citer comme suit", "citer comme suit", "citation"),
    "nl": ("gelieve te citeren als", "te citeren als", "citeren als", "aanbevolen citatie", "citatie", "citeerwijze"),
}
# The words that ask for a plan's title ("what is the title of …?", "quel est le titre …", "wat is de titel …").
TITLE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("title", "titled", "entitled"),
    "fr": ("titre", "intitulé", "intitulée"),
    "nl": ("titel", "getiteld"),
}
