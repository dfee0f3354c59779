"""Which incidents a map is about: crime types and hours of the day, read from the police's files as published.

A women's night-safety map keeps 성폭력 at 22-05; the police CSV has the type in 죄종 and the time in 발생일시. Pure:
arrays in, masks and labels out. Hours are written as night_population's are ("22-5": 22:00 to 05:59, across
midnight).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from .definitions import QT_TR_NOOP
from .said import joined, phrase

# The crime-type field, best first (any case); then the first name containing one of TYPE_FIELD_PARTS.
TYPE_FIELD_NAMES = ("죄종", "죄명", "범죄유형", "범죄분류", "범죄종류", "crime_type", "offense", "offence", "category")
TYPE_FIELD_PARTS = ("죄종", "죄명", "범죄유형", "crime_type", "offen")
_HOUR_PART = re.compile(r"^\s*(\d{1,2})\s*(?:[-~–—]\s*(\d{1,2})\s*)?$")
# A time of day after a date, or alone: "2024-03-01 22:30", "2024.03.01 22시", "22:30", "T22:30"
_TIME = re.compile(r"(?:^|[T\s])(\d{1,2})\s*(?::\d{2}|시)")
_COMPACT = re.compile(r"^\d{8}(\d{2})\d{2}(\d{2})?$")  # 202403012230(59)


class HoursError(ValueError):
    """Hours that cannot be read; the message says how to write them."""


def parse_hours(text: str) -> list[int]:
    """Hours 0..23 from "22-5" (22, 23, 0, …, 5: a range wraps past midnight), "0-5,22-23" or "21"; "~" or a dash
    also separate a range. Each hour once, in the order given."""
    hours: list[int] = []
    for part in str(text or "").split(","):
        match = _HOUR_PART.match(part)
        numbers = [int(n) for n in match.groups() if n is not None] if match else []
        if not numbers or any(n > 23 for n in numbers):
            raise HoursError(f"Hours “{text}” cannot be read: write hours 0 to 23 as a range such as 22-5 (22:00 to "
                             "05:59, across midnight), a list such as 0-5,22-23, or one hour such as 21.")
        first, last = numbers[0], numbers[-1]
        span = range(first, last + 1) if first <= last else [*range(first, 24), *range(0, last + 1)]
        hours += [h for h in span if h not in hours]
    return hours


def hours_label(hours: Sequence[int]) -> str:
    """[22, 23, 0, 1, 2] as "22-2", [0, 1, 5] as "0-1,5": consecutive hours (also across midnight) as ranges."""
    runs: list[list[int]] = []
    for hour in hours:
        if runs and hour == (runs[-1][-1] + 1) % 24:
            runs[-1].append(hour)
        else:
            runs.append([hour])
    return ",".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def hours_shown(label: str) -> str:
    """A hours label for a sheet: "22-5" as "22–05", "0-1,5" as "00–01, 05"."""
    return ", ".join("–".join(f"{int(h):02d}" for h in part.split("-")) for part in label.split(",") if part)


def selection_said(chosen: dict):
    """The incidents chosen (types, hours label), as the sheet's sources and subtitle say them: "성폭력 · 22–05 h"; ""
    for all. A Said (core/said.py), translated where it is printed."""
    return joined([", ".join(chosen.get("types", [])),
                   phrase(QT_TR_NOOP("{hours} h"), hours=hours_shown(chosen["hours"])) if chosen.get("hours") else ""],
                  " · ")


def parse_types(text: str) -> list[str]:
    """The crime types to keep from "성폭력, 강제추행" (commas, also "，", "、" or ";"): stripped, each once."""
    return list(dict.fromkeys(t.strip() for t in re.split(r"[,，、;]", str(text or "")) if t.strip()))


def detect_field(names: Iterable[str], wanted: Sequence[str], parts: Sequence[str] = ()) -> str | None:
    """The first of `names` that is one of `wanted` (best first, any case), then the first containing one of
    `parts`; None when none is."""
    names = [name for name in names if isinstance(name, str)]
    folded: dict[str, str] = {}
    for name in names:
        folded.setdefault(name.strip().casefold(), name)
    for name in wanted:
        if name.casefold() in folded:
            return folded[name.casefold()]
    return next((name for part in parts for name in names if part in name.casefold()), None)


def detect_type_field(names: Iterable[str]) -> str | None:
    """The field holding the crime type, or None: a name of TYPE_FIELD_NAMES, then one containing TYPE_FIELD_PARTS."""
    return detect_field(names, TYPE_FIELD_NAMES, TYPE_FIELD_PARTS)


def _folded(values) -> np.ndarray:
    series = pd.Series(np.asarray(values, dtype=object))
    return series.map(lambda v: v.strip().casefold() if isinstance(v, str) else None).to_numpy(dtype=object)


def type_mask(values, wanted: Sequence[str]) -> np.ndarray:
    """Which values are one of the `wanted` types (compared without case or surrounding spaces); NULL is none."""
    keys = {w.strip().casefold() for w in wanted}
    return np.array([v in keys for v in _folded(values)], dtype=bool)


def type_counts(values, limit: int = 12) -> list[tuple[str, int]]:
    """The commonest types as written (stripped), with their counts: what the officer can choose from."""
    series = pd.Series(np.asarray(values, dtype=object))
    series = series[series.map(lambda v: isinstance(v, str) and bool(v.strip()))].map(str.strip)
    return [(str(k), int(n)) for k, n in series.value_counts().head(limit).items()]


def hour_of_day(values) -> np.ndarray:
    """The hour (0..23) of each value, NaN where it has no time of day.

    Date-times (a datetime column) give their hour, except a column whose every time is midnight: dates stored as
    date-times, which say nothing of the hour. Text gives the hour of a time written after a date or alone
    ("2024-03-01 22:30", "22시 30분", "22:30") or of a compact stamp (202403012230).
    """
    if isinstance(values, pd.Series) and values.dtype.kind == "M":
        if getattr(values.dtype, "tz", None) is not None:  # the wall-clock hour where it happened
            values = values.dt.tz_localize(None)
        stamps = values.to_numpy()
        hours = pd.Series(stamps).dt.hour.to_numpy(dtype=float)
        midnight = pd.Series(stamps).dt.normalize().to_numpy() == stamps
        hours[pd.isna(stamps)] = np.nan
        if midnight[~pd.isna(stamps)].all():
            hours[:] = np.nan
        return hours
    objects = pd.Series(np.asarray(values, dtype=object))
    codes, uniques = pd.factorize(objects)
    found = np.full(len(uniques), np.nan)
    for i, value in enumerate(uniques):
        text = str(value).strip()
        compact = _COMPACT.match(text)
        match = _TIME.search(text) if not compact else None
        hour = int(compact.group(1)) if compact else int(match.group(1)) if match else None
        if hour is not None and hour <= 23:
            found[i] = hour
    hours = np.where(codes >= 0, found[np.maximum(codes, 0)], np.nan)
    return hours.astype(float)


def hour_mask(hours: np.ndarray, wanted: Sequence[int]) -> np.ndarray:
    """Which hours (hour_of_day's) are among `wanted`; NaN (no time) is none."""
    hours = np.asarray(hours, dtype=float)
    return np.isin(np.nan_to_num(hours, nan=-1.0), np.asarray(list(wanted), dtype=float))
