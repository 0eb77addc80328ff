"""The roles of an action table's columns, and the words that name them (English, French, Dutch).

One table serves both sides: ingestion reads a column header ("Lead department(s)",
"Organe en charge", "Trekker") to give the column a role; the assistant reads a question
("who leads ...?", "quels acteurs ...?", "wie is verantwoordelijk ...?") to know which
role it asks about. Words are matched whole, case- and accent-insensitively; the longest
phrase wins where phrases overlap ("co-performer" is a partner, not a "performer").

Roles
-----
ref        the row's id ("No.", "#", "Numéro")
action     what is to be done ("Action", "Measure", "Sub tasks", "Mesures", "Maatregel")
section    the objective / theme the row belongs to ("Objective", "Axe", "Doelstelling")
lead       who leads or is responsible ("Lead", "Performer", "Organe en charge", "Trekker")
partners   who supports ("Partners", "Co-performer", "Supporting ...", "Partenaires")
timeline   when ("Timeline", "Due date", "Échéance", "Calendrier", "Termijn", "Start", "Finish")
indicator  how progress is measured ("Indicator", "Monitoring", "Indicateurs", "Outcome")
budget     how much ("Budget", "Cost", "Financial assessment", "Coût", "Kosten")
funding    where the money comes from ("Source of funding", "Financement", "Financiering")
status     how far it got ("Status", "Progress", "État", "Avancement", "Voortgang")
priority   how urgent ("Priority", "Priorité", "Prioriteit")
place      where ("Location", "Region", "Localisation", "Waar", "Locatie")
quantity   how many ("Number of", "Count", "Nombre", "Aantal")
notes      remarks and reasons ("Notes", "Comments", "Commentaires", "Opmerkingen")
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    name: str
    label: str  # how an answer names it ("lead", "due date")
    headers: tuple[str, ...]  # words and phrases of a column header
    cues: tuple[str, ...]  # words and phrases of a question that asks for it


ROLES: tuple[Role, ...] = (
    Role("ref", "id",
         headers=("no", "n", "nr", "no.", "#", "id", "ref", "reference", "number", "num", "code", "numero",
                  "nummer", "numero de programme", "programme number"),
         cues=()),
    Role("action", "action",
         headers=("action", "actions", "line of action", "lines of action", "measure", "measures", "activity",
                  "activities", "commitment", "commitments", "initiative", "initiatives", "task", "tasks",
                  "sub task", "sub tasks", "subtask", "subtasks", "issue", "milestone", "deliverable",
                  "programme", "programmes", "program", "project", "projects", "recommendation", "option",
                  "result", "results",
                  "mesure", "mesures", "activite", "activites", "engagement", "engagements", "action a prendre",
                  "programmes nationaux", "projet", "projets", "tache", "taches",
                  "actie", "acties", "maatregel", "maatregelen", "activiteit", "activiteiten", "taak", "taken",
                  "project", "projecten", "programma", "wat"),
         cues=("what does", "what is it about", "about what", "what will", "de quoi", "waarover")),
    Role("section", "objective",
         headers=("goal", "goals", "objective", "objectives", "aim", "theme", "themes", "axis", "pillar",
                  "area", "strategic objective", "objectif", "objectifs", "axe", "axes", "theme", "pilier",
                  "objectifs strategiques", "doel", "doelen", "doelstelling", "doelstellingen", "thema", "pijler"),
         cues=("which goal", "which objective", "under which", "what goal", "what objective", "quel objectif",
               "quel axe", "welk doel", "welke doelstelling")),
    Role("lead", "lead",
         headers=("lead", "leads", "lead department", "lead agency", "responsible", "responsibility",
                  "responsibilities", "responsible party", "owner", "owners", "task owner", "performer",
                  "performers", "implementer", "implementing", "implementing agency", "actor", "actors",
                  "department", "departments", "ministry", "ministries", "agency", "agencies", "body", "bodies",
                  "entity", "entities", "in charge", "who",
                  "responsable", "responsables", "responsabilite", "acteur", "acteurs", "acteurs cles",
                  "organe en charge", "institution en charge", "institutions en charge", "en charge", "pilote",
                  "porteur", "maitre d oeuvre", "maitrise d oeuvre", "maitre d ouvrage", "maitrise d ouvrage",
                  "chef de file", "structure responsable",
                  "verantwoordelijke", "verantwoordelijk", "verantwoordelijkheid", "trekker", "trekkers",
                  "eigenaar", "uitvoerder", "uitvoerders", "actor", "actoren", "wie",
                  # who runs or supplies the thing a row lists (a register of services)
                  "provider", "providers", "service provider", "supplier", "suppliers", "operator",
                  "operators", "fournisseur", "fournisseurs", "prestataire", "prestataires", "operateur",
                  "operateurs", "exploitant", "exploitants", "aanbieder", "aanbieders", "leverancier",
                  "leveranciers", "uitbater"),
         cues=("who", "whom", "responsible", "responsibility", "in charge", "lead", "leads", "led", "leading",
               "lead agency", "owner", "owners", "owns", "performer", "performers", "performs", "implements",
               "implemented by", "carries out", "carry out", "department", "departments", "ministry",
               "ministries", "agency", "agencies", "body", "bodies", "actor", "actors", "institution",
               "institutions",
               "qui", "responsable", "responsables", "responsabilite", "en charge", "charge", "chargee", "chargees",
               "charges",
               "acteur", "acteurs", "institution", "institutions", "pilote", "pilotent", "pilotee", "pilotees",
               "porte", "organe", "departement", "departements", "ministere", "ministeres", "service",
               "services", "organisme", "organismes", "autorite", "agence",
               "wie", "verantwoordelijk", "verantwoordelijke", "verantwoordelijkheid", "trekker", "trekt", "uitvoerder",
               "eigenaar", "voert", "voeren", "uitvoeren", "organisatie", "organisaties",
               "departement", "departementen", "ministerie", "ministeries", "dienst", "diensten", "bevoegd",
               "bevoegde", "instantie", "instanties", "agentschap",
               # who runs a service ("which company operates ...?"): only with the question word,
               # since "how will companies report?" asks for no one
               "which company", "which companies", "what company", "which firm", "which firms",
               "which operator", "which operators", "which provider", "which providers", "which supplier",
               "quelle entreprise", "quelles entreprises", "quelle societe", "quelles societes", "quel operateur",
               "quels operateurs", "quel fournisseur", "quels fournisseurs", "quel prestataire",
               "quelle administration", "quelles administrations",
               "welk bedrijf", "welke bedrijven", "welke aanbieder", "welke aanbieders", "welke operator",
               "welke leverancier")),
    Role("partners", "partners",
         headers=("partner", "partners", "co performer", "co performers", "supporting", "support", "supported by",
                  "contributors", "stakeholders", "involved", "associated", "co lead",
                  "partenaires", "partenaire", "co executant", "associes", "parties prenantes",
                  "partners", "betrokkenen", "betrokken partijen", "medewerking"),
         cues=("partner", "partners", "co performer", "co performers", "supporting", "supports", "with whom",
               "backs", "backed by", "backing",
               "involved", "partenaires", "partenaire", "associes", "soutient", "soutiennent", "appuie", "appuient",
               "betrokken", "partners", "steunt", "steunen", "ondersteunt", "ondersteunen")),
    Role("timeline", "timeline",
         headers=("timeline", "timelines", "timeframe", "time frame", "timescale", "timescales", "deadline",
                  "due", "due date", "date", "dates", "target date", "start", "start date", "finish", "end",
                  "end date", "schedule", "calendar", "duration", "period", "year", "years", "horizon",
                  "milestone date", "when", "completion date",
                  "calendrier", "echeance", "echeancier", "delai", "delais", "date", "duree", "periode",
                  "horizon", "annee", "duree calendrier",
                  "ct mt lt",  # court, moyen, long terme: a measure's horizon ("à long terme" alone says an action's kind)
                  "termijn", "planning", "datum", "tijdpad", "looptijd", "periode", "wanneer", "jaar",
                  "streefdatum", "einddatum", "startdatum", "uiterste datum", "timing"),
         cues=("when", "by when", "deadline", "due", "due date", "timeline", "timeframe", "time frame",
               "timescale", "schedule", "date", "how long", "duration", "horizon", "horizons", "calendar", "period",
               "periode", "periodes",
               "what time", "how much time", "how soon", "how quickly", "what year", "which year",
               "start", "finish", "target completion", "completion date", "target date", "end date", "finish date",
               "expected completion", "quand", "echeance", "delai", "calendrier", "duree", "horizons", "date",
               "date de fin", "date d'achevement", "date butoir", "date limite",
               "combien de temps", "combien d'annees", "dure", "durera", "duurt",
               "how many years", "how many months", "combien de mois", "combien d'ans",
               "wanneer", "termijn", "deadline", "planning", "hoe lang", "looptijd", "hoeveel jaar", "einddatum",
               "streefdatum", "opleverdatum",
               "hoeveel jaren", "hoeveel maanden")),
    Role("indicator", "indicator",
         headers=("indicator", "indicators", "monitoring", "monitoring instrument", "monitoring instruments",
                  "instrument", "instruments", "measurement", "kpi", "kpis", "means of verification",
                  "outcome", "outcomes", "indicative outcome", "expected result", "expected results", "output",
                  "outputs", "target", "targets",
                  "indicateur", "indicateurs", "suivi", "resultat attendu", "resultats attendus",
                  "cible", "cibles", "indicateurs de suivi",
                  "indicator", "indicatoren", "meting", "resultaat", "resultaten", "monitoring"),
         cues=("indicator", "indicators", "monitored", "monitor", "monitors", "monitoring", "measured",
               "measure progress", "will measure", "to measure", "measure its", "measure their", "measure whether",
               "tracked", "kpi", "verification", "outcome", "expected result",
               "indicateur", "indicateurs", "suivi", "mesure", "resultat attendu",
               "indicator", "indicatoren", "gemeten", "gemonitord", "resultaat", "opgevolgd", "opvolging",
               "volgt op", "opvolgen")),
    Role("budget", "budget",
         headers=("budget", "budgets", "cost", "costs", "estimated cost", "amount", "financial assessment",
                  "resources", "allocation", "price",
                  "cout", "couts", "cout estimatif", "montant", "estimation", "budget",
                  "kosten", "bedrag", "begroting", "middelen", "budget", "raming", "financiele raming"),
         cues=("cost", "costs", "budget", "how much", "amount", "financial assessment", "price", "estimate",
               "estimated", "how much money", "earmarked", "cout", "couts", "coute", "coutent", "budget", "montant",
               "combien coute", "combien d'argent", "combien de financement", "estimation", "kosten", "kost", "budget",
               "bedrag", "begroting", "raming", "financiele raming", "hoeveel geld", "hoeveel financiering",
               "uitgetrokken")),
    Role("funding", "funding",
         headers=("funding", "source of funding", "sources of funding", "funding source", "financing",
                  "funder", "funders", "donor", "donors",
                  "financement", "source de financement", "sources de financement", "bailleur", "bailleurs",
                  "financiering", "financier", "financiers"),
         cues=("funding", "funded", "funds", "financed", "financing", "funder", "donor", "donors",
               "financement", "finance", "bailleur", "bailleurs", "financiering", "gefinancierd", "financiert",
               "financieren")),
    Role("status", "status",
         headers=("status", "progress", "completion", "state", "achieved", "implementation status",
                  "etat", "statut", "avancement", "realisation", "niveau de realisation",
                  "status", "voortgang", "stand van zaken", "stand"),
         cues=("status", "in progress", "completed", "complete", "done", "achieved", "met",
               "meet", "ongoing", "cancelled", "canceled", "finished", "how far along",
               "etat", "statut", "avancement", "realise", "realisee", "acheve", "achevee", "termine", "terminee",
               "ou en est", "ou en sont", "ou en est-il", "ou en est-elle", "ou en sont-ils", "ou en sont-elles",
               "status", "voortgang", "stand", "afgerond", "gerealiseerd", "klaar", "voltooid")),
    Role("priority", "priority",
         headers=("priority", "priorities", "urgency", "priorite", "priorites", "prioriteit", "prioriteiten"),
         cues=("priority", "priorities", "urgent", "prioritised", "prioritized", "priorite", "prioritaire",
               "prioritaires", "prioriteit")),
    Role("place", "place",
         headers=("location", "locations", "where", "region", "regions", "area", "areas", "site", "sites",
                  "place", "places", "localisation", "lieu", "lieux", "region", "zone", "zones",
                  "waar", "locatie", "locaties", "plaats", "plaatsen", "regio", "gebied", "gemeente",
                  "gemeenten"),
         cues=("where", "which cities", "which towns", "which regions", "which places", "location", "cities",
               "towns", "which city", "which town", "which region", "city", "town",
               "ou", "quelles villes", "quelles regions", "localisation", "quelle ville", "quelle region", "ville",
               "villes",
               "waar", "welke steden", "welke plaatsen", "welke gemeenten", "steden", "plaatsen", "welke stad",
               "welke plaats", "welke gemeente", "stad")),
    Role("quantity", "number",
         headers=("number", "count", "quantity", "total", "nombre", "quantite", "aantal", "hoeveelheid"),
         cues=("how many", "number of", "combien de", "nombre de", "hoeveel", "aantal")),
    Role("notes", "notes",
         headers=("note", "notes", "comment", "comments", "remarks", "observations", "explanation",
                  "commentaires", "commentaire", "remarques", "observations", "notes pour la mise en oeuvre",
                  "opmerkingen", "opmerking", "toelichting"),
         cues=("why", "reason", "pourquoi", "raison", "waarom", "reden")),
)

ROLE_BY_NAME = {r.name: r for r in ROLES}
# Roles a commitment's cells are answered under (ref, action and section are its frame).
FIELD_ROLES = tuple(r.name for r in ROLES if r.name not in ("ref", "action", "section"))


def fold(text: str) -> str:
    """Lower case, accents removed, every run of non-letters a single space."""
    text = unicodedata.normalize("NFKD", text.lower().replace("œ", "oe"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.findall(r"[a-z0-9#]+", text))


def _find(words: list[str], phrases: dict[tuple[str, ...], str]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, role) matches of the phrases in `words`, longest first."""
    found: list[tuple[int, int, str]] = []
    for phrase, role in sorted(phrases.items(), key=lambda kv: -len(kv[0])):
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == phrase and not any(a < i + n and i < b for a, b, _ in found):
                found.append((i, i + n, role))
    return sorted(found)


