"""The atlas's table per area: road length and share per grade for each area, written as a CSV that Excel opens."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd

from ..i18n import tr
from .destinations import prepare_folder
from .files import replacing

# A cell starting with one of these is run as a formula by spreadsheets (OWASP's CSV injection rule).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(value: str) -> str:
    """`value` as a CSV cell a spreadsheet shows as written: one that would start a formula gets a leading '."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def write_area_table(path: Path, names: list[str], table: np.ndarray, incidents: np.ndarray | None,
                     overlap: bool = False) -> None:
    """One row per area, then the roads in no area, then the whole map (each road once): km and share per grade
    (and incidents per km when `incidents`, counted the same way, are given). When the areas `overlap`, the last row
    says so: the areas' rows then add up to more than it."""
    rows = [*names, tr("(in no area)"),
            tr("Whole map, each road once (the areas overlap)") if overlap else tr("All areas")]
    metres = np.asarray(table)
    frame = pd.DataFrame({tr("Area"): [as_text_cell(str(row)) for row in rows]})  # area names come from data
    total = metres.sum(axis=1)
    for grade in range(5):
        frame[tr("Grade {g} (km)").format(g=grade + 1)] = (metres[:, grade] / 1000).round(3)
    for grade in range(5):
        with np.errstate(invalid="ignore", divide="ignore"):
            frame[tr("Grade {g} (share)").format(g=grade + 1)] = np.round(
                metres[:, grade] / metres[:, :5].sum(axis=1), 4)
    frame[tr("No grade (km)")] = (metres[:, 5] / 1000).round(3)
    frame[tr("Road length (km)")] = (total / 1000).round(3)
    if incidents is not None:
        counts = np.asarray(incidents)
        frame[tr("Incidents")] = counts.astype(int)
        with np.errstate(invalid="ignore", divide="ignore"):
            frame[tr("Incidents per km")] = np.round(counts / (total / 1000), 2)
    prepare_folder(path)
    with replacing(path) as temporary:
        # The BOM tells Excel it is UTF-8. Every text cell quoted: Python before 3.12 leaves a carriage return in a
        # name unquoted, which would end the row there and start the next with the rest (a formula, say).
        frame.to_csv(temporary, index=False, encoding="utf-8-sig", quoting=csv.QUOTE_NONNUMERIC)
