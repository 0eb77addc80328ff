"""What the chat says, in English, French and Dutch: one table of messages, one of counted
phrases (singular, plural), the roles' names, the example questions, and the choice of a
language from what the browser says. No Streamlit here.

`text(key, lang, **values)` fills a message; `count(key, n, lang)` picks singular or plural.
An unknown language falls back to English.
"""

from __future__ import annotations

from ui.client import ApiError

LANGUAGES = ("en", "fr", "nl")
DEFAULT = "en"

MESSAGES: dict[str, dict[str, str]] = {
    # the app
    "page_title": {
        "en": "plans — ask the policy plans",
        "fr": "plans — interroger les plans des pouvoirs publics",
        "nl": "plans — vraag het de beleidsplannen",
    },
    "nav_chat": {"en": "Chat", "fr": "Conversation", "nl": "Gesprek"},
    "nav_commitments": {"en": "Commitments", "fr": "Engagements", "nl": "Engagementen"},
    "language": {"en": "Language", "fr": "Langue", "nl": "Taal"},
    # the chat
    "chat_title": {"en": "Ask the plans", "fr": "Interroger les plans", "nl": "Vraag het de plannen"},
    "chat_input": {
        "en": "Ask about the plans…",
        "fr": "Posez une question sur les plans…",
        "nl": "Stel een vraag over de plannen…",
    },
    "new_conversation": {"en": "New conversation", "fr": "Nouvelle conversation", "nl": "Nieuw gesprek"},
    "intro": {
        "en": "Ask about the government policy plans in the index. Every answer quotes the plans "
              "verbatim and says where: document, page and line of action. Follow-up questions "
              "(*“And for line 17.c?”*) use the conversation so far.",
        "fr": "Posez vos questions sur les plans des pouvoirs publics présents dans l'index. Chaque réponse "
              "cite les plans mot pour mot et dit où : document, page et ligne d'action. Les questions "
              "de suivi (*« Et pour la ligne 17.c ? »*) tiennent compte de la conversation.",
        "nl": "Stel vragen over de beleidsplannen in de index. Elk antwoord citeert de plannen letterlijk "
              "en zegt waar: document, pagina en actielijn. Vervolgvragen (*„En voor lijn 17.c?”*) "
              "gebruiken het gesprek tot nu toe.",
    },
    "try_these": {
        "en": "Try one of these:",
        "fr": "Essayez l'une de ces questions :",
        "nl": "Probeer een van deze vragen:",
    },
    "llm_checked": {
        "en": "Written by a language model; every sentence was checked against the source it cites.",
        "fr": "Rédigé par un modèle de langue ; chaque phrase a été vérifiée dans la source qu'elle cite.",
        "nl": "Geschreven door een taalmodel; elke zin is nagekeken in de bron die hij aanhaalt.",
    },
    "searching": {
        "en": "Searching the plans…",
        "fr": "Recherche dans les plans…",
        "nl": "De plannen worden doorzocht…",
    },
    "no_answer": {"en": "No answer: {error}", "fr": "Pas de réponse : {error}", "nl": "Geen antwoord: {error}"},
    "not_covered": {
        "en": "Not covered by the plans.",
        "fr": "Pas couvert par les plans.",
        "nl": "Niet behandeld in de plannen.",
    },
    "searched": {"en": "Searched: {query}", "fr": "Recherché : {query}", "nl": "Gezocht: {query}"},
    # a citation card
    "card_page": {"en": "p. {page}", "fr": "p. {page}", "nl": "p. {page}"},
    "card_line": {"en": "line {ref}", "fr": "ligne {ref}", "nl": "lijn {ref}"},
    # the sidebar
    "sidebar_plans": {"en": "Plans in the index", "fr": "Plans dans l'index", "nl": "Plannen in de index"},
    "sidebar_add": {"en": "Add plans", "fr": "Ajouter des plans", "nl": "Plannen toevoegen"},
    "uploader": {
        "en": "PDF, Word, Markdown or text files",
        "fr": "Fichiers PDF, Word, Markdown ou texte",
        "nl": "PDF-, Word-, Markdown- of tekstbestanden",
    },
    "add_button": {"en": "Add to the index", "fr": "Ajouter à l'index", "nl": "Aan de index toevoegen"},
    "choose_files": {
        "en": "Choose one or more files first.",
        "fr": "Choisissez d'abord un ou plusieurs fichiers.",
        "nl": "Kies eerst een of meer bestanden.",
    },
    "done": {"en": "Done", "fr": "Terminé", "nl": "Klaar"},
    "upload_added": {"en": "added", "fr": "ajouté", "nl": "toegevoegd"},
    "upload_updated": {
        "en": "replaced the earlier version",
        "fr": "remplace la version précédente",
        "nl": "vervangt de vorige versie",
    },
    "upload_unchanged": {
        "en": "already indexed, unchanged",
        "fr": "déjà indexé, inchangé",
        "nl": "al geïndexeerd, ongewijzigd",
    },
    "upload_result": {
        "en": "{document}: {status} — {chunks}, {lines} ({seconds:.1f} s)",
        "fr": "{document} : {status} — {chunks}, {lines} ({seconds:.1f} s)",
        "nl": "{document}: {status} — {chunks}, {lines} ({seconds:.1f} s)",
    },
    "dismiss": {"en": "Dismiss", "fr": "Masquer", "nl": "Sluiten"},
    "no_plans": {
        "en": "No plans indexed yet: add some below.",
        "fr": "Aucun plan indexé pour l'instant : ajoutez-en ci-dessous.",
        "nl": "Nog geen plannen geïndexeerd: voeg er hieronder toe.",
    },
    "remove_confirm": {
        "en": "Remove {document} from the index?",
        "fr": "Retirer {document} de l'index ?",
        "nl": "{document} uit de index verwijderen?",
    },
    "remove": {"en": "Remove", "fr": "Retirer", "nl": "Verwijderen"},
    "remove_ask": {"en": "Remove…", "fr": "Retirer…", "nl": "Verwijderen…"},
    "cancel": {"en": "Cancel", "fr": "Annuler", "nl": "Annuleren"},
    "removed": {
        "en": "Removed {document} ({chunks}).",
        "fr": "{document} retiré ({chunks}).",
        "nl": "{document} verwijderd ({chunks}).",
    },
    # the API out of reach (the UI's own messages; the API's error lines come as it sends them)
    "api_unreachable": {
        "en": "Cannot reach the plans API at {url} — is `plans serve` running?",
        "fr": "Impossible de joindre l'API des plans à {url} — `plans serve` est-il lancé ?",
        "nl": "De plans-API op {url} is niet bereikbaar — draait `plans serve`?",
    },
    "api_timeout": {
        "en": "The plans API at {url} did not answer in time.",
        "fr": "L'API des plans à {url} n'a pas répondu à temps.",
        "nl": "De plans-API op {url} antwoordde niet op tijd.",
    },
    # the commitments page
    "commitments_title": {"en": "Commitments", "fr": "Engagements", "nl": "Engagementen"},
    "commitments_caption": {
        "en": "The rows of the action tables in the indexed plans: who leads each action, by when, "
              "with which indicator and budget.",
        "fr": "Les lignes des tableaux d'action des plans indexés : qui pilote chaque action, pour quand, "
              "avec quel indicateur et quel budget.",
        "nl": "De rijen van de actietabellen in de geïndexeerde plannen: wie elke actie trekt, tegen wanneer, "
              "met welke indicator en welk budget.",
    },
    "no_commitments": {
        "en": "No commitments in the indexed plans yet.",
        "fr": "Pas encore d'engagements dans les plans indexés.",
        "nl": "Nog geen engagementen in de geïndexeerde plannen.",
    },
    "filter_plan": {"en": "Plan", "fr": "Plan", "nl": "Plan"},
    "all_plans": {"en": "All plans", "fr": "Tous les plans", "nl": "Alle plannen"},
    "filter_role": {"en": "Role", "fr": "Rôle", "nl": "Rol"},
    "any_role": {"en": "Any role", "fr": "Tous les rôles", "nl": "Elke rol"},
    "filter_value": {"en": "Value", "fr": "Valeur", "nl": "Waarde"},
    "any_value": {"en": "Any value", "fr": "Toutes les valeurs", "nl": "Elke waarde"},
    "filter_text": {"en": "Search", "fr": "Rechercher", "nl": "Zoeken"},
    "filter_text_hint": {
        "en": "words in the row, e.g. training",
        "fr": "mots de la ligne, p. ex. formation",
        "nl": "woorden in de rij, bv. opleiding",
    },
    "no_match": {
        "en": "No commitments match these filters.",
        "fr": "Aucun engagement ne correspond à ces filtres.",
        "nl": "Geen engagementen voldoen aan deze filters.",
    },
    "coordination": {"en": "{name} (coordination)", "fr": "{name} (coordination)", "nl": "{name} (coördinatie)"},
    "download_csv": {"en": "Download CSV", "fr": "Télécharger le CSV", "nl": "CSV downloaden"},
    "column_id": {"en": "Id", "fr": "Id", "nl": "Id"},
    "column_action": {"en": "Action", "fr": "Action", "nl": "Actie"},
    "column_lead": {"en": "Lead", "fr": "Pilote", "nl": "Trekker"},
    "column_timeline": {"en": "Timeline", "fr": "Calendrier", "nl": "Timing"},
    "column_status": {"en": "Status", "fr": "Statut", "nl": "Status"},
    "column_indicator": {"en": "Indicator", "fr": "Indicateur", "nl": "Indicator"},
    "column_budget": {"en": "Budget", "fr": "Budget", "nl": "Budget"},
    "column_other": {"en": "Other", "fr": "Autres", "nl": "Overige"},
    "column_section": {"en": "Section", "fr": "Section", "nl": "Sectie"},
    "column_plan": {"en": "Plan", "fr": "Plan", "nl": "Plan"},
    "column_page": {"en": "Page", "fr": "Page", "nl": "Pagina"},
}

