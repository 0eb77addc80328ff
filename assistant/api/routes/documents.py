"""/v1/documents: list, upload (multipart field `file`), and delete indexed plans."""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path

from fastapi import APIRouter, File, UploadFile, status

from assistant.api.deps import ServiceDep
from assistant.api.errors import responses
from assistant.api.limits import MIB
from assistant.models import DocumentList, UploadResult
from ingest.reading import SUPPORTED, SUPPORTED_LIST
from plans.errors import ReadError, TooLarge
from plans.records import DocumentInfo

router = APIRouter(prefix="/v1/documents", tags=["documents"])
MAX_NAME_BYTES = 200  # under the 255 bytes file systems allow, with room for what tools append


@router.get("", response_model=DocumentList, summary="The indexed documents")
def list_documents(service: ServiceDep) -> DocumentList:
    return DocumentList(items=service.documents())


@router.post("", response_model=UploadResult, status_code=status.HTTP_201_CREATED, summary="Add or replace a plan",
             responses=responses(400, 413, 422))
def upload(service: ServiceDep, file: UploadFile = File(..., description="A .pdf, .docx, .html, .md or .txt file")) -> UploadResult:
    """Ingest the file; it is answerable as soon as this returns. A file with the same name
    replaces the earlier version (unchanged bytes: nothing happens). A name longer than
    200 bytes is shortened (its extension kept, a hash of the full name added)."""
    name = safe_name(file.filename or "")
    limit = service.settings.max_upload_mb * MIB
    with tempfile.TemporaryDirectory(prefix="plans-upload-") as tmp:
        path = Path(tmp) / name
        size = 0
        with path.open("wb") as out:
            while block := file.file.read(MIB):
                size += len(block)
                if size > limit:
                    raise TooLarge(f"{name}: larger than the {service.settings.max_upload_mb} MB upload limit")
                out.write(block)
        return service.add_document(path, name)


@router.get("/{doc_id}", response_model=DocumentInfo, summary="One indexed document", responses=responses(404, 422))
def get_document(doc_id: str, service: ServiceDep) -> DocumentInfo:
    return service.get_document(doc_id)


@router.delete("/{doc_id}", response_model=DocumentInfo, summary="Remove a plan from the index",
               responses=responses(404, 422))
def delete_document(doc_id: str, service: ServiceDep) -> DocumentInfo:
    return service.remove_document(doc_id)


def safe_name(filename: str) -> str:
    """The base name of an uploaded file, checked: a supported extension, no path parts, at
    most `MAX_NAME_BYTES` bytes."""
    name = Path(filename.replace("\\", "/")).name.strip()
    name = re.sub(r"[^\w.\- ()]+", "_", name)
    if not name or name.startswith("."):
        raise ReadError("upload", "the file has no name; send it as multipart field 'file' with a filename")
    if Path(name).suffix.lower() not in SUPPORTED:
        raise ReadError(shorten(name), f"unsupported file type '{Path(name).suffix[:20] or '(none)'}' "
                        f"(supported: {SUPPORTED_LIST})")
    return shorten(name)


def shorten(name: str, limit: int = MAX_NAME_BYTES) -> str:
    """`name` if it fits in `limit` UTF-8 bytes, else its stem cut on a character boundary,
    a short hash of the whole name (two long names stay two documents) and its extension."""
    if len(name.encode()) <= limit:
        return name
    path = Path(name)
    suffix = path.suffix if len(path.suffix.encode()) <= 16 else ""
    tag = "-" + hashlib.sha1(name.encode()).hexdigest()[:8]
    room = limit - len(tag.encode()) - len(suffix.encode())
    stem = name[: len(name) - len(suffix)].encode()[:room].decode(errors="ignore").rstrip(" .")
    return f"{stem}{tag}{suffix}"
