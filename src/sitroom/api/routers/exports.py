"""GET /exports/{format}: the CLI's exporters, streamed as they write.

An exporter writes to a file object; here that object hands each chunk to the
response through a small bounded queue while the exporter runs in its own thread,
so memory stays flat however large the store. Folder formats (Parquet) are written
to a temporary folder and sent as one zip.
"""

from __future__ import annotations

import queue
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from ...export import EXPORTERS, export
from ..deps import get_store
from ..models import ErrorResponse
from ..security import require_read

router = APIRouter(tags=["exports"], dependencies=[Depends(require_read)],
                   responses={code: {"model": ErrorResponse} for code in (401, 403, 422)})

ExportFormat = Enum("ExportFormat", {name: name for name in sorted(EXPORTERS)}, type=str)  # type: ignore[misc]
MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8", "gdelt": "text/tab-separated-values",
         "geojson": "application/geo+json", "graphml": "application/xml", "parquet": "application/zip"}
_END = object()


class _Cancelled(Exception):
    """The client went away: the exporter thread stops instead of waiting on a full queue."""


class _QueueWriter:
    """A write-only file whose chunks go to a queue (text encoded as UTF-8)."""

    def __init__(self, q: queue.Queue, cancelled: threading.Event) -> None:
        self.q = q
        self.cancelled = cancelled

    def write(self, data: str | bytes) -> int:
        if data:
            chunk = data.encode("utf-8") if isinstance(data, str) else data
            while True:
                try:
                    self.q.put(chunk, timeout=0.5)
                    break
                except queue.Full:
                    if self.cancelled.is_set():
                        raise _Cancelled() from None
        return len(data)

    def flush(self) -> None:
        pass


def _stream(store: object, fmt: str) -> Iterator[bytes]:
    q: queue.Queue = queue.Queue(maxsize=64)
    failure: list[BaseException] = []
    cancelled = threading.Event()

    def run() -> None:
        try:
            export(store, fmt, _QueueWriter(q, cancelled))  # type: ignore[arg-type]
        except _Cancelled:
            return
        except Exception as exc:  # handed to the reader, which raises it
            failure.append(exc)
        q.put(_END)

    threading.Thread(target=run, name=f"export-{fmt}", daemon=True).start()
    buffer = bytearray()
    try:
        while (chunk := q.get()) is not _END:
            buffer += chunk
            if len(buffer) >= 65536:
                yield bytes(buffer)
                buffer.clear()
    finally:
        cancelled.set()
    if failure:
        raise failure[0]
    if buffer:
        yield bytes(buffer)


def _zipped_folder(store: object, fmt: str) -> Iterator[bytes]:
    folder = Path(tempfile.mkdtemp(prefix="sitroom-export-"))
    try:
        export(store, fmt, folder / fmt)
        archive = folder / f"{fmt}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted((folder / fmt).rglob("*")):
                if path.is_file():
                    zf.write(path, path.relative_to(folder / fmt))
        with archive.open("rb") as fh:
            while chunk := fh.read(65536):
                yield chunk
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@router.get("/exports/{fmt}", summary="The whole store in one export format (streamed)",
            response_class=StreamingResponse,
            responses={200: {"content": {m: {} for m in sorted(set(MEDIA.values()))},
                             "description": "the export, streamed"}})
def export_store(request: Request, fmt: ExportFormat) -> StreamingResponse:
    name = fmt.value
    exporter = EXPORTERS[name]
    store = get_store(request)
    body = _zipped_folder(store, name) if exporter.folder else _stream(store, name)
    filename = f"sitroom-{name}{'.zip' if exporter.folder else exporter.suffix}"
    return StreamingResponse(body, media_type=MEDIA.get(name, "application/octet-stream"),
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})
