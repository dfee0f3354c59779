"""core.csv_table: inventories as data.go.kr publishes them, read as points, their encoding and coordinate columns
found by name."""

from __future__ import annotations

import codecs

import pytest

from cpted_safety_map.plugin.core.csv_table import (
    coordinate_columns,
    csv_points,
    detect_encoding,
    header,
    sniff_encoding,
)
from cpted_safety_map.plugin.core.errors import CsvError

LIGHTS = "보안등위치명,설치개수,위도,경도\n여의도 1,2,37.5251,126.9250\n여의도 2,1,,\n당산 3,1,37.5340,126.9020\n"


@pytest.mark.parametrize(("data", "expected", "named"), [
    (LIGHTS.encode("cp949"), "cp949", "CP949"),
    (LIGHTS.encode("utf-8"), "utf-8", "UTF-8"),
    (codecs.BOM_UTF8 + LIGHTS.encode("utf-8"), "utf-8-sig", "UTF-8"),
    (b"x,y\n1,2\n", "utf-8", "UTF-8"),
])
def test_the_encoding_is_decided_on_the_bytes(tmp_path, data, expected, named):
    path = tmp_path / "lights.csv"
    path.write_bytes(data)
    assert sniff_encoding(path) == expected
    assert detect_encoding(path) == named


def test_a_file_that_is_neither_utf8_nor_cp949_is_refused_with_its_kind(tmp_path):
    path = tmp_path / "lights.csv"
    path.write_bytes(b"name\n\xff\xfe\xfa\n")
    with pytest.raises(CsvError) as caught:
        detect_encoding(path)
    assert caught.value.kind == "encoding"


def test_latitude_and_longitude_come_before_projected_columns():
    assert coordinate_columns(["번호", "X좌표", "Y좌표", "위도", "경도"]) == ("경도", "위도", True)
    assert coordinate_columns(["번호", "X좌표", "Y좌표"]) == ("X좌표", "Y좌표", False)
    assert coordinate_columns(["id", " Longitude ", "Latitude"]) == (" Longitude ", "Latitude", True)


def test_a_file_without_coordinate_columns_says_which_columns_it_has():
    with pytest.raises(CsvError) as caught:
        coordinate_columns(["번호", "소재지도로명주소"])
    assert caught.value.kind == "columns" and caught.value.columns == ["번호", "소재지도로명주소"]


def test_rows_with_numbers_in_both_columns_become_points_and_the_rest_are_counted(tmp_path):
    path = tmp_path / "lights.csv"
    path.write_bytes(LIGHTS.encode("cp949"))
    names, delimiter = header(path, "CP949")
    assert names == ["보안등위치명", "설치개수", "위도", "경도"] and delimiter == ","
    frame, missing = csv_points(path, "CP949", delimiter, "경도", "위도", "EPSG:4326")
    assert missing == 1 and len(frame) == 2
    assert frame["보안등위치명"].tolist() == ["여의도 1", "당산 3"]
    assert frame.geometry.x.tolist() == [126.925, 126.902] and frame.geometry.y.tolist() == [37.5251, 37.534]
    assert frame.crs.to_epsg() == 4326 and "위도" not in frame.columns
