"""Replacing a file only with a whole new one: written beside it under a temporary name, checked, then moved over it;
and a GeoPackage we wrote left settled, as one plain file.

A failed or cancelled write leaves the old file as it was and nothing half-written beside it.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from ..i18n import tr
from .debris import clear_stale_files, temporary_prefix

LOGGER = logging.getLogger("cpted_safety_map")
# Below this many bytes free a failed write is put down to a full disk, whatever the library's words for it.
NEARLY_FULL = 1024 * 1024


def publish(temporary: str | Path, target: Path) -> None:
    """Give a finished temporary file (mkstemp makes it private) the user's usual permissions and move it over
    `target` in one step."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)
    os.replace(temporary, target)


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` to write to: when the block ends without an error, that file replaces
    `target` (publish); whatever goes wrong, nothing half-written is left and `target` is as it was."""
    removed = clear_stale_files(target)
    if removed:
        LOGGER.info("removed what a run stopped while writing %s left: %s", target, ", ".join(removed))
    fd, temporary = tempfile.mkstemp(prefix=temporary_prefix(target), suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        yield Path(temporary)
        publish(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder, on disk before it replaces anything."""
    with replacing(path) as temporary, open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def check_pdf(path: Path) -> None:
    """Raise OSError unless `path` is a whole PDF, on disk: Qt reports success even when the disk filled up."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())  # a full disk may only say so now
        head = handle.read(8)
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 2048))
        tail = handle.read()
    if not head.startswith(b"%PDF-") or b"%%EOF" not in tail or b"/Type /Page" not in path.read_bytes():
        raise OSError(tr("the file written is not a whole PDF ({size} bytes): is the disk full?").format(size=size))


def settle(path: Path) -> None:
    """Leave a GeoPackage we wrote as one plain file (rollback journal), as QGIS leaves files it closes.

    QGIS switches a GeoPackage it opens for writing (building an index, saving a style) to SQLite's WAL mode; one
    left so would change bytes again whenever QGIS next opens it, and needs its -wal file beside it when copied.
    """
    if path.suffix.lower() != ".gpkg":
        return
    try:
        with closing(sqlite3.connect(path, timeout=2)) as db:
            db.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error:  # another program has it open: it stays as it is, written and whole
        pass


def disk_full(error: BaseException | str, folder: Path) -> bool:
    """Whether a failed write is the disk being full: said so by the system or SQLite, or next to no space left
    (GDAL may only say "sqlite3_exec(ROLLBACK) failed")."""
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    text = str(error).lower()
    if "disk is full" in text or "no space left" in text or "disk quota" in text:
        return True
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def held_open(error: BaseException | str) -> bool:
    """Whether a failed write is another program holding the file (SQLite's lock, Windows' sharing violation)."""
    text = str(error).lower()
    return "database is locked" in text or "database table is locked" in text or "being used by another" in text
