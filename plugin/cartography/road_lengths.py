"""Road length per grade inside given polygons (areas, or the part of the map a sheet shows), read from a graded
layer in one pass: the numbers an atlas page or a zoomed sheet prints under its title."""

from __future__ import annotations

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsRectangle, QgsVectorLayer

from ..i18n import tr


def grade_lengths(graded: QgsVectorLayer, polygons: list[QgsGeometry], within: QgsRectangle | None = None):
    """Metres of road per polygon and grade, as core.area_lengths.AreaLengths: a row per polygon, one for segments
    in none, one for all. `polygons` are in the graded layer's CRS; a segment belongs to every polygon holding its
    midpoint. `within`: read only the segments touching this rectangle (the last two rows then count only those)."""
    import shapely  # optional, as is the core on it (dependencies.py): loaded when a sheet is printed

    from ..core.area_lengths import lengths_by_area, segments_in_areas

    request = QgsFeatureRequest().setSubsetOfAttributes([graded.fields().indexOf("grade")])
    if within is not None:
        request.setFilterRect(within)
    wkbs, grades = [], []
    for feature in graded.getFeatures(request):
        wkbs.append(bytes(feature.geometry().asWkb()))
        value = feature["grade"]
        grades.append(float(value) if value is not None and value == value else np.nan)
    segments = shapely.from_wkb(wkbs)
    shapes = shapely.make_valid(shapely.from_wkb([bytes(polygon.asWkb()) for polygon in polygons]))
    segment_index, area_index = segments_in_areas(segments, shapes)
    return lengths_by_area(segment_index, area_index, np.array(grades), shapely.length(segments), len(polygons))


def grade_summary(row: np.ndarray) -> str:
    """'Road length per grade here: 1: 0.4 km (93%), …' for one row of grade_lengths."""
    graded = row[:5].sum()
    parts = [f"{g + 1}: {row[g] / 1000:.1f} km ({row[g] / graded:.0%})" for g in range(5)] if graded else []
    return tr("Road length per grade here: {parts}").format(parts=", ".join(parts) or tr("no graded road"))
