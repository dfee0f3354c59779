"""Incident dates and the period the data cover, so incident counts can become incidents per year.

Crime data give the date in many forms: Korean police and municipal files use 발생일시 ("2023-01-05 22:10",
"2023.01.05 22:10", "20230105", "2023년 1월 5일 22시"), 발생일자, 발생년월 ("202301", "2023-01", "2023년 1월") or
연도 (2023); other files use date, datetime, occurred, month or year, with ISO dates, US "01/05/2023 10:10 PM" or
month names. QGIS hands the values over as str, int, float, datetime.date, datetime.datetime or None.

Everything works on whole arrays: the values are first reduced to their distinct values (a hash in C), the strings
among them are read by a few regular expressions through pandas' vectorised string methods, numbers by integer
arithmetic, and the dates are assembled in numpy, so 100,000 ISO date-times read in a fraction of a second.
Nothing here raises on an unreadable value: it becomes NaT.

Rules for values that could be read more than one way:
- 8 digits (a string or a whole number, 20230105 or 20230105.0) are a date YYYYMMDD, 6 digits YYYYMM a month and
  4 digits a year; 12 or 14 digits are YYYYMMDDhhmm(ss), read as their date;
- a year alone stands for its January 1st and a month alone for its first day, and the granularity returned with
  the dates says so, so the period can be extended to the end of the last month or year;
- a date with the year last (05/01/2023) is read month first, as US open data write it, unless the separator is a
  dot or some value of the same column has a first number over 12, which makes the whole column day first;
- a date is only read when its year is between 1900 and 2100 (YEAR_RANGE): placeholders such as 1899-12-30 or
  0001-01-01, and numbers that are no date, would otherwise stretch the period and shrink every rate.
"""

from __future__ import annotations

import datetime
import numbers
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import pandas as pd

# Names of the date field, best first; matched case-insensitively (see detect_date_field).
DATE_FIELD_NAMES: tuple[str, ...] = (
    "발생일시", "발생일자", "발생일", "발생년월일", "발생연월일", "발생년월", "발생연월", "발생년도", "발생연도",
    "date", "datetime", "occurred", "occ_date", "occurred_on", "occurrence_date", "date_occurred", "date_occ",
    "incident_date", "offense_date", "crime_date", "event_date",
    "reported", "report_date", "date_reported", "reported_date", "date_rptd",
    "접수일시", "접수일자", "일시", "일자", "날짜",
    "month", "년월", "연월", "연도", "년도", "year",
)
YEAR_RANGE = (1900, 2100)  # years read as dates, both included
GRANULARITIES = ("day", "month", "year")
_DAY, _MONTH, _YEAR, _NONE = 0, 1, 2, -1  # granularity codes per value
_EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()
_NAT = np.datetime64("NaT", "D")

_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON = r"(?P<mon>" + "|".join(_MONTH_NAMES) + r")[a-z]*\.?"
_WEEKDAY = r"(?:[a-z]+\.?,?\s+)?"  # "Thu, " before a date written with a month name
_ORDINAL = r"(?:st|nd|rd|th)?"

