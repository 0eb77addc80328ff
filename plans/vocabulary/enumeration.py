"""Words that open the items of a list written as sentences, per language: "First, …
Second, … Finally, …", "Premièrement, … Enfin, …", "Ten eerste, … Ten slotte, …".

ORDINALS: the opening words of the item at each place (index + 1 = place). CLOSING: words
that open a list's last item, whatever its place. ADDING: words that open a sentence adding
to what the sentence before said ("In addition, …", "En outre, …", "Daarnaast …"). Matched
at a sentence's start, before a comma or a space, case aside. FURTHER: words that make what a
sentence names one more of a kind the sentence before listed ("a third target group"),
matched anywhere in it.
"""

from __future__ import annotations

ORDINALS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("first", "firstly", "first of all", "in the first place"),
           ("second", "secondly", "in the second place"),
           ("third", "thirdly"), ("fourth", "fourthly"), ("fifth", "fifthly"), ("sixth", "sixthly"),
           ("seventh",), ("eighth",)),
    "fr": (("premièrement", "en premier lieu", "tout d'abord", "d'abord", "primo"),
           ("deuxièmement", "en deuxième lieu", "en second lieu", "secundo"),
           ("troisièmement", "en troisième lieu", "tertio"), ("quatrièmement", "en quatrième lieu"),
           ("cinquièmement", "en cinquième lieu"), ("sixièmement",)),
    "nl": (("ten eerste", "in de eerste plaats", "allereerst"), ("ten tweede", "in de tweede plaats"),
           ("ten derde", "in de derde plaats"), ("ten vierde",), ("ten vijfde",), ("ten zesde",)),
}
CLOSING: dict[str, tuple[str, ...]] = {
    "en": ("finally", "lastly", "last but not least"),
    "fr": ("enfin", "finalement", "en dernier lieu"),
    "nl": ("ten slotte", "tot slot", "tenslotte", "als laatste"),
}
ADDING: dict[str, tuple[str, ...]] = {
    "en": ("in addition", "additionally", "moreover", "furthermore", "besides"),
    "fr": ("en outre", "de plus", "par ailleurs", "en plus", "de même"),
    "nl": ("daarnaast", "bovendien", "verder", "voorts", "daarbij"),
}
# Words by which a sentence adds to what the one before said ("… have also published …"): what it
# adds to is there, not in it.
ALSO: dict[str, tuple[str, ...]] = {
    "en": ("also", "as well"),
    "fr": ("aussi", "également"),
    "nl": ("ook", "eveneens"),
}
FURTHER: dict[str, tuple[str, ...]] = {
    "en": ("a second", "a third", "a fourth", "a fifth", "a further"),
    "fr": ("un deuxième", "une deuxième", "un second", "une seconde", "un troisième", "une troisième",
           "un quatrième", "une quatrième", "un cinquième", "une cinquième"),
    "nl": ("een tweede", "een derde", "een vierde", "een vijfde"),
}
