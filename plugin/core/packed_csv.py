"""Telecom population files as published: a day's CSV gzipped (.csv.gz), several days' CSVs in one .zip, or several
files of days side by side, staged as one plain CSV that night_population reads like any other (its date column tells
the days apart, and the chosen hours are averaged over them). Nothing is written beside the input: the staged file
goes into the caller's folder.
"""

from __future__ import annotations

import gzip
import shutil
import zipfile
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

PACKED_SUFFIXES = (".gz", ".zip")


class PackedError(ValueError):
    """A packed file that cannot be staged; `kind` says why ("empty_zip", "columns", "bad_archive")."""

    def __init__(self, text: str, kind: str, **details) -> None:
        super().__init__(text)
        self.kind, self.details = kind, details


@dataclass(frozen=True)
class Staged:
    path: Path                # the plain CSV to read
    members: tuple[str, ...]  # the files it was made of, in order ("days.zip › 0302.csv" among several files)


def is_packed(path: Path) -> bool:
    return path.suffix.lower() in PACKED_SUFFIXES


def stage(paths: Path | list[Path], folder: Path) -> Staged:
    """`paths` (each a CSV, a .csv.gz or a .zip of CSVs: the days as published, loose or packed) as one plain CSV in
    `folder`, one file after another in the order given (a zip's CSVs sorted by name), each header but the first left
    out. Refused (PackedError) when a zip holds no CSV, a file cannot be unpacked, or a file's header differs from the
    first's."""
    paths = [paths] if isinstance(paths, Path) else list(paths)
    target = folder / (paths[0].name.split(".")[0] + ".csv")
    header: bytes | None = None
    names: list[str] = []
    with open(target, "wb") as out, ExitStack() as archives:
        for path in paths:
            try:
                for name, opener in _sources(path, archives):
                    with opener() as source:
                        first = source.readline()
                        if header is None:
                            header = first
                            out.write(first)
                        elif first.strip() != header.strip():
                            raise PackedError(f"{name} has other columns than {names[0]}.", "columns",
                                              member=name, first=names[0])
                        names.append(name)
                        shutil.copyfileobj(source, out, 1 << 20)
                    out.flush()
                    if not _ends_with_newline(target):  # its last line would run into the next file's first
                        out.write(b"\n")
            except (OSError, EOFError, zipfile.BadZipFile) as error:
                raise PackedError(f"{path.name} cannot be unpacked: {error}.", "bad_archive", file=path.name,
                                  error=str(error)) from None
    return Staged(target, tuple(names))


def _sources(path: Path, archives: ExitStack):
    """(name, opener of its bytes) for each CSV `path` holds: itself, its gzipped content, or a zip's CSVs sorted by
    name ("days.zip › 0302.csv"), each with how to open its bytes; a zip is closed with `archives`."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        return [(path.name, lambda: gzip.open(path, "rb"))]
    if suffix != ".zip":
        return [(path.name, lambda: open(path, "rb"))]
    archive = archives.enter_context(zipfile.ZipFile(path))  # closed when all is staged
    members = sorted(name for name in archive.namelist()
                     if PurePosixPath(name).suffix.lower() in (".csv", ".txt")
                     and not PurePosixPath(name).name.startswith("."))
    if not members:
        raise PackedError(f"{path.name} holds no CSV file.", "empty_zip", file=path.name)
    return [(f"{path.name} › {member}", lambda member=member: archive.open(member)) for member in members]


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as file:
        if not file.seek(0, 2):
            return True  # empty: nothing to end
        file.seek(-1, 2)
        return file.read(1) == b"\n"
