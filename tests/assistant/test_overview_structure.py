"""An overview quotes the plan's statement of how it is built with the items it introduces
("Le plan s'articule autour de trois axes : Axe 1 : … ; Axe 2 : … ; Axe 3 : …"), and not the
colophon's lines ("this document is also available from our website …"), which speak of the
document but say nothing of what it is about."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

_FILLER = ("Les communes, les services déconcentrés et les organisations paysannes y ont pris part lors de "
           "plusieurs ateliers régionaux tenus dans les chefs-lieux, et leurs avis ont été repris dans le texte.")

PNA = f"""# Plan d'adaptation des côtes de Varlande

## Résumé

Le littoral de Varlande recule de deux mètres par an sur un tiers de sa longueur. {_FILLER}

Le plan d'adaptation des côtes s'articule autour de trois axes stratégiques :

Axe 1 : Protéger les villages du littoral ;

Axe 2 : Restaurer les mangroves et les dunes ;

Axe 3 : Financer l'adaptation des ports.

## Contexte

Les tempêtes de 2019 et de 2021 ont détruit quatre cents maisons. {_FILLER}

## Mise en œuvre

Le ministère de la Mer coordonne la mise en œuvre avec les communes côtières. {_FILLER}
"""

STRATEGY = """# Norland Open Records Strategy 2024

Published by the Records Office of Norland, 2 Harbour Street, Norstad.
This document is also available from our website at www.records.norland.example or by email from
records@norland.example.

## Introduction

This strategy sets out how every department will open its records to the public within five years.
Citizens will be able to search the records of the last fifty years online.

## Actions

The Records Office will publish a catalogue of all departmental records by 2025.
Each department will name a records officer by the end of 2024.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"plan-adaptation-cotes-varlande.md": PNA, "norland-open-records-strategy-2024.md": STRATEGY}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_statement_of_structure_with_its_items(client):
    body = ask(client, "En gros, de quoi traite le plan d'adaptation des côtes de Varlande ?")
    assert not body["abstained"], body["answer"]
    for axis in ("Protéger les villages du littoral", "Restaurer les mangroves", "Financer l'adaptation des ports"):
        assert axis in body["answer"], body["answer"]


def test_the_colophon_is_no_overview(client):
    body = ask(client, "What is the Norland open records strategy about, in short?")
    assert not body["abstained"], body["answer"]
    assert "open its records to the public" in body["answer"], body["answer"]
    assert "available from our website" not in body["answer"], body["answer"]
