"""Four uploaders over real HTTP (different files, the same file at once, a file replaced by a
new version) while two clients keep asking: no 5xx, and afterwards the index is consistent:
the documents listed are the documents answerable, and each record's chunk count is what
Chroma holds for its version (no orphans)."""

from __future__ import annotations

import threading

import httpx
import pytest

from tests.conftest import LiveServer
from tests.reliability.consistency import read_index

pytestmark = pytest.mark.reliability


OWN = ["alder", "hazel", "larch", "rowan"]  # each uploader's first file, replaced later by a new version
OTHER = ["birch", "maple", "spruce", "aspen"]


def plan(word: str, amount: int, version: int = 1) -> bytes:
    """A small plan with one fact only it states (a fund named after `word`)."""
    body = "\n\n".join(f"Measure {i} of the {word} programme repairs {i + 2} footbridges in district {i}."
                       for i in range(1, 10))
    return (f"# The {word.title()} Plan (version {version})\n\n## Funding\n\n"
            f"The {word} fund was set at {amount} million euro.\n\n## Measures\n\n{body}\n").encode()


def test_concurrent_uploads_while_asking_leave_a_consistent_index(service_factory):
    from assistant.api import create_app

    service = service_factory("concurrent")
    shared = plan("cedar", 17)  # uploaded by every uploader at the same time
    expected: dict[str, int] = {"cedar.md": 17}  # final document -> the amount it states
    jobs: list[list[tuple[str, bytes]]] = []
    for n, (own, other) in enumerate(zip(OWN, OTHER)):
        jobs.append([(f"{own}.md", plan(own, 10 + n)), ("cedar.md", shared), (f"{other}.md", plan(other, 20 + n)),
                     ("cedar.md", shared), (f"{own}.md", plan(own, 30 + n, version=2))])
        expected[f"{own}.md"] = 30 + n
        expected[f"{other}.md"] = 20 + n
    statuses: list[tuple[str, int, str]] = []
    done = threading.Event()

    with LiveServer(create_app(service.settings, service)) as server:
        def upload(files: list[tuple[str, bytes]]) -> None:
            with httpx.Client(base_url=server.url, timeout=120) as client:
                for name, content in files:
                    statuses.append(call(client, "upload " + name, "POST", "/v1/documents",
                                         files={"file": (name, content, "text/markdown")}))

        def ask() -> None:
            with httpx.Client(base_url=server.url, timeout=120) as client:
                while not done.is_set():
                    for word in ("cedar", "alder", "maple"):
                        statuses.append(call(client, "ask", "POST", "/v1/ask",
                                             json={"question": f"How much money is in the {word} fund?"}))
                    statuses.append(call(client, "list", "GET", "/v1/documents"))

        uploaders = [threading.Thread(target=upload, args=(files,)) for files in jobs]
        askers = [threading.Thread(target=ask) for _ in range(2)]
        for t in askers + uploaders:
            t.start()
        for t in uploaders:
            t.join(timeout=600)
        done.set()
        for t in askers:
            t.join(timeout=120)

        failures = [s for s in statuses if s[1] >= 500 or s[1] == 0 or (s[0].startswith("upload") and s[1] != 201)]
        assert not failures, failures[:5]
        assert sum(1 for s in statuses if s[0] == "ask") >= 6  # the askers did ask during the uploads

        with httpx.Client(base_url=server.url, timeout=120) as client:
            listed = {d["document"]: d for d in client.get("/v1/documents").json()["items"]}
            assert set(listed) == set(expected)
            for name, amount in expected.items():
                word = name.removesuffix(".md")
                answer = client.post("/v1/ask", json={"question": f"How much money is in the {word} fund?"}).json()
                assert not answer["abstained"], (name, answer)
                assert f"{amount} million euro" in answer["answer"], (name, answer["answer"])
                assert answer["citations"][0]["document"] == name

    snapshot = service.index.snapshot
    service.index.close()
    for doc_id, record in snapshot.documents.items():
        assert record.info.chunks == sum(1 for c in snapshot.chunks.values() if c.doc_id == doc_id)
    stored = read_index(service.settings.index_dir)
    assert not stored.orphans, stored.summary()
    assert {r["document"] for r in stored.records.values()} == set(expected)
    for doc_id, record in stored.records.items():
        assert stored.chunks_by_doc.get(doc_id, 0) == record["chunks"], (record["document"], stored.summary())


def call(client: httpx.Client, what: str, method: str, path: str, **kwargs) -> tuple[str, int, str]:
    """(what, status, start of the body); status 0 when the connection failed."""
    try:
        r = client.request(method, path, **kwargs)
    except httpx.TransportError as exc:
        return what, 0, repr(exc)
    return what, r.status_code, r.text[:200]
