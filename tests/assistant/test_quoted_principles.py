"""A principle asked about by its quoted wording ("what does the principle 'first the quays,
then the sheds' mean …?", "que signifie le principe « … » ?", "wat betekent het principe
'…'?") asks for a definition, not an abbreviation's expansion: the plan's text on that
principle answers, with the sentence that says what it requires. Through the HTTP API over
a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland harbour recommendations

## Principles

- 1. Listen to the port towns: the harbour office consults the port towns before every works season.
- 2. First the quays and then the sheds: In the old harbour many buildings stand empty while the quays crumble, and ships moor at the outer piers. Although sheds bring rent, the quays carry the trade. In general, the harbour office should repair the quays first, and build new sheds only when the quays are sound.
- 3. Share the costs: the port towns and the province each pay half of the dredging.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-recommendations.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "What does the principle 'first the quays, then the sheds' mean in the Norland harbour recommendations?",
    "Que signifie le principe « first the quays, then the sheds » dans les recommandations portuaires de Norland ?",
])
def test_the_principle_is_defined_by_the_plan_s_text_on_it(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "repair the quays first" in body["answer"], body["answer"]
