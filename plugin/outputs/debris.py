"""What a run keeps while it writes, named so that a later run can clear what a killed one left.

A run writes beside its target first: a hidden folder (a layer's files), a hidden temporary file (a PDF, a table),
or a temporary layer inside the target GeoPackage. Their names carry the writing process's id. A run stopped
midway by force (kill -9, a power cut) leaves them behind; the next run into the same file removes those whose
process is gone, and never what a live run (in this QGIS or another) is still writing, nor a file of the user's.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

PARTIAL_LAYER_PREFIX = "cpted_partial_"
_LAYER = re.compile(rf"^{PARTIAL_LAYER_PREFIX}(?:(?P<pid>\d+)_)?[0-9a-f]{{8}}$")  # no id: an older version's


def _mark() -> str:
    return f"{os.getpid()}-{uuid.uuid4().hex[:8]}"


def partial_folder(target: Path) -> Path:
    """A hidden folder of this run's own beside `target`: .<name>.<pid>-<random>.partial"""
    return target.with_name(f".{target.name}.{_mark()}.partial")


def temporary_prefix(target: Path) -> str:
    """The prefix of a hidden temporary file beside `target` (mkstemp adds 8 random characters and the suffix)."""
    return f".{target.stem}.{os.getpid()}-"


def partial_layer() -> str:
    """A temporary layer name inside a GeoPackage: cpted_partial_<pid>_<random>"""
    return f"{PARTIAL_LAYER_PREFIX}{os.getpid()}_{uuid.uuid4().hex[:8]}"


def read_only(path: Path, timeout: float = 2) -> sqlite3.Connection:
    """A read-only SQLite connection to `path`, whatever its name holds: a file name is percent-encoded into the URI
    (a bare “#” or “?” in it would cut the name short there, and SQLite would create a new, empty file instead)."""
    return sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True, timeout=timeout)


def _gone(pid: str | None) -> bool:
    """True when the process `pid` no longer runs (an id-less name is an older version's, long gone)."""
    if pid is None:
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, ValueError):  # someone else's live process, or not an id at all
        return False
    return False


def stale_files(target: Path) -> list[Path]:
    """Hidden folders and temporary files beside `target` that a run killed while writing it left."""
    name, stem = re.escape(target.name), re.escape(target.stem)
    folder = re.compile(rf"^\.{name}\.(?P<pid>\d+)-[0-9a-f]{{8}}\.partial$")
    file = re.compile(rf"^\.{stem}\.(?P<pid>\d+)-[a-z0-9_]{{8}}{re.escape(target.suffix)}$")
    try:
        entries = list(target.parent.iterdir())
    except OSError:  # no folder yet, or not ours to list: nothing of ours there
        return []
    found = []
    for entry in entries:
        match = folder.match(entry.name) if entry.is_dir() and not entry.is_symlink() else file.match(entry.name)
        if match and _gone(match["pid"]):
            found.append(entry)
    return sorted(found)


def stale_layers(target: Path) -> list[str]:
    """Temporary layers inside GeoPackage `target` that a run killed while copying into it left."""
    if target.suffix.lower() != ".gpkg" or not target.is_file():
        return []
    try:
        with closing(read_only(target)) as db:
            names = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")]
    except sqlite3.Error:  # not a GeoPackage we can read: the writer says so in its own words
        return []
    return sorted(name for name in names if (match := _LAYER.match(name)) and _gone(match["pid"]))


def clear_stale_files(target: Path) -> list[str]:
    """Remove what `stale_files` finds; returns the names removed."""
    removed = []
    for entry in stale_files(target):
        try:
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
            removed.append(entry.name)
        except OSError:  # left as it was; the next run tries again
            pass
    return removed