def _table(kind: str) -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for role in ROLES:
        for phrase in getattr(role, kind):
            table.setdefault(tuple(fold(phrase).split() or [phrase]), role.name)
    return table


_HEADERS = _table("headers")
_CUES = _table("cues")

# Of a row's timeline columns ("Start", "Finish & status"), the end or the start: the words of
# a header that say which (folded), and the words of a question that ask for it.
TIMELINE_ENDS: dict[str, dict[str, tuple[str, ...]]] = {
    "end": {
        "headers": ("finish", "end", "deadline", "due", "completion", "target", "fin", "echeance", "achevement",
                    "einde", "einddatum", "streefdatum"),
        "cues": ("finish", "finished", "end", "ends", "deadline", "due", "completion", "complete", "completed", "target",
                 "until", "by when", "fin", "achevement", "acheve", "achevee", "echeance", "jusqu'a quand",
                 "pour quand", "d'ici quand", "voor wanneer",
                 "einde", "einddatum", "streefdatum", "tot wanneer", "tegen wanneer", "klaar", "afgerond"),
    },
    "start": {
        "headers": ("start", "begin", "debut", "commencement", "startdatum", "aanvang"),
        "cues": ("start", "starts", "started", "begin", "begins", "began", "commence", "commenced", "debut",
                 "debute", "begint", "gestart", "aanvang", "since when", "depuis quand",
                 "sinds wanneer"),
    },
}