# (singular, plural); `{n}` is the number
COUNTS: dict[str, dict[str, tuple[str, str]]] = {
    "plans": {"en": ("{n} plan", "{n} plans"), "fr": ("{n} plan", "{n} plans"), "nl": ("{n} plan", "{n} plannen")},
    "pages": {"en": ("{n} page", "{n} pages"), "fr": ("{n} page", "{n} pages"), "nl": ("{n} pagina", "{n} pagina's")},
    "chunks": {
        "en": ("{n} chunk", "{n} chunks"),
        "fr": ("{n} segment", "{n} segments"),
        "nl": ("{n} fragment", "{n} fragmenten"),
    },
    "lines": {
        "en": ("{n} line of action", "{n} lines of action"),
        "fr": ("{n} ligne d'action", "{n} lignes d'action"),
        "nl": ("{n} actielijn", "{n} actielijnen"),
    },
    "commitments": {
        "en": ("{n} commitment", "{n} commitments"),
        "fr": ("{n} engagement", "{n} engagements"),
        "nl": ("{n} engagement", "{n} engagementen"),
    },
    "sources": {
        "en": ("Source ({n})", "Sources ({n})"),
        "fr": ("Source ({n})", "Sources ({n})"),
        "nl": ("Bron ({n})", "Bronnen ({n})"),
    },
    "adding": {
        "en": ("Adding {n} file…", "Adding {n} files…"),
        "fr": ("Ajout de {n} fichier…", "Ajout de {n} fichiers…"),
        "nl": ("{n} bestand toevoegen…", "{n} bestanden toevoegen…"),
    },
    "added": {
        "en": ("Added {ok} of {n} file", "Added {ok} of {n} files"),
        "fr": ("Fichier ajouté : {ok} sur {n}", "Fichiers ajoutés : {ok} sur {n}"),
        "nl": ("{ok} van {n} bestand toegevoegd", "{ok} van {n} bestanden toegevoegd"),
    },
}
SINGULAR: dict[str, frozenset[int]] = {"en": frozenset({1}), "fr": frozenset({0, 1}), "nl": frozenset({1})}

