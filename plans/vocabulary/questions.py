"""What kind of answer a question asks for, read from its wording (English, French, Dutch).

One table: for each answer type, the patterns (regular expressions over the lower-cased
question) that ask for it, per language. The first type whose pattern matches wins, in
the order of `ANSWER_TYPES`: "how much money" is an amount before it is a number,
"who wrote the plan" is a document fact before it is an agent.

Answer types
------------
document  a fact about the document itself: its author, issuer, date, title
overview  what a plan is about: its purpose and main parts ("summarise ...")
acronym   what an abbreviation stands for
yesno     a yes/no question ("does the plan foresee ...?")
change    how much something rose or fell: a figure ("by 1.2 °C", "by a fifth", "20%")
amount    a sum of money
percent   a percentage
duration  a length of time
frequency how often
date      a date or a year
number    a count (with the counted noun: "how many sectors")
list      several items ("what are the six goal areas?", "which measures ...")
agent     a person or a body ("who ...", "which ministry ...")
place     where
definition what something is ("what is X?")
"""

from __future__ import annotations

import re
from functools import lru_cache

from plans.text import unaccented
from plans.vocabulary.coordination import OPENING_PREPOSITIONS

# Words that open another phrase, so that the document named after them is not the one whose
# parts are asked for ("which parts make up the test that newcomers take, according to the
# plan?"): articles, relative pronouns, "according to"; and prepositions, which a document
# noun's own modifiers do not hold.
_OTHER_PHRASE = r"(?:the|a|an|le|la|les|un|une|de|het|een|who|that|which|qui|que|dont|die|dat|according|selon|volgens)"
_PREPOSITION = r"(?:of|in|for|on|by|to|du|des|pour|par|dans|sur|van|voor|door|op|bij|met|uit|naar)"
_GAP = rf"(?: (?!{_OTHER_PHRASE}\b)\S+)"  # a word between the part word and the document's article
_MODIFIER = rf"(?:(?!(?:{_OTHER_PHRASE}|{_PREPOSITION})\b)\w+ )"  # a word before the document noun

# The kinds of body or person a question may ask for by name ("which ministry ...", "quel
# organisme ...", "welke dienst ..."): such a question asks to be told which one.
# Offices a person holds ("which mayor …?", "welke gedeputeerde …?"): the answer names the
# office, or it names someone else.
OFFICES: dict[str, tuple[str, ...]] = {
    "en": ("secretary", "director", "mayor", "governor", "chair", "chairman", "chairwoman", "commissioner",
           "alderman", "councillor", "president", "ambassador", "minister"),
    "fr": ("secrétaire", "directeur", "directrice", "maire", "gouverneur", "président", "présidente", "commissaire",
           "ambassadeur", "élu", "ministre"),
    "nl": ("gedeputeerde", "wethouder", "burgemeester", "staatssecretaris", "voorzitter", "directeur", "gouverneur",
           "commissaris", "schepen", "ambassadeur", "minister"),
}
AGENT_KINDS: dict[str, str] = {
    "en": (r"body|department|ministry|service|organisation|organization|institution|entity|authority|committee|"
           r"group|agency|institute|unit|office|minister|person|official|council|commission|board|centre|center|"
           r"think tank|ngo|association|foundation|network|platform|company|firm|partner|university|"
           r"administration|government|directorate|division|" + "|".join(OFFICES["en"])),
    "fr": (r"organisme|organe|ministère|département|service|institution|entité|autorité|comité|acteur|acteurs|"
           r"agence|structure|ministre|personne|conseil|commission|centre|institut|office|bureau|cellule|direction|"
           r"organisation|ong|association|fondation|réseau|plateforme|entreprise|partenaire|université|"
           r"administration|gouvernement|groupe de réflexion|" + "|".join(OFFICES["fr"])),
    "nl": (r"orgaan|departement|ministerie|dienst|organisatie|instelling|entiteit|overheid|comité|agentschap|"
           r"minister|persoon|actor|actoren|raad|commissie|centrum|instituut|bureau|directie|afdeling|cel|ngo|"
           r"vereniging|stichting|netwerk|platform|bedrijf|partner|universiteit|administratie|regering|denktank|"
           + "|".join(OFFICES["nl"])),
}
# "ministries", "agencies", "bodies": the plurals in -ies of the English kinds above
_AGENT_PLURALS_EN = "|".join(w[:-1] + "ies" for w in AGENT_KINDS["en"].split("|") if w.endswith("y"))

# Words that open a phrase saying where a thing asked about is found, not what it is ("the
# HWA in Norland's set-up", "le CNDD au Bénin", "de HWA binnen de provincie").
SETTING_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("in", "within", "at", "under", "of", "for"),
    "fr": ("dans", "au", "aux", "en", "de", "du", "des", "pour", "chez"),
    "nl": ("in", "binnen", "bij", "van", "voor"),
}
# Nouns for a number of bodies or people of some kind ("how many residents' groups …?"): a
# plan may count them by another of these ("51 civil society organisations").
COLLECTIVES: dict[str, tuple[str, ...]] = {
    "en": ("group", "groups", "organisation", "organisations", "organization", "organizations", "body", "bodies",
           "entity", "entities", "actor", "actors", "party", "parties", "institution", "institutions"),
    "fr": ("groupe", "groupes", "organisation", "organisations", "organisme", "organismes", "entité", "entités",
           "acteur", "acteurs", "structure", "structures", "institution", "institutions", "association",
           "associations"),
    "nl": ("groep", "groepen", "organisatie", "organisaties", "instelling", "instellingen", "actor", "actoren",
           "partij", "partijen", "orgaan", "organen", "entiteit", "entiteiten"),
}
# Kinds that say only that a body is asked for, not which kind of body ("which institution
# prepared it?"): any body the plan names on its cover answers them.
ANY_BODY: dict[str, tuple[str, ...]] = {
    "en": ("body", "organisation", "organization", "institution", "entity", "authority", "structure"),
    "fr": ("organisme", "organe", "institution", "entité", "autorité", "structure", "organisation"),
    "nl": ("orgaan", "organisatie", "instelling", "entiteit", "overheid", "instantie"),
}
# Words that open the name of a body of a kind ("Ministry of …", "Direction générale …",
# "Departement …"), in the three languages.
BODY_NAMES: tuple[str, ...] = (
    "ministry", "department", "agency", "office", "directorate", "commission", "council", "service", "secretariat",
    "ministère", "département", "agence", "direction", "commission", "conseil", "secrétariat", "cellule",
    "ministerie", "departement", "agentschap", "directie", "commissie", "raad", "dienst", "secretariaat",
)

WHICH_ONE: dict[str, str] = {  # (and a second kind: "which ministry and directorate …")
    "en": rf"^(which|what) (\w+ )?({AGENT_KINDS['en']})\b(?: (?:and|or) ({AGENT_KINDS['en']})\b)?",
    "fr": rf"^(quel|quelle|quels|quelles) (\w+ )?({AGENT_KINDS['fr']})\b(?: (?:et|ou) ({AGENT_KINDS['fr']})\b)?",
    "nl": rf"^(welk|welke) (\w+ )?({AGENT_KINDS['nl']})\b(?: (?:en|of) ({AGENT_KINDS['nl']})\b)?",
}

# The nouns a question names a plan by ("… in the adaptation programme", "… dans le rapport de
# la NASA", "… volgens de snelstudie"); Dutch writes them as the end of a compound.
DOCUMENT_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("plan", "report", "strategy", "document", "study", "agreement", "programme", "program", "note",
           "glossary", "paper", "nap", "policy"),
    "fr": ("plan", "rapport", "stratégie", "document", "étude", "accord", "programme", "note", "glossaire",
           "pna", "politique"),
    "nl": ("plan", "rapport", "strategie", "document", "studie", "akkoord", "programma", "nota", "verslag",
           "woordenlijst", "beleid"),
}
_DOCUMENT_EN = "(" + "|".join(DOCUMENT_NOUNS["en"]) + ")"