_ENDS = {kind: {tuple(fold(p).split()): end for end, table in TIMELINE_ENDS.items() for p in table[kind]}
         for kind in ("headers", "cues")}


def timeline_end(text: str, kind: str) -> str | None:
    """Which end of a timeline a header (`kind` "headers") or a question ("cues") names:
    "end", "start" or None."""
    found = {end for _, _, end in _find(fold(text).split(), _ENDS[kind])}
    return found.pop() if len(found) == 1 else None


# Cue words that are other words in another language, each with the one language it asks in:
# "met" asks whether a target was met in English and means "with" in Dutch; "meet" means
# "measures" in Dutch.
CUE_LANGUAGE: dict[str, str] = {"met": "en", "meet": "en"}


def header_roles(label: str) -> tuple[str, ...]:
    """The roles a column header names, in the order they are written: "FINISH & STATUS" ->
    ("timeline", "status"); "Co-performer" -> ("partners",); "Grand challenges" -> ().
    An aside in brackets only counts when the rest names no role ("Échéance (durée de
    l'activité)" is a timeline), and more than eight words besides it make a sentence."""
    words = fold(label).split()
    if not words and label.strip() == "#":
        return ("ref",)
    main = fold(re.sub(r"\([^)]*\)", " ", label)).split()
    if len(main) > 8:  # a sentence, not a header
        return ()
    found = _find(main, _HEADERS) or _find(words, _HEADERS)
    return tuple(dict.fromkeys(role for _, _, role in found))


