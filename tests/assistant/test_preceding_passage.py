"""The passage before a found passage is read too when the found passage opens by referring
back to something the passage before named ("Inspections in these harbours …" after "…
These harbours are A, B and C."): the search may return the passage that refers back and not
the one that names, which speaks of other things first."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import make_service

_SCOPE = " ".join([
    "The plan applies to every port of Norland, to the ports of its partner countries and to the ships that call "
    "at them, whatever flag they fly.",
    "The harbour board, the coast guard and the customs office act together, so that no port is left to face its "
    "problems alone and no service repeats the work of another.",
    "Each year the board reports to parliament on what was done, what it cost and what remains to be done.",
    "In three target harbours, the coordinated action of the services will test the plan's instruments before "
    "they are used elsewhere.",
    "These harbours are Ostby, Kirkwall and Lenport.",
])
PLAN = f"""# Norland harbour safety plan

## Scope

{_SCOPE}

Inspections in these harbours will serve as a model for the other ports of Norland, through the instruments the board has: training, audits and shared equipment.

## Pilot harbours

In two pilot harbours, the harbour board will try out night inspections first. These harbours are Westby and Norby.

## Tide tables

These tables are published every week at the harbour office.
"""
FERRIES = """# Norland ferry plan

## Lines

The ferries of Norland carry the islanders, their cars and their goods to the mainland in every season, and the ferry company keeps its ships, quays and waiting rooms in good repair. The ferry board, the coast guard and the islands' councils agree each winter on the timetables, the fares and the works to be done, so that no island is left without a crossing. Each year the board reports to parliament on what was done, what it cost and what remains to be done, and it asks the islanders what they think of the service in a survey sent to every household. In three ferry lines, the crossings will run every hour from 2027. These lines are Ostsund, Kirkby and Lenholm.

Those who travel at night find the timetables at the harbour office.
"""
NAMES = ("Ostby", "Kirkwall", "Lenport")


@pytest.fixture(scope="module")
def norland(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("preceding")
    service = make_service(root / "index", embedder)
    paths = [root / "norland-harbour-safety-plan.md", root / "norland-ferry-plan.md"]
    for path, text in zip(paths, (PLAN, FERRIES)):
        path.write_text(text, encoding="utf-8")
    assert not service.ingestor.ingest(paths).failed
    yield service
    service.index.close()


def _compose(service, question: str, found: str, names: tuple[str, ...]):
    """The extractive answer from the passage the search finds that writes `found`, as if the
    search had found that passage alone (the names are in another passage)."""
    extractive = next(c for c in service.composers if c.name == "extractive")
    hits = [h for h in service.retriever.retrieve(question, k=10) if found in h.chunk.text]
    assert len(hits) == 1 and not any(name in hits[0].chunk.text for name in names)
    return extractive.compose(analyse(question), hits, service.index.snapshot)


@pytest.mark.parametrize("question, found", [
    ("Which three target harbours does the Norland harbour safety plan name?", "Inspections in these harbours"),
])
def test_the_passage_before_names_what_the_found_passage_refers_back_to(norland, question, found):
    answer = _compose(norland, question, found, NAMES)
    assert not answer.abstained, answer.answer
    assert all(name in answer.answer for name in NAMES), answer.answer


@pytest.mark.parametrize("question, found, before", [
    # the passage before is in another section: it is not what "these tables" refers to
    ("Which two pilot harbours does the Norland harbour safety plan name?", "These tables are published",
     ("pilot harbours", "Westby")),
    # "those who …": a pronoun, not a noun named before
    ("Which three ferry lines does the Norland ferry plan name?", "Those who travel at night",
     ("ferry lines", "Ostsund")),
])
def test_the_passage_before_is_not_read_when_the_found_one_refers_back_to_nothing(norland, question, found, before):
    answer = _compose(norland, question, found, before)
    assert not any(words in answer.answer for words in before), answer.answer
