"""Words that carry no topic, per language: function words and the words questions are made of.

Used by lexical search (BM25) and by sentence scoring; a word listed here is never a term.
"""

from __future__ import annotations

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """a an and are as at be been being but by can could did do does doing for from had has
        have how i if in into is it its may might must no nor not of on or our shall should so
        such than that the their them then there these they this those to under up upon us was
        we were what when where which while who whom whose why will with would you your about
        after all also any each other some same very more most many much own only itself
        according tell give say said per via me my mean meant besides""".split()
    ),
    "fr": frozenset(
        """a à au aux avec ce ces cet cette ceci cela ça c ci d dans de des du elle elles en et
        est être été était étaient sont sera seront ont ai as avait avaient aura auront eu il
        ils je j l la le les leur leurs lui m ma mais me même mes moi mon n ne ni nos notre nous
        on ou où par pas pour qu que quel quelle quelles quels qui quoi s sa sans se ses si son
        sur t ta te tes toi ton tu un une vos votre vous y comment combien quand pourquoi
        lequel laquelle lesquels lesquelles dont selon est-ce aussi très plus tout tous toute
        toutes peut peuvent doit doivent fait faire dit dire devra devront devrait devraient pourra
        pourront pourrait pourraient sous outre après""".split()
    ),
    "nl": frozenset(
        """aan al als bij dan dat de deze die dit doen door een en er ge geen had heb hebben heeft
        het hier hij hoe hun ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na
        naar niet niets nog nu of om omdat ons onze ook op over te tegen toch toen tot u uit uw
        van veel voor want waren was wat we wel welk welke werd wie wij wil worden wordt zal ze
        zei zelf zich zij zijn zo zonder zou waar wanneer waarom hoeveel hoeveelste moeten moesten zullen
        zouden mogen mag willen konden onder naast allemaal alle alles""".split()
    ),
}
ALL_STOPWORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())

# Words that open a sentence capitalised and name no one ("However", "Enfin", "Daarnaast"):
# with the stopwords, what a capitalised word that is not a name can be. Not search stopwords.
OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("finally", "furthermore", "moreover", "however", "indeed", "also", "both", "each", "such", "since",
           "while", "when", "first", "then", "thus", "therefore", "besides", "lastly", "likewise"),
    "fr": ("enfin", "ainsi", "toutefois", "cependant", "néanmoins", "également", "puis", "ensuite", "outre",
           "lorsque", "chaque", "afin", "notamment", "dès", "depuis", "parmi"),
    "nl": ("daarnaast", "bovendien", "echter", "verder", "tevens", "eerst", "vervolgens", "daarom", "elke",
           "iedere", "slotte", "sinds", "tijdens", "zowel", "ten"),
}

# Words no sentence ends on (articles, prepositions, conjunctions, auxiliaries): a paragraph
# that stops on one, with no full stop, goes on in the next ("… near the harbour of" /
# "Zeestad, …"), cut by a page break or a blank line where the document was converted.
DANGLING: dict[str, tuple[str, ...]] = {
    "en": ("a", "an", "the", "of", "to", "in", "for", "and", "or", "with", "by", "on", "at", "from", "as", "that",
           "which", "who", "whose", "its", "their", "his", "her", "this", "these", "is", "are", "was", "were", "be",
           "into", "between", "under", "than", "but", "nor", "also", "both", "such", "about", "through", "within",
           "towards", "upon", "including"),
    "fr": ("le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "à", "au", "aux", "pour",
           "par", "avec", "et", "ou", "dans", "sur", "dont", "leur", "leurs", "ses", "son", "sa", "entre", "en",
           "vers", "chez", "sous", "selon", "que", "qui"),
    "nl": ("de", "het", "een", "van", "voor", "met", "door", "naar", "en", "of", "dat", "om", "te", "tussen",
           "hun", "zijn", "op", "in", "aan", "bij", "uit", "tot", "over", "onder", "rond", "tegen", "die", "als"),
}

_DANGLING_WORDS = frozenset(w for words in DANGLING.values() for w in words)


def dangles(text: str) -> bool:
    """Does the text stop on a word no sentence ends on ("of", "the", "du port de")?"""
    last = text.rstrip().rsplit(None, 1)[-1:]
    return bool(last) and last[0].lower() in _DANGLING_WORDS