# (Dutch writes the kind asked as the end of a compound, "welk recyclagepercentage", "welke
# einddatum": its patterns let a word run into the head noun.)
ANSWER_TYPES: dict[str, dict[str, tuple[str, ...]]] = {
    "document": {
        "en": (r"\b(who|which (\w+ ){0,2}\w+) (wrote|authored|published|issued|prepared|drafted) (the|this) ([\w'’-]+ ){0,6}"
               r"(report|plan|document|study|strategy|programme|agreement)\b",
               r"\bwho(?: is|'s|’s) the (author|publisher|issuer)\b", r"\bauthors? of (the|this)\b",
               r"\b(when|what year) was (the|this) (\w+ ){0,4}(report|plan|document|study|strategy) "
               r"(published|issued|adopted|released)\b",
               r"\bwhat is the (full )?title of\b", r"\bwho (has )?signed\b", r"\bwho signs\b", r"\bsignator(y|ies)\b",
               r"\bwho (wrote|signed) (the|its|this) (\w+ )?(foreword|preface|letter)\b"),
        "fr": (r"\b(qui|quel(le)?s? (\w+ ){0,2}\w+) (a|ont) (écrit|rédigé|publié|préparé|élaboré|édité) "
               r"(le|la|ce|cette) ([\w'’-]+ ){0,6}(rapport|plan|document|étude|stratégie|programme)\b", r"\bauteurs? (du|de la|de ce)\b",
               r"\bquel est le titre\b", r"\bqui (a|ont) signé\b", r"\bqui signe(nt)?\b", r"\bsignataires?\b",
               r"\bqui (a|ont) (écrit|rédigé|signé) (l'avant-propos|la préface|la lettre)\b"),
        "nl": (r"\b(wie|welke? (\w+ ){0,2}\w+) (heeft|hebben) (het|de|dit|deze) ([\w'’-]+ ){0,6}\w*(rapport|plan|document|"
               r"studie|strategie|akkoord|programma) (geschreven|opgesteld|gepubliceerd|uitgegeven)\b", r"\bauteurs? van\b",
               r"\bwat is de titel\b", r"\bwie is de (auteur|uitgever|verantwoordelijke uitgever)\b",
               r"\bwie (heeft|hebben) .{0,80}\b(ondertekend|getekend)\b", r"\bwie (ondertekende|tekende|ondertekent|tekent)\b",
               r"\bondertekenaars?\b", r"\bwie schreef (het voorwoord|de brief)\b"),
    },
    # "which parts is the plan made of?": the document's main parts, all of them (the parts
    # of a document: a word for its parts, then the document's noun)
    "outline": {
        "en": (rf"\b(parts|chapters)\b{_GAP}{{0,8}} (the|this|its) {_MODIFIER}{{0,4}}(plan|report|document|study|"
               r"strategy|programme|program|agreement)\b",
               rf"\bsections (of|in) (the|this|its) {_MODIFIER}{{0,4}}(plan|report|document|study|strategy|programme|"
               r"program|agreement)\b",
               rf"\bhow is (the|this) {_MODIFIER}{{0,4}}(plan|report|document|study|strategy|programme|program|agreement) "
               r"(\w+ ){0,6}(structured|organi[sz]ed|built up)\b"),
        # ("parties prenantes", "parties concernées": the parties to a process, not a document's parts)
        "fr": (rf"\b(parties(?! (prenantes|concern[ée]es|int[ée]ress[ée]es|contractantes|signataires)\b)|chapitres)\b"
               rf"{_GAP}{{0,8}} (du|de la|de l'|de ce|de cette|le|la|l') ?{_MODIFIER}{{0,4}}"
               r"(plan|rapport|document|étude|stratégie|programme|accord)\b",
               rf"\bcomment (est )?(le|la|ce|cette|l') ?{_MODIFIER}{{0,4}}(plan|rapport|document|étude|stratégie|"
               r"programme|accord) (\w+ ){0,6}(est(-(il|elle))? )?(structurée?|organisée?|construite?)\b"),
        "nl": (rf"\b(delen|hoofdstukken|onderdelen)\b{_GAP}{{0,8}} (het|de|dit|deze) {_MODIFIER}{{0,4}}\w*(plan|"
               r"rapport|document|studie|strategie|programma|akkoord)\b",
               rf"\bhoe (is|zijn) (het|de|dit|deze) {_MODIFIER}{{0,4}}\w*(plan|rapport|document|studie|strategie|"
               r"programma|akkoord) (\w+ ){0,6}opgebouwd\b"),
    },
    "overview": {
        "en": (r"\bwhat is (the|this|that|[\w-]+['’]s) ([\w-]+ ){0,8}?" + _DOCUMENT_EN +
               r"( (of|for|on) [\w'’ -]{1,60}?)? (all )?about\b", r"\bwhat (does|do) (the|this) (\w+ ){0,5}(plan|report|document|study|strategy|"
               r"programme|agreement)( (of|for|from|on) [\w'’ -]{1,40}?)? (cover|deal with|address)\b", r"\bsummari[sz]e\b", r"\bsummary of\b",
               r"\b(main|key) (points|elements|messages|features|themes|ideas|parts)\b", r"\boverview of\b",
               r"\bin (a )?(nutshell|few words)\b",
               # "what does the plan's dredging chapter deal with?": a part of it
               r"\bwhat (does|do) (the|this|its|[\w-]+['’]s) (\w+ ){0,3}(part|chapter|section|theme|pillar|strand|axis)\b"
               r"[^?]{0,120}? (cover|deal with|address|discuss)\b",
               r"\bwhat is (the|this|its|[\w-]+['’]s) (\w+ ){0,3}(part|chapter|section|theme|pillar|strand|axis)\b"
               r"[^?]{0,120}? about\b",
               r"\b(the|its) (main |key |central |core )?message of (the|this) ([\w-]+ ){0,5}(plan|report|document|"
               r"study|strategy|programme|program|agreement)\b",
               r"\bwhat (is|are) (the|its|[\w-]+['’]s) (main|key|central|core) messages?\b",
               r"\bwhat is the (purpose|aim|goal) of (the|this|[\w-]+['’]s) "
               r"(\w+ ){0,5}(plan|report|document|study|strategy|programme|agreement)\b",
               r"\bwhat (does|do) (the|this|[\w-]+['’]s) (\w+ ){0,5}(plan|report|document|study|strategy|programme|agreement) "
               r"(aim|seek|intend|want) to (achieve|do|accomplish)\b",
               r"\bwhat (is|are) (the|this|[\w-]+['’]s) [^?]{0,100}?\b(plan|report|strategy|programme|program|"
               r"agreement|policy|document|study)\b[^?]{0,80}? (meant|intended|supposed|designed) to "
               r"(achieve|do|accomplish)\b"),
        "fr": (r"\bde quoi (parle|parlent|traite|traitent)\b",
               r"\bque (couvre|couvrent|aborde|abordent) (le|la|ce|cette|l['’]) ?(\w+ ){0,5}(plan|rapport|document|"
               r"étude|stratégie|programme|accord)\b", r"\bque (vise|veut atteindre) (le|la|ce|cette) "
               r"(\w+ ){0,4}(plan|rapport|document|étude|stratégie|programme|accord)\b",
               r"\bquel est le but (du|de la|de ce|de cette)\b", r"\bquel est (l'objet|le sujet|l'objectif) (du|de la|de ce|de cette)\b",
               r"\brésum(ez|er|é|e)\b", r"\b(points|éléments|messages) (principaux|clés)\b",
               r"\bgrandes lignes\b", r"\bprincipaux (points|axes|éléments)\b",
               r"\ble message (principal |central |clé )?(du|de la|de ce|de cette|de l') ?(\w+ ){0,4}(plan|rapport|"
               r"document|étude|stratégie|programme|accord)\b",
               # "que vise à atteindre le PPV ?": a plan named by its noun or its abbreviation
               r"\bque (cherche|veut|entend|vise) (à )?(faire|atteindre|accomplir|réaliser) (le|la|ce|cette|l['’]) ?"
               r"((\w+ ){0,3}(plan|rapport|document|étude|stratégie|programme|accord|politique)\b"
               r"|[\w-]{2,8}( (du|de la|de l['’]|des|de) ?[\w'’ -]{1,40})?\s*\??\s*$)"),
        "nl": (r"\bwaar gaat (het|de|dit|deze) .{0,120}\bover\b",
               r"\bwat (behandelt|behandelen|bestrijkt|omvat) (het|de|dit|deze) (\w+ ){0,5}\w*(plan|rapport|document|"
               r"studie|strategie|programma|akkoord)\b", r"\bvat .{0,60}\bsamen\b", r"\bsamenvatting\b",
               r"\bhoofdpunten\b", r"\bbelangrijkste (punten|elementen|boodschappen)\b",
               r"\b(kern)?boodschap van (het|de|dit|deze) .{0,60}(plan|rapport|document|studie|strategie|programma|"
               r"akkoord)\b",
               r"\bwat is het doel van (het|de|dit|deze)\b", r"\bwat wil (het|de|dit|deze) .{0,60}\bbereiken\b"),
    },
    "acronym": {
        "en": (r"\bwhat (does|do) [\w.&'’ -]{1,120}? stand for\b", r"\bwhat is [\w.&'-]+ short for\b",
               r"\bwhat does the (acronym|abbreviation) [\w.&'-]+ mean\b", r"\b(acronyms?|abbreviations?)\b"),
        # (an abbreviation, not a phrase with its article: "que signifie le principe … ?" asks a definition)
        "fr": (r"\bque (signifie|signifient|veut dire|veulent dire) (le sigle |l'acronyme |l'abréviation |"
               r"(?!(le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces)\b))[\w.&'-]+\b",
               r"\bsigles?\b", r"\bacronymes?\b", r"\babréviations?\b"),
        "nl": (r"\bwaar sta(at|an) [\w.&'’ -]{1,120}? voor\b",
               r"\bwat betekent (de afkorting |(?!(de|het|een|dit|deze|die|dat)\b))[\w.&'-]+\b",
               r"\bafkorting(en)?\b", r"\bacroniem(en)?\b"),
    },
    "yesno": {
        # (not a request: "can you list / give / tell me …?" asks for what it names)
        "en": (r"^(does|do|did|is|are|was|were|has|have|had|can|could|will|would|should|shall)\b"
               r"(?!\s+you\s+(please\s+)?(list|name|give|tell|summari[sz]e|describe|explain|show|enumerate|provide|"
               r"outline|set out)\b)(?!.*\b(which|what|who|when|where|how)\b.*\?)",),
        "fr": (r"^est-ce que?\b", r"^(le|la|les|l'|ce|cette)\b.{0,80}-(t-)?(il|elle|ils|elles)\b",
               r"^(y a-t-il|existe-t-il|prévoit-il|prévoit-elle)\b"),
        "nl": (r"^(is|zijn|was|waren|heeft|hebben|had|wordt|worden|werd|kan|kunnen|zal|zullen|moet|moeten|"
               r"bevat|voorziet)\b(?!.*\b(welke|wat|wie|wanneer|waar|hoe)\b)",),
    },
    "change": {
        "en": (r"\bby how much\b", r"\bhow much (did|has|have|had|will|would|does|do|could|can|may|might|should|must) "
               r".*\b(increas|ris|rose|grow|grew|fall|fell|decreas|declin|drop|reduc|chang)\w*"),
        "fr": (r"\bde combien\b(?! de\b| d')", r"\bdans quelle mesure .*\b(augment|diminu|baiss|recul|progress)\w*"),
        # "met hoeveel is X gestegen?" (by how much), not "met hoeveel partners werkt X samen?"
        "nl": (r"\bmet hoeveel( procent)? (is|zijn|was|waren|wordt|worden|werd|werden|zal|zullen|moet|moeten|kan|"
               r"kunnen|heeft|hebben|had|stijgt|stijgen|steeg|daalt|dalen|daalde|groeit|groeien|groeide|neemt|nemen|"
               r"nam|gaat|gaan|verhoogt|verhogen|verlaagt|verlagen|vermindert|verminderen)\b",
               r"\bhoeveel (is|zijn|was|waren) .*\b(gestegen|gedaald|toegenomen|afgenomen|gegroeid|veranderd)\b"),
    },
    # "how many times larger is X than Y?", "hoeveel meer ruimte neemt X in dan Y?": a multiple
    "multiple": {
        "en": (r"\bhow many times (more|less|larger|bigger|smaller|higher|lower|greater|as)\b",
               r"\bhow much (more|less|larger|bigger|smaller|higher|lower|greater)\b.{0,60}\b(than|compared (to|with))\b"),
        "fr": (r"\bcombien de fois (plus|moins)\b",
               r"\bcombien (de )?(plus|moins)\b.{0,60}\b(que|par rapport (à|au|aux)|comparée? (à|au|aux))\b"),
        "nl": (r"\bhoeveel (keer|maal) (meer|minder|groter|kleiner|hoger|lager|zo)\b",
               r"\bhoeveel (meer|minder|groter|kleiner)\b.{0,60}\b(dan|vergeleken met|in vergelijking met)\b"),
    },
    "amount": {
        "en": (r"\bhow much (money|funding|budget)\b", r"\bhow much .*\b(cost|budget|allocat|fund|spen[dt]|invest|"
               r"set aside|amounts? to|pa(y|id)|contribut|donat|grant)",
               # (not "which body / which offices publish fee data?": a kind of body asked for before it is who)
               r"\b(what|which) (?:(?!(?:" + AGENT_KINDS["en"] + r")(?:e?s)?\b(?!['’]s)|(?:" + _AGENT_PLURALS_EN
               + r")\b)[\w'’,.-]+ ){0,7}?"
               r"(budget|amount of money|funding|sum|cost|fines?|fees?|price)\b",
               r"\bbudget (is|was) allocated\b", r"\bin (euros?|dollars?|pounds|usd|eur)\b",
               r"\bhow many (thousand |million |billion )?(euros?|dollars?|pounds)\b",
               # "what would the X programme cost, according to …?"
               r"\bwhat (would|will|does|do|did|should|could|might) .{0,100}\b(?<!about )(?<!on )cost\s*(?:[?,;]|$)",
               # "what does a newcomer have to pay when …?"
               r"^what (does|do|did|will|would|must|should) .{0,80}\b(have to |need to )?pay\b"),
        "fr": (r"\bquel(le)? (est le |est la )?(budget|montant|coût|somme|financement)\b", r"\bcombien (co[uû]t\w*|"
               r"d'argent)\b", r"\bà combien s'élève\b", r"\ben (euros?|dollars?|fcfa|francs)\b",
               r"\bcombien (de )?(milliers |millions |milliards )?d['’](euros?|dollars?)\b",
               r"\bcombien de (milliers |millions |milliards )?(de )?(francs|fcfa)\b",
               # "combien la Varlande a-t-elle versé ?" (not "combien de projets ont été financés ?")
               r"\bcombien (?!de |d['’]).{0,60}\b(versé|versés|payé|payée|dépensé|investi|donné|alloué|contribué)\b",
               # "à combien est estimé le coût de X ?"
               r"\bcombien (?!de |d['’]).{0,40}\b(co[uû]ts?|montants?|budgets?|financements?)\b",
               # "que doit payer un nouvel arrivant … ?"
               r"^(que|qu['’]est-ce que?) (doit|doivent|devra|devront|paie|paient) .{0,80}\bpay(er|é)\b|^que (doit|doivent|devra|devront) payer\b"),
        "nl": (r"\bhoeveel (geld|budget|middelen)\b", r"\b(welk|wat is het) \w*(budget|bedrag)\b", r"\bwat kost\b",
               # "wat zou een proef met X kosten?", "hoeveel gaat de X kosten?"
               r"\b(wat|hoeveel) (zou|zouden|zal|zullen|gaat|gaan|moet|moeten|mag|mogen)\b.{0,80}\bkost(en|te|ten)\s*(?:[?,;]|$)",
               r"\bhoeveel kost\b", r"\b(hoeveel|wat) (bedraagt|bedragen|bedroeg|bedroegen)\b",
               # "wat moet een nieuwkomer betalen als …?"
               r"^(wat|hoeveel) (moet|moeten|zal|zullen|betaalt|betalen) .{0,80}\bbetalen\b|^(wat|hoeveel) (betaalt|betalen)\b",
               r"\bin (euro|euro's|dollar|dollars)\b", r"\bhoeveel (duizend |miljoen |miljard )?(euro|euro's|dollar|dollars)\b"),
    },
    "percent": {
        "en": (r"\b(what|which) (percentage|share|proportion|percent)\b", r"\bhow (high|large) (is|was) the (share|"
               r"percentage|proportion)\b"),
        "fr": (r"\bquel(le)? (pourcentage|part|proportion)\b", r"\bquel est le taux\b"),
        "nl": (r"\bwelk \w*(percentage|aandeel)\b", r"\bhoeveel procent\b"),
    },
    "duration": {
        "en": (r"\b(how long|how much time|for what period|(what|which) (time )?period|what timeframe|"
               r"how many (years|months|weeks|days))\b",),
        "fr": (r"\bcombien de temps\b", r"\bpendant combien\b", r"\bquelle (durée|période)\b",
               r"\bcombien (d'années|de mois|de semaines|de jours)\b"),
        "nl": (r"\bhoe lang\b", r"\bhoeveel tijd\b", r"\bwelke (periode|termijn|duur)\b",
               r"\bhoeveel (jaar|maanden|weken|dagen)\b"),
    },
    "frequency": {
        "en": (r"\bhow often\b", r"\bhow frequently\b", r"\bat what (interval|frequency)\b"),
        "fr": (r"\bà quelle fréquence\b", r"\btous les combien\b", r"\bcombien de fois\b"),
        "nl": (r"\bhoe vaak\b", r"\bhoe dikwijls\b", r"\bmet welke frequentie\b"),
    },
    "date": {
        "en": (r"^(when|since when|until when|by when)\b", r"\b(what|which) (dates?|years?|days?|months?)\b",
               r"\bin what year\b", r"\bdate of\b", r"\bduring which\b", r"\bby when\b", r"\bdeadlines?\b"),
        "fr": (r"^(quand|depuis quand|jusqu'à quand|d'ici quand)\b", r"\b(quelle|quel) (date|année|jour|mois)\b",
               r"\b(quelles|quels) (dates|années|jours|mois)\b", r"\ben quelles? années?\b", r"\bà quelle date\b",
               # (not "quand" that opens a clause of time, its subject after it, "quand il pleut …",
               # unless the verb is inverted as a question's is: "et quand le plan a-t-il été adopté ?")
               r"\bquand\b(?! (il|elle|ils|elles|on|ce|cela|ça|c'|nous|vous|le|la|les|l'|un|une|des)\b"
               r"(?![^?,;]*-(t-)?(il|elle|ils|elles|on)\b))", r"\béchéances?\b",
               r"\bdates? limites?\b"),
        "nl": (r"^(wanneer|sinds wanneer|tot wanneer|tegen wanneer)\b", r"\b(welke|wat is de) \w*(datum|dag|dagen|maand|maanden)\b",
               r"\bwelk \w*jaar\b", r"\bwelke \w*jaren\b", r"\bin welk jaar\b",
               r"\bwanneer\b(?! (het|de|er|men|ze|zij|we|wij|je|jij|hij|u|een|dit|deze|dat|die)\b)",
               r"\bdeadlines?\b", r"\buiterste datum\b"),
    },
    "number": {
        # "number of" asks for a count where it is what is asked ("what is the number of X?",
        # "number of X in Y?"), not in "what causes the rising number of X?"
        "en": (r"\b(how many|what number of)\b", r"^(the |total )*number of\b",
               # a range ("between which values does the mean temperature lie?")
               r"\bbetween (what|which) (values|figures|levels)\b", r"\bwithin (what|which) range\b",
               # an estimate of a count, however qualified ("what is the latest estimated number of X?")
               r"\b(what|which) (is|was|are|were) (the |its |their )?(\w+ ){0,3}(estimate|estimated number|count) of\b",
               r"\b(what|which) (is|was|are|were) (the |its |their )?(total |overall )?number of\b",
               # a measure read off a scale: "what satisfaction score did …", "what occupancy rate …"
               r"\b(what|which) (is |was |were |are )?(the |its |their )?(\w+ ){0,2}(score|rating|rate|ratio)\b",
               # a size in a unit: "what length of dikes …?", "what surface area is to be replanted?"
               r"\b(what|which) (is |was |will be )?(the |its |their )?([\w-]+ )?(length|surface area|distance|height|"
               r"depth|width|volume|capacity|speed|speed limit|temperature|altitude|elevation|weight)\b"),
        "fr": (r"\bcombien (de|d'|des)\b", r"\bquel (est le |etait le )?nombre\b", r"^(le )?nombre (total )?(de|d')",
               r"\b(quel|quelle) (est |était )?(l['’]|le |la )?(\w+ ){0,3}(estimation|nombre estimé)( \w+)? (du|des|de)\b",
               r"\bentre quel(le)?s (valeurs|chiffres|niveaux)\b", r"\bdans quelle fourchette\b",
               r"\b(quel|quelle) (est |était )?(le |la |l')?(\w+ ){0,2}(score|note|taux|ratio)\b",
               r"\b(quel|quelle) (est |était |sera )?(le |la |l')?(longueur|superficie|surface|distance|hauteur|"
               r"profondeur|largeur|volume|capacité|vitesse|température|altitude|poids)\b"),
        "nl": (r"\bhoeveel\b", r"\bwelk aantal\b", r"\btussen welke (waarden|cijfers|niveaus)\b", r"\b(wat is|wat was) (de |het )?(\w+ ){0,3}(schatting|geschatte aantal) van\b", r"^(het )?(totale )?aantal\b", r"\bwat (is|was) het (totale )?aantal\b",
               r"\b(welke|welk|wat is de|wat was de) (\w+ ){0,2}(score|\w*cijfer|verhouding|ratio)\b",
               # (a compound names the measure by its end: "maximumsnelheid", "reisafstand")
               r"\b(welke|wat is de|wat was de) (totale )?\w*(lengte|oppervlakte|afstand|hoogte|diepte|breedte|"
               r"inhoud|capaciteit|snelheid|temperatuur|gewicht)\b"),
    },
    "names": {
        "en": (r"\b(which|what) ((?!(?:can|could|do|does|did|will|would|are|is|were|was|should|must|have|has|had)\b)"
               r"\w+ ){0,3}(countries|cities|towns|municipalities|provinces|districts|states|regions|partners|organisations|organizations|ngos|centres|centers|"
               r"bodies|institutions|ministries|departments|agencies|entities|services|actors|resolutions|processes|"
               r"dialogues|languages|routes|members|institutes|councils|committees|projects|programmes|programs)\b",
               # "who sat on the team?": its members
               r"\bwho (is|are|was|were) (on|in|part of|a member of|members of)\b", r"\bwho (sits?|sat) (on|in)\b",
               r"\bwho (makes?|made) up\b"),
        "fr": (r"\b(quels|quelles) (\w+ ){0,3}(pays|villes|localités|provinces|districts|régions|partenaires|organisations|ong|centres|organismes|"
               r"institutions|ministères|départements|agences|entités|services|acteurs|membres|communes|comités|"
               r"projets|programmes)\b",
               r"\bqui (fait|font|faisait|faisaient|a fait|ont fait) partie\b", r"\bqui (siège|siègent|siégeait|siégeaient)\b",
               r"\bqui compos(e|ent|ait|aient)\b"),
        "nl": (r"\bwelke (\w+ ){0,3}(landen|steden|dorpen|districten|regio's|partners|organisaties|ngo's|centra|instellingen|"
               r"ministeries|departementen|agentschappen|diensten|actoren|leden|gemeenten|provincies|comités|"
               r"projecten|programma's|aanbieders)\b",
               r"\bwie (zit|zitten|zat|zaten) in\b", r"\bwie (maakt|maken|maakte|maakten) deel uit\b",
               r"\bwie (is|zijn|was|waren) lid\b"),
    },
    "list": {
        "en": (r"\b(list|enumerate|name the)\b", r"\b(which|what) (are|were) the\b",
               r"\bwhat are (its|their)\b", r"\bwhich \w+ (objectives|goals|priorities|lines|actions|measures|areas|"
               r"axes|pillars|recommendations|sectors|themes|steps)\b",
               r"\b(which|what) ([\w-]+ ){0,2}\w+s (does|do|did) .{0,60}\b(name|list|mention|identify|cite|set out|"
               r"consist of|comprise)\b",
               r"\b(which|what) (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) \w+",
               # "which criteria were used ...?": a plural asked for, by the verb that agrees with it
               r"^(which|what) \w+(s|ia) (are|were|have|had|do|did|will|would|can|could|should|must)\b",
               # "which topics has the programme covered?", "what issues is Norland's fund to tackle?": a
               # plural asked of a subject after it (not "what progress has", "which crisis is")
               r"^(which|what) \w+[^\Wisu]s (has|is|was|does) (the|a|an|this|that|its|their|\w+['’]s) ",
               # "which harbour and ferry topics has the council covered?", "which frameworks and
               # accords is the plan tied to?": the plural after its modifiers
               r"^(which|what) (\w+ (and |or )?){1,3}\w+[^\Wisu]s (has|have|had|does|do|did|is|was) [a-z0-9]",
               # "which risks threaten the coast?": a plural and the verb that agrees with it
               # (not "what must the ministries prepare?": a plural after a verb is its subject)
               r"^(which|what) (?!(?:must|should|can|could|will|would|may|might|shall|do|did|have|had|are|were)\b)"
               r"(\w+ )?(?!(?:does|this)\b)\w{2,}[^\Wisu]s (?!(?:of|in|for|on|at|to|by|from|with|and|or|the|a|an)\b)"
               r"\w+[^\Ws]\s",
               r"\bwhat (all )?(falls|fall) under\b", r"\bwhat (does|do) .{1,60}\b(include|encompass)\b",
               # "which sub-chapters form …?", "which categories of data are checked …?": a plural,
               # hyphenated or with what it is of, and the verb that agrees with it
               r"^(which|what) ([\w-]+ )?[\w]+-[\w]+s (?!(?:of|in|for|on|at|to|by|from|with|and|or|the|a|an)\b)\w+[^\Ws]\s",
               r"^(which|what) [\w-]+(ies|[^\Wisu]s) of ([\w'’-]+ ){1,4}(are|were|have|had|will|would|can|could|must|should)\b",
               # "which chiefs of staff … are mentioned?": what the text names, in the passive
               r"^(which|what) [^?]{0,100}?\b(are|were) (mentioned|named|listed|cited|identified|described|set out)\b"),
        "fr": (r"^quel(le)?s \w+",  # "quels critères ...?": the plural question word asks for several
               r"\bqu['’]est-ce qui (relève|entre) (de|dans)\b", r"\bque (comprend|recouvre|englobe)\b",
               r"\bquel(le)?s sont (les|ses|leurs)\b", r"\b(énumérez|citez|listez|nommez|énumérer|lister|citer)\b",
               r"\bquel(le)?s (objectifs|axes|mesures|actions|priorités|secteurs|recommandations|piliers|"
               r"domaines|étapes|lignes|thèmes)\b", r"\bquel(le)?s \w+ (cite|citent|mentionne|mentionnent|énumère|énumèrent)\b",
               r"\bquel(le)?s (deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2}) \w+",
               r"\bde quel(le)?s \w+ (se compos\w+|(est|sont) composée?s?)\b"),  # "de quels éléments se compose X ?"
        "nl": (r"\bwat zijn (de|zijn|haar|hun)\b", r"\bwelke zijn (de)?\b", r"\b(noem|som .{0,30} op|geef een "
               r"overzicht|opsommen|op een rij)\b", r"\bwelke (doelstellingen|doelen|maatregelen|acties|prioriteiten|sectoren|"
               r"aanbevelingen|pijlers|domeinen|stappen|kansen|lijnen|assen|thema's)\b",
               # ("welke zwakke punten van X noemt de studie?": the verb after what is named)
               r"\bwelke ([\w'’-]+ ){1,8}?(noemt|noemen|vermeldt|vermelden|somt|sommen)\b",
               r"\bwelke (twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2}) \w+",
               r"^welke \w+ (zijn|waren|worden|werden|hebben|hadden|zullen|kunnen|moeten)\b",
               # "welke adviesraden fuseert de regering?": a plural noun (after an adjective at
               # most) and the verb of another subject
               r"^welke ([\w'’-]+e )?[\w'’-]{3,}(en|s|'s) (?!(van|voor|in|op|met|uit|bij|die|dat|en|of)\b)\w+",
               r"\buit welke \w+ (bestaat|bestaan|bestond|bestonden)\b",  # "uit welke delen bestaat X?"
               r"\bwat (valt|vallen)\b.{0,60}\bonder\b", r"\bwat (omvat|omvatten|behelst)\b"),
    },
    "agent": {
        "en": (r"^(who|whom|whose)\b", WHICH_ONE["en"], r"\b(who|whom|whose)\b"),
        "fr": (r"^qui\b", WHICH_ONE["fr"], r"\bqui\b"),
        "nl": (r"^(wie|wiens|wier)\b", WHICH_ONE["nl"], r"\b(wie|wiens|wier)\b"),
    },
    "place": {
        # (a web site is where a text is published: "on which website …?")
        "en": (r"^(where|in which (country|city|place|region)|at which)\b",
               r"^(on|at|to|via) (which|what) (website|web site|web page|site|internet site)\b"),
        "fr": (r"^(où|dans quel(le)? (pays|ville|région|lieu))\b", r"\boù\b",
               r"^(sur|à|via) quel(le)? (site|page|adresse)\b"),
        # (not "waar gaat het over?", "waar verwijst X naar?": what it is about, what it names)
        "nl": (r"^(waar(?! (verwijst|verwijzen)\b)|in welk(e)? (land|stad|regio|plaats|provincie))\b",
               r"\bwaar\b(?!.*\b(over|naar)\b)",
               r"^(op|via) welke (website|webpagina|site|pagina)\b"),
    },
    "definition": {
        "en": (r"^(what|who) (is|are|was|were) (a |an |the )?[\w'’\-\" ]{1,60}\??\s*$", r"\bwhat is meant by\b",
               r"^what (does|do) [\w'’\-\" ]{1,60} mean\??\s*$",
               # "what does the principle 'X, Y' mean in the report?": a quoted name, whatever it holds
               r"^what (does|do) (the |this |a )?(\w+ )?['‘\"“][^'’\"”]{1,100}['’\"”] mean\b",
               r"\bdefin", r"\bwhat (does|do) .{1,80} mean by\b", r"\bwhat is understood by\b",
               r"^what (does|do) (the |this |a )?[\w'’\-\" ]{1,60} (denote|designate|refer to)\b",
               # "what are X, according to the report on …?"
               r"^(what|who) (is|are|was|were) (a |an |the )?[\w'’\-\" ]{1,60}, (according to|in|under|as \w+ (out )?in) "
               r"[^?,]*\??\s*$",
               # "what is, according to the report, a 'fast study'?": the source set before the thing
               r"^what (is|are),? according to [^,?]{1,80}?,? (a|an|the) [\w'’‘\-\" ]{1,60}(,|\?|$)"),
        "fr": (r"^qu['’]est-ce (que |qu['’](?!(il|elle|ils|elles|on)\b))", r"^(que|qu') (est|sont) ", r"^c'est quoi\b",
               r"^a quoi (sert|servent)\b", r"^que (signifie|signifient|veut dire|veulent dire) (le|la|les|l['’]|ce|cette) ",
               r"^(qu'entend-on|que faut-il entendre) par\b", r"\bqu['’]entend\b.{0,80}\bpar\b", r"\bdéfini",
               r"^que (désigne|désignent|recouvre|recouvrent) "),
        "nl": (r"^wat (is|zijn|was|waren) (een |de |het )?[\w'’\-\" ]{1,60}\??\s*$", r"^wat (betekent|betekenen) ",
               r"^waarvoor (dient|dienen)\b",
               r"\bwat wordt\b.{0,80}\b(bedoeld|"
               r"verstaan) (met|onder)\b", r"\bdefini", r"\bhoe (wordt|worden) .{1,60} gedefinieerd\b", r"\bwat verstaa?t\b.{0,80}\bonder\b",
               r"\bwat bedoel(t|en)\b.{0,80}\bmet\b",
               r"^wat (is|zijn|was|waren) (een |de |het )?[\w'’\-\" ]{1,60}, (volgens|in) [^?,]*\??\s*$",
               r"^wat (is|zijn),? volgens [^,?]{1,80}?,? (een|de|het) [\w'’‘\-\" ]{1,60}(,|\?|$)",
               r"^hoe omschrij(ft|ven)\b", r"^waar (verwijst|verwijzen) .{1,60} naar\b"),
    },
}

