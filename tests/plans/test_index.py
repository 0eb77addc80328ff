"""The index: BM25 updated in place, snapshots derived per document, crash leftovers swept,
damaged folders refused in one line; real Chroma on temp folders, the real model."""

from __future__ import annotations

import math
import random
import sqlite3
from collections import Counter

import pytest

from plans.errors import IndexUnavailable
from plans.index import PlanIndex, StoredChunk
from plans.index.bm25 import B, K1, LexicalIndex
from plans.index.lexical import QueryTerm, query_terms, tokenize
from plans.index.snapshot import DocumentRecord, Snapshot
from plans.records import DocumentInfo
from plans.settings import load_settings

WORDS = "river flood dike harbour school budget ministry road bridge energy water farm forest coast".split()


def brute_bm25(docs: dict[str, list[str]], query: list[str]) -> dict[str, float]:
    n = len(docs)
    avgdl = sum(len(t) for t in docs.values()) / n
    df = Counter(t for terms in docs.values() for t in set(terms))
    out = {}
    for cid, terms in docs.items():
        tf = Counter(terms)
        s = 0.0
        for q in query:
            if tf[q]:
                idf = math.log(1 + (n - df[q] + 0.5) / (df[q] + 0.5))
                s += idf * tf[q] * (K1 + 1) / (tf[q] + K1 * (1 - B + B * len(terms) / avgdl))
        if s > 0:
            out[cid] = s
    return out


def test_bm25_kept_in_place_scores_like_one_built_from_scratch():
    rng = random.Random(7)
    live: dict[str, list[str]] = {}
    index = LexicalIndex()
    for step in range(60):  # documents added and removed: many small segments, merges, tombstones
        doc = [(f"d{step}-c{i}", [rng.choice(WORDS) for _ in range(rng.randint(3, 30))]) for i in range(rng.randint(1, 40))]
        index = index.add(doc)
        live.update(doc)
        if step % 3 == 2:
            gone = [c for c in live if c.startswith(f"d{step - 1}-")]
            index = index.remove(gone)
            for c in gone:
                del live[c]
    assert index.n == len(live)
    assert len(index.segments) < 20
    for q in (["river"], ["flood", "dike"], ["budget", "school", "road"]):
        expected = brute_bm25(live, q)
        got = dict(index.search([QueryTerm(w, frozenset([w])) for w in q], k=len(live)))
        assert got.keys() == expected.keys()
        for cid, score in expected.items():
            assert got[cid] == pytest.approx(score, rel=1e-4)
    assert index.df_of("river") == sum(1 for t in live.values() if "river" in t)
    for word in ("river", "coast"):  # the postings, across segments and tombstones
        assert sorted(index.chunks_with(word)) == sorted(c for c, t in live.items() if word in t)
    assert index.chunks_with("absent") == []


def test_a_word_counts_once_whatever_the_language_of_its_stems():
    index = LexicalIndex().add([("a", ["inond", "digu"]), ("b", ["route"])])
    once = index.search([QueryTerm("inondations", frozenset(["inond", "inondation"]))], 5)
    assert [cid for cid, _ in once] == ["a"]
    assert once == index.search([QueryTerm("inond", frozenset(["inond"]))], 5)


def _chunk(doc_id: str, i: int, text: str, lang: str = "en") -> StoredChunk:
    return StoredChunk(id=f"{doc_id}-{i}", doc_id=doc_id, kind="passage", text=text, search_text=text,
                       section="", page=None, start=0, end=len(text), lang=lang)


def _record(doc_id: str, version: str = "v1", n: int = 0, title: str = "") -> DocumentRecord:
    return DocumentRecord(DocumentInfo(id=doc_id, document=doc_id, title=title, version=version, chunks=n))


def test_snapshots_derived_per_document_equal_one_built_at_once():
    docs = {
        "rivers.md": [_chunk("rivers.md", i, f"The river authority raises dike {i} before the flood season.") for i in range(5)],
        "ecoles.md": [_chunk("ecoles.md", i, f"Les écoles rurales recevront {i} enseignants supplémentaires.", "fr") for i in range(4)],
        "wegen.md": [_chunk("wegen.md", i, f"De provincie onderhoudt {i} wegen en fietspaden.", "nl") for i in range(3)],
    }
    stepwise = Snapshot()
    for doc_id, chunks in docs.items():
        stepwise = stepwise.with_document(_record(doc_id, n=len(chunks)), chunks)
    stepwise = stepwise.with_document(_record("wegen.md", "v2", 3), docs["wegen.md"])  # replaced
    stepwise = stepwise.without_document("rivers.md")
    at_once = Snapshot.build({d: _record(d, n=len(c)) for d, c in docs.items() if d != "rivers.md"},
                             [c for d, cs in docs.items() if d != "rivers.md" for c in cs])
    assert stepwise.chunks.keys() == at_once.chunks.keys()
    for q in ("enseignants écoles", "fietspaden", "dike"):
        a, b = dict(stepwise.bm25_search(q, 10)), dict(at_once.bm25_search(q, 10))
        assert a.keys() == b.keys() and all(a[k] == pytest.approx(b[k]) for k in a)
    assert stepwise.bm25_search("dike", 10) == []
    # French text is analysed in French: an inflected form of the question finds it
    assert [cid for cid, _ in stepwise.bm25_search("enseignant", 3)][0].startswith("ecoles.md")
    assert tokenize("Les écoles rurales", "fr") == ["ecol", "rural"]  # stems without accents
    assert {t.word for t in query_terms("Quel département assure le suivi ?", "fr")} == {"département", "assure", "suivi"}