# (pattern, granularity, case-insensitive), tried in this order on the values not read yet. A value that matches
# a pattern is taken by it even when its numbers are no date (2023-02-30 is NaT, not February 2023).
_STRING_RULES: tuple[tuple[str, int, bool], ...] = (
    # 2023-01-05, 2023.01.05 22:10, 2023/1/5, 2023. 1. 5., 2023-01-05T22:10:00+09:00
    (r"^(?P<y>[0-9]{4})\s*[-./]\s*(?P<m>[0-9]{1,2})\s*[-./]\s*(?P<d>[0-9]{1,2})(?![0-9])", _DAY, False),
    # 20230105, 20230105 2210, 202301052210, 20230105221000, 20230105.0
    (r"^(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})(?:[0-9]{2}){0,3}(?![0-9])", _DAY, False),
    # 2023년 1월 5일 22시
    (r"^(?P<y>[0-9]{4})\s*년\s*(?P<m>[0-9]{1,2})\s*월\s*(?P<d>[0-9]{1,2})\s*일", _DAY, False),
    # 01/05/2023 10:10 PM, 05.01.2023 (which of the first two numbers is the month: see _year_last)
    (r"^(?P<a>[0-9]{1,2})\s*(?P<sep>[-./])\s*(?P<b>[0-9]{1,2})\s*(?P=sep)\s*(?P<y>[0-9]{4})(?![0-9])", _DAY, False),
    # 5 January 2023, 05-Jan-2023, Thu, 05 Jan 2023 22:10:00
    (r"^" + _WEEKDAY + r"(?P<d>[0-9]{1,2})" + _ORDINAL + r"[\s-]*" + _MON + r"[\s,-]*(?P<y>[0-9]{4})(?![0-9])",
     _DAY, True),
    # January 5, 2023; Thu Jan 5 2023
    (r"^" + _WEEKDAY + _MON + r"\s*(?P<d>[0-9]{1,2})" + _ORDINAL + r",?\s*(?P<y>[0-9]{4})(?![0-9])", _DAY, True),
    # 2023, 2023.0, 2023년, 2023년도 (before the months, so that 2023.0 is no month 0)
    (r"^(?P<y>[0-9]{4})(?:\.0+)?\s*(?:년도?)?$", _YEAR, False),
    # 2023-01, 2023.1, 2023/01, 2023. 1.
    (r"^(?P<y>[0-9]{4})\s*[-./]\s*(?P<m>[0-9]{1,2})\s*\.?$", _MONTH, False),
    # 202301, 202301.0
    (r"^(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?:\.0+)?$", _MONTH, False),
    # 2023년 1월, 2023년 01월분
    (r"^(?P<y>[0-9]{4})\s*년\s*(?P<m>[0-9]{1,2})\s*월(?!\s*[0-9])", _MONTH, False),
    # 01/2023, 1.2023
    (r"^(?P<m>[0-9]{1,2})\s*[-./]\s*(?P<y>[0-9]{4})$", _MONTH, False),
    # Jan 2023, January 2023, Jan-2023
    (r"^" + _MON + r"[\s,-]*(?P<y>[0-9]{4})$", _MONTH, True),
)


# --- the date field -----------------------------------------------------------------------------------------------

def detect_date_field(names: Iterable[str]) -> str | None:
    """The field holding the incident date, or None: first a name of DATE_FIELD_NAMES (best first, any case), then
    the first name containing 발생일, then the first containing "date" (but not "update")."""
    names = [name for name in names if isinstance(name, str)]
    folded = {}
    for name in names:
        folded.setdefault(name.strip().casefold(), name)
    for wanted in DATE_FIELD_NAMES:
        if wanted.casefold() in folded:
            return folded[wanted.casefold()]
    for part in ("발생일", "date"):
        for name in names:
            key = name.casefold()
            if part in key and "update" not in key:
                return name
    return None


# --- the period ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included. `granularity` says whether the data behind it were dated by
    day, month or year ("2023" covers 2023-01-01 – 2023-12-31)."""

    start: datetime.date
    end: datetime.date
    granularity: str = "day"

    def __post_init__(self):
        if self.granularity not in GRANULARITIES:
            raise ValueError(f"The granularity must be one of {', '.join(GRANULARITIES)}, not {self.granularity!r}.")
        if self.end < self.start:
            raise ValueError(f"The period ends ({self.end.isoformat()}) before it starts ({self.start.isoformat()}).")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def years(self) -> float:
        """Calendar years: each whole year from the start counts 1 whatever its days (a leap year too), the rest
        as its share of the year it falls in. So 2024 (366 days) and 2022-2024 are exactly 1 and 3 years, and the
        same incidents a year give the same rates over either."""
        stop = self.end + datetime.timedelta(days=1)
        whole = stop.year - self.start.year
        while whole > 0 and _years_after(self.start, whole) > stop:
            whole -= 1
        anniversary = _years_after(self.start, whole)
        following = _years_after(self.start, whole + 1)
        return whole + (stop - anniversary).days / (following - anniversary).days

    def label(self) -> str:
        """'2023-01-01 – 2024-12-31'; '2023' or '2022 – 2023' for whole years and '2023-01 – 2023-06' for whole
        months when the data were dated by year or month."""
        start, end = self.start, self.end
        whole_months = start.day == 1 and (end + datetime.timedelta(days=1)).day == 1
        whole_years = whole_months and start.month == 1 and end.month == 12
        if self.granularity == "year" and whole_years:
            parts = [f"{start.year:04d}", f"{end.year:04d}"]
        elif self.granularity in ("month", "year") and whole_months:
            parts = [f"{start.year:04d}-{start.month:02d}", f"{end.year:04d}-{end.month:02d}"]
        else:
            parts = [start.isoformat(), end.isoformat()]
        return parts[0] if parts[0] == parts[1] else f"{parts[0]} – {parts[1]}"


def _years_after(day: datetime.date, years: int) -> datetime.date:
    """The same day `years` later; February 29 becomes March 1 in a year without one."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return datetime.date(day.year + years, 3, 1)


