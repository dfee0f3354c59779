"""The model's factor recipe applied to segments, and the graded columns it produces."""

from __future__ import annotations

from collections.abc import Iterator

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely import STRtree

from . import factors
from .grading import grade, main_factors
from .model import Feature, GradingModel
from .segment import segment_roads

GRADED_COLUMNS = ("risk", "grade", "factor_up", "up_rr", "factor_down", "down_rr")
# Decimals kept in the output (grades are cut from the unrounded risk): numbers an officer can read.
OUTPUT_DECIMALS = {"length_m": 3, "risk": 6, "up_rr": 4, "down_rr": 4, "pop_night": 3}


class FactorSource:
    """An input layer as arrays in the segments' metric CRS, with its spatial index built once.

    `values` (polygon values) drop the polygons that cannot give one, so the index covers only usable ones.
    """

    def __init__(self, geometries: np.ndarray, values: np.ndarray | None = None) -> None:
        geometries = np.asarray(geometries, dtype=object)
        if values is not None:
            geometries, values = factors.usable_polygons(geometries, values)
        else:
            geometries = geometries[~shapely.is_missing(geometries) & ~shapely.is_empty(geometries)]
        self.geometries, self.values = geometries, values
        self._tree: STRtree | None = None
        self._rectangle: np.ndarray | None = None

    @property
    def tree(self) -> STRtree:
        if self._tree is None:
            self._tree = STRtree(self.geometries)
        return self._tree

    @property
    def rectangle(self) -> np.ndarray:
        """Which polygons are axis-aligned rectangles (clipped arithmetically)."""
        if self._rectangle is None:
            self._rectangle = factors.is_rectangle(self.geometries)
        return self._rectangle


class SegmentIndex:
    """A chunk's segments and, built on first use, the tree over them that every point count of the chunk shares."""

    def __init__(self, segments: np.ndarray) -> None:
        self.geometries = factors.as_geometry_array(segments)
        self._tree: STRtree | None = None

    @property
    def tree(self) -> STRtree:
        if self._tree is None:
            self._tree = STRtree(self.geometries)
        return self._tree


def compute_factor(feature: Feature, segments: SegmentIndex | np.ndarray, source: FactorSource) -> np.ndarray:
    if not isinstance(segments, SegmentIndex):
        segments = SegmentIndex(segments)
    if feature.method == "count":
        return factors.count_within(segments.geometries, source.geometries, feature.distance,
                                    segment_tree=segments.tree)
    if feature.method == "nearest":
        return factors.nearest_distance(segments.geometries, source.geometries, tree=source.tree)
    if feature.method == "polygon":
        if source.values is None:
            raise ValueError(f"factor {feature.column} needs a value field on its polygons")
        return factors.polygon_value(segments.geometries, source.geometries, source.values, tree=source.tree,
                                     rectangle=source.rectangle)
    raise ValueError(f"unknown factor method {feature.method!r}")


def model_factors(segments: np.ndarray, sources: dict[str, FactorSource], model: GradingModel
                  ) -> dict[str, np.ndarray]:
    """Every factor column of the model whose source layer was given.

    One factor after another, on purpose. Computed in threads over the same segment geometries (four
    predicate queries at once), the chunked-equals-whole test failed twice in about twenty suite runs, once
    with a NULL population on a segment that has one. Not reproduced in isolation; shared GEOS objects
    across threads are the suspect, and correctness is worth the 0.6 s it saved at 230,000 segments.
    """
    index = SegmentIndex(segments)
    return {f.column: compute_factor(f, index, sources[f.source]) for f in model.features if f.source in sources}


def written_columns(model: GradingModel) -> tuple[str, ...]:
    """The columns grading adds to the segments: the model's factors and the graded columns."""
    return (*(f.column for f in model.features), *GRADED_COLUMNS)


def graded_columns(columns: dict[str, np.ndarray], n: int, model: GradingModel) -> tuple[pd.DataFrame, dict[str, int]]:
    """risk, grade, the main raising/lowering factor and their relative-risk multipliers."""
    prediction = model.predict(columns, n)
    up, up_rr, down, down_rr = main_factors(prediction.contributions, [f.column for f in model.features])
    frame = pd.DataFrame({
        "risk": prediction.risk,
        "grade": grade(prediction.risk, model.thresholds),
        "factor_up": pd.array(up, dtype="string"),
        "up_rr": up_rr,
        "factor_down": pd.array(down, dtype="string"),
        "down_rr": down_rr,
    })
    return frame, prediction.filled


def grade_segments(segments: gpd.GeoDataFrame, model: GradingModel) -> tuple[gpd.GeoDataFrame, dict[str, int]]:
    """Segments carrying the model's factor columns -> the same with the graded columns (replaced if present)."""
    columns = {f.column: segments[f.column].to_numpy(dtype=float, na_value=np.nan)
               for f in model.features if f.column in segments.columns}
    graded, filled = graded_columns(columns, len(segments), model)
    base = segments.drop(columns=[c for c in GRADED_COLUMNS if c in segments.columns])
    out = pd.concat([base.reset_index(drop=True), graded], axis=1)
    return gpd.GeoDataFrame(out, geometry=segments.geometry.name, crs=segments.crs), filled


def round_for_output(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Round the measured columns to OUTPUT_DECIMALS, in place: for writing, after grading."""
    for column, decimals in OUTPUT_DECIMALS.items():
        if column in frame.columns:
            frame[column] = frame[column].round(decimals)
    return frame


def road_chunks(roads: gpd.GeoDataFrame, length: float, max_segments: int) -> Iterator[slice]:
    """Consecutive slices of whole roads giving at most `max_segments` pieces each, plus one road's worth."""
    pieces = np.ceil(np.nan_to_num(roads.geometry.length.to_numpy()) / length) + 1  # an upper bound per road
    chunk_of_road = (np.cumsum(pieces) - 1) // max_segments
    edges = [0, *(np.flatnonzero(np.diff(chunk_of_road)) + 1).tolist(), len(roads)]
    for start, stop in zip(edges[:-1], edges[1:], strict=True):
        if stop > start:
            yield slice(start, stop)


def graded_segment_chunks(roads: gpd.GeoDataFrame, length: float, sources: dict[str, FactorSource],
                          model: GradingModel, max_segments: int = 500_000
                          ) -> Iterator[tuple[gpd.GeoDataFrame, dict[str, int]]]:
    """Segment, attach the model's factors and grade, one bounded chunk of roads at a time.

    The roads' index is their stable feature id. Each chunk is independent (the factor layers are whole and
    indexed once), so memory stays bounded by the chunk size and the result equals the unchunked one.
    """
    for part in road_chunks(roads, length, max_segments):
        chunk = roads.iloc[part]
        segments = segment_roads(chunk, length, road_fid=chunk.index.to_numpy(), reserved=written_columns(model))
        columns = model_factors(segments.geometry.values, sources, model)
        graded, filled = graded_columns(columns, len(segments), model)
        for column, values in columns.items():
            segments[column] = values
        for column in graded.columns:
            segments[column] = graded[column].array
        yield segments, filled
