"""The atlas's tables, as CSVs that Excel opens: road length and share per grade for each area (TABLE), and for each
street by name (STREETS), the table a budget is planned on."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd

from ..core.area_fields import ADMINISTRATIVE, AREA, LEGAL
from ..core.definitions import CHANGE_WORDS
from ..core.street_lengths import StreetLengths
from ..i18n import QT_TR_NOOP, tr
from .destinations import prepare_folder
from .files import replacing

# A cell starting with one of these is run as a formula by spreadsheets (OWASP's CSV injection rule).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# The areas' column headed by what they are: 법정동 and 행정동 are different maps of the same district.
AREA_WORDS = {LEGAL: QT_TR_NOOP("Legal dong"), ADMINISTRATIVE: QT_TR_NOOP("Administrative dong"),
              AREA: QT_TR_NOOP("Area")}
CODE_WORDS = {LEGAL: QT_TR_NOOP("Legal dong code"), ADMINISTRATIVE: QT_TR_NOOP("Administrative dong code"),
              AREA: QT_TR_NOOP("Area code")}


def as_text_cell(value: str) -> str:
    """`value` as a CSV cell a spreadsheet shows as written: one that would start a formula gets a leading '."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def add_grade_columns(frame: pd.DataFrame, metres: np.ndarray) -> None:
    """km per grade, the share of each grade in percent of the graded road, km without a grade and in all."""
    for grade in range(5):
        frame[tr("Grade {g} (km)").format(g=grade + 1)] = (metres[:, grade] / 1000).round(3)
    graded = metres[:, :5].sum(axis=1)
    for grade in range(5):
        with np.errstate(invalid="ignore", divide="ignore"):
            frame[tr("Grade {g} (%)").format(g=grade + 1)] = np.round(100 * metres[:, grade] / graded, 1)
    frame[tr("No grade (km)")] = (metres[:, 5] / 1000).round(3)
    frame[tr("Road length (km)")] = (metres.sum(axis=1) / 1000).round(3)


def write_area_table(path: Path, names: list[str], table: np.ndarray, incidents: np.ndarray | None,
                     overlap: bool = False, codes: list[str | None] | None = None, kind: str = AREA) -> None:
    """One row per area, then the roads in no area, then the whole map (each road once): its code when `codes` are
    given, km and percent per grade (and incidents per km when `incidents`, counted the same way, are given); the
    first column is headed by the areas' `kind` (법정동, 행정동 or area). When the areas `overlap`, the last row says
    so: the areas' rows then add up to more than it."""
    rows = [*names, tr("(in no area)"),
            tr("Whole map, each road once (the areas overlap)") if overlap else tr("All areas")]
    metres = np.asarray(table)
    frame = pd.DataFrame({tr(AREA_WORDS[kind]): [as_text_cell(str(row)) for row in rows]})  # names come from data
    if codes is not None:
        frame[tr(CODE_WORDS[kind])] = [as_text_cell(code or "") for code in codes] + ["", ""]
    add_grade_columns(frame, metres)
    if incidents is not None:
        counts = np.asarray(incidents)
        frame[tr("Incidents")] = counts.astype(int)
        with np.errstate(invalid="ignore", divide="ignore"):
            frame[tr("Incidents per km")] = np.round(counts / (metres.sum(axis=1) / 1000), 2)
    write_csv(frame, path)


def write_street_table(path: Path, streets: StreetLengths, area_names: list[str], kind: str = AREA) -> None:
    """One row per street name, most grade 5 first (core/street_lengths.py), with the areas it runs through; then the
    segments without a name, then all: the rows add up to the last."""
    rows = [*streets.names, tr("(no street name)"), tr("All streets")]
    frame = pd.DataFrame({tr("Street"): [as_text_cell(row) for row in rows]})
    frame[tr(AREA_WORDS[kind])] = [as_text_cell(", ".join(area_names[a] for a in areas)) for areas in streets.areas] \
        + ["", ""]
    add_grade_columns(frame, streets.metres)
    write_csv(frame, path)


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """Written whole or not at all, for Excel: UTF-8 with a BOM, every text cell quoted."""
    prepare_folder(path)
    with replacing(path) as temporary:
        # The BOM tells Excel it is UTF-8. Every text cell quoted: Python before 3.12 leaves a carriage return in a
        # name unquoted, which would end the row there and start the next with the rest (a formula, say).
        frame.to_csv(temporary, index=False, encoding="utf-8-sig", quoting=csv.QUOTE_NONNUMERIC)


def write_plan_table(path: Path, sites: pd.DataFrame) -> None:
    """cpted:planfacilities' sites, most valuable first, with numbers as numbers (the averted incidents and the ends
    of their interval in columns of their own)."""
    headers = {"rank": tr("No."), "kind": tr("Kind"), "street": tr("Street"), "area": tr("Area"),
               "road_m": tr("Road covered (m)"), "covered_yr": tr("Expected incidents a year covered"),
               "averted_yr": tr("Averted a year"), "averted_lo": tr("Averted a year, low"),
               "averted_hi": tr("Averted a year, high")}
    frame = pd.DataFrame({label: sites[column].to_numpy() for column, label in headers.items()})
    for column in ("kind", "street", "area"):  # names come from data
        frame[headers[column]] = [as_text_cell(str(value)) for value in frame[headers[column]]]
    write_csv(frame, path)


def write_block_table(path: Path, blocks: pd.DataFrame, exposure: str) -> None:
    """cpted:outreachbuildings' printed street blocks, most exposure first (no building, no person)."""
    headers = {"rank": tr("No."), "block": tr("Block"), "area": tr("Area"), "buildings": tr("Buildings"),
               "households": tr("Households"), "exposure": exposure, "near_yr": tr("Most expected at one door"),
               "no_camera": tr("Share without a camera near"), "grade": tr("Worst grade")}
    frame = pd.DataFrame({label: blocks[column].to_numpy() for column, label in headers.items()})
    frame[headers["area"]] = [as_text_cell(str(value)) for value in frame[headers["area"]]]  # names come from data
    write_csv(frame, path)


def write_change_table(path: Path, units: pd.DataFrame) -> None:
    """cpted:compareperiods' units, as the layer has them, with numbers as numbers and the counts "12 → 7" as text."""
    headers = {"unit": tr("Unit"), "count_before": tr("Incidents before"), "count_after": tr("Incidents after"),
               "years_before": tr("Years before"), "years_after": tr("Years after"), "rate_ratio": tr("Rate ratio"),
               "p_value": tr("p-value"), "q_value": tr("q-value"), "change": tr("Change"), "shown": tr("Shown as"),
               "road_km": tr("Road length (km)")}
    frame = pd.DataFrame({label: units[column].to_numpy() for column, label in headers.items()
                          if column in units.columns})
    frame[headers["change"]] = [tr(CHANGE_WORDS.get(value, value)) for value in units["change"]]
    for column in ("unit", "shown"):  # names come from data
        frame[headers[column]] = [as_text_cell(str(value)) for value in frame[headers[column]]]
    write_csv(frame, path)