def period_of(dates: np.ndarray, granularity: str = "day") -> Period | None:
    """From the earliest to the latest readable date (None when there is none); for month or year granularity the
    start goes back to the first day and the end on to the last day of its month or year."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"The granularity must be one of {', '.join(GRANULARITIES)}, not {granularity!r}.")
    dates = np.asarray(dates, dtype="datetime64[D]")
    dates = dates[~np.isnat(dates)]
    if dates.size == 0:
        return None
    start, end = dates.min(), dates.max()
    if granularity != "day":
        unit = "M" if granularity == "month" else "Y"
        start = start.astype(f"datetime64[{unit}]").astype("datetime64[D]")
        end = (end.astype(f"datetime64[{unit}]") + 1).astype("datetime64[D]") - 1
    return Period(_to_date(start), _to_date(end), granularity)


# An end group of dates is far from the others when a gap of more than these days parts it from the rest and it
# holds at most this share of the dates: a year and 1 %, or ten years and 10 % (placeholders such as 1900-01-01).
OUTLIER_RULES = ((366, 0.01), (3653, 0.10))


def outlying_dates(dates: np.ndarray, today: datetime.date,
                   rules: Sequence[tuple[int, float]] = OUTLIER_RULES) -> np.ndarray:
    """Which dates lie far from the others and must not make the period: every date after `today`, and the few at
    either end that a wide gap parts from the rest (placeholders such as 1900-01-01).

    Parameters
    ----------
    dates
        datetime64[D] dates; NaT is never outlying.
    today
        The day the run is made: a later date has not happened.
    rules
        (gap in days, share) pairs: an end group is outlying when a gap wider than the days parts it from the rest
        and it holds at most the share of the dates, for any of the pairs.

    Returns
    -------
    np.ndarray
        One boolean per date: True where it is outlying.
    """
    dates = np.asarray(dates, dtype="datetime64[D]")
    known = ~np.isnat(dates)
    outlying = known & (dates > np.datetime64(today, "D"))
    rest = np.sort(dates[known & ~outlying])
    n = len(rest)
    gaps = np.diff(rest).astype(np.int64)  # gap i lies between rest[i] and rest[i + 1]
    early = [i for days, share in rules for i in np.flatnonzero(gaps > days) if i + 1 <= share * n]
    late = [i for days, share in rules for i in np.flatnonzero(gaps > days) if n - (i + 1) <= share * n]
    if early:
        outlying |= known & (dates < rest[max(early) + 1])
    if late:
        outlying |= known & (dates > rest[min(late)])
    return outlying


def parse_bound(text: str) -> datetime.date:
    """A PERIOD_START or PERIOD_END value as a date: "2023-01-01", "2023.1.1", "20230101"; a month ("2023-01")
    gives its first day and a year ("2023") its January 1st. Raises ValueError when the text is no date."""
    return _parse_bound(text)[0]


def period_between(start_text: str, end_text: str) -> Period:
    """The period from PERIOD_START to PERIOD_END, both included; an end given as a month or a year means the last
    day of that month or year ("2023" to "2023" is all of 2023). Raises ValueError when either is no date or the
    end comes before the start."""
    start, start_granularity = _parse_bound(start_text, "start")
    end, end_granularity = _parse_bound(end_text, "end")
    end_granularity_code = GRANULARITIES.index(end_granularity)
    if end_granularity != "day":
        unit = "M" if end_granularity == "month" else "Y"
        end_day = (np.datetime64(end, unit) + 1).astype("datetime64[D]") - 1
        end = _to_date(end_day)
    if end < start:
        raise ValueError(f"The period ends ({end.isoformat()}) before it starts ({start.isoformat()}).")
    coarsest_shared = min(GRANULARITIES.index(start_granularity), end_granularity_code)
    return Period(start, end, GRANULARITIES[coarsest_shared])


def in_period(dates: np.ndarray, period: Period) -> np.ndarray:
    """True where the date is within the period (both ends included); False for NaT."""
    dates = np.asarray(dates, dtype="datetime64[D]")
    start, end = np.datetime64(period.start, "D"), np.datetime64(period.end, "D")
    return ~np.isnat(dates) & (dates >= start) & (dates <= end)


def split_by_time(dates: np.ndarray | None, period: Period, fractions: Sequence[float] = (2 / 3,)) -> list[Period]:
    """Consecutive periods covering `period` without gap or overlap, cut after the given shares of its days
    ((2/3,) gives the first two thirds and the last third), to train on the earlier part and check on the later.

    The cuts fall on whole days; for data dated by month or year (period.granularity) on the nearest first of a
    month or a year, so no month's incidents are counted in one part and its days in another. Raises ValueError
    when the fractions are not increasing between 0 and 1, when the period is too short to give every part at
    least one day (month, year), or, when `dates` are given, when a part holds none of the dates.
    """
    fractions = [float(f) for f in fractions]
    if not fractions or any(not 0 < f < 1 for f in fractions) or any(b <= a for a, b in pairwise(fractions)):
        raise ValueError(f"The fractions to split a period at must increase between 0 and 1, got {fractions}.")
    start, end = np.datetime64(period.start, "D"), np.datetime64(period.end, "D")
    if period.granularity == "day":
        unit, first, after = "D", start, end + 1
    else:
        unit = "M" if period.granularity == "month" else "Y"
        first = start.astype(f"datetime64[{unit}]")
        after = end.astype(f"datetime64[{unit}]") + 1
    steps = int((after - first).astype(int))
    days = period.days
    cuts = []
    for fraction in fractions:
        cut_day = start + int(round(days * fraction))
        if unit == "D":
            cuts.append(cut_day)
        else:
            month_or_year = cut_day.astype(f"datetime64[{unit}]")
            before, after_ = month_or_year.astype("datetime64[D]"), (month_or_year + 1).astype("datetime64[D]")
            cuts.append(before if cut_day - before <= after_ - cut_day else after_)
    bounds = [start, *cuts, end + 1]
    if any(b <= a for a, b in pairwise(bounds)) or steps < len(fractions) + 1:
        what = {"D": "days", "M": "months", "Y": "years"}[unit]
        raise ValueError(f"The period {period.label()} ({steps} {what}) is too short to split into "
                         f"{len(fractions) + 1} parts at {', '.join(f'{f:.0%}' for f in fractions)}.")
    parts = [Period(_to_date(a), _to_date(b - 1), period.granularity) for a, b in pairwise(bounds)]
    if dates is not None:
        dates = np.asarray(dates, dtype="datetime64[D]")
        for part in parts:
            if not in_period(dates, part).any():
                raise ValueError(f"No incident falls in {part.label()}, part of the period {period.label()}: "
                                 "the period cannot be split there to check a model on later incidents.")
    return parts


# --- reading dates --------------------------------------------------------------------------------------------------

def parse_dates(values) -> tuple[np.ndarray, str]:
    """Dates (datetime64[D], NaT where a value cannot be read) and the granularity of the data: "year" when every
    readable value was a year alone, "month" when every one was a month or a year, else "day" (also when nothing
    could be read). A year is read as its January 1st and a month as its first day."""
    days, codes = _parse(values)
    readable = codes[codes != _NONE]
    granularity = "day" if readable.size == 0 else GRANULARITIES[int(readable.min())]
    return days, granularity


def _parse(values) -> tuple[np.ndarray, np.ndarray]:
    """Dates (datetime64[D]) and a granularity code per value (_DAY, _MONTH, _YEAR, or _NONE when unreadable)."""
    if isinstance(values, (str, bytes)) or not hasattr(values, "__len__"):
        values = [values]
    if isinstance(values, (pd.Series, pd.Index)) and values.dtype.kind == "M":
        if getattr(values.dtype, "tz", None) is not None:  # the wall-clock date where it happened
            values = values.dt.tz_localize(None) if isinstance(values, pd.Series) else values.tz_localize(None)
        values = values.to_numpy()
    if isinstance(values, np.ndarray) and values.dtype.kind == "M":
        return _from_datetime64(values.astype("datetime64[D]").ravel())
    if isinstance(values, np.ndarray) and values.dtype.kind in "iuf":
        return _from_numbers(values.astype(float).ravel())
    if isinstance(values, (pd.Series, pd.Index, pd.api.extensions.ExtensionArray)):
        values = np.asarray(values.astype(object))  # pd.NA, nullable numbers and arrow strings as plain objects
    objects = np.empty(len(values), dtype=object)
    objects[:] = list(values) if not isinstance(values, np.ndarray) else values.ravel()
    try:
        codes, uniques = pd.factorize(objects)  # None, NaN and NaT get code -1
    except TypeError:  # an unhashable value (a list, say): no date
        objects = np.array([None if getattr(type(v), "__hash__", None) is None else v for v in objects], dtype=object)
        codes, uniques = pd.factorize(objects)
    days, granularity = _from_objects(np.asarray(uniques, dtype=object))
    missing = codes < 0
    safe_codes = np.where(missing, 0, codes)
    if len(uniques) == 0:
        return np.full(len(objects), _NAT), np.full(len(objects), _NONE)
    out_days, out_codes = days[safe_codes], granularity[safe_codes]
    out_days[missing] = _NAT
    out_codes[missing] = _NONE
    return out_days, out_codes


def _from_objects(uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct values of any type: strings, numbers and dates each read on their own."""
    days = np.full(len(uniques), _NAT)
    codes = np.full(len(uniques), _NONE)
    kind = pd.api.types.infer_dtype(uniques, skipna=True)
    if kind == "string":
        groups = {"str": np.arange(len(uniques))}
    elif kind in ("integer", "floating", "mixed-integer-float"):
        groups = {"number": np.arange(len(uniques))}
    else:
        names = np.array([_kind_of(value) for value in uniques], dtype=object)
        groups = {name: np.flatnonzero(names == name) for name in ("str", "number", "date", "datetime64", "other")}
    for name, where in groups.items():
        if where.size == 0:
            continue
        chosen = uniques[where]
        if name == "str":
            group_days, group_codes = _from_strings(chosen)
        elif name == "number":
            group_days, group_codes = _from_numbers(chosen.astype(float))
        elif name == "date":
            ordinals = np.array([value.toordinal() for value in chosen], dtype=np.int64)
            group_days, group_codes = _from_datetime64((ordinals - _EPOCH_ORDINAL).astype("datetime64[D]"))
        elif name == "datetime64":
            group_days, group_codes = _from_datetime64(np.array(list(chosen), dtype="datetime64[D]"))
        else:
            group_days, group_codes = _from_strings(np.array([str(v) for v in chosen], dtype=object))
        days[where], codes[where] = group_days, group_codes
    return days, codes


