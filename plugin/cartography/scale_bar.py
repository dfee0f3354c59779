"""The scale bar in round steps (50, 100, 200, 500 m, 1, 2 km…), on a sheet and on every atlas page: QGIS's own
"fit width" makes steps like 0.07 km, which no reader measures a walk by."""

from __future__ import annotations

import math

from qgis.core import QgsLayoutItemScaleBar, QgsLayoutObject, QgsProperty, QgsScaleBarSettings, QgsUnitTypes

ROUND_MULTIPLES = (1.0, 2.0, 5.0)
KM_FROM_M = 1000.0  # steps of this many metres or more are written in km


def round_step(metres_per_mm: float, min_mm: float, max_mm: float) -> float:
    """The longest step of 1, 2 or 5 times a power of ten metres whose segment is at most `max_mm` long on paper (at
    `metres_per_mm`); the shortest one at least `min_mm` long when none fits under `max_mm`."""
    longest = max_mm * metres_per_mm
    power = 10.0 ** math.floor(math.log10(longest))
    steps = [multiple * power for multiple in ROUND_MULTIPLES] + [10 * power]
    fitting = [step for step in steps if step <= longest * (1 + 1e-9)]
    if fitting:
        return max(fitting)
    return min(step for step in steps if step >= min_mm * metres_per_mm)


def metres_per_map_unit(map_item) -> float | None:
    """Metres in one unit of the map's CRS; None for degrees (a step in metres has no fixed width there)."""
    units = map_item.crs().mapUnits()
    if units == QgsUnitTypes.DistanceDegrees or units == QgsUnitTypes.DistanceUnknownUnit:
        return None
    return QgsUnitTypes.fromUnitToUnitFactor(units, QgsUnitTypes.DistanceMeters)


def bar_step(bar: QgsLayoutItemScaleBar, metres_per_mm: float) -> float:
    """The round step in metres for `bar` on a map at `metres_per_mm`: the whole bar (all its segments) between its
    minimum and maximum width, as QGIS's own "fit width" reads them."""
    segments = max(bar.numberOfSegments() + bar.numberOfSegmentsLeft(), 1)
    return round_step(metres_per_mm, bar.minimumBarWidth() / segments, bar.maximumBarWidth() / segments)


def set_round_steps(bar: QgsLayoutItemScaleBar, metres_per_mm: float, in_km: bool | None = None) -> float:
    """Give `bar` a fixed round step for a map at `metres_per_mm` (in km when the step is 1 km or more, or when
    `in_km` says so); returns the step in metres."""
    step = bar_step(bar, metres_per_mm)
    km = step >= KM_FROM_M if in_km is None else in_km
    bar.applyDefaultSize(QgsUnitTypes.DistanceKilometers if km else QgsUnitTypes.DistanceMeters)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    bar.setUnitsPerSegment(step / KM_FROM_M if km else step)
    return step


def follow_page_steps(bar: QgsLayoutItemScaleBar, field: str) -> bool:
    """Take each atlas page's step (in the bar's units) from the coverage layer's `field`; False where QGIS cannot
    (before 3.24 a segment's size cannot be data-defined: the bar then keeps its first page's step)."""
    segment = getattr(QgsLayoutObject, "ScalebarSegmentWidth", None)
    if segment is None:
        return False
    properties = bar.dataDefinedProperties()
    properties.setProperty(segment, QgsProperty.fromExpression(f"attribute(@atlas_feature, '{field}')"))
    bar.setDataDefinedProperties(properties)
    return True