def cue_roles(text: str, lang: str | None = None) -> list[tuple[int, str]]:
    """(word position, role) of every role a question's words ask about; in a question of
    language `lang`, none by a cue word of another language (`CUE_LANGUAGE`)."""
    words = fold(text).split()
    return [(a, role) for a, b, role in _find(words, _CUES)
            if lang is None or b - a > 1 or CUE_LANGUAGE.get(words[a], lang) == lang]


def cue_words(text: str) -> set[str]:
    """The words (folded) of a question that ask for a role, every word of a phrase ("combien
    de temps", "qui en est chargé"): they say what is asked, not which row."""
    words = fold(text).split()
    return {w for a, b, _ in _find(words, _CUES) for w in words[a:b]}


def role_label(name: str) -> str:
    return ROLE_BY_NAME[name].label if name in ROLE_BY_NAME else name


# A cell that names who leads and who helps ("X with input from Y", "X en collaboration avec
# Y"): the phrase between two bodies, which a cell's list of names splits on like a comma.
SUPPORTED_BY: dict[str, tuple[str, ...]] = {
    "en": ("with input from", "with support from", "with the support of", "with help from", "supported by",
           "in collaboration with", "in cooperation with"),
    "fr": ("avec l'appui de", "avec l’appui de", "avec le soutien de", "appuyé par", "en collaboration avec"),
    "nl": ("met input van", "met steun van", "met de steun van", "ondersteund door", "in samenwerking met"),
}