# Words that say how briefly or exactly to answer ("what is, in short, X?", "wat is precies
# X?"): no part of the thing asked about.
FILLERS: dict[str, tuple[str, ...]] = {
    "en": ("in short", "in brief", "briefly", "in a nutshell", "in a few words", "exactly", "actually", "basically"),
    "fr": ("en bref", "en résumé", "brièvement", "en quelques mots", "exactement", "au juste", "en somme"),
    "nl": ("in het kort", "kortom", "in een notendop", "in een paar woorden", "precies", "eigenlijk", "nu precies"),
}

# "What is X?" and its kin: the thing asked about (group 1), per language.
FOCUS: dict[str, tuple[str, ...]] = {
    "en": (r"^\s*what (?:is|are),? according to [^,?]{1,80}?,? (?:a|an|the) (.+?)\s*(?:,|\?|$)",
           # what a thing is for: "what is the X meant to do?", "what is the X for?"
           r"^\s*what (?:is|are|was|were) (?:the |a |an )?(.+?) (?:(?:meant|intended|supposed|designed|used) )?"
           r"(?:to do|to achieve|for)\s*\??\s*$",
           r"^\s*(?:what|who) (?:is|are|was|were) (?:meant by )?(.+?)\s*\??\s*$",
           r"^\s*what (?:does|do) (.+?) (?:stand for|mean)\s*\??\s*$",
           r"^\s*what (?:does|do) (.+?) (?:denote|designate|refer to)\b",
           r"\b(?:mean|means|meant|understood) by (.+?)\s*\??\s*$",
           r"\bhow (?:does|do|did) .{1,80}? define (.+?)\s*\??\s*$", r"\bhow is (.+?) defined\b"),
    "fr": (r"^\s*qu['’]est-ce (?:que|qu['’])\s*(?:l['’]|le |la |les |un |une )?(.+?)\s*\??\s*$",
           r"^\s*c['’]est quoi\s+(.+?)\s*\??\s*$",
           r"^\s*à quoi (?:sert|servent) (?:le |la |les |l['’])?(.+?)\s*\??\s*$",
           r"^\s*(?:qui|quel|quelle) (?:est|sont|était) (.+?)\s*\??\s*$",
           r"^\s*que (?:signifie|veut dire|désigne|désignent|recouvre|recouvrent) (.+?)\s*\??\s*$",
           r"\b(?:qu'entend-on|que faut-il entendre) par (.+?)\s*\??\s*$",
           r"\bqu['’]entend\b.{0,80}?\bpar (.+?)\s*\??\s*$",
           r"\bcomment .{1,80}? d[ée]fini(?:t|ssent)(?:-(?:t-)?(?:il|elle|ils|elles|on))? (.+?)\s*\??\s*$",
           r"\bcomment (?:est|sont) d[ée]finie?s? (.+?)\s*\??\s*$"),
    "nl": (r"^\s*wat (?:is|zijn),? volgens [^,?]{1,80}?,? (?:een|de|het) (.+?)\s*(?:,|\?|$)",
           r"^\s*hoe omschrij(?:ft|ven) .{1,80} (?:een|de|het) (.+?)\s*\??\s*$",
           r"^\s*(?:wat|wie) (?:is|zijn|was|waren) (.+?)\s*\??\s*$",
           r"^\s*waar sta(?:at|an) (.+?) voor\s*\??\s*$", r"^\s*wat betekent (.+?)\s*\??\s*$",
           r"^\s*waar (?:verwijst|verwijzen) (.+?) naar\b",
           r"^\s*waarvoor dien(?:t|en) (?:de |het |een )?(.+?)\s*\??\s*$",
           r"\b(?:verstaan onder|bedoeld met) (.+?)\s*\??\s*$",
           r"\bwat verstaa?t\b.{0,80}?\bonder (.+?)\s*\??\s*$", r"\bwat bedoel(?:t|en)\b.{0,80}?\bmet (.+?)\s*\??\s*$",
           r"\bhoe (?:wordt|worden) (.+?) gedefinieerd\b"),
}
# "How large is the X?", "hoeveel bedraagt de X?": the thing an amount measures (group 1), per
# language; it ends at the first of MEASURED_ENDS.
MEASURED: dict[str, tuple[str, ...]] = {
    "en": (r"\bhow (?:much|high|large|big) (?:is|was|are|were|will be) (?:the |its |their )?(.+)",
           r"\bwhat (?:is|was|are|were) the (?:amount|size|level|value) of (?:the |its |their )?(.+)"),
    "fr": (r"\bà combien s['’]él[eè]v(?:e|ent) (?:le |la |les |l['’])?(.+)",
           r"\bquel(?:le)? est le montant (?:du |de la |des |de l['’]|de )?(.+)"),
    "nl": (r"\bhoe (?:groot|hoog) (?:is|was|zijn|waren|wordt) (?:het |de )?(.+)",
           r"\b(?:hoeveel|wat) bedr(?:aagt|oeg|agen) (?:het |de )?(.+)"),
}
MEASURED_ENDS = ("that", "which", "who", "in", "for", "of", "to", "by", "under", "at", "dat", "die", "van", "voor",
                 "bij", "op", "qui", "que", "qu", "dans", "pour", "en", "à", "au", "du", "des", "de", "par")

