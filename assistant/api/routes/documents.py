"""/v1/documents: list, upload (multipart field `file`), and delete indexed plans."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from fastapi import APIRouter, File, UploadFile, status

from assistant.api.deps import ServiceDep
from assistant.models import DocumentList, UploadResult
from ingest.reading import SUPPORTED, SUPPORTED_LIST
from plans.errors import PlansError, ReadError
from plans.records import DocumentInfo

router = APIRouter(prefix="/v1/documents", tags=["documents"])
_CHUNK = 1 << 20


@router.get("", response_model=DocumentList, summary="The indexed documents")
def list_documents(service: ServiceDep) -> DocumentList:
    return DocumentList(items=service.documents())


@router.post("", response_model=UploadResult, status_code=status.HTTP_201_CREATED, summary="Add or replace a plan")
def upload(service: ServiceDep, file: UploadFile = File(..., description="A .pdf, .docx, .html, .md or .txt file")) -> UploadResult:
    """Ingest the file; it is answerable as soon as this returns. A file with the same name
    replaces the earlier version (unchanged bytes: nothing happens)."""
    name = safe_name(file.filename or "")
    limit = service.settings.max_upload_mb * _CHUNK
    with tempfile.TemporaryDirectory(prefix="plans-upload-") as tmp:
        path = Path(tmp) / name
        size = 0
        with path.open("wb") as out:
            while block := file.file.read(_CHUNK):
                size += len(block)
                if size > limit:
                    raise PlansError(f"{name}: larger than the {service.settings.max_upload_mb} MB upload limit")
                out.write(block)
        return service.add_document(path, name)


@router.get("/{doc_id}", response_model=DocumentInfo, summary="One indexed document")
def get_document(doc_id: str, service: ServiceDep) -> DocumentInfo:
    return service.get_document(doc_id)


@router.delete("/{doc_id}", response_model=DocumentInfo, summary="Remove a plan from the index")
def delete_document(doc_id: str, service: ServiceDep) -> DocumentInfo:
    return service.remove_document(doc_id)


def safe_name(filename: str) -> str:
    """The base name of an uploaded file, checked: a supported extension, no path parts."""
    name = Path(filename.replace("\\", "/")).name.strip()
    name = re.sub(r"[^\w.\- ()]+", "_", name)
    if not name or name.startswith("."):
        raise ReadError("upload", "the file has no name; send it as multipart field 'file' with a filename")
    if Path(name).suffix.lower() not in SUPPORTED:
        raise ReadError(name, f"unsupported file type '{Path(name).suffix or '(none)'}' (supported: {SUPPORTED_LIST})")
    return name
