"""Evidence files: type sniffed from the content (not the name), size-limited, stored under EVIDENCE_DIR."""
from __future__ import annotations

import hashlib
import os
import tempfile
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
