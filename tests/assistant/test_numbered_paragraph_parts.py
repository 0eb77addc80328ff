"""An overview names the plan's main parts, each cited by its first sentence; a part whose
text opens with a paragraph's number on its own line ("1.") is cited by its first sentence
of words, not by the number. Through the HTTP API."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Ostravia National Programme of Flood Adaptation 2031-2035

## Introduction

1.

This programme aims to reduce the damage floods cause along Ostravia's rivers over five years.

## Chapter 1. The current situation

2.

Ostravia's rivers flood every spring, and the damage has doubled in ten years.

## Chapter 2. Objectives

3.

The programme sets four objectives for the river basins, each with measures and a ministry that leads them.

## Chapter 3. Monitoring

4.

The ministry of water reports each year on the measures carried out and the damage avoided.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"ostravia-flood-programme.md": PLAN}) as c:
        yield c


def test_parts_are_cited_by_their_first_sentence_of_words(client):
    body = ask(client, "What is Ostravia's national programme of flood adaptation about?")
    assert not body["abstained"], body["answer"]
    assert body["citations"], body
    for c in body["citations"]:
        assert re.search(r"[A-Za-z]{2}", c["quote"]), c["quote"]