# Words that speak of how something is paid for, per language: "how is X funded?" is
# answered by a sentence on X's budget, and the reverse.
MONEY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("budget", "budgets", "budgetary", "cost", "costs", "costed", "funding", "funded", "fund", "funds",
           "finance", "financed", "financing", "financial", "paid", "pay", "spending", "expenditure"),
    "fr": ("budget", "budgets", "budgétaire", "coût", "coûts", "financement", "financements", "financé", "financée",
           "financer", "financier", "financière", "fonds", "payé", "dépenses"),
    "nl": ("budget", "budgetten", "begroting", "kosten", "financiering", "gefinancierd", "financieren",
           "financieel", "financiële", "middelen", "uitgaven", "betaald"),
}


# What a role is called in an answer ("the row gives no date or timeline"), per language.
ROLE_NAMES: dict[str, dict[str, str]] = {
    "en": {"lead": "lead or responsible body", "timeline": "date or timeline", "indicator": "indicator",
           "budget": "budget or cost", "funding": "source of funding", "status": "status", "partners": "partners",
           "priority": "priority", "place": "place", "quantity": "number", "notes": "notes"},
    "fr": {"lead": "responsable ou pilote", "timeline": "date ou calendrier", "indicator": "indicateur",
           "budget": "budget ou coût", "funding": "source de financement", "status": "état d'avancement",
           "partners": "partenaires", "priority": "priorité", "place": "lieu", "quantity": "quantité",
           "notes": "remarques"},
    "nl": {"lead": "trekker of verantwoordelijke", "timeline": "datum of timing", "indicator": "indicator",
           "budget": "budget of kostprijs", "funding": "financieringsbron", "status": "stand van zaken",
           "partners": "partners", "priority": "prioriteit", "place": "plaats", "quantity": "aantal",
           "notes": "opmerkingen"},
}
_OR = {"en": " or ", "fr": " ou ", "nl": " of "}


def role_names(roles: list[str], lang: str = "en", joiner: str | None = None) -> str:
    """The roles as an answer names them, in `lang`, joined by "or" (or `joiner`)."""
    names = ROLE_NAMES.get(lang, ROLE_NAMES["en"])
    return (joiner or _OR.get(lang, " or ")).join(names.get(r, role_label(r)) for r in roles)
