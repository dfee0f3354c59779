"""The model's factor recipe applied to segments, and the graded columns it produces."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from . import factors
from .grading import grade, main_factors
from .model import Feature, GradingModel

GRADED_COLUMNS = ("risk", "grade", "factor_up", "up_rr", "factor_down", "down_rr")


@dataclass
class FactorSource:
    """An input layer as arrays in the segments' metric CRS; `values` only for polygon values."""

    geometries: np.ndarray
    values: np.ndarray | None = None


def compute_factor(feature: Feature, segments: np.ndarray, source: FactorSource) -> np.ndarray:
    if feature.method == "count":
        return factors.count_within(segments, source.geometries, feature.distance)
    if feature.method == "nearest":
        return factors.nearest_distance(segments, source.geometries)
    if feature.method == "polygon":
        if source.values is None:
            raise ValueError(f"factor {feature.column} needs a value field on its polygons")
        return factors.polygon_value(segments, source.geometries, source.values)
    raise ValueError(f"unknown factor method {feature.method!r}")


def model_factors(segments: np.ndarray, sources: dict[str, FactorSource], model: GradingModel
                  ) -> dict[str, np.ndarray]:
    """Every factor column of the model whose source layer was given."""
    return {f.column: compute_factor(f, segments, sources[f.source]) for f in model.features if f.source in sources}


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
