""""Can you summarise the plan, and which agency leads X?": a question whose one part asks for
an overview is an overview whole, 900 characters at most, the overview in its share of
them; before, the overview's own 900 characters and the other part's answer were joined
past that. Through the HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland coastal protection plan 2031-2036

## Purpose

This plan aims to protect the coast of Norland against storm surges, rising sea levels and the erosion of its dunes and beaches over the coming six years, together with the harbour towns, the fishermen, the ferry companies, the nature reserves, the camp sites on the beaches and the farmers of the polders behind the dikes of the west coast.
The plan sets out how the national government, the provinces, the municipalities and the water boards will share the costs of the works on the dikes, the dunes, the beaches and the harbour walls, and how they will report on the progress of those works, their costs and their delays to parliament and to the people of the coast every year.
Its objective is to keep every town of the coast safe from a storm that comes once in a thousand years, and to give the dunes room to grow with the sea.

## 1. Dikes

The Water Agency raises the dikes of the polders by one metre before 2034, starting with the dikes near Arden and Belmoor where the risk of a breach is highest.

## 2. Dunes

The dunes shelter the polders behind them from the sea. The Dune Office leads the dune works: it plants marram grass every spring and closes the paths that cut through the first row of dunes.

## 3. Harbours

The harbour towns rebuild their harbour walls with the support of the national government, which pays two thirds of the costs of each wall.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-coastal-protection.md": PLAN}) as c:
        yield c


def test_an_overview_and_another_part_fit_an_overview(client):
    body = ask(client, "Can you summarise the Norland coastal protection plan, and which body leads the dune works?")
    assert not body["abstained"], body["answer"]
    assert len(body["answer"]) <= 900, (len(body["answer"]), body["answer"])
    assert "Dune Office" in body["answer"], body["answer"]
    assert "This plan aims" in body["answer"] or "The plan sets out" in body["answer"], body["answer"]
