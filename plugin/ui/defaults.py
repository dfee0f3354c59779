"""Which project layer fills which slot of the safety map dialog: by the layer's name and fields, never by chance.

QGIS fills an empty required layer slot with the first layer of the right geometry, which put a CCTV layer in the
crime slot. A slot gets a layer only when its name or fields say what it is (the role's patterns in
core/definitions.py); a required slot left unmatched is emptied by the launcher, and the run still refuses a layer
whose name says it belongs to another slot (processing/inputs.py).
"""

from __future__ import annotations

import re

from qgis.core import QgsProject, QgsVectorLayer, QgsWkbTypes

from ..core.definitions import ROLES, Role

GEOMETRY = {"point": QgsWkbTypes.PointGeometry, "line": QgsWkbTypes.LineGeometry,
            "polygon": QgsWkbTypes.PolygonGeometry}


def _matches(layer: QgsVectorLayer, role: Role) -> int:
    """2 when the layer's name says the role, 1 when only a field does, 0 otherwise."""
    if re.search(role.name_pattern, layer.name().lower()):
        return 2
    fields = " ".join(layer.fields().names()).lower()
    return 1 if re.search(role.field_pattern, fields) else 0


def suggested_inputs(project: QgsProject) -> dict[str, str]:
    """{slot: layer id} for the slots a project layer clearly fills; each layer in one slot at most."""
    layers = [layer for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)
              and layer.isValid()]
    chosen: dict[str, str] = {}
    used: set[str] = set()
    for role in ROLES:
        candidates = [(_matches(layer, role), layer) for layer in layers
                      if layer.geometryType() == GEOMETRY[role.geometry] and layer.id() not in used]
        candidates = [(score, layer) for score, layer in candidates if score]
        if candidates:
            best = max(candidates, key=lambda pair: pair[0])[1]
            chosen[role.parameter] = best.id()
            used.add(best.id())
    return chosen
