"""Night-time population per grid cell from a telecom "floating population" (생활인구) CSV.

Korean telecom data, such as Seoul's 생활인구 by 격자 (grid cell) or 집계구, give one row per cell, date and hour:

    기준일ID, 시간대구분, 격자ID, X좌표, Y좌표, 총생활인구수, 남자0세부터9세생활인구수, …, 여자70세이상생활인구수

시간대구분 is the hour (0 = 00:00-00:59 … 23), X좌표/Y좌표 the cell's centre, and each count the people estimated
present in that hour; counts under 3 are masked as "*" (privacy), standing for 0, 1 or 2. The safety map uses one
value per cell, `pop_night`: for each cell, the mean over the chosen hours (every date × hour row the file has for
the cell) of the sum of the chosen count columns (by default the women's age bands), "*" counting as
`masked_value` and an empty value as 0.

Files come in UTF-8 (with or without a byte order mark) or CP949 (Korean Windows, EUC-KR's superset); the encoding
is decided on the bytes (see detect_encoding). Everything is read as text first, so that "*", empty values and cell
ids with leading zeros survive, then converted on whole arrays: a chunk of rows at a time is cut to the chosen hours
and reduced to one number per row, and the cells are grouped once at the end (233,000 cells × 24 hours: 5.6 million
rows, an 870 MB file, in well under a minute, most of it pandas' CSV parser).

Nothing here imports qgis; errors are NightPopulationError with a sentence, a `kind` and the details a translated
message needs.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from . import selection
from .csv_table import sniff_encoding
from .definitions import NIGHT_COLUMNS
from .errors import NightPopulationError
from .selection import hours_label  # night population's hours are written as incidents' are

DEFAULT_CHUNK_ROWS = 500_000  # rows read at a time: bounds memory (each row's text lives as Python strings)
WGS84 = "EPSG:4326"

# Column names per role, best first, compared without case, spaces, underscores, hyphens, dots and brackets.
HOUR_NAMES = ("시간대구분", "시간대", "시간", "tmzonpdse", "hour", "hh", "time", "timezone")
DATE_NAMES = ("기준일id", "기준일", "기준일자", "기준년월일", "일자", "날짜", "stdrdeid", "date", "ymd", "day")
CELL_NAMES = ("격자id", "격자아이디", "격자코드", "격자번호", "격자", "집계구코드", "집계구", "cellid", "cell",
              "gridid", "gridcode", "gridcd", "grid", "gid", "totregcd", "id")
X_NAMES = ("x좌표", "x", "xcoord", "xcoordinate", "coordx", "중심x", "중심x좌표", "centerx", "centrex", "pointx",
           "easting")
Y_NAMES = ("y좌표", "y", "ycoord", "ycoordinate", "coordy", "중심y", "중심y좌표", "centery", "centrey", "pointy",
           "northing")
LON_NAMES = ("경도", "중심경도", "lon", "lng", "long", "longitude")
LAT_NAMES = ("위도", "중심위도", "lat", "latitude")
# Count values that mean "no value" (0, and not reported); anything else that is no number is reported.
EMPTY_TEXT = frozenset({"", "nan", "na", "n/a", "null", "none"})
MASKED_TEXT = "*"

_HOUR_TEXT = re.compile(r"^\s*(\d{1,2})(?:\.0+)?\s*(?:시|h)?\s*$", re.IGNORECASE)


# --- reading ------------------------------------------------------------------------------------------------------

def detect_encoding(path: str | Path) -> str:
    """"utf-8-sig" (a byte order mark), "utf-8" or "cp949", decided on the file's bytes (csv_table.sniff_encoding)."""
    encoding = sniff_encoding(path)
    if encoding is None:
        raise NightPopulationError(f"{Path(path).name} is neither UTF-8 nor CP949 (EUC-KR) text: save it again as "
                                   "CSV in UTF-8.", kind="encoding")
    return encoding


def _clean(name) -> str:
    return str(name).replace("\ufeff", "").strip().strip('"').strip()


def _key(name) -> str:
    return re.sub(r"[\s_\-.()\[\]'\"]", "", _clean(name)).lower()


