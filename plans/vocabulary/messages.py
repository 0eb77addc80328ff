"""What the assistant says around its quotes, in the question's language (English, French, Dutch).

Quotes stay verbatim in the document's language; only these frames are translated.
`say(key, lang, **values)` fills one; an unknown language falls back to English.
"""

from __future__ import annotations

import re

MESSAGES: dict[str, dict[str, str]] = {
    "abstain": {
        "en": "The plans in the index do not cover this: I found no passage that answers it.",
        "fr": "Les plans indexés ne couvrent pas cette question : je n'ai trouvé aucun passage qui y réponde.",
        "nl": "De geïndexeerde plannen behandelen dit niet: ik vond geen passage die deze vraag beantwoordt.",
    },
    "in_section": {
        "en": "{document} deals with it under the heading “{heading}” [1].",
        "fr": "{document} en traite sous le titre « {heading} » [1].",
        "nl": "{document} behandelt dit onder de titel ‘{heading}’ [1].",
    },
    "no_row": {
        "en": "The plans in the index have no {label}: I cannot say anything about it.",
        "fr": "Les plans indexés n'ont pas de {label} : je ne peux rien en dire.",
        "nl": "De geïndexeerde plannen hebben geen {label}: daar kan ik niets over zeggen.",
    },
    "ranks_first_of_rows": {
        "en": "{label} — {header}: {value} [1], the {direction} of the {count} rows of the table.",
        "fr": "{label} — {header} : {value} [1], {direction} des {count} lignes du tableau.",
        "nl": "{label} — {header}: {value} [1], {direction} van de {count} rijen van de tabel.",
    },
    "ranks_first_of_columns": {
        "en": "{label} — {header}: {value} [1], the {direction} of its {count} columns.",
        "fr": "{label} — {header} : {value} [1], {direction} de ses {count} colonnes.",
        "nl": "{label} — {header}: {value} [1], {direction} van zijn {count} kolommen.",
    },
    "rank_max": {"en": "highest", "fr": "la valeur la plus élevée", "nl": "de hoogste waarde"},
    "rank_min": {"en": "lowest", "fr": "la valeur la plus basse", "nl": "de laagste waarde"},
    "rows_whose": {
        "en": "Rows whose {what} is {value}:",
        "fr": "Lignes dont le {what} est {value} :",
        "nl": "Rijen waarvan de {what} {value} is:",
    },
    "rows_match": {
        "en": "{count} lines match:",
        "fr": "{count} lignes correspondent :",
        "nl": "{count} regels komen overeen:",
    },
    "goal_line": {
        "en": "Goal {number} ({text}) has one line of action:",
        "fr": "L'objectif {number} ({text}) compte une ligne d'action :",
        "nl": "Doel {number} ({text}) telt één actielijn:",
    },
    "goal_lines": {
        "en": "Goal {number} ({text}) has {count} lines of action:",
        "fr": "L'objectif {number} ({text}) compte {count} lignes d'action :",
        "nl": "Doel {number} ({text}) telt {count} actielijnen:",
    },
    "part_lines": {
        "en": "{part}: {count} lines of action:",
        "fr": "{part} : {count} lignes d'action :",
        "nl": "{part}: {count} actielijnen:",
    },
    "lists_actions": {
        "en": "{what} lists {count} actions:",
        "fr": "{what} énumère {count} actions :",
        "nl": "{what} somt {count} acties op:",
    },
    "involved_in": {
        "en": "{name} is involved in",
        "fr": "{name} intervient dans",
        "nl": "{name} is betrokken bij",
    },
    "responsible_for": {
        "en": "{name} is responsible for",
        "fr": "{name} est responsable de",
        "nl": "{name} is verantwoordelijk voor",
    },
    "lines_on_topic": {
        "en": "The lines of action on this are",
        "fr": "Les lignes d'action à ce sujet sont",
        "nl": "De actielijnen hierover zijn",
    },
    "coordinated_by": {
        "en": "{label} is coordinated by {coordination}; lead: {lead}",
        "fr": "{label} est coordonnée par {coordination} ; pilote : {lead}",
        "nl": "{label} wordt gecoördineerd door {coordination}; trekker: {lead}",
    },
    "falls_under_goal": {
        "en": "{label} falls under goal {number}: {text}",
        "fr": "{label} relève de l'objectif {number} : {text}",
        "nl": "{label} valt onder doel {number}: {text}",
    },
    "falls_under_objective": {
        "en": "{label} falls under objective {number}: {text}",
        "fr": "{label} relève de l'objectif {number} : {text}",
        "nl": "{label} valt onder doelstelling {number}: {text}",
    },
    "no_row_gives": {
        "en": "No row of the plans gives {value}.",
        "fr": "Aucune ligne des plans ne donne {value}.",
        "nl": "Geen enkele rij van de plannen vermeldt {value}.",
    },
    "no_line_names": {
        "en": "No line of action in the plans names {name}.",
        "fr": "Aucune ligne d'action des plans ne nomme {name}.",
        "nl": "Geen enkele actielijn in de plannen noemt {name}.",
    },
    "stands_for": {
        "en": "{short} stands for {long}",
        "fr": "{short} signifie {long}",
        "nl": "{short} staat voor {long}",
    },
    "overview_purpose": {
        "en": "{title}:",
        "fr": "{title} :",
        "nl": "{title}:",
    },
    "part_overview": {
        "en": "{title}, the part “{heading}”",
        "fr": "{title}, la partie « {heading} »",
        "nl": "{title}, het deel ‘{heading}’",
    },
    "overview_parts": {
        "en": "Its main parts:",
        "fr": "Ses principales parties :",
        "nl": "De belangrijkste onderdelen:",
    },
    "outline": {
        "en": "{title} has {count} main parts:",
        "fr": "{title} compte {count} grandes parties :",
        "nl": "{title} bestaat uit {count} grote delen:",
    },
    "list_intro": {
        "en": "{heading} ({count}):",
        "fr": "{heading} ({count}) :",
        "nl": "{heading} ({count}):",
    },
    "count": {
        "en": "The plan lists {count} {noun}:",
        "fr": "Le plan en énumère {count} ({noun}) :",
        "nl": "Het plan somt er {count} op ({noun}):",
    },
    "signed": {
        "en": "Signed: {signer}",
        "fr": "Signé : {signer}",
        "nl": "Ondertekend: {signer}",
    },
    "titled": {
        "en": "The document is titled: {title}",
        "fr": "Le document s'intitule : {title}",
        "nl": "Het document heet: {title}",
    },
    "cover_names": {
        "en": "The cover of {title} names: {line}",
        "fr": "La couverture de {title} indique : {line}",
        "nl": "Op de omslag van {title} staat: {line}",
    },
    "author": {
        "en": "{title} is by {author}",
        "fr": "{title} est l'œuvre de {author}",
        "nl": "{title} is van {author}",
    },
    "more": {
        "en": "and {count} more",
        "fr": "et {count} autres",
        "nl": "en nog {count}",
    },
    "row_lead": {
        "en": "{label} is the responsibility of {names}",
        "fr": "{label} relève de {names}",
        "nl": "{label} valt onder de verantwoordelijkheid van {names}",
    },
    "row_indicator": {
        "en": "{label} is monitored through: {items}",
        "fr": "{label} est suivie au moyen de : {items}",
        "nl": "{label} wordt opgevolgd via: {items}",
    },
    "row_lacks": {
        "en": "{label} is in {document}, but its row gives no {what}, so I cannot say.",
        "fr": "{label} figure dans {document}, mais sa ligne ne donne pas de {what} : je ne peux pas le dire.",
        "nl": "{label} staat in {document}, maar de rij vermeldt geen {what}: dat kan ik niet zeggen.",
    },
    "row_not_naming": {
        "en": "{label} of {document} does not mention {names}, so I cannot say.",
        "fr": "{label} ({document}) ne mentionne pas {names} : je ne peux pas le dire.",
        "nl": "{label} ({document}) vermeldt {names} niet: dat kan ik niet zeggen.",
    },
    "row_gives_no": {
        "en": "The row gives no {what}.",
        "fr": "La ligne ne donne pas de {what}.",
        "nl": "De rij vermeldt geen {what}.",
    },
    "line": {"en": "Line {ref}", "fr": "Ligne {ref}", "nl": "Lijn {ref}"},
    "initials_of": {
        "en": "The plans do not spell {short} out next to it, but they write {long}, whose initials are {short}",
        "fr": "Les plans ne développent pas {short} à côté du sigle, mais ils écrivent {long}, dont les initiales "
              "forment {short}",
        "nl": "De plannen schrijven {short} niet voluit naast de afkorting, maar wel {long}, met als "
              "beginletters {short}",
    },
    "initials_of_several": {
        "en": "The plans do not spell {short} out next to it; they write several names whose initials are {short}: "
              "{names}",
        "fr": "Les plans ne développent pas {short} à côté du sigle ; ils écrivent plusieurs noms dont les "
              "initiales forment {short} : {names}",
        "nl": "De plannen schrijven {short} niet voluit naast de afkorting; ze schrijven meerdere namen met als "
              "beginletters {short}: {names}",
    },
    "either": {"en": "{a} or {b}", "fr": "{a} ou {b}", "nl": "{a} of {b}"},
    "not_spelled_out": {
        "en": "The plans write {short} but never spell it out.",
        "fr": "Les plans emploient le sigle {short} sans jamais le développer.",
        "nl": "De plannen gebruiken de afkorting {short} maar schrijven ze nergens voluit.",
    },
    # one plan's part of an answer to a question set on several plans
    "per_plan": {
        "en": "what {title} says about this.",
        "fr": "ce que dit {title} à ce sujet.",
        "nl": "wat {title} hierover zegt.",
    },
    "not_said": {
        "en": "The plans do not say: {part}",
        "fr": "Les plans ne le disent pas : {part}",
        "nl": "De plannen zeggen het niet: {part}",
    },
    # a configured language model did not write the answer (the extractive answer is given instead)
    "llm_fallback": {
        "en": "{reason}; this is the extractive answer.",
        "fr": "{reason} ; voici la réponse extractive.",
        "nl": "{reason}; dit is het extractieve antwoord.",
    },
    "llm_unreachable": {
        "en": "The language model could not be reached",
        "fr": "Le modèle de langue est injoignable",
        "nl": "Het taalmodel is niet bereikbaar",
    },
    "llm_timeout": {
        "en": "The language model did not answer within {seconds:g} s",
        "fr": "Le modèle de langue n'a pas répondu en {seconds:g} s",
        "nl": "Het taalmodel antwoordde niet binnen {seconds:g} s",
    },
    "llm_rate_limited": {
        "en": "The language model is rate-limited",
        "fr": "Le modèle de langue limite le nombre de requêtes",
        "nl": "Het taalmodel beperkt het aantal verzoeken",
    },
    "llm_http": {
        "en": "The language model answered HTTP {status}",
        "fr": "Le modèle de langue a répondu HTTP {status}",
        "nl": "Het taalmodel antwoordde HTTP {status}",
    },
    "llm_unreadable": {
        "en": "The language model sent a reply that could not be read",
        "fr": "Le modèle de langue a envoyé une réponse illisible",
        "nl": "Het taalmodel stuurde een onleesbaar antwoord",
    },
    "llm_empty": {
        "en": "The language model sent an empty reply",
        "fr": "Le modèle de langue a envoyé une réponse vide",
        "nl": "Het taalmodel stuurde een leeg antwoord",
    },
    "llm_unsupported": {
        "en": "The language model's answer was not supported by the passages",
        "fr": "La réponse du modèle de langue n'est pas étayée par les passages",
        "nl": "Het antwoord van het taalmodel wordt niet door de passages gestaafd",
    },
    "llm_dropped": {
        "en": "{count} sentence(s) of the language model that the passages do not support were left out.",
        "fr": "{count} phrase(s) du modèle de langue que les passages n'étayent pas ont été écartées.",
        "nl": "{count} zin(nen) van het taalmodel die de passages niet staven, zijn weggelaten.",
    },
}


# French elides "de" before a vowel or a mute h: "pas de {what}" with "indicateur" is
# "pas d'indicateur".
_ELIDED = re.compile(r"\bde \{(\w+)\}")
_VOWEL = re.compile(r"[aeiouyhàâäéèêëîïôöûüœ]", re.I)


def say(key: str, lang: str = "en", **values: object) -> str:
    table = MESSAGES[key]
    template = table.get(lang, table["en"])
    if lang == "fr":
        template = _ELIDED.sub(lambda m: f"d'{{{m.group(1)}}}" if _VOWEL.match(str(values.get(m.group(1), "")))
                               else m.group(0), template)
    return template.format(**values)
