"""CSV files as agencies publish them: their encoding, and which columns hold the coordinates.

data.go.kr inventories (streetlights, CCTV, emergency bells) come as CSV in UTF-8 (with or without a byte-order
mark) or CP949, with latitude/longitude (위도/경도) in WGS 84 or projected X/Y columns (X좌표/Y좌표) in a Korean TM.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import geopandas as gpd
import pandas as pd

from .errors import CsvError

# (x, y) names, lower case, most specific first; geographic ones are WGS 84.
GEOGRAPHIC = (("경도", "위도"), ("longitude", "latitude"), ("lon", "lat"), ("lng", "lat"), ("long", "lat"),
              ("wgs84경도", "wgs84위도"), ("x경도", "y위도"))
PROJECTED = (("x좌표", "y좌표"), ("좌표x", "좌표y"), ("x_coord", "y_coord"), ("xcoord", "ycoord"), ("x", "y"),
             ("point_x", "point_y"), ("좌표_x", "좌표_y"))
SAMPLE_BYTES = 1 << 20


def sniff_encoding(path: str | Path) -> str | None:
    """"utf-8-sig" (a byte order mark), "utf-8" or "cp949", decided on the file's bytes in that order; None when it
    is none of them.

    The first block holding a non-ASCII byte decides (1 MiB blocks; a file of ASCII only is UTF-8): valid UTF-8
    there means UTF-8, else valid CP949 means CP949 (Korean CP949 is never valid UTF-8: its lead bytes are UTF-8
    continuation bytes). A later byte that does not fit is found while the rows are read (UnicodeDecodeError).
    """
    with open(path, "rb") as file:
        block = file.read(SAMPLE_BYTES)
        if block.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        while block and block.isascii():
            block = file.read(SAMPLE_BYTES)
        block += file.read(8)  # a character cut at the block's end is completed, or left undecided below
    if not block:
        return "utf-8"
    for encoding in ("utf-8", "cp949"):
        try:
            codecs.getincrementaldecoder(encoding)().decode(block, final=False)
            return encoding
        except UnicodeDecodeError:
            continue
    return None


def detect_encoding(path: Path) -> str:
    """'UTF-8' (with or without a byte-order mark) or 'CP949', as the messages name them; CsvError when neither."""
    encoding = sniff_encoding(path)
    if encoding is None:
        raise CsvError(f"{Path(path).name} is neither UTF-8 nor CP949 text", "encoding")
    return "CP949" if encoding == "cp949" else "UTF-8"


def header(path: Path, encoding: str) -> tuple[list[str], str]:
    """The column names and the delimiter (comma, semicolon or tab, as csv.Sniffer finds it)."""
    text = Path(path).read_bytes()[:SAMPLE_BYTES].decode("utf-8-sig" if encoding == "UTF-8" else "cp949",
                                                           errors="replace")
    first = text.splitlines()[0] if text else ""
    try:
        delimiter = csv.Sniffer().sniff(first, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    names = next(csv.reader(io.StringIO(first), delimiter=delimiter), [])
    return [name.strip() for name in names], delimiter


def coordinate_columns(names: list[str]) -> tuple[str, str, bool]:
    """(x column, y column, geographic): longitude/latitude columns first (WGS 84), else projected X/Y."""
    lowered = {name.strip().lower().replace(" ", ""): name for name in names}
    for pairs, geographic in ((GEOGRAPHIC, True), (PROJECTED, False)):
        for x, y in pairs:
            if x in lowered and y in lowered:
                return lowered[x], lowered[y], geographic
    raise CsvError(f"no coordinate columns among {', '.join(names)}", "columns", columns=list(names))


def csv_points(path: Path, encoding: str, delimiter: str, x: str, y: str, crs: str):
    """(GeoDataFrame of the rows with numeric coordinates, rows left out); other columns kept as text.

    Parameters
    ----------
    path
        The CSV file.
    encoding
        "UTF-8" (with or without a byte-order mark) or "CP949", as detect_encoding names them; any other is read as
        CP949.
    delimiter
        The column delimiter (header).
    x, y
        The names of the coordinate columns (coordinate_columns).
    crs
        The coordinates' CRS, such as "EPSG:4326" for longitude and latitude.

    Returns
    -------
    tuple[gpd.GeoDataFrame, int]
        The points in `crs`, with every other column as text (names stripped of spaces), and the number of rows
        left out because their X or Y is no number.
    """
    table = pd.read_csv(path, encoding="utf-8-sig" if encoding == "UTF-8" else "cp949", sep=delimiter, dtype=str,
                        keep_default_na=False, skipinitialspace=True)
    table.columns = [str(c).strip() for c in table.columns]
    xs = pd.to_numeric(table[x].str.strip(), errors="coerce")
    ys = pd.to_numeric(table[y].str.strip(), errors="coerce")
    usable = (xs.notna() & ys.notna()).to_numpy()
    others = table.drop(columns=[x, y])[usable].reset_index(drop=True)
    frame = gpd.GeoDataFrame(others, geometry=gpd.points_from_xy(xs[usable], ys[usable]), crs=crs)
    return frame, int((~usable).sum())