def _delimiter(line: str) -> str:
    counts = {sep: line.count(sep) for sep in (",", "\t", ";", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _header_line(path: str | Path, encoding: str) -> str:
    with open(path, encoding=encoding, errors="replace", newline="") as file:
        for line in file:
            if line.strip():
                return line
    return ""


def read_header(path: str | Path, encoding: str | None = None) -> list[str]:
    """The file's column names, without surrounding spaces, quotes or byte order mark."""
    encoding = encoding or detect_encoding(path)
    line = _header_line(path, encoding)
    if not line.strip():
        raise NightPopulationError(f"{Path(path).name} is empty.", kind="empty")
    return [_clean(name) for name in pd.read_csv(io.StringIO(line), sep=_delimiter(line), nrows=0,
                                                  dtype=str).columns]


def iter_grid_csv(path: str | Path, usecols: Iterable[str] | None = None, chunk_rows: int = DEFAULT_CHUNK_ROWS,
                  progress: Callable[[float], None] | None = None,
                  encoding: str | None = None) -> Iterator[pd.DataFrame]:
    """The file's rows as text, `chunk_rows` at a time.

    Parameters
    ----------
    path
        The CSV file.
    usecols
        The columns to read, named as read_header names them; None (the default) reads every column.
    chunk_rows
        Rows per chunk; DEFAULT_CHUNK_ROWS (500,000) by default.
    progress
        Called with the share of the file read (0 to 1) after each chunk; it may raise to stop. None by default.
    encoding
        "utf-8-sig", "utf-8" or "cp949" (detect_encoding); None (the default) decides it on the file's bytes.

    Yields
    ------
    pd.DataFrame
        Up to `chunk_rows` rows, every value as text ("*", empty values and leading zeros kept), with column
        names stripped of spaces, quotes and byte order mark.
    """
    path = Path(path)
    encoding = encoding or detect_encoding(path)
    line = _header_line(path, encoding)
    if not line.strip():
        raise NightPopulationError(f"{path.name} is empty.", kind="empty")
    wanted = None if usecols is None else {_clean(c) for c in usecols}
    size = max(1, path.stat().st_size)
    with open(path, "rb") as raw:
        try:
            reader = pd.read_csv(raw, sep=_delimiter(line), encoding=encoding, dtype=str, na_filter=False,
                                 skip_blank_lines=True, chunksize=chunk_rows,
                                 usecols=None if wanted is None else (lambda name: _clean(name) in wanted))
            with reader:
                for chunk in reader:
                    chunk.columns = [_clean(c) for c in chunk.columns]
                    yield chunk
                    if progress is not None:
                        progress(min(1.0, raw.tell() / size))
        except UnicodeDecodeError as error:
            raise NightPopulationError(
                f"{path.name} is not all {encoding_name(encoding)} text (a byte near byte {raw.tell():,} does not "
                "fit): save it again as CSV in UTF-8.", kind="encoding",
                encoding=encoding_name(encoding), position=raw.tell()) from error
        except pd.errors.EmptyDataError as error:
            raise NightPopulationError(f"{path.name} is empty.", kind="empty") from error
        except (pd.errors.ParserError, ValueError) as error:
            text = " ".join(str(error).split())
            raise NightPopulationError(f"{path.name} cannot be read as CSV: {text}.", kind="csv",
                                       error=text) from error


def encoding_name(encoding: str) -> str:
    return {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "cp949": "CP949 (EUC-KR)"}.get(encoding, encoding)


def read_grid_csv(path: str | Path, usecols: Iterable[str] | None = None) -> pd.DataFrame:
    """The whole file as text (every column, or `usecols`): "*", empty values and leading zeros kept as written.

    For large files use night_population_csv, which reduces each chunk of rows as it is read."""
    chunks = list(iter_grid_csv(path, usecols))
    frame = pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0] if chunks else pd.DataFrame()
    if not len(frame.columns):
        frame = pd.DataFrame(columns=read_header(path))
    return frame


# --- settings -------------------------------------------------------------------------------------------------------

def parse_hours(text: str) -> list[int]:
    """Hours 0..23 from "22-5", "0-5,22-23" or "21" (core.selection.parse_hours); NightPopulationError "hours" when
    they cannot be read."""
    try:
        return selection.parse_hours(text)
    except selection.HoursError as error:
        raise NightPopulationError(str(error), kind="hours", text=str(text)) from None


def _find(columns: Sequence[str], names: Sequence[str], taken: set[str]) -> str | None:
    keys = {}
    for column in columns:
        keys.setdefault(_key(column), column)
    for name in names:
        column = keys.get(name)
        if column is not None and column not in taken:
            return column
    return None


def detect_columns(columns: Sequence[str], pattern: str = NIGHT_COLUMNS) -> dict:
    """The columns to use, by role.

    Returns {"hour", "cell", "x", "y": column names; "date": a column name or None (then every row of a cell and
    hour is a different day); "counts": the columns whose name matches the regular expression `pattern` (without
    case), in the file's order; "degrees": True when x and y are 경도/위도 (longitude/latitude), and then "crs":
    "EPSG:4326", else None; "note": a sentence saying so, or ""}.
    """
    columns = [_clean(c) for c in columns]
    pattern = pattern or NIGHT_COLUMNS
    try:
        regex = re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise NightPopulationError(f"The column pattern “{pattern}” is not a regular expression ({error}).",
                                   kind="pattern", pattern=pattern, error=str(error)) from None
    taken: set[str] = set()
    found: dict = {}
    for role, names in (("hour", HOUR_NAMES), ("date", DATE_NAMES), ("cell", CELL_NAMES)):
        found[role] = _find(columns, names, taken)
        if found[role]:
            taken.add(found[role])
    x, y = _find(columns, X_NAMES, taken), _find(columns, Y_NAMES, taken)
    degrees = False
    if not (x and y):
        lon, lat = _find(columns, LON_NAMES, taken), _find(columns, LAT_NAMES, taken)
        if lon and lat:
            x, y, degrees = lon, lat, True
    found.update(x=x, y=y)
    taken |= {c for c in (x, y) if c}
    found["counts"] = [c for c in columns if regex.search(c) and c not in taken]
    found["degrees"] = degrees
    found["crs"] = WGS84 if degrees else None
    found["note"] = (f"The coordinates are longitudes and latitudes ({x}, {y}): they are read in WGS 84 "
                     f"({WGS84}).") if degrees else ""
    missing = [role for role in ("hour", "cell", "x", "y") if not found[role]]
    if not found["counts"]:
        missing.append("counts")
    if missing:
        words = {"hour": "hour column (시간대구분, hour)", "cell": "cell id column (격자ID, 집계구코드, cell_id)",
                 "x": "X column (X좌표, x, 경도)", "y": "Y column (Y좌표, y, 위도)",
                 "counts": f"count column matching “{pattern}”"}
        raise NightPopulationError(
            f"The file has no {', no '.join(words[m] for m in missing)}. Its columns are: {', '.join(columns)}.",
            kind="columns", missing=missing, columns=columns, pattern=pattern)
    return found


# --- computing ------------------------------------------------------------------------------------------------------

def _hour_values(text: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Each row's hour (0..23, else -1) and a few values that are no hour: the distinct values are read once."""
    codes, uniques = pd.factorize(text, use_na_sentinel=True)
    read = []
    for value in uniques:
        match = _HOUR_TEXT.match(str(value))
        read.append(int(match.group(1)) if match and int(match.group(1)) <= 23 else -1)
    table = np.append(np.asarray(read, dtype=np.int16), np.int16(-1))  # code -1 (NaN) takes the last entry
    unreadable = [str(v) for v, h in zip(uniques, read, strict=True) if h < 0]
    return table[codes], unreadable


def _numbers(text: pd.Series) -> np.ndarray:
    """Text as floats, NaN where it is no number."""
    try:
        return text.to_numpy(dtype=object).astype(float)
    except (TypeError, ValueError):
        return pd.to_numeric(text, errors="coerce").to_numpy(dtype=float)


def _counts(frame: pd.DataFrame, names: Sequence[str], masked_value: float) -> tuple[np.ndarray, ...]:
    """Per row: the sum of the count columns, how many were "*", how many were unreadable text (counted as 0)."""
    total = np.zeros(len(frame))
    masked = np.zeros(len(frame), dtype=np.int32)
    unreadable = np.zeros(len(frame), dtype=np.int32)
    for name in names:
        text = frame[name].to_numpy(dtype=object)
        star = text == MASKED_TEXT
        try:  # the usual case: numbers and "*" only (numpy's float() per value, 4x faster than to_numeric)
            values = np.where(star, "0", text).astype(float)
        except (TypeError, ValueError):
            values = pd.to_numeric(pd.Series(text), errors="coerce").to_numpy(dtype=float)
            odd = np.isnan(values) & ~star
            if odd.any():  # empty, "NaN", " * ", "1,234", or text
                stripped = pd.Series(text[odd]).astype(str).str.strip()
                star[odd] = (stripped == MASKED_TEXT).to_numpy()
                empty = stripped.str.lower().isin(EMPTY_TEXT).to_numpy() | pd.isna(text[odd])
                again = pd.to_numeric(stripped.str.replace(",", "", regex=False), errors="coerce").to_numpy(float)
                values[odd] = np.where(np.isnan(again), 0.0, again)
                unreadable[np.flatnonzero(odd)[np.isnan(again) & ~empty & ~star[odd]]] += 1
        bad = np.isinf(values) | (values < 0)  # "inf", and negative marks for missing counts (-999)
        if bad.any():
            unreadable += bad & ~star
        values[bad | np.isnan(values)] = 0.0  # NaN: a frame's missing value, or the text "nan"
        values[star] = masked_value
        total += values
        masked += star
    return total, masked, unreadable


def row_totals(frame: pd.DataFrame, hours: Sequence[int], columns: dict, masked_value: float = 1.0) -> pd.DataFrame:
    """The rows of the chosen hours, reduced to numbers: cell, x, y (floats, NaN when no number), date, hour,
    total (the sum of columns["counts"]), masked ("*" values) and unreadable (text that is no number, counted 0).

    Parameters
    ----------
    frame
        Rows of the file as text (iter_grid_csv, read_grid_csv).
    hours
        The hours to keep, 0..23.
    columns
        The columns by role (detect_columns); without a "date" column the row's index stands for the date.
    masked_value
        What a masked count ("*") counts as, a number of at least 0; 1 by default.

    Returns
    -------
    pd.DataFrame
        One row per row of the chosen hours. attrs["hours_found"] lists the hours the rows have (all of them, not
        only the chosen), attrs["odd_hours"] up to five hour values that are no hour, attrs["rows"] the rows read.
    """
    if not (np.isfinite(masked_value) and masked_value >= 0):
        raise NightPopulationError(f"The value of a masked count (“*”) must be a number of at least 0, not "
                                   f"{masked_value}.", kind="masked", value=masked_value)
    hour, odd_hours = _hour_values(frame[columns["hour"]])
    keep = np.isin(hour, np.asarray(list(hours), dtype=np.int16))
    rows = frame.loc[keep]
    total, masked, unreadable = _counts(rows, columns["counts"], masked_value)
    # Without a date column every row is another day: the row's number (unique across a file's chunks) stands in.
    date = rows[columns["date"]].to_numpy(dtype=object) if columns.get("date") else rows.index.to_numpy()
    reduced = pd.DataFrame({
        "cell": rows[columns["cell"]].to_numpy(dtype=object),
        "x": _numbers(rows[columns["x"]]), "y": _numbers(rows[columns["y"]]),
        "date": date, "hour": hour[keep], "total": total, "masked": masked, "unreadable": unreadable})
    reduced.attrs.update(hours_found=sorted(int(h) for h in np.unique(hour) if h >= 0), odd_hours=odd_hours[:5],
                         rows=len(frame))
    return reduced


def cell_means(rows: pd.DataFrame, hours: Sequence[int] = ()) -> pd.DataFrame:
    """One row per cell from row_totals' rows: cell_id, x, y, pop_night (the mean of total over the cell's
    distinct date × hour rows), hours_used (how many rows) and masked ("*" values counted).

    A row repeating a cell, date and hour already seen is left out (a file appended twice); a cell whose x or y is
    no number is left out. attrs: rows, duplicates, no_xy, masked, unreadable, hours_found, odd_hours."""
    attrs = dict(rows.attrs)
    found = attrs.get("hours_found", [])
    if not len(rows):
        wanted = hours_label(hours) if len(hours) else "?"
        raise NightPopulationError(
            f"No row has the hours {wanted}; the rows have hours {hours_label(found) or 'none'}.", kind="no_rows",
            hours=wanted, found=hours_label(found), odd=attrs.get("odd_hours", []))
    repeated = rows.duplicated(subset=["cell", "date", "hour"]).to_numpy()
    if repeated.any():
        rows = rows.loc[~repeated]
    grouped = rows.groupby("cell", sort=False)
    cells = pd.DataFrame({
        "x": grouped["x"].first(), "y": grouped["y"].first(),  # first() skips NaN: any row's readable centre
        "pop_night": grouped["total"].mean(), "hours_used": grouped["total"].size().astype(np.int32),
        "masked": grouped["masked"].sum().astype(np.int64)})
    cells.index.name = "cell_id"
    cells = cells.reset_index()
    cells["cell_id"] = cells["cell_id"].astype(str)
    no_xy = (~np.isfinite(cells["x"].to_numpy()) | ~np.isfinite(cells["y"].to_numpy()))
    if no_xy.all():
        raise NightPopulationError("No cell has numbers as its X and Y coordinates.", kind="no_xy",
                                   cells=len(cells))
    if no_xy.any():
        cells = cells.loc[~no_xy].reset_index(drop=True)
    cells.attrs.update(rows=int(attrs.get("rows", len(rows) + int(repeated.sum()))),
                       rows_used=len(rows), duplicates=int(repeated.sum()), no_xy=int(no_xy.sum()),
                       masked=int(cells["masked"].sum()), unreadable=int(rows["unreadable"].sum()),
                       hours_found=found, odd_hours=attrs.get("odd_hours", []))
    return cells


def night_population(frame: pd.DataFrame, hours: Sequence[int], columns: dict,
                     masked_value: float = 1.0) -> pd.DataFrame:
    """One row per cell: cell_id, x, y, pop_night, hours_used, masked (see the module's description).

    Rows of other hours are ignored; an empty value or NaN counts as 0.

    Parameters
    ----------
    frame
        The file's rows as text (read_grid_csv).
    hours
        The hours to average over, 0..23.
    columns
        The columns by role (detect_columns).
    masked_value
        What a masked count ("*", standing for 0, 1 or 2 people) counts as; 1 by default.

    Returns
    -------
    pd.DataFrame
        One row per cell with numbers as x and y (cell_means): pop_night in people, the mean over the cell's date
        × hour rows. attrs: rows, rows_used, duplicates, no_xy, masked, unreadable, hours_found, odd_hours.
    """
    rows = row_totals(frame, hours, columns, masked_value)
    return cell_means(rows, hours)


def night_population_csv(path: str | Path, hours: Sequence[int], pattern: str = NIGHT_COLUMNS,
                         masked_value: float = 1.0, chunk_rows: int = DEFAULT_CHUNK_ROWS,
                         progress: Callable[[float], None] | None = None) -> pd.DataFrame:
    """night_population of a file, read a chunk at a time and reduced as it is read (memory stays bounded).

    Parameters
    ----------
    path
        The CSV file, in UTF-8 or CP949 (decided on its bytes).
    hours
        The hours to average over, 0..23.
    pattern
        A regular expression (without case) matching the count columns to add up; by default NIGHT_COLUMNS, the
        women's age bands.
    masked_value
        What a masked count ("*", standing for 0, 1 or 2 people) counts as; 1 by default.
    chunk_rows
        Rows read at a time; DEFAULT_CHUNK_ROWS (500,000) by default.
    progress
        Called with the share of the file read (0 to 1) after each chunk; it may raise to stop. None by default.

    Returns
    -------
    pd.DataFrame
        One row per cell, as night_population gives. attrs add to cell_means': "columns" (detect_columns' result),
        "encoding" and "days" (the dates of the rows of the chosen hours, as written; none without a date column).
    """
    encoding = detect_encoding(path)
    columns = detect_columns(read_header(path, encoding), pattern)
    used = [c for c in (columns["hour"], columns["date"], columns["cell"], columns["x"], columns["y"]) if c]
    parts, found, odd, rows = [], set(), [], 0
    for chunk in iter_grid_csv(path, used + columns["counts"], chunk_rows, progress, encoding):
        part = row_totals(chunk, hours, columns, masked_value)
        found |= set(part.attrs["hours_found"])
        odd += [v for v in part.attrs["odd_hours"] if v not in odd]
        rows += len(chunk)
        parts.append(part)
    reduced = pd.concat(parts, ignore_index=True) if parts else row_totals(
        pd.DataFrame(columns=used + columns["counts"], dtype=object), hours, columns, masked_value)
    reduced.attrs.update(hours_found=sorted(found), odd_hours=odd[:5], rows=rows)
    try:
        cells = cell_means(reduced, hours)
    except NightPopulationError as error:
        error.details.setdefault("detected", columns)  # which hour, X and Y columns a message can name
        raise
    days = sorted(str(day) for day in pd.unique(reduced["date"])) if columns.get("date") else []
    cells.attrs.update(columns=columns, encoding=encoding, days=days)
    return cells


def cell_polygons(x, y, size: float) -> np.ndarray:
    """Squares of side `size` centred on (x, y), as an array of shapely polygons."""
    if not (np.isfinite(size) and size > 0):
        raise NightPopulationError(f"The cell size must be a positive number of metres, not {size}.", kind="size",
                                   size=size)
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    half = size / 2.0
    return shapely.box(x - half, y - half, x + half, y + half)