def _settings(path, **kw):
    return load_settings(index_dir=path, **kw)


def test_what_a_crash_leaves_behind_is_swept_when_a_process_next_writes(tmp_path, embedder):
    index = PlanIndex(_settings(tmp_path / "ix"), embedder).open()
    good = [_chunk("good.md", i, f"Harbour quay {i} is inspected twice a year.") for i in range(3)]
    index.add(_record("good.md", n=3), good, embedder.embed_batch([c.search_text for c in good]))
    # a write killed after its chunks, before its record; a removal killed after the chunks
    lost = [_chunk("lost.md", i, f"Orphan text {i}.") for i in range(4)]
    index._chunks.upsert(ids=[c.id for c in lost], embeddings=embedder.embed_batch([c.text for c in lost]),
                         documents=[c.text for c in lost], metadatas=[c.metadata("v9") for c in lost])
    half = [_chunk("half.md", 0, "A document whose removal was cut short.")]
    index.add(_record("half.md", n=1), half, embedder.embed_batch([half[0].text]))
    index._chunks.delete(where={"doc_id": "half.md"})
    index.close()

    reopened = PlanIndex(_settings(tmp_path / "ix"), embedder).open()
    assert set(reopened.snapshot.documents) == {"good.md"}  # readers never see the leftovers
    reopened.acquire_writer()
    ids = reopened._chunks.get(include=[])["ids"]
    assert sorted(ids) == sorted(c.id for c in good)
    assert reopened._docs.get(include=[])["ids"] == ["good.md"]
    reopened.close()


def _damaged(folder, how: str) -> None:
    folder.mkdir()
    (folder / "0b8f4a4e-1d1c-4c8e-9a57-2f0b7c1e8d11").mkdir()  # a vector segment folder
    if how == "empty":
        (folder / "chroma.sqlite3").write_bytes(b"")
    elif how == "junk":
        (folder / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)


@pytest.mark.parametrize("how, says", [("missing", "chroma.sqlite3 is missing"), ("empty", "chroma.sqlite3 is empty"),
                                       ("junk", "unreadable")])
def test_a_damaged_index_folder_is_refused_in_one_line(tmp_path, embedder, how, says):
    folder = tmp_path / "ix"
    _damaged(folder, how)
    with pytest.raises(IndexUnavailable) as err:
        PlanIndex(_settings(folder), embedder).open()
    message = str(err.value)
    assert says in message and str(folder) in message and "plans ingest" in message and "\n" not in message


def test_an_index_built_with_another_model_is_refused_in_one_line(tmp_path, embedder):
    folder = tmp_path / "ix"
    PlanIndex(_settings(folder), embedder).open().close()
    con = sqlite3.connect(folder / "chroma.sqlite3")
    con.execute("UPDATE collection_metadata SET str_value = 'another-model' WHERE key = 'embed_model'")
    con.commit()
    con.close()
    with pytest.raises(IndexUnavailable) as err:
        PlanIndex(_settings(folder), embedder).open()
    assert "another-model" in str(err.value) and "PLANS_EMBED_MODEL" in str(err.value)


def test_an_index_path_that_is_a_file_is_refused_in_one_line(tmp_path, embedder):
    path = tmp_path / "ix"
    path.write_text("not a folder")
    with pytest.raises(IndexUnavailable, match="is a file, not a folder; set PLANS_INDEX_DIR"):
        PlanIndex(_settings(path), embedder).open()


def test_a_new_or_empty_folder_is_a_new_index(tmp_path, embedder):
    (tmp_path / "empty").mkdir()
    for folder in (tmp_path / "new", tmp_path / "empty"):
        index = PlanIndex(_settings(folder), embedder).open()
        assert index.snapshot.documents == {}
        index.close()


def test_the_vector_search_explores_enough_candidates_to_give_the_same_results_each_time(tmp_path, embedder):
    # Chroma's default search was approximate enough that results near the edge changed from
    # one process to the next on an index of the real plans
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    from plans.index.store import EF_SEARCH

    index = PlanIndex(_settings(tmp_path / "new"), embedder).open()
    hnsw = index._chunks.configuration["hnsw"]
    assert hnsw["space"] == "cosine" and hnsw["ef_search"] >= EF_SEARCH
    index.close()
    # an index made before: its first writer sets it
    old = tmp_path / "old"
    client = chromadb.PersistentClient(path=str(old), settings=ChromaSettings(anonymized_telemetry=False))
    client.get_or_create_collection(load_settings().collection, embedding_function=None,
                                    metadata={"hnsw:space": "cosine", "embed_model": embedder.name})
    del client
    reopened = PlanIndex(_settings(old), embedder).open()
    assert reopened._chunks.configuration["hnsw"]["ef_search"] < EF_SEARCH
    reopened.acquire_writer()
    assert reopened._chunks.configuration["hnsw"]["ef_search"] >= EF_SEARCH
    assert reopened._chunks.configuration["hnsw"]["space"] == "cosine"
    reopened.close()
