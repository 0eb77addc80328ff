"""The passage after the best one is read too: a commitment's description names the thing
asked about, and the next passage, which the search did not return, gives the figure
("participation in the virtual harbour network by 12 member ports")."""

from __future__ import annotations

from assistant.question import analyse
from assistant.retrieval import Hit

_DESCRIPTION = " ".join([
    "Norland will set up a virtual harbour network through which the ports of other countries can share their "
    "experience of port safety, post the problems they face and help Norland's harbour board find solutions.",
    "The eventual aim is an accreditation scheme that lets port authorities assess their own progress, with peer "
    "review through the network.",
    "Ports that keep their safety records in one standard format can compare their accident rates with confidence,",
    "and the makers of port software can sell one product to many ports, which lowers costs for the port authorities.",
    "Standards adopted by many countries also let ships' crews receive the same safety briefings in every port,",
    "which should result in safer and better harbour services for the crews and for the towns around the ports.",
])
PLAN = f"""# Norland open ports plan

## Commitment 7: safety abroad

{_DESCRIPTION}

Milestones: the website is opened (October 2026); participation in the virtual harbour network by 12 member ports and their unions (June 2027); an accreditation scheme is in place (autumn 2027).

## Commitment 8: tide tables

The tide tables of all ports are published every week.
"""


def test_the_figure_in_the_passage_after_the_best_one_answers(service_factory, tmp_path):
    service = service_factory()
    path = tmp_path / "norland-open-ports-plan.md"
    path.write_text(PLAN, encoding="utf-8")
    assert not service.ingestor.ingest([path]).failed
    snapshot = service.index.snapshot
    chunks = sorted((c for c in snapshot.chunks.values() if c.kind == "passage"), key=lambda c: c.start)
    first = next(c for c in chunks if "Norland will set up" in c.text)
    assert "12 member ports" not in first.text  # the figure is in the next passage
    question = analyse("How many ports should join Norland's virtual harbour network?")
    extractive = next(c for c in service.composers if c.name == "extractive")
    answer = extractive.compose(question, [Hit(first, 0.03, 0.5)], snapshot)  # the search found the first only
    assert not answer.abstained, answer.answer
    assert "12 member ports" in answer.answer, answer.answer
