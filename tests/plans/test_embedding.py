"""The bundled embedding model: thread-safe, truncates long inputs, sizes text in one pass."""

from __future__ import annotations

import threading

import numpy as np


def test_inputs_longer_than_the_model_limit_are_truncated_not_refused(embedder):
    for text in ["1 " * 999, "政策" * 1000, "word " * 5000]:
        [vec] = embedder.embed_batch([text])
        assert len(vec) == embedder.dimension
        assert abs(np.linalg.norm(vec) - 1.0) < 1e-3
    assert len(embedder.embed_query("1 " * 999)) == embedder.dimension


def test_concurrent_embedding_and_token_counting_give_the_serial_results(embedder):
    texts = [("plan " * (1 + 37 * i % 300)).strip() for i in range(24)]
    expected = embedder.embed_batch(texts)
    counts = [embedder.count_tokens(t) for t in texts]
    errors: list[BaseException] = []
    results: dict[int, list] = {}

    def work(k: int) -> None:
        try:
            for _ in range(3):
                assert [embedder.count_tokens(t) for t in texts[k::4]] == counts[k::4]
                results[k] = embedder.embed_batch(texts[k::4])
                embedder.token_spans(" ".join(texts))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    for k in range(4):
        assert np.allclose(results[k], expected[k::4], atol=1e-4)


def test_token_spans_locate_the_tokens_counted(embedder):
    text = "Line 17.b: Foreign Affairs monitors the interventions carried out."
    spans = embedder.token_spans(text)
    assert len(spans) + embedder.special_tokens == embedder.count_tokens(text)
    assert all(text[a:b].strip() for a, b in spans)
    assert spans == sorted(spans)


def test_a_text_given_twice_is_embedded_once_and_every_copy_gets_its_vector(embedder):
    texts = ["Line 4.c: Train staff", "Running header of the plan", "Line 4.c: Train staff", "Annex"]
    seen: list[list[str]] = []
    real = embedder.embed_batch

    def counting(batch):
        seen.append(list(batch))
        return real(batch)

    embedder.embed_batch = counting
    try:
        done: list[int] = []
        vectors = embedder.embed_documents(texts, done.append)
    finally:
        del embedder.embed_batch
    assert sorted(t for batch in seen for t in batch) == sorted(set(texts))
    assert sum(done) == len(texts)
    assert np.allclose(vectors[0], vectors[2]) and not np.allclose(vectors[0], vectors[1])
    assert np.allclose(vectors, real(texts), atol=1e-4)


def test_the_llama_index_adapter_embeds_a_text_seen_before_once_when_asked_to_keep_them(embedder):
    first = ["The grain store opens in May.", "Havenland dredges the canal.", "Annex"]
    again = ["Annex", "The ferry runs twice a day.", "The grain store opens in May."]
    seen: list[str] = []
    real = embedder.embed_batch

    def counting(batch):
        seen.extend(batch)
        return real(batch)

    embedder.embed_batch = counting
    try:
        kept = embedder.as_llama_index(text_cache=3)
        a, b = kept.get_text_embedding_batch(first), kept.get_text_embedding_batch(again)
        assert seen == first + ["The ferry runs twice a day."]
        kept.get_text_embedding_batch(["Havenland dredges the canal."])  # the oldest, dropped past 3
        assert seen[-1] == "Havenland dredges the canal."
        seen.clear()
        plain = embedder.as_llama_index()
        plain.get_text_embedding_batch(first), plain.get_text_embedding_batch(first)
        assert seen == first + first
    finally:
        del embedder.embed_batch
    assert np.allclose(a + b, real(first + again), atol=1e-4)
