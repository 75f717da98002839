"""Reading an ingest request (uploaded files and/or pasted text) and handing it to the service.

Shared by ``POST /api/ingest`` and the ``/ingest`` page so both accept the same form and fail
the same way: 413 past the size cap (see security.BodyLimitMiddleware), 400 naming each
unreadable input and why when nothing at all could be read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request

from storyline.service import IngestResult, Storyline

PASTED_NAME = "pasted.txt"
MAX_FILES = 1000

# How POST /api/ingest's body is described in /openapi.json (the form is parsed by hand so the
# size cap and error messages are ours, not the framework's defaults).
INGEST_REQUEST_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": "documents to ingest; the file name's extension picks the "
                            "reader (.txt, .html, .jsonl, .json, .csv, .xml/.rss/.atom, .warc[.gz])",
                        },
                        "text": {"type": "string", "description": "pasted article text"},
                        "name": {
                            "type": "string",
                            "description": f"file name for the pasted text (its extension picks the reader); "
                            f"default {PASTED_NAME}",
                        },
                    },
                }
            },
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {"text": {"type": "string"}, "name": {"type": "string"}},
                    "required": ["text"],
                }
            },
        },
    }
}


@dataclass(slots=True)
class Document:
    name: str
    data: bytes


@dataclass(slots=True)
class IngestOutcome:
    documents: list[str] = field(default_factory=list)
    result: IngestResult = field(default_factory=IngestResult)

    @property
    def read_nothing(self) -> bool:
        return self.result.seen == 0

    def problem(self) -> str:
        """Why nothing could be read, naming each input."""
        if self.result.rejected:
            return "could not read any article: " + "; ".join(str(r) for r in self.result.rejected)
        return "no article found in " + ", ".join(self.documents)


def clean_name(name: str | None, fallback: str) -> str:
    """The base name of an uploaded file: clients may send paths; keep only the last part."""
    base = PurePosixPath((name or "").replace("\\", "/")).name.strip()
    return base or fallback


async def read_documents(request: Request, max_bytes: int) -> list[Document]:
    """The uploaded files and pasted text of an ingest form; 400 when there is nothing to ingest."""
    form = await request.form(max_files=MAX_FILES, max_fields=50, max_part_size=max_bytes)
    try:
        docs: list[Document] = []
        for n, item in enumerate(form.getlist("files"), 1):
            if not isinstance(item, UploadFile):
                raise HTTPException(400, "field 'files' must carry file uploads (multipart/form-data)")
            data = await item.read()
            if not item.filename and not data:
                continue  # the empty file input a browser form sends when no file was chosen
            docs.append(Document(clean_name(item.filename, f"upload-{n}.txt"), data))
        text = form.get("text")
        if isinstance(text, str) and text.strip():
            name = form.get("name")
            docs.append(Document(clean_name(name if isinstance(name, str) else None, PASTED_NAME), text.encode()))
    finally:
        await form.close()
    if not docs:
        raise HTTPException(400, "nothing to ingest: attach files (field 'files') or paste text (field 'text')")
    return docs


async def ingest_documents(service: Storyline, docs: list[Document]) -> IngestOutcome:
    """Ingest each document; unreadable input comes back as Rejected (the readers never raise for
    bad input, so an exception here is a server fault and is left to surface as a 500)."""
    outcome = IngestOutcome(documents=[d.name for d in docs])
    for doc in docs:
        got = await run_in_threadpool(service.ingest_bytes, doc.name, doc.data)
        outcome.result.added += got.added
        outcome.result.existing += got.existing
        outcome.result.rejected += got.rejected
    return outcome
