"""How a plan was made, per language: the nouns for its making ("the preparation of the
plan"), and the relations a question may ask about it (who funded or supported it, who
published it, who holds its copyright), each with the words that ask for it in a question
and the words that state it in a sentence of the plan ("with the financial support of",
"publié par", "uitgegeven door", "©")."""

from __future__ import annotations

MAKING_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("preparation", "drafting", "development", "elaboration", "making", "writing", "publication"),
    "fr": ("élaboration", "préparation", "rédaction", "formulation", "finalisation", "publication", "réalisation"),
    "nl": ("opstelling", "opmaak", "totstandkoming", "voorbereiding", "uitwerking", "publicatie"),
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
            "en": ("funded by", "financed by", "funding from", "financial support", "with the support of",
                   "supported by", "thanks to the support", "sponsored by"),
            "fr": ("finance par", "financee par", "avec le financement", "avec l'appui", "avec le soutien",
                   "appui financier", "appuye financierement", "grace au soutien", "grace a l'appui"),
            "nl": ("gefinancierd door", "financiering van", "met de steun van", "met steun van", "met financiele steun",
                   "ondersteund door", "mogelijk gemaakt door"),
        },
    },
    "publisher": {
        "question": {
            "en": ("publisher", "published by", "who published", "who publishes", "who issued"),
            "fr": ("editeur", "qui a publie", "qui publie", "publie par", "edite par"),
            "nl": ("uitgever", "uitgegeven door", "wie publiceert", "gepubliceerd door", "publiceerde"),
        },
        "sentence": {
            "en": ("published by", "publisher", "issued by"),
            "fr": ("publie par", "editeur", "edite par"),
            "nl": ("uitgegeven door", "uitgever", "v.u.", "vu:"),
        },
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
}
