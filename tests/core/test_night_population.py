"""core.night_population: telecom 생활인구 CSVs to one night-time population per cell, checked by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely

from cpted_safety_map.plugin.core.definitions import NIGHT_COLUMNS as DEFAULT_PATTERN
from cpted_safety_map.plugin.core.errors import NightPopulationError
from cpted_safety_map.plugin.core.night_population import (
    cell_polygons,
    detect_columns,
    detect_encoding,
    hours_label,
    night_population,
    night_population_csv,
    parse_hours,
    read_grid_csv,
    read_header,
)

BANDS = ("0세부터9세", "10세부터14세", "70세이상")
HEADER = ["기준일ID", "시간대구분", "격자ID", "X좌표", "Y좌표", "총생활인구수", "남자0세부터9세생활인구수",
          *(f"여자{band}생활인구수" for band in BANDS)]
A, B = "다사0001", "다사0002"
CENTRES = {A: (950025.0, 1950025.0), B: (950075.0, 1950025.0)}
# (date, hour, cell, the three women's bands); the total and the men's column (999) must never be summed.
ROWS = [
    ("20240301", "21", A, "10", "10", "10"),
    ("20240301", "22", A, "4", "*", "6"),
    ("20240301", "23", A, "3.5", "5", "*"),
    ("20240301", "0", A, "*", "*", "7"),
    ("20240301", "5", A, "8", "4", "2.5"),
    ("20240301", "6", A, "100", "100", "100"),
    ("20240302", "21", A, "50", "50", "50"),
    ("20240302", "22", A, "6", "6", "6"),
    ("20240302", "23", A, "", "3", "9"),
    ("20240302", "0", A, "5", "*", "5"),
    ("20240302", "5", A, "4", "4", "4"),
    ("20240302", "6", A, "*", "*", "*"),
    ("20240301", "21", B, "*", "*", "7"),
    ("20240301", "22", B, "20", "20", "20"),
    ("20240301", "23", B, "30", "30", "30"),
    ("20240301", "0", B, "*", "3", "3"),
    ("20240301", "5", B, "1.25", "1.25", "1.5"),
    ("20240301", "6", B, "*", "*", "*"),
    ("20240302", "21", B, "9", "9", "9"),
    ("20240302", "22", B, "10", "10", "10"),
    ("20240302", "23", B, "0", "0", "0"),
    # no row for B at 0 h on 2024-03-02: B's night mean is over 7 rows
    ("20240302", "5", B, "*", "*", "*"),
    ("20240302", "6", B, "2", "2", "2"),
]

# Hours 22-5 (22, 23, 0, 5; the file has no 1-4), "*" = m, "" = 0, by hand:
#   A, 2024-03-01: 22 h 4+m+6, 23 h 3.5+5+m, 0 h m+m+7, 5 h 8+4+2.5      -> 40 + 4m
#   A, 2024-03-02: 22 h 18, 23 h 0+3+9, 0 h 5+m+5, 5 h 12                  -> 52 + m
#   A: 8 rows, 92 + 5m; 5 "*"         -> m = 1: 97 / 8 = 12.125
#   B, 2024-03-01: 22 h 60, 23 h 90, 0 h m+3+3, 5 h 1.25+1.25+1.5          -> 160 + m
#   B, 2024-03-02: 22 h 30, 23 h 0, 5 h 3m                                 -> 30 + 3m
#   B: 7 rows, 190 + 4m; 4 "*"        -> m = 1: 194 / 7
A_NIGHT, B_NIGHT = 97 / 8, 194 / 7


def write_csv(path, encoding: str, rows=ROWS, header=HEADER) -> None:
    lines = [",".join(f'"{name}"' for name in header)]
    for date, hour, cell, *women in rows:
        x, y = CENTRES[cell]
        lines.append(",".join([date, hour, cell, f"{x:.0f}", f"{y:.0f}", "1000", "999", *women]))
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")


@pytest.fixture(params=["cp949", "utf-8-sig"])
def telecom_csv(request, tmp_path):
    path = tmp_path / f"seoul_grid_simulated_{request.param}.csv"
    write_csv(path, request.param)
    return path


def by_cell(cells: pd.DataFrame) -> dict:
    return {row.cell_id: row for row in cells.itertuples()}


def test_reads_every_column_as_text_in_cp949_and_utf8_with_bom(telecom_csv):
    frame = read_grid_csv(telecom_csv)
    assert list(frame.columns) == HEADER  # no byte order mark, no quotes
    assert all(dtype == np.dtype(object) for dtype in frame.dtypes)
    assert frame["격자ID"].iloc[0] == A and frame["시간대구분"].iloc[3] == "0"
    assert frame["여자10세부터14세생활인구수"].iloc[1] == "*" and frame["여자0세부터9세생활인구수"].iloc[8] == ""
    assert len(frame) == len(ROWS)


def test_encoding_is_decided_on_the_bytes(tmp_path):
    for encoding, expected in (("cp949", "cp949"), ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8")):
        path = tmp_path / f"a_{encoding}.csv"
        write_csv(path, encoding)
        assert detect_encoding(path) == expected
        assert read_header(path) == HEADER
    ascii_only = tmp_path / "ascii.csv"
    ascii_only.write_bytes(b"hour,cell_id,x,y,female\n22,1,0,0,3\n")
    assert detect_encoding(ascii_only) == "utf-8"
    # a CP949 character first met past the first block still decides
    late = tmp_path / "late.csv"
    late.write_bytes(b"hour,cell_id,x,y,female\n" + b"22,1,0,0,3\n" * 200_000 + "22,다사,0,0,3\n".encode("cp949"))
    assert detect_encoding(late) == "cp949"
    neither = tmp_path / "neither.csv"
    neither.write_bytes(b"a,b\n\xff\xfe\xff,1\n")
    with pytest.raises(NightPopulationError, match="neither UTF-8 nor CP949") as caught:
        detect_encoding(neither)
    assert caught.value.kind == "encoding"


def test_night_population_by_hand(telecom_csv):
    frame = read_grid_csv(telecom_csv)
    columns = detect_columns(frame.columns)
    cells = by_cell(night_population(frame, parse_hours("22-5"), columns))
    assert set(cells) == {A, B}
    assert cells[A].pop_night == pytest.approx(A_NIGHT) and cells[B].pop_night == pytest.approx(B_NIGHT)
    assert (cells[A].hours_used, cells[A].masked) == (8, 5)
    assert (cells[B].hours_used, cells[B].masked) == (7, 4)
    assert (cells[A].x, cells[A].y) == CENTRES[A] and (cells[B].x, cells[B].y) == CENTRES[B]


@pytest.mark.parametrize(("masked_value", "a", "b"), [(0.0, 92 / 8, 190 / 7), (2.0, 102 / 8, 198 / 7)])
def test_masked_value_stands_for_each_star(telecom_csv, masked_value, a, b):
    frame = read_grid_csv(telecom_csv)
    cells = by_cell(night_population(frame, parse_hours("22-5"), detect_columns(frame.columns), masked_value))
    assert cells[A].pop_night == pytest.approx(a) and cells[B].pop_night == pytest.approx(b)
    assert (cells[A].masked, cells[B].masked) == (5, 4)  # "*" counted, whatever they stand for


def test_other_hours_and_lists(telecom_csv):
    frame = read_grid_csv(telecom_csv)
    columns = detect_columns(frame.columns)
    # 21 h: A (30 + 150) / 2 = 90; B (m + m + 7) + 27 = 36 over 2 rows = 18
    cells = by_cell(night_population(frame, parse_hours("21"), columns))
    assert cells[A].pop_night == pytest.approx(90.0) and cells[B].pop_night == pytest.approx(18.0)
    # 0-5,22-23 holds the same rows as 22-5 (the file has no 1-4 h)
    same = by_cell(night_population(frame, parse_hours("0-5,22-23"), columns))
    assert same[A].pop_night == pytest.approx(A_NIGHT) and same[B].pop_night == pytest.approx(B_NIGHT)
    # 6 h: A (300 + 3m) / 2 = 151.5, B (3m + 6) / 2 = 4.5
    sixth = by_cell(night_population(frame, [6], columns))
    assert sixth[A].pop_night == pytest.approx(151.5) and sixth[B].pop_night == pytest.approx(4.5)


def test_the_whole_file_in_chunks_gives_the_same(telecom_csv):
    shares = []
    cells = night_population_csv(telecom_csv, parse_hours("22-5"), chunk_rows=5, progress=shares.append)
    rows = by_cell(cells)
    assert rows[A].pop_night == pytest.approx(A_NIGHT) and rows[B].pop_night == pytest.approx(B_NIGHT)
    assert cells.attrs["masked"] == 9 and cells.attrs["rows"] == len(ROWS) and cells.attrs["rows_used"] == 15
    assert cells.attrs["hours_found"] == [0, 5, 6, 21, 22, 23] and cells.attrs["duplicates"] == 0
    assert cells.attrs["encoding"] in ("cp949", "utf-8-sig") and len(shares) == 5 and shares[-1] == 1.0


def test_nan_empty_and_text_counts(tmp_path):
    columns = {"hour": "hour", "date": None, "cell": "cell", "x": "x", "y": "y", "counts": ["female_a", "female_b"]}
    frame = pd.DataFrame({"hour": ["1", "1", "1", "1"], "cell": ["c", "c", "c", "d"], "x": ["5", "5", "5", "7"],
                          "y": ["5", "5", "5", "7"], "female_a": [None, np.nan, "abc", "1,234.5"],
                          "female_b": ["2", "  ", " * ", "-999"]})
    cells = by_cell(night_population(frame, [1], columns, masked_value=1.5))
    # c: 0 + 2, 0 + 0, 0 ("abc") + 1.5 (" * ") over 3 rows (no date: each row another day); d: 1234.5 + 0 (-999)
    assert cells["c"].pop_night == pytest.approx(3.5 / 3) and cells["c"].masked == 1
    assert cells["d"].pop_night == pytest.approx(1234.5)
    result = night_population(frame, [1], columns)
    assert result.attrs["unreadable"] == 2  # "abc" and -999; None, NaN and blanks are just empty


def test_repeated_rows_count_once_and_cells_without_xy_are_left_out():
    columns = {"hour": "h", "date": "d", "cell": "c", "x": "x", "y": "y", "counts": ["여자1생활인구수"]}
    frame = pd.DataFrame({"d": ["1", "1", "2", "1"], "h": ["22", "22", "22", "22"], "c": ["a", "a", "a", "b"],
                          "x": ["0", "0", "0", "*"], "y": ["0", "0", "0", "*"],
                          "여자1생활인구수": ["4", "4", "6", "1"]})
    cells = night_population(frame, [22], columns)
    assert list(cells["cell_id"]) == ["a"] and cells["pop_night"].iloc[0] == pytest.approx(5.0)
    assert cells.attrs["duplicates"] == 1 and cells.attrs["no_xy"] == 1
    frame["x"] = "*"
    with pytest.raises(NightPopulationError, match="X and Y") as caught:
        night_population(frame, [22], columns)
    assert caught.value.kind == "no_xy"


def test_no_row_of_the_hours_says_which_hours_there_are(telecom_csv):
    frame = read_grid_csv(telecom_csv)
    with pytest.raises(NightPopulationError, match="hours 12-14; the rows have hours 0,5-6,21-23") as caught:
        night_population(frame, parse_hours("12-14"), detect_columns(frame.columns))
    assert caught.value.kind == "no_rows"


@pytest.mark.parametrize(("text", "hours"), [
    ("22-5", [22, 23, 0, 1, 2, 3, 4, 5]), ("0-5,22-23", [0, 1, 2, 3, 4, 5, 22, 23]), ("21", [21]),
    (" 22 ~ 05 ", [22, 23, 0, 1, 2, 3, 4, 5]), ("23-23", [23]), ("1,1,0-1", [1, 0]),
    ("5-4", [*range(5, 24), 0, 1, 2, 3, 4]),
])
def test_parse_hours(text, hours):
    assert parse_hours(text) == hours


@pytest.mark.parametrize("text", ["", "24", "22-", "night", "5-30", "22-5,", "-3", "2.5"])
def test_bad_hours_are_refused_with_a_sentence(text):
    with pytest.raises(NightPopulationError, match=r"cannot be read: write hours 0 to 23 as a range such as 22-5") \
            as caught:
        parse_hours(text)
    assert caught.value.kind == "hours" and isinstance(caught.value, ValueError)


def test_hours_label():
    assert hours_label(parse_hours("22-5")) == "22-5" and hours_label([0, 1, 5]) == "0-1,5" and hours_label([]) == ""


def test_detects_seoul_columns():
    header = ["기준일ID", "시간대구분", "격자ID", "X좌표", "Y좌표", "총생활인구수",
              *(f"{sex}{band}생활인구수" for sex in ("남자", "여자") for band in BANDS)]
    found = detect_columns(header)
    assert (found["date"], found["hour"], found["cell"], found["x"], found["y"]) == \
        ("기준일ID", "시간대구분", "격자ID", "X좌표", "Y좌표")
    assert found["counts"] == [f"여자{band}생활인구수" for band in BANDS]
    assert found["degrees"] is False and found["crs"] is None and found["note"] == ""
    assert detect_columns(header, r"^총생활인구수$")["counts"] == ["총생활인구수"]


def test_detects_longitude_latitude_as_wgs84_and_english_names():
    found = detect_columns(["STDR_DE_ID", "TMZON_PD_SE", "집계구코드", "경도", "위도", "TOT_LVPOP_CO",
                            "MALE_F0T9_LVPOP_CO", "FEMALE_F0T9_LVPOP_CO", "FEMALE_F70T74_LVPOP_CO"])
    assert (found["date"], found["hour"], found["cell"], found["x"], found["y"]) == \
        ("STDR_DE_ID", "TMZON_PD_SE", "집계구코드", "경도", "위도")
    assert found["counts"] == ["FEMALE_F0T9_LVPOP_CO", "FEMALE_F70T74_LVPOP_CO"]
    assert found["degrees"] is True and found["crs"] == "EPSG:4326" and "WGS 84" in found["note"]
    plain = detect_columns(["hour", "grid_id", "x", "y", "female"])
    assert (plain["hour"], plain["cell"], plain["x"], plain["y"], plain["date"]) == ("hour", "grid_id", "x", "y", None)


def test_missing_columns_are_named_with_the_columns_found():
    with pytest.raises(NightPopulationError) as caught:
        detect_columns(["기준일ID", "시간대구분", "격자ID", "X좌표", "Y좌표", "총생활인구수"])
    error = caught.value
    assert error.kind == "columns" and error.details["missing"] == ["counts"]
    assert f"has no count column matching “{DEFAULT_PATTERN}”" in str(error)
    assert "Its columns are: 기준일ID, 시간대구분, 격자ID, X좌표, Y좌표, 총생활인구수." in str(error)
    with pytest.raises(NightPopulationError, match=r"no hour column .*, no cell id column .*, no Y column") \
            as caught:
        detect_columns(["X좌표", "여자10세부터14세생활인구수"])
    assert caught.value.details["missing"] == ["hour", "cell", "y"]
    with pytest.raises(NightPopulationError, match="not a regular expression") as caught:
        detect_columns(HEADER, "여자(")
    assert caught.value.kind == "pattern"


def test_cell_polygons_are_squares_around_the_centres():
    polygons = cell_polygons([950025.0, 950075.0], [1950025.0, 1950025.0], 50)
    assert isinstance(polygons, np.ndarray) and len(polygons) == 2
    assert shapely.bounds(polygons).tolist() == [[950000, 1950000, 950050, 1950050], [950050, 1950000, 950100, 1950050]]
    assert shapely.area(polygons).tolist() == [2500.0, 2500.0]
    with pytest.raises(NightPopulationError, match="positive"):
        cell_polygons([0], [0], 0)


def test_a_file_without_count_columns_or_with_bad_csv(tmp_path):
    path = tmp_path / "no_counts_simulated.csv"
    write_csv(path, "cp949", header=[*HEADER[:7], "a", "b", "c"])
    with pytest.raises(NightPopulationError, match="count column") as caught:
        night_population_csv(path, [22])
    assert caught.value.kind == "columns"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(NightPopulationError, match="empty") as caught:
        night_population_csv(empty, [22])
    ragged = tmp_path / "ragged.csv"  # a quote never closed
    ragged.write_text('시간대구분,격자ID,X좌표,Y좌표,여자1생활인구수\n22,a,0,0,1\n22,"b,0,0,1\n', encoding="utf-8")
    with pytest.raises(NightPopulationError, match="cannot be read as CSV") as caught:
        night_population_csv(ragged, [22])
    assert caught.value.kind == "csv"
