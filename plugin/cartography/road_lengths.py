"""Road length per grade inside given polygons (areas, or the part of the map a sheet shows), read from a graded
layer in one pass: the numbers an atlas page or a zoomed sheet prints under its title."""

from __future__ import annotations

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsRectangle, QgsVectorLayer

from ..i18n import tr
from ..qgis_bridge import shapely_polygons
from .areas import plain_value


def graded_segments(graded: QgsVectorLayer, within: QgsRectangle | None = None, name_field: str | None = None):
    """(segments as shapely lines, grades with NaN for none, street names or None) of `graded`, read in one pass;
    `within`: only the segments touching this rectangle; `name_field`: the street name of each segment too."""
    import shapely  # optional, as is the core on it (dependencies.py): loaded when a sheet is printed

    fields = ["grade", *([name_field] if name_field else [])]
    request = QgsFeatureRequest().setSubsetOfAttributes([graded.fields().indexOf(field) for field in fields])
    if within is not None:
        request.setFilterRect(within)
    wkbs, grades, names = [], [], []
    for feature in graded.getFeatures(request):
        wkbs.append(bytes(feature.geometry().asWkb()))
        value = feature["grade"]
        grades.append(float(value) if value is not None and value == value else np.nan)
        if name_field:
            names.append(plain_value(feature[name_field]))
    return shapely.from_wkb(wkbs), np.array(grades, dtype=float), names if name_field else None


def grade_lengths(graded: QgsVectorLayer, polygons: list[QgsGeometry], within: QgsRectangle | None = None,
                  segments=None, placed=None):
    """Metres of road per polygon and grade, as core.area_lengths.AreaLengths: a row per polygon, one for segments
    in none, one for all. `polygons` are in the graded layer's CRS; a segment belongs to every polygon holding its
    midpoint. `within`: read only the segments touching this rectangle (the last two rows then count only those).
    `segments`: graded_segments' lines and grades, already read; `placed`: segments_in_polygons of them, already
    found."""
    import shapely

    from ..core.area_lengths import lengths_by_area

    lines, grades, _ = segments if segments is not None else graded_segments(graded, within)
    segment_index, area_index = placed if placed is not None else segments_in_polygons(lines, polygons)
    return lengths_by_area(segment_index, area_index, grades, shapely.length(lines), len(polygons))


def segments_in_polygons(lines, polygons: list[QgsGeometry]):
    """(segment index, polygon index) for every polygon holding a segment's midpoint."""

    from ..core.area_lengths import segments_in_areas

    shapes = shapely_polygons(polygons)
    return segments_in_areas(lines, shapes)


def grade_summary(row: np.ndarray) -> str:
    """'Road length per grade here: 1: 0.4 km (93%), …' for one row of grade_lengths."""
    graded = row[:5].sum()
    parts = [f"{g + 1}: {row[g] / 1000:.1f} km ({row[g] / graded:.0%})" for g in range(5)] if graded else []
    return tr("Road length per grade here: {parts}").format(parts=", ".join(parts) or tr("no graded road"))