# The commitments registry's roles (the API's names) as the page shows them
ROLES: dict[str, dict[str, str]] = {
    "lead": {"en": "lead", "fr": "pilote", "nl": "trekker"},
    "partners": {"en": "partners", "fr": "partenaires", "nl": "partners"},
    "timeline": {"en": "timeline", "fr": "calendrier", "nl": "timing"},
    "indicator": {"en": "indicator", "fr": "indicateur", "nl": "indicator"},
    "budget": {"en": "budget", "fr": "budget", "nl": "budget"},
    "funding": {"en": "funding", "fr": "financement", "nl": "financiering"},
    "status": {"en": "status", "fr": "statut", "nl": "status"},
    "priority": {"en": "priority", "fr": "priorité", "nl": "prioriteit"},
    "place": {"en": "place", "fr": "lieu", "nl": "plaats"},
    "quantity": {"en": "quantity", "fr": "quantité", "nl": "hoeveelheid"},
    "notes": {"en": "notes", "fr": "remarques", "nl": "opmerkingen"},
}

# Generic questions that fit any action plan; nothing here depends on the indexed plans.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "en": (
        "What does the plan aim to achieve?",
        "Who coordinates the implementation of the plan?",
        "How is progress on the action plan monitored?",
        "Which lines of action concern training?",
    ),
    "fr": (
        "Que vise le plan ?",
        "Qui est chargé de coordonner le plan ?",
        "Comment les progrès du plan d'action sont-ils suivis ?",
        "Quelles lignes d'action concernent la formation ?",
    ),
    "nl": (
        "Wat wil het plan bereiken?",
        "Wie coördineert de uitvoering van het plan?",
        "Hoe wordt de voortgang van het actieplan opgevolgd?",
        "Welke actielijnen gaan over opleiding?",
    ),
}


