"""A list answer fits the 500 characters an answer is given: when its items together are
longer, the long items are cut to one length and the short ones stay whole (not every item
cut alike, which would cut the short ones too)."""

from __future__ import annotations

import pytest

from assistant.answering.lists import _item_budget
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

LONG = [
    "Rebuild the northern breakwater of Varhaven with rock armour so that it withstands the storms of a hundred-year "
    "return period and shelters the fishing fleet",
    "Raise the dikes along the lower Ostra by one metre between the estuary and the town of Kelby, with new sluices at "
    "the three tributaries and a road on the crest",
    "Restore the salt marshes of the Dunmore bay over four hundred hectares, with the farmers who graze them and the "
    "bird society that counts their birds every spring",
]
SHORT = ["Open a tide gauge in Saltcombe", "Train forty harbour pilots", "Publish the flood maps"]

PLAN = "\n\n".join([
    "# Norland Coastal Works Plan 2027-2031",
    "## Works",
    "The coastal works programme of Norland consists of the following six works:",
    "\n".join(f"- {item}." for item in [LONG[0], SHORT[0], LONG[1], SHORT[1], LONG[2], SHORT[2]]),
    "## Funding",
    "The works are paid from the Norland coast fund, 90 million euros over five years.",
])


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-coastal-works-plan.md": PLAN}) as c:
        yield c


def test_a_long_list_fits_an_answer_with_its_short_items_whole(client):
    body = ask(client, "Which works make up Norland's coastal works programme?")
    assert not body["abstained"], body["answer"]
    assert len(body["answer"]) <= 500, (len(body["answer"]), body["answer"])
    for item in SHORT:
        assert item in body["answer"], body["answer"]
    for item in LONG:
        assert " ".join(item.split()[:4]) in body["answer"], body["answer"]


def test_the_long_items_share_what_the_short_ones_leave():
    assert _item_budget([300, 20, 20], 200) == 160  # the short items whole, the long one the rest
    assert _item_budget([100, 100, 100], 250) == 83  # all long: cut alike
    assert _item_budget([50, 60, 70], 400) == 70  # all fit


def test_a_cut_item_keeps_its_reference_and_as_much_of_its_beginning_as_fits():
    from assistant.answering.lists import _shorten

    item = "To rebuild and reinforce the old breakwaters and the northern quays of the Varhaven port (measure 14)"
    cut = _shorten(item, 80)
    assert len(cut) <= 80 and cut.endswith("(measure 14)"), cut
    assert cut.startswith("To rebuild and reinforce the old breakwaters and the"), cut  # not half of it
    assert _shorten("Setting up a green belt against the sand in the south of Norland", 40) == \
        "Setting up a green belt against the …"
