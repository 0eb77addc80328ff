""""Which option includes X?" where the table's "Options" column names each row and another
cell lists what it includes: the row whose other cells write most of what the question
describes, clearly more than any other row, answers with its cell under the header the
question names (in the singular too). A description no row writes gets no row (a control:
none was given before either)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan d'adaptation agricole de Varlande

## Introduction

Le plan retient trois options pour adapter l'agriculture de Varlande aux sécheresses et aux
crues. Chaque option regroupe des mesures que les services agricoles mettront en œuvre d'ici 2030.

## Options et mesures

| Options | Mesures |
|---|---|
| 1. Protection des terres cultivées | Plantation de vétiver le long des rives ; enrochement des berges exposées aux crues |
| 2. Sécurité alimentaire des ménages | Constitution d'un stock de graines de variétés résistantes ; formation des paysans au stockage |
| 3. Information climatique | Installation de stations météorologiques ; diffusion des bulletins saisonniers par la radio |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-agricole-varlande.md": PLAN}) as c:
        yield c


def test_the_option_that_includes_what_is_described(client):
    body = ask(client, "Quelle option comprend un stock de graines de variétés résistantes ?")
    assert not body["abstained"], body["answer"]
    assert "Sécurité alimentaire des ménages" in body["answer"], body["answer"]
    assert "Protection des terres" not in body["answer"] and "Information climatique" not in body["answer"]


def test_another_row_described(client):
    body = ask(client, "Quelle option prévoit la diffusion de bulletins saisonniers par la radio ?")
    assert not body["abstained"], body["answer"]
    assert "Information climatique" in body["answer"], body["answer"]


def test_a_description_no_row_writes(client):
    body = ask(client, "Quelle option prévoit la construction d'un musée de l'agriculture ?")
    assert "Sécurité alimentaire" not in body["answer"] and "Protection des terres" not in body["answer"], body["answer"]