# "Who is the X?": a question for the name of whoever is X (not "who is responsible for ...").
ROLE_HOLDER: dict[str, str] = {
    "en": r"^\s*who\s+(?:is|was|are|were)\s+(?:the|a|an|current)\s",
    "fr": r"^\s*qui\s+(?:est|était|sont|étaient)\s+(?:le|la|les|un|une|l['’])\s*",
    "nl": r"^\s*wie\s+(?:is|was|zijn|waren)\s+(?:de|het|een|huidige)\s",
}
# A question for whoever a plan names as X ("who is mentioned as the harbour master?", "qui est
# désigné comme coordinateur ?", "wie wordt als voorzitter genoemd?"), like "who is the X?" (group 1: X).
ROLE_NAMED_AS: dict[str, str] = {
    "en": r"^\s*who\s+(?:is|was|are|were|has\s+been|will\s+be)\s+(?:[^\s?]+\s+){0,8}?(?:named|mentioned|listed|"
          r"appointed|designated|cited|given)\s+as\s+(?:the\s+|a\s+|an\s+)?([^?]+?)\s*\??\s*$",
    "fr": r"^\s*qui\s+(?:est|était|sont|a\s+été|sera)\s+(?:[^\s?]+\s+){0,8}?(?:nommée?s?|mentionnée?s?|désignée?s?|"
          r"citée?s?)\s+(?:comme|en\s+tant\s+que)\s+(?:le\s+|la\s+|l['’]\s*)?([^?]+?)\s*\??\s*$",
    "nl": r"^\s*wie\s+(?:staat|wordt|werd|is|zal)\s+(?:[^\s?]+\s+){0,10}?(?:vermeld|genoemd|aangesteld|aangeduid|"
          r"benoemd|worden)\s+als\s+(?:de\s+|het\s+)?([^?]+?)\s*\??\s*$",
}
# A question for the name of whoever is X ("… name of X?", "hoe heet X?"), like "who is the X?" (group 1: X).
NAME_ASKED: dict[str, str] = {
    "en": r"^\s*(?:what|who)\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(.+?)\s*\??\s*$",
    "fr": r"^\s*(?:comment\s+s['’]appel(?:le|lent|ait)|quel(?:le)?s?\s+(?:est|sont|était)\s+(?:le|les)\s+noms?\s+d[eu]?['’]?)"
          r"\s*(.+?)\s*\??\s*$",
    "nl": r"^\s*(?:hoe\s+(?:heet|heten|heette)|wat\s+(?:is|was)\s+de\s+naam\s+van)\s+(.+?)\s*\??\s*$",
}
# A description set after a name at the end of a question ("… chairs the HC, the council
# that coordinates the plan?"): it says which HC, not what is asked (group 1). The name
# before the comma is capitalised; matched case-sensitively.
APPOSITIVE: dict[str, str] = {
    "en": r"\b[A-Z][\w'’-]*,\s+(?:the|a|an)\s+([^,?]{3,160}?)\s*\?\s*$",
    "fr": r"\b[A-ZÀ-Ý][\w'’-]*,\s+(?:le\s|la\s|les\s|l['’]|un\s|une\s)\s*([^,?]{3,160}?)\s*\?\s*$",
    "nl": r"\b[A-Z][\w'’-]*,\s+(?:de|het|een)\s+([^,?]{3,160}?)\s*\?\s*$",
}
# How a text says someone is that X: its copulas and articles, all languages together.
# Words that give a plan as the source of what is asked ("according to the X plan, …"), and
# words that do so when they open the question ("In the X plan, …"), per language
SOURCE_CUES: dict[str, tuple[str, ...]] = {
    "en": ("according to", "as stated in", "as set out in", "as described in", "as defined in", "as presented in",
           "as explained in"),
    "fr": ("d'après", "d’après", "selon", "tel que décrit dans", "telle que décrite dans", "tel que défini dans",
           "telle que définie dans"),
    "nl": ("volgens", "zoals vermeld in", "zoals beschreven in", "zoals omschreven in", "zoals gedefinieerd in"),
}
SOURCE_OPENINGS: dict[str, tuple[str, ...]] = {"en": ("in", "under"), "fr": ("dans",), "nl": ("in",)}
# A document question that asks who made it (not when it was published or what it is called)
AUTHORSHIP = re.compile(
    r"\b(?:authors?|auteurs?|publisher|issuer|uitgever)\b"
    r"|\b(?:who|which \w+|qui|quel(?:le)? \w+|wie|welke \w+)\b[^?]*\b(?:wrote|written|authored|prepared|drafted|"
    r"published|issued|écrit|rédigé|publié|préparé|élaboré|geschreven|opgesteld|gepubliceerd|uitgegeven)\b", re.I)
