"""Street names on the printed map: what residents find their street by.

The graded segments keep their road's attributes; a road name field (도로명, RN, name…) is found by its name and the
segments of one street are merged before labelling, so each street is named once per stretch, not every 10 m.
"""

from __future__ import annotations

from qgis.core import QgsNullSymbolRenderer, QgsVectorLayer

from ..compat import line_label_placement
from ..i18n import tr
from .labels import find_field, halo_text, label_field

# Lower case, most specific first: Korean road-section data (도로명, RN), then OpenStreetMap and others.
NAME_FIELDS = ("도로명", "도로명칭", "rn", "rn_nm", "road_nm", "road_name", "roadname", "rd_nm", "street", "name",
               "도로구간명", "name_ko")


def name_field(layer: QgsVectorLayer, wanted: str | None = None) -> str | None:
    """The field holding street names: `wanted` when it is one of the layer's, else the first of NAME_FIELDS."""
    return find_field(layer, NAME_FIELDS, wanted)


def street_names_layer(graded: QgsVectorLayer, field: str, family: str, scale: float = 1.0) -> QgsVectorLayer:
    """A copy of `graded` drawing nothing but its street names: dark grey on a white halo, along the line."""
    layer = graded.clone()
    layer.setName(tr("Street names"))
    layer.setRenderer(QgsNullSymbolRenderer())
    label_field(layer, field, halo_text(family, 6.5 * scale, "#303030", 0.6 * scale, 230), line_label_placement(),
                merge_lines=True)
    return layer
