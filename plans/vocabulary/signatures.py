"""Words of a signature, per language: the formula that closes a letter before its signer's
name ("Yours sincerely,", "Hoogachtend,", "Veuillez agréer …"), the titles a signer signs
with ("Prime Minister", "De minister", "Le Président"), and the questions that ask who signed
a document or wrote its letter or foreword."""

from __future__ import annotations

import re

CLOSINGS: dict[str, tuple[str, ...]] = {
    "en": ("yours sincerely", "yours faithfully", "sincerely", "kind regards", "best regards", "with kind regards",
           "yours truly", "respectfully"),
    "fr": ("cordialement", "bien cordialement", "veuillez agréer", "je vous prie d'agréer", "bien à vous",
           "salutations distinguées", "respectueusement"),
    "nl": ("hoogachtend", "met vriendelijke groet", "met vriendelijke groeten", "met hoogachting",
           "vriendelijke groeten"),
}
SIGNING_ROLES: dict[str, tuple[str, ...]] = {
    "en": ("prime minister", "minister", "president", "secretary of state", "secretary-general", "secretary general",
           "chair", "chairman", "chairwoman", "chairperson", "director-general", "director general", "director",
           "mayor", "governor", "commissioner", "ambassador", "head of"),
    "fr": ("premier ministre", "ministre", "président", "présidente", "secrétaire d'état", "secrétaire général",
           "secrétaire générale", "directeur général", "directrice générale", "directeur", "directrice", "maire",
           "gouverneur", "commissaire", "ambassadeur"),
    "nl": ("minister-president", "minister", "staatssecretaris", "voorzitter", "burgemeester", "gedeputeerde",
           "lid gedeputeerde staten", "secretaris-generaal", "directeur-generaal", "directeur", "gouverneur",
           "commissaris", "ambassadeur"),
}
# "who signed the decree?", "qui a signé la lettre ?", "wie heeft het akkoord ondertekend?",
# "who wrote the foreword?": a signature answers them
SIGNED = re.compile(
    r"\b(?:signed|signs|signatory|signatories|signature|undersigned|signé|signée|signés|signées|signe|signataires?|"
    r"ondertekend|ondertekende|ondertekenden|ondertekent|ondertekenaars?|getekend|tekende)\b"
    r"|\b(?:who|qui|wie)\b[^?]*\b(?:wrote|written|écrit|rédigé|schreef|geschreven)\b[^?]*\b(?:foreword|preface|"
    r"letter|avant-propos|préface|lettre|voorwoord|brief)\b"
    # (the Dutch participle ends its clause: "door wie is het voorwoord geschreven?")
    r"|\bwie\b[^?]*\b(?:voorwoord|brief|inleiding)\b[^?]*\b(?:schreef|geschreven)\b", re.I)
# "who sent the study to the council?", "qui a transmis le rapport ?", "wie heeft de snelstudie
# aangeboden?": a document sent under a covering letter is sent by the letter's signer
SENT = re.compile(
    r"\b(?:sent|sends|submitted|submits|forwarded|transmitted|envoyée?s?|transmise?s?|adressée?s?|soumise?s?|"
    r"gestuurd|verstuurd|toegestuurd|toegezonden|verzonden|aangeboden|biedt|bood)\b", re.I)
# the parts of a plan that a person or body writes in its own name
FOREWORD = re.compile(r"\b(?:foreword|preface|avant-propos|préface|voorwoord|woord vooraf)\b", re.I)
# "Foreword by the Minister for …", "Avant-propos du Premier ministre", "Voorwoord door de
# gedeputeerde": a heading that names who wrote the part it opens
WRITTEN_BY: dict[str, tuple[str, ...]] = {
    "en": ("foreword by", "preface by", "introduction by", "message from", "statement by"),
    "fr": ("avant-propos de", "avant-propos du", "avant-propos par", "préface de", "préface du", "préface par",
           "mot de", "mot du", "message de", "message du"),
    "nl": ("voorwoord door", "voorwoord van", "inleiding door", "woord vooraf door", "woord vooraf van"),
}
# a sentence that tells of a signing ("the ministry signed an agreement with …"): who signed is
# said there, not by a signature block
SIGNING = re.compile(r"\b(?:signed|signs|signing|signé|signée|signés|signées|signent|signera|signeront|"
                     r"ondertekend|ondertekent|ondertekende|ondertekenden|ondertekenen|getekend|tekende)\b", re.I)
