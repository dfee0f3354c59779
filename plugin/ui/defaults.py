"""Which project layer fills which slot of the safety map dialog: by the layer's name and fields, never by chance.

QGIS fills an empty required layer slot with the first layer of the right geometry, which put a CCTV layer in the
crime slot. A slot gets a layer only when its name or fields say what it is; a required slot left unmatched is
emptied by the launcher, and the run still refuses a layer whose name says it belongs to another slot.
"""

from __future__ import annotations

import re

from qgis.core import QgsProject, QgsVectorLayer, QgsWkbTypes

# slot, geometry, name patterns (lower case), field patterns
ROLES = (
    ("ROADS", QgsWkbTypes.LineGeometry, r"road|street|도로|가로|링크|link|centerline|중심선", r"도로명|rn|road_?name"),
    ("CRIMES", QgsWkbTypes.PointGeometry, r"crime|incident|offen[cs]e|범죄|사건|발생|112|신고",
     r"발생일시|발생일자|범죄"),
    ("POPULATION", QgsWkbTypes.PolygonGeometry, r"population|pop|인구|생활인구|유동", r"pop_night|생활인구|인구"),
    ("LIGHTS", QgsWkbTypes.PointGeometry, r"light|lamp|가로등|보안등|조명", r"가로등|보안등|lamp"),
    ("CCTV", QgsWkbTypes.PointGeometry, r"cctv|camera|카메라|방범", r"카메라|cctv"),
    ("BELLS", QgsWkbTypes.PointGeometry, r"bell|emergency|비상벨|안심벨|sos", r"비상벨"),
)


def _matches(layer: QgsVectorLayer, name_pattern: str, field_pattern: str) -> int:
    """2 when the layer's name says the role, 1 when only a field does, 0 otherwise."""
    if re.search(name_pattern, layer.name().lower()):
        return 2
    fields = " ".join(layer.fields().names()).lower()
    return 1 if re.search(field_pattern, fields) else 0


def other_role(name: str, slot: str) -> str | None:
    """The slot a layer's name says it belongs to when that is not `slot` (a CCTV layer given as CRIMES), else
    None. A name that also says `slot` (crimes_near_cctv) belongs to it."""
    lowered = name.lower()
    patterns = {role: pattern for role, _geometry, pattern, _fields in ROLES}
    if re.search(patterns[slot], lowered):
        return None
    return next((role for role, pattern in patterns.items() if role != slot and re.search(pattern, lowered)), None)


def suggested_inputs(project: QgsProject) -> dict[str, str]:
    """{slot: layer id} for the slots a project layer clearly fills; each layer in one slot at most."""
    layers = [layer for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)
              and layer.isValid()]
    chosen: dict[str, str] = {}
    used: set[str] = set()
    for slot, geometry, name_pattern, field_pattern in ROLES:
        candidates = [(_matches(layer, name_pattern, field_pattern), layer) for layer in layers
                      if layer.geometryType() == geometry and layer.id() not in used]
        candidates = [(score, layer) for score, layer in candidates if score]
        if candidates:
            best = max(candidates, key=lambda pair: pair[0])[1]
            chosen[slot] = best.id()
            used.add(best.id())
    return chosen
