"""An ordinal that names a plan ("according to Norland's second charter action plan") is
borne out by the plan calling itself so anywhere ("This second action plan …"), not only by
the passage that answers; a plan that never calls itself the third is not the third. Through
the HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland action plan on the harbour charter 2031-2034

## Introduction

The harbour charter was adopted by the coastal states in 2026. It asks ports to protect fishers and to share their warning systems.

The charter is applied both by the coastal states and by their ports, as well as by other regional bodies such as the Delta Council, the Fisheries Board and the Storm Office.

## Lessons learned

This second action plan draws on the lessons of the first one, which ran from 2027 to 2030.

## Actions

Norland will train its harbour masters in the charter and report on the training every year.
"""

ASKED = ("Apart from the coastal states and their ports, which regional bodies also apply the charter, "
         "according to Norland's {} charter action plan?")


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-charter-plan.md": PLAN}) as c:
        yield c


def test_the_ordinal_the_plan_gives_itself(client):
    body = ask(client, ASKED.format("second"))
    assert not body["abstained"], body["answer"]
    assert "Delta Council" in body["answer"] and "Storm Office" in body["answer"]


def test_an_ordinal_the_plan_never_gives_itself(client):
    # (a control: the plan is the second, not the third)
    body = ask(client, ASKED.format("third"))
    assert body["abstained"], body["answer"]