# Verbs that spell out an abbreviation in a sentence ("STOP staat voor Stappen, Trappen, …").
STANDS_FOR: dict[str, tuple[str, ...]] = {"en": ("stands for",), "fr": ("signifie", "veut dire"),
                                          "nl": ("staat voor", "betekent")}
# The words that open a parenthesis naming the short form used from there on ("the sector
# plans (hereinafter - SPs)"), longest first.
HEREINAFTER: dict[str, tuple[str, ...]] = {
    "en": ("hereinafter referred to as", "hereinafter called", "hereinafter", "hereafter", "henceforth"),
    "fr": ("ci-après dénommées", "ci-après dénommés", "ci-après dénommée", "ci-après dénommé", "ci-après désigné",
           "ci-après désignée", "ci-après"),
    "nl": ("hierna te noemen", "hierna genoemd", "hierna", "verder"),
}
# The words that open a parenthesis restating what was just said under its name
# ("… no stricter than needed (i.e. the 'no extras' rule)").
RESTATING: dict[str, tuple[str, ...]] = {"en": ("i.e.", "ie", "namely", "or"), "fr": ("c.-à-d.", "c'est-à-dire", "ou"),
                                         "nl": ("d.w.z.", "dwz", "m.a.w.", "of")}
COPULAS = ("is", "was", "are", "were", "est", "était", "sont", "zijn", "waren", "werd")
ARTICLES = ("the", "a", "an", "le", "la", "les", "l'", "l’", "un", "une", "de", "het", "een")
# Words that end the X's head: "prime minister of Belgium" -> "prime minister".
ROLE_ENDS = ("of", "in", "for", "at", "de", "du", "des", "en", "pour", "van", "voor", "bij",
             "who", "that", "which", "qui", "que", "dont", "die", "dat")  # "the minister who signs ..."
# The word that brings in the agent of a passive ("drafted by", "présidé par", "geleid door").
PASSIVE_AGENT: dict[str, str] = {"en": "by", "fr": "par", "nl": "door"}
# A Dutch past participle adds "ge" to the verb's stem ("leidt" / "geleid").
PARTICIPLE_PREFIX: dict[str, str] = {"nl": "ge"}
# Particles of separable verbs, which a clause puts at its end ("wie stelt de canon samen?":
# "samenstellen", not "opstellen"), per language
SEPARABLE_PARTICLES: dict[str, tuple[str, ...]] = {
    "nl": ("aan", "af", "bij", "door", "in", "mee", "na", "om", "onder", "op", "over", "samen", "tegen", "terug",
           "toe", "uit", "vast", "voor", "voort", "weg", "vrij", "binnen", "rond", "tot", "bekend"),
}
# "How many X ...?": the words after these begin the counted noun phrase.
COUNTED: dict[str, str] = {"en": r"\bhow many\s+", "fr": r"\bcombien (?:de |d'|des )\s*", "nl": r"\bhoeveel\s+"}
# Units a count may be measured in ("how many hectares of forest", "hoeveel hectare bos"): the
# unit, written first, is what the number stands before.
MEASURE_UNITS = ("hectare", "hectares", "ha", "kilometre", "kilometres", "kilometer", "kilometers", "km", "tonne",
                 "tonnes", "ton", "tons", "metre", "metres", "meter", "meters", "litre", "litres", "liter", "liters",
                 "kilomètre", "kilomètres", "mètre", "mètres")
# A measure question that gives its unit ("what length of dikes, in kilometres, …?"): the
# figure asked stands before that unit.
UNIT_GIVEN = r"\b(?:in|en)\s+(" + "|".join(MEASURE_UNITS) + r")\b"
# Words that join two numbers into a share ("1 in 4 residents", "1 sur 4", "1 op de 4"): neither
# number counts the noun after them.
RATIO_LINKS: dict[str, tuple[str, ...]] = {"en": ("in", "out of"), "fr": ("sur",), "nl": ("op de", "op", "van de")}
# Words that say what to do with the answer, not what it is about.
META_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("name", "named", "mention", "mentioned", "mentions", "list", "listed", "describe", "described", "specify",
           "specified", "cite", "cited", "according", "say", "says", "main", "key", "principal", "major", "enumerate",
           "briefly", "compare"),
    "fr": ("nommer", "nommez", "citer", "citez", "lister", "listez", "décrire", "décrivez", "mentionner", "mentionné",
           "selon", "dit", "indique", "indiquez", "principal", "principaux", "principale", "principales", "nom",
           "appelle", "appellent", "énumérer", "énumérez", "brièvement", "comparer", "comparez"),
    "nl": ("noem", "noemen", "noemt", "vermeld", "vermelden", "vermeldt", "beschrijf", "beschrijven", "volgens",
           "zegt", "geef", "naam", "heet", "heten", "vergelijk", "vergelijken",
           "belangrijkste", "voornaamste",
           # "kun je X even kort opsommen?"
           "kun", "kunt", "even", "kort", "opsommen", "overzicht"),
}
# Phrases whose words only make the request when written together ("zetten" alone is a verb
# of the topic: "how many bikes may a provider put in the street?").
META_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (),
    "fr": (),
    "nl": ("op een rijtje zetten", "op een rij zetten", "op een rijtje", "op een rij"),
}

