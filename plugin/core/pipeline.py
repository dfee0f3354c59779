"""The model's factor recipe applied to segments, and the graded columns it produces."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely import STRtree

from . import factors, point_pairs
from .definitions import (
    CHUNK_SEGMENTS,
    CHUNK_WORKERS,
    DEFAULT_SHARES,
    EXPECTED_FIELD,
    GRADED_COLUMNS,
    GRADING_CUTS,
    OBSERVED_ON_SEGMENT,
    ON_SEGMENT_M,
)
from .explain import explanations
from .grading import grade, length_shares, share_thresholds
from .model import Feature, GradingModel
from .segment import segment_roads

# Decimals kept in the output (grades are cut from the unrounded risk): numbers an officer can read.
OUTPUT_DECIMALS = {"length_m": 3, "risk": 6, EXPECTED_FIELD: 6, "up_rr": 4, "up2_rr": 4, "down_rr": 4, "down2_rr": 4,
                   "pop_night": 3}
KEEP_SEGMENTS = 1_000_000  # up to this many, pass 1's pieces are kept for pass 2 (about 0.5 KiB each) instead of cut
# again: cutting 230,000 pieces twice cost 0.44 s


class FactorSource:
    """An input layer as arrays in the segments' metric CRS, with its spatial index built once.

    `values` (polygon values) drop the polygons that cannot give one, so the index covers only usable ones.
    """

    def __init__(self, geometries: np.ndarray, values: np.ndarray | None = None, years: float | None = None,
                 weights: np.ndarray | None = None) -> None:
        """`years`: the period the layer covers, which per-year factors divide their counts by (None: unknown,
        counts are taken as one year's); `weights`: how many each feature stands for (cameras at a site), summed
        by counts; None counts each as 1."""
        self.years = years
        geometries = np.asarray(geometries, dtype=object)
        if values is not None:
            geometries, values = factors.usable_polygons(geometries, values)
        else:
            usable = ~shapely.is_missing(geometries) & ~shapely.is_empty(geometries)
            geometries = geometries[usable]
            weights = np.asarray(weights, dtype=float)[usable] if weights is not None else None
        self.geometries, self.values, self.weights = geometries, values, weights
        self.road_keys: np.ndarray | None = None  # each feature's nearest road, once assign_roads has run
        self._tree: STRtree | None = None
        self._rectangle: np.ndarray | None = None

    def assign_roads(self, roads: np.ndarray, keys: np.ndarray, workers: int = CHUNK_WORKERS) -> None:
        """Put each feature on its nearest road of the whole layer (the "snap" factors of chunks count by it): the
        features in `workers` parts, each in a thread (GEOS measures without Python's lock: 0.27 s -> 0.14 s for
        44,000 incidents on two cores)."""
        roads = factors.as_geometry_array(roads)
        tree = factors.shared_tree(roads)
        parts = np.array_split(np.arange(len(self.geometries)), max(1, workers))
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            found = list(pool.map(lambda part: factors.nearest_keys(roads, keys, self.geometries[part], ON_SEGMENT_M,
                                                                   tree), parts))
        self.road_keys = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)

    @property
    def tree(self) -> STRtree:
        if self._tree is None:
            self._tree = factors.shared_tree(self.geometries)  # the chunks' threads share it
        return self._tree

    @property
    def rectangle(self) -> np.ndarray:
        """Which polygons are axis-aligned rectangles (clipped arithmetically)."""
        if self._rectangle is None:
            self._rectangle = factors.is_rectangle(self.geometries)
        return self._rectangle


class SegmentIndex:
    """A chunk's segments and, built on first use, the tree over them that every point count of the chunk shares."""

    def __init__(self, segments: np.ndarray, keys: np.ndarray | None = None) -> None:
        """`keys`: each segment's road (its feature id), when the segments are a chunk of a larger layer."""
        self.geometries = factors.as_geometry_array(segments)
        self.keys = keys
        self._tree: STRtree | None = None
        self._vertices: point_pairs.SegmentVertices | None = None

    @property
    def tree(self) -> STRtree:
        if self._tree is None:
            self._tree = STRtree(self.geometries)
        return self._tree

    @property
    def vertices(self) -> point_pairs.SegmentVertices:
        if self._vertices is None:
            self._vertices = point_pairs.SegmentVertices.of(self.geometries)
        return self._vertices


def compute_factor(feature: Feature, segments: SegmentIndex | np.ndarray, source: FactorSource) -> np.ndarray:
    if not isinstance(segments, SegmentIndex):
        segments = SegmentIndex(segments)
    if feature.method == "count":
        counts = factors.count_within(segments.geometries, source.geometries, feature.distance, source.weights,
                                      segment_tree=segments.tree)
        return counts / source.years if feature.per_year and source.years else counts
    if feature.method == "snap":
        counts = factors.snapped_counts(segments.geometries, source.geometries, ON_SEGMENT_M, segments.keys,
                                        source.road_keys, segment_tree=segments.tree)
        return counts / source.years if feature.per_year and source.years else counts
    if feature.method == "nearest":
        return factors.nearest_distance(segments.geometries, source.geometries, tree=source.tree)
    if feature.method == "polygon":
        if source.values is None:
            raise ValueError(f"factor {feature.column} needs a value field on its polygons")
        return factors.polygon_value(segments.geometries, source.geometries, source.values, tree=source.tree,
                                     rectangle=source.rectangle)
    raise ValueError(f"unknown factor method {feature.method!r}")


def model_factors(segments: np.ndarray, sources: dict[str, FactorSource], model: GradingModel,
                  keys: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """Every factor column of the model whose source layer was given (`sources` keyed by Feature.source); `keys`:
    each segment's road, when they are a chunk (see SegmentIndex).

    A point layer's counts, snapped counts and nearest distances are read off one pass over its point-segment pairs
    (point_pairs.py); other factors one after another. One chunk's factors are not computed in threads: in threads
    over the same segment geometries, the chunked-equals-whole test failed twice in about twenty suite runs (shared
    GEOS objects are the suspect). Chunks are, each with segments of its own (ChunkedGrading.measure).
    """
    found = grouped_factors(model.features, SegmentIndex(segments, keys), sources)
    return {f.column: found[f.column] for f in model.features if f.column in found}


def grouped_factors(features: list[Feature], index: SegmentIndex, sources: dict[str, FactorSource]
                    ) -> dict[str, np.ndarray]:
    """The factors whose source layer was given, by column, each layer's together (layer_factors)."""
    found: dict[str, np.ndarray] = {}
    for source_key in dict.fromkeys(f.source for f in features if f.source in sources):
        found.update(layer_factors([f for f in features if f.source == source_key], index, sources[source_key]))
    return found


PAIR_METHODS = ("count", "snap", "nearest")


def layer_factors(features: list[Feature], index: SegmentIndex, source: FactorSource,
                  heard: Callable[[], None] | None = None) -> dict[str, np.ndarray]:
    """The factors of one layer, by column: a point layer's counts, snapped counts and nearest distances from one
    pass over its pairs (paired_factors, calling `heard` after each batch of them: it may raise to cancel), other
    factors one after another."""
    if all(f.method in PAIR_METHODS for f in features) and point_pairs.applies(index.geometries, source.geometries):
        return paired_factors(features, index, source, heard)
    return {f.column: compute_factor(f, index, source) for f in features}


def paired_factors(features: list[Feature], index: SegmentIndex, source: FactorSource,
                   heard: Callable[[], None] | None = None) -> dict[str, np.ndarray]:
    """One point layer's count, snap and nearest factors from one pass over its pairs (point_pairs.pair_factors);
    the segments with no point within the largest distance get their nearest from GEOS."""
    distances = sorted({f.distance for f in features if f.method == "count"})
    nearest = any(f.method == "nearest" for f in features)
    snap = ON_SEGMENT_M if any(f.method == "snap" for f in features) else None
    found = point_pairs.pair_factors(index.geometries, index.tree, source.geometries, distances, source.weights,
                                     nearest=nearest, snap=snap, segment_keys=index.keys,
                                     point_keys=source.road_keys if index.keys is not None else None,
                                     vertices=index.vertices, heard=heard)
    if nearest:
        far = np.flatnonzero(np.isnan(found.nearest))
        if len(far):
            found.nearest[far] = factors.nearest_distance(index.geometries[far], source.geometries,
                                                          tree=source.tree)
    columns = {}
    for feature in features:
        if feature.method == "count":
            values = found.counts[feature.distance]
        elif feature.method == "snap":
            values = found.snapped
        else:
            columns[feature.column] = found.nearest
            continue
        columns[feature.column] = values / source.years if feature.per_year and source.years else values
    return columns


@dataclass(frozen=True)
class GradingPlan:
    """How one map is graded, decided once from all of its segments."""

    cut: str                 # "shares" or "model"
    thresholds: np.ndarray   # risk cut points between grades 1|2 .. 4|5
    reference: np.ndarray    # transformed factor values of the street explanations compare with (the median)
    shares: np.ndarray       # real share of graded road length per grade 1..5 on this map
    per_risk: float = float("nan")  # expected incidents a year per unit of risk (calibrated_scale); NaN: unknown


def plan_grading(columns: dict[str, np.ndarray], lengths: np.ndarray, model: GradingModel,
                 cut: str = "shares", shares=DEFAULT_SHARES) -> GradingPlan:
    """Thresholds (this map's road-length shares, or the model's) and the median street, from every segment.

    Parameters
    ----------
    columns
        The model's raw factor values, by column name, one per segment.
    lengths
        The segments' lengths in metres.
    model
        The grading model.
    cut
        "shares" (the default): cut at this map's road-length shares; "model": at the thresholds the model stores.
    shares
        The share of road length in grades 1..5 when `cut` is "shares"; DEFAULT_SHARES by default.

    Returns
    -------
    GradingPlan
        The cut, the four risk thresholds, the median street's transformed factor values and the real share of
        graded road length in each grade.
    """
    if cut not in GRADING_CUTS:
        raise ValueError(f"cut must be one of {GRADING_CUTS}, got {cut!r}")
    n = len(lengths)
    risk = model.predict(columns, n).risk
    thresholds = share_thresholds(risk, lengths, shares) if cut == "shares" else model.thresholds
    real = length_shares(grade(risk, thresholds), lengths)
    return GradingPlan(cut, np.asarray(thresholds, dtype=float), model.median_reference(columns, n), real,
                       calibrated_scale(risk, columns.get(OBSERVED_ON_SEGMENT)))


def calibrated_scale(risk: np.ndarray, observed: np.ndarray | None) -> float:
    """Expected incidents a year per unit of risk: the incidents a year observed on the graded segments (each
    incident on its nearest segment, so counted once) over their summed risk. NaN without the observed counts, or
    with no risk to scale."""
    if observed is None:
        return float("nan")
    risk, observed = np.asarray(risk, dtype=float), np.asarray(observed, dtype=float)
    graded = np.isfinite(risk)
    total = float(risk[graded].sum())
    return float(np.nansum(observed[graded]) / total) if total > 0 else float("nan")


def written_columns(model: GradingModel) -> tuple[str, ...]:
    """The columns grading adds to the segments: the model's factors and the graded columns."""
    return (*(f.column for f in model.features), *GRADED_COLUMNS)


def graded_columns(columns: dict[str, np.ndarray], n: int, model: GradingModel, plan: GradingPlan,
                   translate: Callable[[str], str] = str) -> tuple[pd.DataFrame, dict[str, int]]:
    """risk, grade, and the two factors raising and the two lowering risk most, in words, with relative risks.

    Parameters
    ----------
    columns
        The model's raw factor values, by column name, one per segment.
    n
        The number of segments.
    model, plan
        The grading model, and the map's grading plan (plan_grading).
    translate
        tr for the officer's language; str (the default) for English.

    Returns
    -------
    tuple[pd.DataFrame, dict[str, int]]
        The GRADED_COLUMNS, n rows (risk relative to the training data's average segment and grade 1..5, NaN and
        NULL where a required factor is missing); and per optional factor column, how many missing values were
        set to the model's reference value.
    """
    prediction = model.predict(columns, n, reference=plan.reference)
    frame = pd.concat([
        pd.DataFrame({"risk": prediction.risk, "grade": grade(prediction.risk, plan.thresholds),
                      EXPECTED_FIELD: prediction.risk * plan.per_risk}),
        explanations(prediction.contributions, columns, model.features, translate, model.named),
    ], axis=1)
    return frame, prediction.filled


def factor_columns(segments: pd.DataFrame, model: GradingModel) -> dict[str, np.ndarray]:
    return {f.column: segments[f.column].to_numpy(dtype=float, na_value=np.nan)
            for f in model.features if f.column in segments.columns}


def grade_segments(segments: gpd.GeoDataFrame, model: GradingModel, cut: str = "shares",
                   translate: Callable[[str], str] = str) -> tuple[gpd.GeoDataFrame, dict[str, int], GradingPlan]:
    """Segments carrying the model's factor columns -> the same with the graded columns (replaced if present).

    Parameters
    ----------
    segments
        The segments with the model's factor columns; their length_m column, or their measured length, in metres.
    model
        The grading model.
    cut
        "shares" (the default): grades at DEFAULT_SHARES of this map's road length; "model": at the model's
        thresholds.
    translate
        tr for the officer's language; str (the default) for English.

    Returns
    -------
    tuple[gpd.GeoDataFrame, dict[str, int], GradingPlan]
        The graded segments (index reset), how many missing values of each optional factor were filled
        (graded_columns), and the grading plan.
    """
    columns = factor_columns(segments, model)
    plan = plan_grading(columns, segments_length(segments), model, cut)
    graded, filled = graded_columns(columns, len(segments), model, plan, translate)
    base = segments.drop(columns=[c for c in GRADED_COLUMNS if c in segments.columns])
    out = pd.concat([base.reset_index(drop=True), graded], axis=1)
    return gpd.GeoDataFrame(out, geometry=segments.geometry.name, crs=segments.crs), filled, plan


def segments_length(segments: gpd.GeoDataFrame) -> np.ndarray:
    """The segments' lengths in metres: their length_m column when they carry one, else measured."""
    if "length_m" in segments.columns:
        lengths = pd.to_numeric(segments["length_m"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        if not np.isnan(lengths).any():
            return lengths
    return segments.geometry.length.to_numpy()


def round_for_output(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Round the measured columns to OUTPUT_DECIMALS, in place: for writing, after grading."""
    for column, decimals in OUTPUT_DECIMALS.items():
        if column in frame.columns:
            frame[column] = frame[column].round(decimals)
    return frame


def road_chunks(roads: gpd.GeoDataFrame, length: float, max_segments: int, workers: int = 1) -> Iterator[slice]:
    """Consecutive slices of whole roads giving at most `max_segments` pieces each, plus one road's worth; with
    `workers`, as many slices as a multiple of them, of about equal size, so that no worker measures the last one
    while the others wait (230,000 segments: four of 58,000 on two threads, not 100,000, 100,000 and 30,000)."""
    pieces = np.ceil(np.nan_to_num(roads.geometry.length.to_numpy()) / length) + 1  # an upper bound per road
    total, workers = float(pieces.sum()), max(1, workers)
    rounds = max(1, int(np.ceil(total / (max(1, max_segments) * workers))))
    size = max(1.0, np.ceil(total / (rounds * workers)))
    chunk_of_road = (np.cumsum(pieces) - 1) // size
    edges = [0, *(np.flatnonzero(np.diff(chunk_of_road)) + 1).tolist(), len(roads)]
    for start, stop in zip(edges[:-1], edges[1:], strict=True):
        if stop > start:
            yield slice(start, stop)


class ChunkedGrading:
    """Segment, attach the model's factors and grade, one bounded chunk of roads at a time, in two passes.

    Grades by shares of the map's road length and explanations against its median street need every segment's
    factors first: pass 1 keeps only the factor values (a few numbers per segment), `plan` decides the grading,
    pass 2 cuts each chunk again (the same roads give the same pieces) and yields it graded. The roads' index is
    their stable feature id; the factor layers are whole and indexed once, so the result equals the unchunked one.
    """

    def __init__(self, roads: gpd.GeoDataFrame, length: float, sources: dict[str, FactorSource],
                 model: GradingModel, max_segments: int = CHUNK_SEGMENTS, workers: int = CHUNK_WORKERS) -> None:
        """`workers`: how many chunks `measure` takes at once (in threads), and the chunks a multiple of them."""
        self.roads, self.length, self.sources, self.model = roads, length, sources, model
        self.workers = workers
        self.parts = list(road_chunks(roads, length, max_segments, workers))
        # pass 1's pieces are kept for pass 2 rather than cut again when the whole map has at most KEEP_SEGMENTS
        # (counted from the roads' lengths, before cutting), or when there is one chunk (held for pass 2 anyway)
        self._keeps = len(self.parts) == 1 or \
            np.ceil(np.nan_to_num(roads.geometry.length.to_numpy()) / length).sum() <= KEEP_SEGMENTS
        self._columns: list[dict[str, np.ndarray]] = []
        self._lengths: list[np.ndarray] = []
        self._kept: list[gpd.GeoDataFrame] = []
        self.plan: GradingPlan | None = None
        for source in {f.source for f in model.features if f.method == "snap" and f.source in sources}:
            sources[source].assign_roads(roads.geometry.values, roads.index.to_numpy())

    def _segments(self, part: slice) -> gpd.GeoDataFrame:
        chunk = self.roads.iloc[part]
        return segment_roads(chunk, self.length, road_fid=chunk.index.to_numpy(),
                             reserved=written_columns(self.model))

    def measure(self, cut: str = "shares", progress: Callable[[float], None] | None = None) -> GradingPlan:
        """Pass 1: every chunk's factors; then the grading plan. `progress` gets the share done (and may raise to
        cancel). Up to `workers` chunks are measured at once, each in its own thread, and taken in order: the
        result does not depend on how many."""
        workers = self.workers
        self._share_safely()
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            running: deque = deque()
            parts = iter(self.parts)
            try:
                for done in range(len(self.parts)):
                    while len(running) < max(1, workers):
                        part = next(parts, None)
                        if part is None:
                            break
                        running.append(pool.submit(self._measure_chunk, part))
                    segments, columns = running.popleft().result()
                    self._columns.append(columns)
                    self._lengths.append(segments["length_m"].to_numpy())
                    if self._keeps:
                        self._kept.append(segments)
                    if progress is not None:
                        progress((done + 1) / len(self.parts))
            finally:
                for future in running:  # cancelled (or failed): the chunks not begun are not begun
                    future.cancel()
        lengths = np.concatenate(self._lengths) if self._lengths else np.zeros(0)
        columns = {c: np.concatenate([part[c] for part in self._columns])
                   for c in (self._columns[0] if self._columns else {})}
        self.plan = plan_grading(columns, lengths, self.model, cut)
        return self.plan

    def _measure_chunk(self, part: slice) -> tuple[gpd.GeoDataFrame, dict[str, np.ndarray]]:
        segments = self._segments(part)
        return segments, model_factors(segments.geometry.values, self.sources, self.model,
                                       segments["road_fid"].to_numpy())

    def _share_safely(self) -> None:
        """Build, before the threads start, what GEOS would otherwise cache lazily on the factor layers' shared
        geometries (their trees with every envelope, prepared forms): two threads filling one cache at once is a
        race. Each thread's segments are its own."""
        for source in self.sources.values():
            source.tree  # noqa: B018 (built for its side effect)
            shapely.prepare(source.geometries)
            if source.values is not None:
                source.rectangle  # noqa: B018

    @property
    def count(self) -> int:
        """Segments measured so far."""
        return int(sum(len(lengths) for lengths in self._lengths))

    def graded_chunks(self, translate: Callable[[str], str] = str
                      ) -> Iterator[tuple[gpd.GeoDataFrame, dict[str, int]]]:
        """Pass 2: each chunk cut again, with its factors, grades and explanations."""
        if self.plan is None:
            raise RuntimeError("measure() first")
        kept = len(self._kept) == len(self.parts)
        for i, (part, columns) in enumerate(zip(self.parts, self._columns, strict=True)):
            segments = self._kept[i] if kept else self._segments(part)
            graded, filled = graded_columns(columns, len(segments), self.model, self.plan, translate)
            for column, values in columns.items():
                segments[column] = values
            for column in graded.columns:
                segments[column] = graded[column].array
            if kept:
                self._kept[i] = None  # written by the caller before the next chunk: memory back
            yield segments, filled
