"""What a consistent index looks like, read with chromadb directly from the folder once the
process that wrote it is gone. The reading runs in a fresh process of its own, so that no
client cached in the test process (Chroma keeps one per folder) answers from memory."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class IndexState:
    records: dict[str, dict]  # document id -> its DocumentInfo as stored
    chunks_by_doc: dict[str, int]  # (document id) -> chunks stored for its recorded version
    orphans: list[str] = field(default_factory=list)  # chunk ids with no record, or another version

    def summary(self) -> str:
        return (f"{len(self.records)} record(s), {sum(self.chunks_by_doc.values())} chunk(s), "
                f"{len(self.orphans)} orphan(s) {self.orphans[:5]}")


def read_index(index_dir: Path, collection: str = "plans") -> IndexState:
    """The stored records and chunks of an embedded index, and the orphans among the chunks."""
    out = subprocess.run([sys.executable, __file__, str(index_dir), collection], capture_output=True, text=True,
                         timeout=300, env={"ANONYMIZED_TELEMETRY": "False", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr[-2000:]
    return IndexState(**json.loads(out.stdout.strip().splitlines()[-1]))


def _read(index_dir: Path, collection: str) -> IndexState:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(path=str(index_dir),
                                       settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False))
    names = {c.name if hasattr(c, "name") else c for c in client.list_collections()}
    if collection not in names:
        return IndexState({}, {})
    docs = client.get_collection(f"{collection}_documents").get(include=["metadatas"])
    records = {i: json.loads(m["info"]) for i, m in zip(docs["ids"], docs["metadatas"])}
    chunks = client.get_collection(collection).get(include=["metadatas"])
    per_doc: dict[str, int] = {}
    orphans = []
    for cid, meta in zip(chunks["ids"], chunks["metadatas"]):
        record = records.get(meta.get("doc_id"))
        if record is None or record.get("version") != meta.get("version"):
            orphans.append(cid)
        else:
            per_doc[meta["doc_id"]] = per_doc.get(meta["doc_id"], 0) + 1
    return IndexState(records, per_doc, orphans)


if __name__ == "__main__":
    print(json.dumps(asdict(_read(Path(sys.argv[1]), sys.argv[2]))))