def _in(table: dict[str, object], lang: str):
    return table.get(lang, table[DEFAULT])


def text(key: str, lang: str, **values: object) -> str:
    return _in(MESSAGES[key], lang).format(**values)


def count(key: str, n: int, lang: str, **values: object) -> str:
    one, many = _in(COUNTS[key], lang)
    return (one if n in _in(SINGULAR, lang) else many).format(n=n, **values)


def role_name(role: str, lang: str) -> str:
    return _in(ROLES[role], lang) if role in ROLES else role


def examples(lang: str) -> tuple[str, ...]:
    return _in(EXAMPLES, lang)


def supported(tag: str | None) -> str | None:
    """The language of a BCP 47 tag ("fr-BE", "nl", "en_GB") when it is one of LANGUAGES."""
    primary = (tag or "").strip().replace("_", "-").split("-")[0].casefold()
    return primary if primary in LANGUAGES else None


def accepted(header: str | None) -> list[str]:
    """The language tags of an Accept-Language header, most preferred first (q=0 left out)."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((header or "").split(",")):
        tag, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            name, _, value = p.partition("=")
            if name.strip().casefold() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if tag and q > 0:
            ranked.append((-q, i, tag))
    return [tag for _, _, tag in sorted(ranked)]


def browser_language(locale: str | None, accept_language: str | None = None) -> str:
    """The browser's language (its locale, then the languages its requests accept, in order of
    preference) when it is one of LANGUAGES, else English."""
    for tag in [locale, *accepted(accept_language)]:
        if lang := supported(tag):
            return lang
    return DEFAULT


def error_text(exc: ApiError, lang: str) -> str:
    """A failed call in the user's language when the API was not reached; else the API's own line."""
    key = f"api_{exc.reason}"
    return text(key, lang, url=exc.url) if exc.reason and key in MESSAGES else str(exc)
