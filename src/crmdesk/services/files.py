"""Writing a file so that it is either entirely there or not changed at all; safe file names."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path


def atomic_write(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it.

    A crash or a full disk leaves the previous file (or no file) in place, never half
    of the new one.
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+", re.ASCII)
#: Names Windows keeps for devices, whatever the extension ("NUL.pdf" is the NUL device).
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
                       *(f"LPT{i}" for i in range(10))})
MAX_STEM = 80


def safe_file_stem(text: str, fallback: str) -> str:
    """User text (a number, a name) made fit to be part of a file name on any system.

    Accents are dropped, anything but ASCII letters, digits, ``-`` and ``_`` becomes ``-``
    (no path separator, control or bidi character can remain), at most :data:`MAX_STEM`
    characters, never a reserved device name; ``fallback`` when nothing is left.
    ``safe_file_stem("F/2026 é", "x")`` → ``"F-2026-e"``.
    """
    letters = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    stem = _UNSAFE.sub("-", letters).strip("-")[:MAX_STEM].strip("-") or fallback
    return f"{stem}_" if stem.upper() in _RESERVED else stem
