"""A list under a label the question names ("Observers:"), placed by the sentence that leads
up to it: "Which bodies sit as observers in the CCW?" names the council only in the paragraph
that introduces its members and observers, two passages before the label. The question's
words found there place the list; a word found neither there nor in the label (another body)
leaves the list unanswered. Other plans make the question's words common enough to weigh."""
from __future__ import annotations
import pytest
from tests.conftest import ask_http as ask
from tests.conftest import serving

MEMBERS = "\n".join(f"· representative of the regional service for {w}, appointed for four years by the minister;"
                    for w in ("housing", "transport", "energy", "health", "justice", "finance", "education",
                              "agriculture", "tourism", "culture", "sport", "employment", "environment",
                              "mobility", "security", "statistics"))
COUNCIL = f"""# Water strategy 2024-2030

## Governance

The strategy is steered by the Coordination Council for Water (CCW), which meets four times a year.
The CCW is composed of representatives of every regional service that manages water. The
university network and the consumers' federation are each represented by an observer.
Members:
{MEMBERS}

Observers:
· representative of the university network;
· representative of the consumers' federation.

The CCW reports each year to the regional parliament on the progress of the strategy.
"""

KINDS = ["public bodies", "panels that sit weekly", "boards", "agencies", "committees"]
EXTRAS = ["the trend was observed by inspectors", "costs rose", "no change", "budgets fell", "staff grew",
          "targets were met", "reports were late", "two sites closed", "fees were cut", "waiting lists shrank"]
FILLER = " ".join(["The regional figures were collected by the statistics office and checked twice."] * 8)
OTHER = "# Monitoring report 2023\n\n" + "\n\n".join(
    f"## Findings {i + 1}\n\nIn year {i + 1}, the {KINDS[i % 5]} met {i + 2} times; {EXTRAS[i % 10]}. "
    + FILLER
    for i in range(40))


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("lead-plans")
    (folder / "water-strategy.md").write_text(COUNCIL)
    (folder / "monitoring-report.md").write_text(OTHER)
    with serving(tmp_path_factory.mktemp("lead-index"), embedder, [folder]) as c:
        yield c


def test_a_list_placed_by_the_paragraph_that_introduces_it(client):
    a = ask(client, "Which bodies sit as observers in the CCW?")
    assert a["mode"] == "list", a["answer"]
    assert "university network" in a["answer"] and "consumers' federation" in a["answer"]
    assert "regional service" not in a["answer"]  # the members' list is another label's


def test_a_list_not_placed_where_the_question_asks(client):
    a = ask(client, "Which bodies sit as observers in the regional parliament?")
    assert a["mode"] != "list", a["answer"]
