"""Who signed a document (PDF pages of lines), its letter or its foreword: the signature block is quoted (a
closing formula and the signer's name, or a title line and the name written under it); a
sentence that tells of a signing answers instead when there is one, and a line that only
opens with a title is no signature."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

DECREE = """DECREE OF THE GOVERNMENT OF NORLAND

12 March 2026, N 311-L

ON APPROVAL OF THE NORLAND HARBOUR PROGRAMME 2026-2030

1. Approve the Norland Harbour Programme 2026-2030 according to the Annex.

2. This decree enters into force the day after its publication.

PRIME MINISTER
OF THE REPUBLIC OF NORLAND ANNA KOVAC

Annex

The programme renews the quays of the ports of Norland. The minister of
Ports reports on it every year.
"""

BRIEF = """Aan Provinciale Staten van Havenland

Geachte Statenleden,

Hierbij bied ik u de studie over de havens van Havenland aan. De studie
beschrijft de staat van de kades en de sluizen.

Hoogachtend,

J. (Joost) de Wit

Bijlage: studie over de havens van Havenland
"""

AGREEMENT = """**Varlande ports cooperation

**Agreements

In May 2025 the harbour board of Varlande signed a cooperation agreement
with the port of Dunmore on pilot services.

De minister coördineert de bijdrage
Kadernota Integrale Veiligheid van Varlande
"""


STRATEGY = """# Norland digital strategy report

## Governance

To streamline its processes, the Office of the CIO reviewed how digital services are governed. A Digital Services Council will be co-chaired by the Office of the CIO and the Office of Communications, and will report to the board each quarter.

## Websites

The ministry moved its 140 websites to one platform in 2024.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-harbour-decree.pdf": DECREE.splitlines(), "havenland-brief-havenstudie.pdf": BRIEF.splitlines(),
             "varlande-ports-cooperation.pdf": AGREEMENT.splitlines(), "norland-digital-strategy.md": STRATEGY}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, signer", [
    ("Who signed the Norland decree approving the harbour programme?", "ANNA KOVAC"),
    ("Wie heeft de brief over de havenstudie van Havenland ondertekend?", "J. (Joost) de Wit"),
    # asked in the present tense
    ("Qui signe le décret de Norland sur le programme portuaire ?", "ANNA KOVAC"),
    ("Wie ondertekent de brief over de havenstudie van Havenland?", "J. (Joost) de Wit"),
])
def test_the_signature_block_answers_who_signed(client, question, signer):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert signer in body["answer"], body["answer"]
    assert any(signer in c["quote"] for c in body["citations"]), body["citations"]


def test_a_sentence_that_tells_of_the_signing_answers_instead(client):
    body = ask(client, "Who signed the cooperation agreement with the port of Dunmore?")
    assert "harbour board of Varlande" in body["answer"], body["answer"]
    assert "Kadernota" not in body["answer"], body["answer"]


def test_no_signature_and_no_signing_told_is_no_answer(client):
    # a sentence on who chairs a council names people, but says nothing of a signature
    body = ask(client, "Who signed off on Norland's digital strategy report?")
    assert body["abstained"], body["answer"]