# Nouns that only name the kind of answer a question expects ("sur quelle période …?",
# "on what date …?"): the frame of the question, which the answer's form checks, not its topic.
TYPE_NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "duration": {"en": ("period", "duration"), "fr": ("période", "durée"), "nl": ("periode", "duur", "termijn")},
    "date": {"en": ("date", "deadline"), "fr": ("date", "échéance"), "nl": ("datum", "deadline")},
}

# Words that say what a line or passage is about ("which line concerns ...", "welke lijn gaat
# over ..."): the frame of a question, not its topic.
# "Which of the four opportunities …?", "lequel des trois axes …?", "welke van de vier kansen
# …?": which one of a plan's parts of a kind; the words after the opening (group 1) name the
# kind, a count perhaps before it.
WHICH_OF: dict[str, str] = {
    "en": r"^\s*(?:which|what)(?: one)? of (?:the|its|these|those) ((?:[\w'’-]+ ){0,2}[\w'’-]+)",
    "fr": r"^\s*(?:lequel|laquelle|lesquels|lesquelles|quel|quelle|quels|quelles) (?:des|de ces|parmi les) "
          r"((?:[\w'’-]+ ){0,2}[\w'’-]+)",
    "nl": r"^\s*welke? (?:van de|van deze|van die) ((?:[\w'’-]+ ){0,2}[\w'’-]+)",
}
# "Which opportunity …?", "sous quel axe …?", "onder welke kans …?": one part of a kind asked
# for by its kind alone (group 1), as a determiner writes it before a noun in the singular.
WHICH_KIND: dict[str, str] = {
    "en": r"\b(?:which|what) ([^\W\d_][\w'’-]*)",
    "fr": r"\b(?:quel|quelle) ([^\W\d_][\w'’-]*)",
    "nl": r"\b(?:welke|welk) ([^\W\d_][\w'’-]*)",
}
# The nouns a plan names its parts by, besides the unit words of its ids ("action", "kans",
# "aanbeveling": plans.ids.UNIT_WORDS): only they make "which <noun>" ask for one of its parts.
PART_KINDS: dict[str, tuple[str, ...]] = {
    "en": ("opportunity", "axis", "pillar", "theme", "priority", "strand", "workstream", "component", "step",
           "phase", "chapter", "section"),
    "fr": ("opportunité", "axe", "pilier", "thème", "priorité", "volet", "orientation", "chantier", "étape",
           "phase", "chapitre", "section"),
    "nl": ("kans", "pijler", "thema", "prioriteit", "speerpunt", "spoor", "stap", "fase", "hoofdstuk", "sectie"),
}
# The nouns for a part of a plan that an overview question may ask about instead of the whole
# plan ("what does its dredging chapter cover?", "de quoi parle le volet consacré à …").
PART_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("part", "chapter", "section", "theme", "pillar", "axis", "strand", "component", "priority"),
    "fr": ("partie", "chapitre", "section", "volet", "thème", "pilier", "axe", "priorité"),
    "nl": ("deel", "hoofdstuk", "onderdeel", "sectie", "thema", "pijler", "luik", "prioriteit"),
}
# The words that frame an overview question rather than say what it is about.
OVERVIEW_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("summarise", "summarize", "summary", "overview", "main", "key", "points", "cover", "covers", "deal",
           "deals", "address", "addresses", "about", "devoted", "dedicated", "say", "says"),
    "fr": ("résumez", "résumer", "résumé", "quoi", "traite", "traitent", "parle", "parlent", "couvre", "aborde",
           "consacrée", "consacré", "consacrées", "consacrés", "dédiée", "dédié", "grandes", "lignes", "principaux",
           "points"),
    "nl": ("samenvatting", "vat", "samen", "gaat", "over", "behandelt", "bestrijkt", "omvat", "gewijd",
           "hoofdpunten", "grote", "lijnen", "zegt"),
}
ABOUT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("about", "concern", "concerns", "cover", "covers", "deal", "deals", "address", "addresses", "provide",
           "provides", "foresee", "foresees", "aim", "aims", "fall", "falls", "belong", "belongs"),
    "fr": ("concerne", "concernent", "porte", "portent", "sur", "vise", "visent", "prévoit",
           "prévoient", "relative", "relatif", "relatives", "relatifs", "relève", "relèvent", "appartient"),
    "nl": ("gaat", "gaan", "over", "betreft", "betreffen", "heeft", "hebben", "betrekking", "op", "voorziet",
           "voorzien", "richt", "richten", "zich", "valt", "vallen", "hoort", "horen"),
}

# "Under which section does the plan deal with X?", "dans quel chapitre …", "in welk
# hoofdstuk …": the part of the plan's text (its heading) that treats a topic is asked; a
# word for such a part after a question word ("number" may follow: "which section number").
SECTION_ASKED: dict[str, str] = {
    # (not "which part": "which part of the budget …?" asks a share)
    "en": r"\b(?:which|what) (?:section|chapter|heading|paragraph)s?(?: number)?\b",
    "fr": r"\b(?:quel|quelle|quels|quelles) (?:section|chapitre|rubrique|paragraphe)s?\b",
    "nl": r"\b(?:welk|welke) (?:hoofdstuk|onderdeel|sectie|paragraaf|rubriek)(?:en|s)?(?:nummer)?\b",
}
# The words of such a question that name the part, its number, or ask where, not its topic.
SECTION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("section", "sections", "chapter", "chapters", "heading", "part", "parts", "paragraph", "number",
           "discuss", "discusses", "treat", "treats", "handle", "handles", "tackle", "tackles"),
    "fr": ("section", "sections", "chapitre", "chapitres", "partie", "parties", "rubrique", "titre", "paragraphe",
           "numéro", "traite", "traitent", "aborde", "abordent", "évoque", "question"),
    "nl": ("hoofdstuk", "hoofdstukken", "onderdeel", "onderdelen", "deel", "delen", "sectie", "paragraaf",
           "rubriek", "titel", "nummer", "behandelt", "behandelen", "bespreekt", "bespreken", "aan", "bod", "komt"),
}

# "Which X": the words that ask for one of a kind (a column, a line), per language.
WHICH: dict[str, tuple[str, ...]] = {
    "en": ("which", "what"),
    "fr": ("quel", "quelle", "quels", "quelles"),
    "nl": ("welke", "welk"),
}

# Words that ask for a count and never for a sum ("how many"; French "combien" and Dutch
# "hoeveel" ask for either): a sum, a share or a length of time does not answer them.
COUNT_ONLY: dict[str, tuple[str, ...]] = {"en": ("how many",), "fr": ("quel nombre de",), "nl": ()}


def asks_count_only(question: str, lang: str) -> bool:
    """Does `question` ask for a count in words that never ask for a sum ("how many …?")?"""
    text = " ".join(question.lower().split())
    return any(phrase in text for phrase in COUNT_ONLY.get(lang, ()))


# Verbs that ask for a list by naming its kind after them ("list the projects …", "citez les
# mesures …", "noem de projecten …"): the kind asked follows, after its article.
LIST_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("list", "enumerate", "name"),
    "fr": ("citer", "citez", "énumérer", "énumérez", "lister", "listez"),
    "nl": ("noem", "noemen", "opsommen", "som"),
}

# Nouns of "which X" that name no kind of thing of their own ("what role", "quel type"): the
# answer need not write them.
GENERIC_KINDS: dict[str, tuple[str, ...]] = {
    "en": ("kind", "kinds", "type", "types", "sort", "sorts", "form", "forms", "role", "roles", "way", "ways",
           "part", "parts", "aspect", "aspects", "thing", "things", "one", "ones", "main", "other", "specific",
           "exact", "particular", "new", "key", "first", "last", "major", "different", "important"),
    "fr": ("type", "types", "genre", "sorte", "forme", "formes", "rôle", "rôles", "façon", "manière", "partie",
           "aspect", "aspects", "chose", "choses", "principal", "principaux", "principale", "principales",
           "grand", "grands", "grande", "grandes", "autre", "autres", "nouveau", "nouvelle", "premier", "première"),
    "nl": ("soort", "soorten", "type", "types", "vorm", "vormen", "rol", "rollen", "manier", "deel", "delen",
           "aspect", "aspecten", "ding", "dingen", "belangrijkste", "voornaamste", "andere", "nieuwe", "eerste",
           "grote", "grootste"),
}
# Words that ask which thing comes first or last by a figure ("which region gets the most?").
SUPERLATIVES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"max": ("most", "highest", "largest", "biggest", "greatest", "top"),
           "min": ("least", "lowest", "smallest", "fewest")},
    "fr": {"max": ("le plus", "la plus", "les plus", "plus élevé", "plus élevée", "plus grand", "plus grande"),
           "min": ("le moins", "la moins", "les moins", "plus bas", "plus basse", "plus faible", "plus petit",
                   "plus petite")},
    "nl": {"max": ("meest", "meeste", "hoogste", "grootste"), "min": ("minst", "minste", "laagste", "kleinste")},
}
# Words of a table's total column ("Total for Q3", "Totaal").
TOTAL_WORDS: dict[str, tuple[str, ...]] = {"en": ("total",), "fr": ("total",), "nl": ("totaal",)}
# Those of them that qualify the noun after them ("quels grands rapaces", "which main
# factors"): the noun names the kind asked.
GENERIC_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "en": ("main", "other", "specific", "exact", "particular", "new", "key", "first", "last", "major", "different",
           "important"),
    "fr": ("principal", "principaux", "principale", "principales", "grand", "grands", "grande", "grandes", "autre",
           "autres", "nouveau", "nouvelle", "premier", "première"),
    "nl": ("belangrijkste", "voornaamste", "andere", "nieuwe", "eerste", "grote", "grootste"),
}

# Verbs of "who <verb> …?" that say little of the act themselves ("who provides the
# coordination?"): the act is in the noun after them, so the answer need not write the verb.
LIGHT_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("provide", "provides", "provided", "give", "gives", "gave", "given", "ensure", "ensures", "ensured", "handle",
           "handles", "handled", "take", "takes", "took", "taken", "do", "does", "did", "make", "makes", "made", "carry",
           "carries", "carried", "get", "gets", "got", "hold", "holds", "held", "play", "plays", "played",
           # a role verb: "who acts as secretariat?", its complement says the act
           "act", "acts", "acted", "serve", "serves", "served", "function", "functions"),
    "fr": ("assure", "assurent", "assuré", "fournit", "fournissent", "fourni", "prend", "prennent", "pris", "fait",
           "font", "donne", "donnent", "donné", "mène", "mènent", "mené", "joue", "jouent", "tient", "tiennent",
           "agit", "agissent", "sert", "servent"),
    "nl": ("zorgt", "zorgen", "geeft", "geven", "neemt", "nemen", "doet", "doen", "maakt", "maken", "houdt",
           "houden", "speelt", "spelen", "krijgt", "krijgen", "fungeert", "fungeren", "dient", "dienen"),
}

# Auxiliaries, per language: after "what X" they show X is a noun phrase ("what penalty does
# …?"); after "who" they are no verb of the act asked about ("who is …?", "qui a …").
AUXILIARIES: dict[str, tuple[str, ...]] = {
    "en": ("does", "do", "did", "is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had",
           "should", "must", "may"),
    "fr": ("a", "est", "sera", "va", "avait", "était", "doit", "peut"),
    "nl": ("heeft", "wordt", "werd", "zal", "moet", "kan", "zijn", "is"),
}

