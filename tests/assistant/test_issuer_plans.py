"""A question that names its source by the body that issued it ("according to the Province of
Norland") names the plan whose title holds that name, but the issuer's other plans, which
write the name too, are as much its source: the passage that gives the fact is looked for in
all of them. Through the HTTP API, over two plans of one province written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

_TOWNS = ["Arden", "Belmoor", "Corvale", "Dunmere", "Eastwick", "Fallow", "Greystone", "Harlow", "Ivel", "Jarrow",
          "Kelby", "Lorne", "Marden", "Northam", "Oakby", "Pellow", "Quarry", "Rudd", "Selby", "Tarn"]

SCOOTERS = "# Shared scooters in Norland: a quick study of the Province of Norland\n\n" + "\n".join(
    f"## {i + 1}. Scooters in {town}\n\nThe Province of Norland counted {40 + i} shared scooters in {town}, where "
    f"the distance from the coach stops to the ferry piers is short and the Province of Norland supports the town's "
    f"operators.\n"
    for i, town in enumerate(_TOWNS)
)

CHANCES = """# Eight chances for mobility

## Foreword

This agenda of the Province of Norland sets out eight chances for travel in the coming years.

## 3. Room for public transport

Public transport bundles single trips into shared flows, which saves space on the roads. Coaches should win over the ferries on trips of up to 60 km across the bay.

## 4. Walking

Towns get wider pavements near their stations.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-shared-scooters.md": SCOOTERS,
                                                    "eight-chances-for-mobility.md": CHANCES}) as c:
        yield c


def test_a_fact_in_another_plan_of_the_issuer_is_found(client):
    body = ask(client, "According to the Province of Norland, up to which distance should coaches win over ferries?")
    assert not body["abstained"], body["answer"]
    assert "60 km" in body["answer"], body["answer"]
    assert body["citations"][0]["document"].startswith("eight-chances"), body["citations"]


def test_the_plans_writing_a_name_are_every_plan_that_writes_it(service_factory, tmp_path):
    for name, text in {"norland-shared-scooters.md": SCOOTERS, "eight-chances-for-mobility.md": CHANCES}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    service = service_factory()
    service.ingestor.ingest(sorted(tmp_path.glob("*.md")))
    snapshot = service.index.snapshot
    assert {d.split(".")[0] for d in snapshot.documents_writing({"norland"})} == {"norland-shared-scooters",
                                                                                 "eight-chances-for-mobility"}
    assert {d.split(".")[0] for d in snapshot.documents_writing({"norland", "scooter"})} == {"norland-shared-scooters"}
    assert snapshot.documents_writing({"norland", "nowhere"}) == set()
