"""Administrative areas on the printed map: their boundaries and names, drawn so that no reader takes a boundary for
a grade or for "no data", and every area named, so a reader finds their dong (동) before their street."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from ..compat import every_label, horizontal_label_placement
from ..core.area_fields import AreaFields, area_fields
from ..i18n import tr
from .labels import halo_text, label_field

# A purple dash-dot: none of the grades' blue-to-red colours, nor the grey of "no data", nor a street's solid line.
BOUNDARY_COLOUR = "#6a3d9a"
NAME_COLOUR = "#4a2a6e"
MANY_AREAS = 20  # more areas than this on one sheet: smaller names, so each fits in its own


def plain_value(value):
    """An attribute value as Python: None for NULL (QGIS gives a NULL QVariant)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def area_outlines(areas: QgsVectorLayer, crs, transform_context, field: str | None = None
                  ) -> tuple[list[str | None], list[QgsGeometry]]:
    """Every area's name in `field` as text (None for NULL; all None without a field) and outline in `crs`, in the
    layer's order: a few dozen features."""
    transform = QgsCoordinateTransform(areas.crs(), crs, transform_context)
    request = QgsFeatureRequest()
    if field:
        request.setSubsetOfAttributes([areas.fields().indexOf(field)])
    else:
        request.setNoAttributes()
    names, outlines = [], []
    for feature in areas.getFeatures(request):
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        value = plain_value(feature[field]) if field else None
        names.append(None if value is None else str(value))
        outlines.append(geometry)
    return names, outlines


def detected_area_fields(layer: QgsVectorLayer, wanted: str | None = None) -> AreaFields:
    """The fields holding the areas' names and codes (core/area_fields.py): `wanted` as the name field when it is
    one of the layer's (AreaFields(None, None) when it is not). Reads the attributes of every area: a few dozen."""
    names = layer.fields().names()
    if wanted and wanted not in names:
        return AreaFields(None, None)
    columns: dict[str, list] = {name: [] for name in names}
    for feature in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
        for name, value in zip(names, feature.attributes(), strict=True):
            columns[name].append(plain_value(value))
    return area_fields(columns, wanted)


def area_name_field(layer: QgsVectorLayer, wanted: str | None = None) -> str | None:
    """The field holding the areas' names: `wanted` when it is one of the layer's, else one found by its name or its
    values."""
    return detected_area_fields(layer, wanted).name


def areas_layer(areas: QgsVectorLayer, field: str | None, family: str) -> QgsVectorLayer:
    """A copy of `areas` drawn as purple dash-dot outlines, each named at its centre; with many areas the names are
    smaller, and none is left out where names would collide."""
    layer = areas.clone()
    layer.setName(tr("Areas"))
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "style": "no", "outline_color": BOUNDARY_COLOUR, "outline_width": "0.4", "outline_width_unit": "MM",
        "outline_style": "dash dot"})))
    if field:
        size = 7.0 if areas.featureCount() > MANY_AREAS else 9.0
        # a reader finds their dong before their street: where names collide, the dong's is kept, and every dong's
        # name is printed even where it must overlap another label
        label_field(layer, field, halo_text(family, size, NAME_COLOUR, 0.8, 230), horizontal_label_placement(),
                    priority=10, adjust=every_label)
    return layer