# Question words that begin a question, per language (for the wh-word of `Question`).
WH_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("what", "which", "who", "whom", "when", "where", "why", "how"),
    "fr": ("que", "quoi", "quel", "quelle", "quels", "quelles", "qui", "quand", "où", "pourquoi", "comment",
           "combien", "lequel", "laquelle"),
    "nl": ("wat", "welk", "welke", "wie", "wanneer", "waar", "waarom", "hoe", "hoeveel"),
}

# The question words that ask how a thing is done ("how will the plan be monitored?"), and
# the languages that also ask a quantity with them ("how far …?", "hoe lang …?"): there, only
# a verb right after the word asks how (French asks a quantity with "combien").
HOW_WORDS: dict[str, tuple[str, ...]] = {"en": ("how",), "fr": ("comment",), "nl": ("hoe",)}
HOW_QUANTITIES = frozenset({"en", "nl"})


@lru_cache(maxsize=None)
def _compiled(kind: str, lang: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of a kind, without accents: a question typed without them ("quelle duree")
    is read like one with them (the question is read without its accents too)."""
    return tuple(re.compile(unaccented(p), re.I) for p in ANSWER_TYPES[kind].get(lang, ()))


# Words that only say where the thing asked is written ("the X mentioned in the plan"),
# and words that only stress the question ("what is X actually?").
_WHERE = {
    # (", as described in the plan", ", tel que décrit dans le plan", ", zoals beschreven in het plan")
    "en": r"(?:(?:as\s+)?(?:mentioned|used|cited|described|named|set out|given|defined|presented|explained)\s+)?"
          r"(?:according to|as per|per|in|of|under|within|from)",
    "fr": r"(?:(?:tel(?:le)?s? que\s+|comme\s+)?(?:mentionnée?s?|citée?s?|utilisée?s?|décrite?s?|définie?s?|présentée?s?)\s+)?"
          r"(?:selon|d['’]après|dans|du|des|de la|de l['’]|de)",
    "nl": r"(?:(?:zoals\s+)?(?:genoemd|vermeld|gebruikt|beschreven|omschreven|gedefinieerd)\s+)?(?:volgens|in|van|uit|bij)",
}
# A closing relative clause that only says a plan writes the thing ("the X that the plan talks
# about", "le X dont parle le PNA", "het X waarover het plan spreekt"): a relative word, then
# up to six words with a verb of saying or using, to the end.
_SAYING = {
    "en": r"mentions?|mentioned|talks|speaks|refers|describes|uses|cites|discusses|names",
    "fr": r"parlent|parle|mentionnent|mentionne|évoquent|évoque|citent|cite|décrit|décrivent|utilisent|utilise",
    "nl": r"spreekt|spreken|noemt|noemen|vermeldt|beschrijft|gebruikt|staat|heeft|vermeld|genoemd",
}
_SAID_RELATIVES = {"en": r"that|which", "fr": r"dont|que|qu['’]", "nl": r"dat|die|waarover|waarvan|waar"}
_SAID_OF = {lang: rf"[\s,]+(?:{_SAID_RELATIVES[lang]})\s*(?:[\w'’-]+\s+){{0,6}}?(?:{verbs})\b\s*((?:[\w'’-]+\s*){{0,6}})$"
            for lang, verbs in _SAYING.items()}
_PARTICLES = ("about", "of", "to", "over", "naar", "van", "de")  # what may close such a clause after its verb
_STRESS = {
    "en": ("actually", "exactly", "precisely", "really"),
    "fr": ("exactement", "au juste", "en fait", "vraiment", "précisément"),
    "nl": ("eigenlijk", "precies", "nu precies", "juist"),
}


@lru_cache(maxsize=None)
def asking_words(kind: str, lang: str) -> frozenset[str]:
    """The words the patterns of an answer type write ("aim", "purpose", "but", "doel"), unaccented
    and in lower case: in a question of that type they say what is asked, not what about."""
    found: set[str] = set()
    for source in ANSWER_TYPES.get(kind, {}).get(lang, ()):
        found |= set(re.findall(r"[^\W\d_]{3,}", re.sub(r"\\.", " ", source)))
    return frozenset(unaccented(w.lower()) for w in found)


def names_document(text: str, lang: str) -> bool:
    """Does `text` name a plan by one of its nouns ("Armenia's adaptation programme")?"""
    nouns = DOCUMENT_NOUNS.get(lang, DOCUMENT_NOUNS["en"])
    for w in re.findall(r"\w+", unaccented(text.lower())):
        if w in (unaccented(n) for n in nouns) or lang == "nl" and any(w.endswith(n) for n in nouns):
            return True
    return False


# Words that open a clause of condition or time before the question ("When a body is
# reformed, what must …?", "Lorsqu'un organisme …, que doit …?", "Als een agentschap …,
# wat moet …?"): the question is what follows the comma.
SUBORDINATORS: dict[str, tuple[str, ...]] = {
    "en": ("when", "whenever", "if", "once", "while", "after", "before", "where", "as soon as"),
    "fr": ("quand", "lorsque", "lorsqu'", "si", "s'il", "s'ils", "une fois que", "dès que", "après que", "avant que"),
    "nl": ("wanneer", "als", "indien", "zodra", "nadat", "voordat"),
}


# A clause that is itself a question ("When was the plan adopted, …", "Quand le plan a-t-il
# été adopté, …", "Wanneer werd het plan …"): a verb straight after the opener, or a French
# inverted subject.
_ASKING_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("is", "was", "are", "were", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could",
           "should", "shall", "must", "may"),
    "fr": (),
    "nl": (),
}
_CLAUSE_SUBJECTS: dict[str, tuple[str, ...]] = {  # Dutch: what opens the subject of a subordinate clause
    "nl": ("de", "het", "een", "er", "men", "ze", "zij", "hij", "je", "u", "we", "wij", "dit", "deze", "dat", "die"),
}
_INVERTED = re.compile(r"\w-(?:t-)?(?:il|ils|elle|elles|on)\b", re.I)


def inverted_verb(word: str, question: str) -> bool:
    """Is `word` written as a French verb with its subject after it ("faut-il", "a-t-elle")?"""
    return re.search(rf"(?<!\w){re.escape(word)}-(?:t-)?(?:il|ils|elle|elles|on)\b", question, re.I) is not None


def main_clause(question: str, lang: str) -> str:
    """The question without the statements before it ("The plan rests on three values.
    Which are they?" -> "Which are they?") and without a clause of condition or time that
    opens it, when a question word follows that clause's comma: "When a body is reformed,
    what must the ministries draw up?" -> "what must the ministries draw up?"."""
    t = _asked_sentence(" ".join(question.split()), lang)
    opener = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in SUBORDINATORS.get(lang, ()))
    asking = "|".join(re.escape(w) for w in WH_WORDS.get(lang, ()))
    if not opener:
        return t
    m = re.match(rf"^(?:{opener})(?:\s+|(?<='))(\S+)[^,?]{{2,160}},\s+(?=(?:{asking})\b)",
                 t.replace("’", "'"), re.I)
    if not m or _INVERTED.search(m.group(0)) or m.group(1).lower() in _ASKING_VERBS.get(lang, ()):
        return t
    subjects = _CLAUSE_SUBJECTS.get(lang)
    if subjects and m.group(1).lower() not in subjects and not m.group(1)[:1].isupper():
        return t
    return t[m.end():]


_SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=[^\W\d_])")


def _asked_sentence(t: str, lang: str) -> str:
    """The sentences from the first that asks: statements before a question only give its
    setting. A piece that does not open with a question word or give an answer type is no
    question of its own ("Who is Dr. Vos?" stays whole)."""
    pieces = _SENTENCE_END.split(t)
    if len(pieces) < 2 or not t.rstrip().endswith("?"):
        return t
    asking = set(WH_WORDS.get(lang, ())) | set(WH_WORDS["en"])
    for i, piece in enumerate(pieces[1:], 1):
        first = piece.replace("’", "'").split("'")[0].split()[:1]
        if first and (first[0].lower() in asking or answer_type(piece, lang)):
            return " ".join(pieces[i:])
    return t


def asks_how(question: str, lang: str) -> bool:
    """Does the question ask how a thing is done ("how will the plan be coordinated?", "hoe
    wordt het opgevolgd?"), not how far, long or much (`HOW_QUANTITIES`)?"""
    tokens = re.findall(r"[^\W\d_]+", question.lower())
    at = next((i for i, w in enumerate(tokens) if w in HOW_WORDS.get(lang, ())), None)
    return at is not None and at + 1 < len(tokens) and (
        lang not in HOW_QUANTITIES or tokens[at + 1] in AUXILIARIES.get(lang, ()))


def without_request(question: str, lang: str) -> str:
    """The question without a request after it that only asks for a list ("… ? List them.")."""
    head, mark, tail = question.rpartition("?")
    if not mark or not tail.strip() or answer_type(tail, lang) != "list":
        return question
    return head + mark


def without_source(question: str, lang: str) -> str:
    """The question without the words that only say where to look or stress it: "In the
    harbour report, what does X mean?" -> "what does X mean?"; "What is the HDN mentioned in
    the port plan?" -> "What is the HDN?"; "Wat is een X eigenlijk, volgens de studie?" ->
    "Wat is een X?"."""
    where = _WHERE.get(lang, _WHERE["en"])
    t = " ".join(question.split())
    end = "?" if t.endswith("?") else ""
    t = t.rstrip(" ?")
    lead = re.match(rf"^(?:{where})\s+([^,:?]{{2,120}}),\s+(?=\w)|^([^,:?]{{2,80}}):\s+(?=\w)", t, re.I)
    if lead and names_document(lead.group(1) or lead.group(2), lang):
        t = t[lead.end():]
    said = _said_of(t, lang)
    if said is not None:
        t = t[:said]  # "… the X that the plan talks about", "le X dont parle le plan de Y"
    while True:  # the last phrase that names a plan, then the one before it ("… in the report of X on Y")
        cuts = [m for m in re.finditer(rf"[\s,]+{where}\s+", t, re.I) if m.start() > 0 and names_document(t[m.end():], lang)]
        if not cuts:
            break
        t = t[: cuts[-1].start()]
    # (", tel que décrit dans le plan" cut at its relative "que": the "tel" left introduced it)
    t = re.sub(r"[\s,]+(?:as|tel|telle|tels|telles|comme|zoals)$", "", t, flags=re.I)
    for word in _STRESS.get(lang, ()):
        t = re.sub(rf"\s+{word}\b", "", t, flags=re.I)
    return f"{t}{end}" if t else question


def _said_of(t: str, lang: str) -> int | None:
    """Where a closing clause begins that only says a plan writes the thing (`_SAID_OF`): the
    last relative word that opens one, the words after its verb a particle or the plan's name."""
    pattern = _SAID_OF.get(lang)
    if pattern is None:
        return None
    starts = [m.start() for m in re.finditer(rf"[\s,]+(?:{_SAID_RELATIVES[lang]})", t, re.I) if m.start() > 0]
    for start in reversed(starts):
        m = re.match(pattern, t[start:], re.I)
        if m and names_document(t[start:], lang) and (
                not m.group(1) or m.group(1).strip().lower() in _PARTICLES or names_document(m.group(1), lang)):
            return start
    return None


