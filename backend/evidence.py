"""Evidence files: type sniffed from the content (not the name), size-limited, stored under EVIDENCE_DIR."""
from __future__ import annotations

import hashlib
import os
import tempfile
import threading
import time
import uuid
from pathlib import Path

# (magic bytes at offset 0, optional check, MIME type, extension)
def sniff(head: bytes) -> tuple[str, str] | None:
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg", "jpg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png", "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", "webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif", "gif"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heif"):
        return "image/heic", "heic"  # iPhone photos
    if head.startswith(b"%PDF-"):
        return "application/pdf", "pdf"
    return None


def store(stream, directory: str, max_bytes: int) -> dict:
    """Copies the upload to disk while hashing; raises ValueError for wrong type or size."""
    head = stream.read(16)
    kind = sniff(head)
    if kind is None:
        raise ValueError("unsupported_type")
    content_type, extension = kind
    target_dir = Path(directory)
    target_dir.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(head), len(head)
    fd, tmp_name = tempfile.mkstemp(dir=target_dir, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(head)
            while chunk := stream.read(64 * 1024):
                size += len(chunk)
                if size > max_bytes:
                    raise ValueError("too_large")
                digest.update(chunk)
                out.write(chunk)
        final = target_dir / f"{uuid.uuid4().hex}.{extension}"
        os.replace(tmp_name, final)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return {"content_type": content_type, "size": size, "sha256": digest.hexdigest(), "storage_path": str(final)}


class AddressQuota:
    """Widget uploads per client address over a sliding day: bytes and files, in process
    memory (each backend process counts on its own). A fresh conversation id buys no
    fresh quota: the address is what is counted."""

    MAX_ADDRESSES = 50_000

    def __init__(self, max_bytes: float, max_files: int, window_s: float = 86_400):
        self.max_bytes, self.max_files, self.window_s = max_bytes, max_files, window_s
        self._uploads: dict[str, list[tuple[float, int]]] = {}
        self._lock = threading.Lock()

    def _recent(self, address: str, now: float) -> list[tuple[float, int]]:
        items = [(at, size) for at, size in self._uploads.get(address, ()) if at > now - self.window_s]
        if items:
            self._uploads[address] = items
        else:
            self._uploads.pop(address, None)
        return items

    def retry_after(self, address: str) -> int:
        """0 when this address may upload now, else the seconds until it may."""
        now = time.monotonic()
        with self._lock:
            items = self._recent(address, now)
            if len(items) < self.max_files and sum(size for _, size in items) < self.max_bytes:
                return 0
            return max(1, int(items[0][0] + self.window_s - now) + 1)

    def record(self, address: str, size: int) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._uploads) >= self.MAX_ADDRESSES:
                for key in list(self._uploads):
                    self._recent(key, now)
            self._uploads.setdefault(address, []).append((now, size))


def address_quota(app) -> AddressQuota:
    quota = app.extensions.get("evidence_address_quota")
    if quota is None:
        quota = AddressQuota(app.config["EVIDENCE_MB_PER_ADDRESS_PER_DAY"] * 1024 * 1024,
                             app.config["EVIDENCE_FILES_PER_ADDRESS_PER_DAY"])
        app.extensions["evidence_address_quota"] = quota
    return quota


def storage_full(session, app, incoming: int = 0) -> bool:
    """All stored evidence together has reached EVIDENCE_TOTAL_MAX_MB."""
    from sqlalchemy import func, select

    from backend.models import Evidence

    used = session.scalar(select(func.coalesce(func.sum(Evidence.size), 0))) or 0
    return used + incoming > app.config["EVIDENCE_TOTAL_MAX_MB"] * 1024 * 1024
