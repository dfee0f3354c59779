"""Telecom population files as published: a day's CSV gzipped (.csv.gz), or several days' CSVs in one .zip, staged
as one plain CSV that night_population reads like any other (its date column tells the days apart, and the chosen
hours are averaged over them). Nothing is written beside the input: the staged file goes into the caller's folder.
"""

from __future__ import annotations

import gzip
import shutil
import zipfile
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
    members: tuple[str, ...]  # the files it was made of, in order ("" for a lone .gz)


def is_packed(path: Path) -> bool:
    return path.suffix.lower() in PACKED_SUFFIXES


def stage(path: Path, folder: Path) -> Staged:
    """`path` (.csv.gz or .zip of CSVs) as one plain CSV in `folder`; the zip's CSVs one after another, sorted by
    name, each header but the first left out. Refused (PackedError) when a zip holds no CSV, or its CSVs' headers
    differ."""
    target = folder / (path.name.split(".")[0] + ".csv")
    try:
        if path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out, 1 << 20)
            return Staged(target, ("",))
        with zipfile.ZipFile(path) as archive:
            members = sorted(name for name in archive.namelist()
                             if PurePosixPath(name).suffix.lower() in (".csv", ".txt")
                             and not PurePosixPath(name).name.startswith("."))
            if not members:
                raise PackedError(f"{path.name} holds no CSV file.", "empty_zip")
            header = None
            with open(target, "wb") as out:
                for name in members:
                    with archive.open(name) as source:
                        first = source.readline()
                        if header is None:
                            header = first
                            out.write(first)
                        elif first.strip() != header.strip():
                            raise PackedError(f"{name} in {path.name} has other columns than {members[0]}.",
                                              "columns", member=name, first=members[0])
                        shutil.copyfileobj(source, out, 1 << 20)
                    out.flush()
                    if not _ends_with_newline(target):  # its last line would run into the next file's first
                        out.write(b"\n")
            return Staged(target, tuple(members))
    except (OSError, EOFError, zipfile.BadZipFile) as error:
        raise PackedError(f"{path.name} cannot be unpacked: {error}.", "bad_archive", error=str(error)) from None


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as file:
        if not file.seek(0, 2):
            return True  # empty: nothing to end
        file.seek(-1, 2)
        return file.read(1) == b"\n"