def which_one_phrase(question: str, lang: str) -> str | None:
    """The words that open `question` asking which body of a kind ("which ministry and
    directorate"), as written; None when it opens otherwise."""
    pattern = WHICH_ONE.get(lang)
    text = " ".join(question.split())
    m = re.match(unaccented(pattern), unaccented(text.lower())) if pattern else None
    return text[: m.end()] if m else None


def which_kind(question: str, lang: str) -> str | None:
    """The kind of body or person `question` asks which one of ("which ministry ...":
    "ministry"), also after a preposition ("by which ministry ..."), without accents; None
    when it asks no such thing."""
    pattern = WHICH_ONE.get(lang)
    text = unaccented(" ".join(question.lower().split()))
    opened = _opened_by_preposition(lang).match(text)  # "par quel ministère … ?", "door welke dienst … ?"
    m = re.search(unaccented(pattern), text[opened.end():] if opened else text) if pattern else None
    return " ".join(k for k in m.group(3, 4) if k) if m else None


def asks_which_one(question: str, lang: str) -> bool:
    """Does `question` ask which body or person of a kind it names ("which ministry ...")?"""
    return which_kind(question, lang) is not None


def asks_for(kind: str, question: str, lang: str) -> bool:
    """Does `question` ask for an answer of `kind` ("date": "when …", "in welke maand …",
    "quelle est la date de …"), whatever other kind it may also be read as?"""
    text = unaccented(" ".join(question.lower().split()))
    nouns = {unaccented(n) for n in TYPE_NOUNS.get(kind, {}).get(lang, ())}
    return any(p.search(text) for p in _compiled(kind, lang)) or bool(nouns & set(re.findall(r"\w+", text)))


def answer_type(question: str, lang: str) -> str | None:
    """The answer type `question` (written in `lang`) asks for, or None. A question word after
    a preposition asks as it does at the start ("en quelles phases …?" as "quelles phases …?")."""
    text = unaccented(" ".join(question.lower().split()))
    for kind in ANSWER_TYPES:
        if any(p.search(text) for p in _compiled(kind, lang)):
            return kind
    opened = _opened_by_preposition(lang).match(text)
    return answer_type(text[opened.end():], lang) if opened else None


@lru_cache(maxsize=None)
def _opened_by_preposition(lang: str) -> re.Pattern[str]:
    prepositions = "|".join(re.escape(unaccented(p)) for p in OPENING_PREPOSITIONS.get(lang, ()))
    asking = "|".join(re.escape(unaccented(w)) for w in WH_WORDS.get(lang, ()))
    return re.compile(rf"(?:{prepositions}) (?=(?:{asking})\b)" if prepositions and asking else r"(?!)")


# Questions that ask for an assessment: its weak points ("criticisms", "faiblesses") or its
# strong points ("success factors", "atouts"). `question` words mark the question; `sentence`
# words mark the sentences that give such an assessment.
STANCE: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "negative": {
        "question": {
            "en": ("criticism", "criticisms", "critique", "weakness", "weaknesses", "shortcoming", "shortcomings",
                   "limitation", "limitations", "drawback", "drawbacks", "obstacle", "obstacles", "problem",
                   "problems", "risk", "risks", "difficulties", "flaws", "concerns", "barriers"),
            "fr": ("critique", "critiques", "faiblesse", "faiblesses", "limite", "limites", "lacune", "lacunes",
                   "obstacle", "obstacles", "problème", "problèmes", "risque", "risques", "difficultés", "contraintes"),
            "nl": ("kritiek", "kritieken", "zwakte", "zwaktes", "zwakke punten", "beperking", "beperkingen", "knelpunt",
                   "knelpunten", "probleem", "problemen", "risico", "risico's", "obstakels", "bezwaren"),
        },
        "sentence": {
            "en": ("however", "unfortunately", "lack of", "lacks", "prevent", "hinder", "difficult", "difficulty",
                   "difficulties", "complication", "complications", "weakness", "weak", "insufficient", "problem",
                   "reluctant", "risk", "fail", "limited", "shortcoming", "obstacle", "not sufficient", "criticis"),
            "fr": ("cependant", "toutefois", "malheureusement", "manque de", "absence de", "empêche", "difficile",
                   "difficulté", "faiblesse", "insuffisant", "insuffisance", "problème", "risque", "obstacle",
                   "contrainte", "lacune", "limité"),
            "nl": ("echter", "helaas", "gebrek aan", "ontbreken", "verhinder", "moeilijk", "moeilijkheid", "zwakte",
                   "onvoldoende", "probleem", "risico", "knelpunt", "obstakel", "beperkt", "tekort"),
        },
    },
    "positive": {
        "question": {
            "en": ("strength", "strengths", "success", "succeed", "advantage", "advantages", "benefit", "benefits",
                   "opportunity", "opportunities", "achievement", "achievements"),
            "fr": ("force", "forces", "atout", "atouts", "succès", "réussir", "avantage", "avantages", "opportunité",
                   "opportunités", "acquis", "réussites"),
            "nl": ("sterkte", "sterktes", "sterke punten", "succes", "slagen", "voordeel", "voordelen", "kans",
                   "kansen", "verwezenlijkingen"),
        },
        "sentence": {
            "en": ("success", "successful", "strength", "strong", "advantage", "benefit", "help", "aid", "positive",
                   "well", "effective", "achieved", "multiplying", "contributes"),
            "fr": ("succès", "réussite", "force", "atout", "avantage", "bénéfice", "positif", "efficace", "contribue",
                   "acquis"),
            "nl": ("succes", "sterk", "sterkte", "voordeel", "positief", "doeltreffend", "bijdraagt", "geslaagd",
                   "kans"),
        },
    },
}


_STANCE_WINDOW = 6  # words after the question word where an asked-for assessment is named

# Questions that ask what a thing is called ("what does the plan call the problem that …?"):
# the thing is described, its name is asked; a stance word in the description is no assessment.
CALLING: dict[str, str] = {
    "en": r"\bwhat\b(?:\s+[\w'’-]+){1,5}?\s+calls?\b|\b(?:what|which)\s+(?:term|name|word)\s+(?:is|does|do)\b"
          r"|\bhow\s+(?:is|are)\b.*\bcalled\b",
    "fr": r"\bcomment\b(?:\s+[\w'’-]+){0,5}?\s+(?:appelle|appellent|nomme|nomment|désigne|désignent)\b"
          r"|\bquel(?:le)?\s+(?:terme|nom|mot)\b",
    "nl": r"\bhoe\s+(?:noemt|noemen|heet|heten)\b|\bwelke\s+(?:term|naam|benaming)\b",
}
# Questions that ask what a plan says of a topic ("what does the plan say about the port?",
# "que prévoit le plan pour les digues ?", "wat zegt het akkoord over de haven?"): its passage
# on the topic answers, not one sentence of it.
SAID_ABOUT: dict[str, str] = {
    "en": r"\bwhat\s+(?:does|do|did)\b[^?]{1,120}?\b(?:say|state|recommend|propose|provide)\s+"
          r"(?:about|on|for|regarding|concerning|in respect of)\b",
    "fr": r"\b(?:que|qu['’]est-ce que)\s+(?:dit|disent|prévoit|prévoient|propose|proposent|recommande|recommandent)\b"
          r"[^?]{1,120}?\b(?:sur|pour|concernant|au sujet|à propos|en matière|en ce qui concerne)\b",
    "nl": r"\bwat\s+(?:zegt|zeggen|stelt|stellen|voorziet|voorzien|beveelt)\b[^?]{1,120}?\bover\b",
}
# Questions that ask for a web site ("on which website / online portal …?"): an address answers.
WEB_ASKED: dict[str, str] = {
    "en": r"\b(?:websites?|web sites?|web pages?|webpages?|portals?|online)\b",
    "fr": r"\b(?:sites? web|sites? internet|pages? web|portails?|en ligne)\b",
    "nl": r"\b(?:websites?|webpagina'?s?|portaal|portalen|online)\b",
}

# A question that says a thing was not done ("which ministries failed to publish it?", "welke
# diensten hebben het niet gehaald?"): of a row's cells "Met" and "Not Met", it names the second.
NOT_DONE: dict[str, str] = {
    "en": r"\b(?:not|never|failed|fail|fails|failing)\b|n['’]t\b",
    "fr": r"\b(?:pas|jamais|non)\b",
    "nl": r"\b(?:niet|nooit|geen)\b",
}


def asks_not_done(question: str, lang: str) -> bool:
    """Whether a question says the thing it asks about was not done (`NOT_DONE`)."""
    return _asks(NOT_DONE, question, lang)


def asks_website(question: str, lang: str) -> bool:
    """Whether a question asks on which web site something is (`WEB_ASKED`)."""
    return _asks(WEB_ASKED, question, lang)


def asks_said_about(question: str, lang: str) -> bool:
    """Whether a question asks what a plan says of a topic (`SAID_ABOUT`)."""
    return _asks(SAID_ABOUT, question, lang)


def asks_name(question: str, lang: str) -> bool:
    """Whether a question asks what a thing it describes is called (`CALLING`)."""
    return _asks(CALLING, question, lang)


def _asks(forms: dict[str, str], question: str, lang: str) -> bool:
    """Whether `question` has a form of `forms` in its language or in English."""
    return any(re.search(forms[k], question, re.I) for k in dict.fromkeys((lang, "en")) if k in forms)


def stance(question: str, lang: str) -> str | None:
    """"negative" for a question about weak points, "positive" for strong points, else None.
    With a question word, the cue must be what it asks for: within a few words after it
    ("what are the main criticisms of ...", not "which conditions ... besides the strengths")."""
    if asks_name(question, lang):
        return None
    tokens = question.lower().split()
    wh = next((i for i, w in enumerate(tokens) if w.strip("¿?,") in WH_WORDS.get(lang, ()) + WH_WORDS["en"]), None)
    if wh is not None:
        tokens = tokens[wh : wh + 1 + _STANCE_WINDOW]
    words = " " + " ".join(tokens) + " "
    for kind, table in STANCE.items():
        cues = table["question"].get(lang, ()) + table["question"]["en"]
        if any(f" {c} " in words or f" {c}?" in words or f" {c}," in words for c in cues):
            return kind
    return None


def stance_words(kind: str, lang: str) -> set[str]:
    """The question words that ask for an assessment of `kind`."""
    return {w for c in STANCE[kind]["question"].get(lang, ()) + STANCE[kind]["question"]["en"] for w in c.split()}


def stance_phrases(kind: str, lang: str) -> tuple[str, ...]:
    """The words of sentences that give an assessment of `kind`, in `lang`."""
    return STANCE[kind]["sentence"].get(lang, STANCE[kind]["sentence"]["en"])


def stance_cues(text: str, kind: str, lang: str) -> int:
    """How many more words that give an assessment of `kind` than of the opposite kind a
    sentence uses (0 when it does not lean that way): "difficult to assess whether it
    will be successful" weighs both and answers neither."""
    lowered = text.lower()

    def count(k: str) -> int:
        cues = STANCE[k]["sentence"].get(lang, ()) + STANCE[k]["sentence"]["en"]
        return sum(1 for c in set(cues) if c in lowered)

    opposite = next(k for k in STANCE if k != kind)
    return max(0, count(kind) - count(opposite))
