"""A passage's first sentence goes on from the passage before it: "The payout is meant to
protect 40 000 fishers" after "… the Harbour Risk Facility (HRF) paid the whole premium".
A question naming the HRF is answered by it, though its own passage never writes "HRF" (the
name a figure must be given for is held by the passage before, in the same section).
Through the HTTP API over a plan written here."""

from __future__ import annotations

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

def _filler(*coasts: str) -> str:
    return " ".join(f"Insurers of the {w} coast offer cover adapted to storms, floods and droughts for the fishing "
                    f"and farming communities, and the ministry trains local brokers to explain such cover to households."
                    for w in coasts)


PLAN = f"""# Norland climate risk plan 2031

## Insurance against climate risks

{_filler("northern", "southern")} Norland could draw on the Harbour Risk Facility (HRF), which paid the whole premium for 2031 to transfer the storm risk of the islands.

The payout is meant to protect 40 000 vulnerable fishers hit by storms, whose boats were damaged during the last season. {_filler("western", "inner", "outer")}

## Ports

The HRF also advises the harbour office on the insurance of its cranes.

## Fisheries

The fisheries office counts the boats of every port each spring.
"""


def test_a_figure_said_of_a_name_in_the_passage_before(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-climate-risk-plan.md": PLAN}) as client:
        snapshot = client.app.state.service.index.snapshot
        figure = next(c for c in snapshot.chunks.values() if "40 000" in c.text)
        assert "HRF" not in figure.text  # (the case: the name is in the passage before)
        body = ask(client, "How many vulnerable fishers was the HRF payout meant to protect?")
    assert not body["abstained"], body["answer"]
    assert "40 000" in body["answer"], body["answer"]
