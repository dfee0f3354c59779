"""Speed never costs correctness: our segments and counts equal QGIS's own split + buffer + count chain."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pyogrio
import shapely

from .helpers import SAMPLE


def test_pieces_and_counts_equal_qgis_native_chain(run, tmp_path):
    import processing

    roads, crimes = f"{SAMPLE}|layername=roads", f"{SAMPLE}|layername=crimes_simulated"
    split = processing.run("native:splitlinesbylength", {"INPUT": roads, "LENGTH": 10,
                                                         "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    # The sample's roads are MultiLineStrings: QGIS keeps each road's pieces in one multi feature.
    split = processing.run("native:multiparttosingleparts", {"INPUT": split, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    buffered = processing.run("native:buffer", {"INPUT": split, "DISTANCE": 50, "SEGMENTS": 64,
                                                "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    # In memory: written to a GeoPackage, pieces whose copied "fid" repeats would be silently dropped.
    counted = processing.run("native:countpointsinpolygon", {"POLYGONS": buffered, "POINTS": crimes,
                                                             "FIELD": "n", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    # Buffer and count keep the split layer's order: its pieces are the segments QGIS counted for.
    pieces = [shapely.from_wkb(bytes(f.geometry().asWkb())) for f in split.getFeatures()]
    theirs = gpd.GeoDataFrame({"osm_id": [f["osm_id"] for f in counted.getFeatures()],
                               "n": [f["n"] for f in counted.getFeatures()]}, geometry=pieces)
    seg = run("cpted:segmentroads", {"INPUT": roads, "LENGTH": 10, "OUTPUT": str(tmp_path / "seg.gpkg")})[0]
    ours = pyogrio.read_dataframe(run("cpted:attachfactors", {
        "INPUT": seg["OUTPUT"], "FACTOR_LAYER": crimes, "METHOD": 0, "DISTANCE": 50, "NAME": "n",
        "OUTPUT": str(tmp_path / "ours.gpkg")})[0]["OUTPUT"])
    assert len(ours) == len(theirs) > 7000

    # The same pieces: match each QGIS piece to ours by its road and its first and last points (to 1 mm).
    def keys(frame):
        start = shapely.get_coordinates(shapely.get_point(frame.geometry.values, 0))
        end = shapely.get_coordinates(shapely.get_point(frame.geometry.values, -1))
        return [(o, *np.round(a, 3), *np.round(b, 3)) for o, a, b in zip(frame["osm_id"], start, end, strict=True)]

    their_count = dict(zip(keys(theirs), theirs["n"], strict=True))
    our_count = dict(zip(keys(ours), ours["n"], strict=True))
    assert set(their_count) == set(our_count)

    # A 64-segment buffer differs from the true distance by < 1 cm: leave out pieces with a point that close to 50 m.
    points = pyogrio.read_dataframe(SAMPLE, layer="crimes_simulated").geometry.values
    pairs = shapely.STRtree(points).query(ours.geometry.values, predicate="dwithin", distance=50.01)
    gap = np.abs(shapely.distance(ours.geometry.values[pairs[0]], points[pairs[1]]) - 50)
    our_keys = keys(ours)
    borderline = {our_keys[i] for i in pairs[0][gap < 0.01]}
    compared = [k for k in our_count if k not in borderline]
    assert len(compared) > 0.99 * len(our_count)
    assert all(our_count[k] == their_count[k] for k in compared)
    assert sum(our_count.values()) > 1000  # the comparison covers real counts, not only zeros
