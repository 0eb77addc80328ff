"""Words plans write dates, durations and frequencies with, per language (English, French,
Dutch): the answer-type detectors build their patterns from these tables, so a French
"deux fois par an" or a Dutch "12 maart 2019" is recognised like "twice a year" or
"12 March 2019"."""

from __future__ import annotations

from plans.text import unaccented

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
}
# Parts of a year a plan dates things by ("Winter 2013", "printemps 2024", "najaar van 2023",
# "third quarter of 2025"), each written before its year.
SEASONS: dict[str, tuple[str, ...]] = {
    "en": ("winter", "spring", "summer", "autumn", "fall"),
    "fr": ("hiver", "printemps", "été", "automne"),
    "nl": ("winter", "lente", "voorjaar", "zomer", "herfst", "najaar"),
}
QUARTERS: dict[str, tuple[str, ...]] = {
    "en": ("first quarter", "second quarter", "third quarter", "fourth quarter", "1st quarter", "2nd quarter",
           "3rd quarter", "4th quarter"),
    "fr": ("premier trimestre", "deuxième trimestre", "troisième trimestre", "quatrième trimestre",
           "1er trimestre", "2e trimestre", "3e trimestre", "4e trimestre"),
    "nl": ("eerste kwartaal", "tweede kwartaal", "derde kwartaal", "vierde kwartaal"),
}
# The words between a season or quarter and its year ("Summer of 2014", "été de 2024", "najaar van 2023").
OF_YEAR: tuple[str, ...] = ("of", "de", "van")
# The words that open and close a span between two dates ("from … to …", "d'… à …", "van … tot …").
SPAN_FROM: dict[str, tuple[str, ...]] = {"en": ("from", "between"), "fr": ("de", "d'", "d’", "du", "entre"),
                                         "nl": ("van", "tussen")}
SPAN_TO: dict[str, tuple[str, ...]] = {"en": ("to", "until", "till", "and"), "fr": ("à", "au", "jusqu'à", "jusqu’à",
                                                                                  "et"),
                                       "nl": ("tot", "t/m", "tot en met", "en")}
# Ordinal endings of a day ("1st", "1er", "1ste").
DAY_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th", "er", "e", "ste", "de")
# Small numbers written out ("three years", "trois ans", "drie jaar").
NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "half", "a", "an", "several",
           "few"),
    "fr": ("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "douze", "quinze",
           "vingt", "trente", "plusieurs", "quelques"),
    "nl": ("een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "twaalf",
           "vijftien", "twintig", "dertig", "enkele", "meerdere"),
}
# Units of time, singular and plural.
TIME_UNITS: dict[str, tuple[str, ...]] = {
    "en": ("year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "hrs",
           "minute", "minutes", "min", "mins", "second", "seconds", "sec", "secs"),
    "fr": ("an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "heure", "heures",
           "minute", "minutes", "min", "seconde", "secondes", "sec"),
    "nl": ("jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "uur", "uren",
           "minuut", "minuten", "min", "seconde", "seconden", "sec"),
}
# The words that set a length of time from now or from an event as the time of something
# ("within 3 years", "d'ici 2 ans", "uiterlijk na 2 jaar"): such a length answers "when?".
TIME_FROM: dict[str, tuple[str, ...]] = {
    "en": ("within", "in", "after", "before", "by"),
    "fr": ("dans", "d'ici", "d’ici", "après", "avant", "sous", "en"),
    "nl": ("binnen", "na", "over", "voor", "uiterlijk", "tegen"),
}
# How often: "<number word or 'once'> <per> <period>" and words that say it alone.
TIMES: dict[str, tuple[str, ...]] = {
    "en": ("once", "twice", "thrice", "times"),
    "fr": ("fois",),
    "nl": ("keer", "maal"),
}
PER: dict[str, tuple[str, ...]] = {
    "en": ("every", "each", "per", "a", "an"),
    "fr": ("par", "chaque", "tous les", "toutes les"),
    "nl": ("per", "elk", "elke", "ieder", "iedere", "om de"),
}
PERIODS: dict[str, tuple[str, ...]] = {
    "en": ("day", "week", "month", "quarter", "year", "semester"),
    "fr": ("jour", "semaine", "mois", "trimestre", "an", "année", "semestre"),
    "nl": ("dag", "week", "maand", "kwartaal", "jaar", "semester", "halfjaar"),
}
FREQUENCY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("daily", "weekly", "monthly", "quarterly", "annually", "yearly", "biannually", "biennially",
           "continuously", "regularly", "annual", "periodic", "periodically"),
    "fr": ("annuel", "annuelle", "annuellement", "mensuel", "mensuelle", "mensuellement", "trimestriel",
           "trimestrielle", "trimestriellement", "semestriel", "semestrielle", "hebdomadaire", "quotidien",
           "quotidienne", "régulièrement", "périodiquement", "biennal", "biennale"),
    "nl": ("jaarlijks", "jaarlijkse", "maandelijks", "maandelijkse", "driemaandelijks", "driemaandelijkse",
           "halfjaarlijks", "halfjaarlijkse", "tweejaarlijks", "tweejaarlijkse", "wekelijks", "wekelijkse",
           "dagelijks", "dagelijkse", "regelmatig", "periodiek"),
}


def _month_names() -> list[str]:
    """Every month of the three languages, with and without its accents, and its short
    form ("Nov", "Sept", "déc")."""
    names: set[str] = set()
    for months in MONTHS.values():
        for m in months:
            bare = unaccented(m)
            names.update({m.lower(), bare.lower(), m.lower()[:3], bare.lower()[:3], bare.lower()[:4]})
    return sorted(names, key=len, reverse=True)


# A line that is a date and nothing else ("March 2024", "Octobre 2023", "12 juni 2022",
# "Sept. 2024"), as a cover or a colophon dates a plan: a statement, never a heading.
DATE_LINE = (r"(?im:^[ \t]*(?:\d{1,2}(?:" + "|".join(DAY_SUFFIXES) + r")?\.?[ \t]+)?(?:"
             + "|".join(_month_names()) + r")\.?[ \t]+\d{4}[ \t]*$)")