def _kind_of(value) -> str:
    if isinstance(value, str):
        return "str"
    if isinstance(value, bool | np.bool_):
        return "none"
    if isinstance(value, numbers.Real):
        return "number"
    if isinstance(value, datetime.date):  # also datetime.datetime and pandas.Timestamp
        return "none" if pd.isna(value) else "date"
    if isinstance(value, np.datetime64):
        return "datetime64"
    if value is None or value is pd.NA:
        return "none"
    return "other"


def _from_datetime64(days: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    days = days.astype("datetime64[D]").copy()
    years = days.astype("datetime64[Y]").astype(np.int64) + 1970
    readable = ~np.isnat(days) & (years >= YEAR_RANGE[0]) & (years <= YEAR_RANGE[1])
    days[~readable] = _NAT
    return days, np.where(readable, _DAY, _NONE)


def _from_numbers(numbers_: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Whole numbers: YYYYMMDD (also YYYYMMDDhhmm and YYYYMMDDhhmmss), YYYYMM or YYYY; anything else is NaT."""
    with np.errstate(invalid="ignore"):
        whole = np.isfinite(numbers_) & (numbers_ == np.floor(numbers_)) & (numbers_ > 0) & (numbers_ < 1e14)
    n = np.where(whole, numbers_, 0).astype(np.int64)
    n = np.where((n >= 10**13) & (n < 10**14), n // 10**6, n)  # YYYYMMDDhhmmss
    n = np.where((n >= 10**11) & (n < 10**12), n // 10**4, n)  # YYYYMMDDhhmm
    day = (n >= 10**7) & (n < 10**8)
    month = (n >= 10**5) & (n < 10**6)
    year = (n >= 10**3) & (n < 10**4)
    y = np.select([day, month, year], [n // 10**4, n // 100, n], -1)
    m = np.select([day, month, year], [n // 100 % 100, n % 100, 1], -1)
    d = np.select([day, month, year], [n % 100, 1, 1], -1)
    codes = np.select([day, month, year], [_DAY, _MONTH, _YEAR], _NONE)
    return _assemble(y, m, d, codes)


def _from_strings(texts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Strings, each pattern of _STRING_RULES tried on the ones no earlier pattern took."""
    n = len(texts)
    y, m, d = np.full(n, -1, dtype=np.int64), np.full(n, -1, dtype=np.int64), np.full(n, -1, dtype=np.int64)
    codes = np.full(n, _NONE)
    series = pd.Series(texts, dtype=object).str.strip()
    left = np.flatnonzero(series.notna().to_numpy())
    for pattern, granularity, ignore_case in _STRING_RULES:
        if left.size == 0:
            break
        found = series.iloc[left].str.extract(pattern, flags=re.IGNORECASE if ignore_case else 0)
        hit = found["y"].notna().to_numpy()
        if not hit.any():
            continue
        found, where = found[hit], left[hit]
        y[where] = _ints(found["y"])
        if "a" in found:
            m[where], d[where] = _year_last(_ints(found["a"]), _ints(found["b"]), found["sep"])
        else:
            if "mon" in found:
                m[where] = found["mon"].str.lower().map({name: i + 1 for i, name in enumerate(_MONTH_NAMES)})
            elif "m" in found:
                m[where] = _ints(found["m"])
            else:
                m[where] = 1
            d[where] = _ints(found["d"]) if "d" in found else 1
        codes[where] = granularity
        left = left[~hit]
    return _assemble(y, m, d, codes)


def _ints(column: pd.Series) -> np.ndarray:
    return column.astype(np.int64).to_numpy()


def _year_last(a: np.ndarray, b: np.ndarray, separators: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(month, day) of dates written with the year last: month first unless the separator is a dot or some first
    number is over 12 (while no second number is), which reads that column day first."""
    dot = (separators == ".").to_numpy()
    day_first_column = bool((a > 12).any() and not (b > 12).any())
    day_first = dot | day_first_column
    return np.where(day_first, b, a), np.where(day_first, a, b)


def _assemble(y: np.ndarray, m: np.ndarray, d: np.ndarray, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """datetime64[D] from year, month and day; NaT (code _NONE) where they make no date within YEAR_RANGE."""
    y, m, d = (np.asarray(x, dtype=np.int64) for x in (y, m, d))
    ok = (codes != _NONE) & (y >= YEAR_RANGE[0]) & (y <= YEAR_RANGE[1]) & (m >= 1) & (m <= 12) & (d >= 1)
    months = np.where(ok, (y - 1970) * 12 + (m - 1), 0).astype("datetime64[M]")
    first = months.astype("datetime64[D]")
    month_length = ((months + 1).astype("datetime64[D]") - first).astype(np.int64)
    ok &= d <= month_length
    days = first + np.where(ok, d - 1, 0)
    days[~ok] = _NAT
    return days, np.where(ok, codes, _NONE)


def _parse_bound(text, which: str = "") -> tuple[datetime.date, str]:
    what = f"The period {which} " if which else "The period bound "
    if text is None or (isinstance(text, str) and not text.strip()):
        raise ValueError(f"{what}is empty: give a date such as 2023-01-01, a month such as 2023-01 or a year.")
    days, codes = _parse([text])
    if codes[0] == _NONE:
        raise ValueError(f"{what}{str(text)!r} is not a date between {YEAR_RANGE[0]} and {YEAR_RANGE[1]}: write it "
                         "as 2023-01-01 (or 2023.1.1 or 20230101), a month as 2023-01 or a year as 2023.")
    return _to_date(days[0]), GRANULARITIES[int(codes[0])]


def _to_date(day: np.datetime64) -> datetime.date:
    return datetime.date.fromordinal(int(np.datetime64(day, "D").astype(np.int64)) + _EPOCH_ORDINAL)
