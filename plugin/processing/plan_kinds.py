"""cpted:planfacilities' settings for each kind of facility: KIND, RADIUS, EFFECT and COST read into the core's
Kinds, with a sentence naming the parameter when a value cannot be used."""

from __future__ import annotations

import math
import re

from qgis.core import QgsProcessingException

from ..core.definitions import FACILITY_KINDS, FacilityKind
from ..i18n import tr

MAX_RADIUS_M = 1000.0
# "21", "21%", "21 (8-36)", "21 (8–36) %": a share in percent and, in brackets, its interval
NUMBER = r"(\d+(?:\.\d+)?)\s*%?\s*"
EFFECT_PATTERN = re.compile(rf"^\s*{NUMBER}(?:\(\s*{NUMBER}[-–~]\s*{NUMBER}\))?\s*%?\s*$")


def per_kind(text: str, kinds: list[FacilityKind], param: str, commas: bool = False) -> list[str | None]:
    """`text` split into one value per kind (by ";", and by "," too with `commas`: not for costs, which may be
    written 300,000); None where it is empty. A single value serves every kind."""
    text = (text or "").strip()
    if not text:
        return [None] * len(kinds)
    parts = [part.strip() for part in re.split(r"[;,]" if commas else ";", text)]
    if len(parts) == 1:
        return parts * len(kinds)
    if len(parts) != len(kinds):
        raise QgsProcessingException(tr("{param} gives {n} values for {k} kinds of facility ({kinds}): give one "
                                        "value, or one per kind in that order.").format(
            param=param, n=len(parts), k=len(kinds), kinds=", ".join(tr(kind.option) for kind in kinds)))
    return [part or None for part in parts]


def radius_of(text: str | None, kind: FacilityKind) -> float:
    if text is None:
        return kind.radius
    try:
        value = float(text.replace("m", "").strip())
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0 or value > MAX_RADIUS_M:
        raise QgsProcessingException(tr("RADIUS “{value}” for {kind} is no distance between 0 and {most:g} m: give "
                                        "metres, e.g. {default:g}.").format(
            value=text, kind=tr(kind.option), most=MAX_RADIUS_M, default=kind.radius))
    return value


def effect_of(text: str | None, kind: FacilityKind) -> tuple[float | None, float | None, float | None]:
    """The share averted and its interval (0..1): the officer's, else the published default."""
    if text is None:
        return kind.effect, kind.low, kind.high
    found = EFFECT_PATTERN.match(text)
    values = [float(v) / 100 if v is not None else None for v in found.groups()] if found else []
    effect, low, high = values or (None, None, None)
    low, high = (low, high) if low is not None else (effect, effect)
    if effect is None or not (0 < effect < 1) or not (0 <= low <= effect <= high < 1):
        raise QgsProcessingException(tr("EFFECT “{value}” for {kind} is not a share averted in percent with its "
                                        "interval: give e.g. 21 (8-36), the share between 0 and 100 and inside "
                                        "its interval.").format(value=text, kind=tr(kind.option)))
    return effect, low, high


def cost_of(text: str | None, kind: FacilityKind) -> float:
    try:
        value = float((text or "").replace(",", "").strip())
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise QgsProcessingException(tr("COST “{value}” for {kind} is no cost above 0: with a BUDGET, give the cost "
                                        "of one site of each kind, in the budget's unit.").format(
            value=text or "", kind=tr(kind.option)))
    return value


def chosen_kinds(indices: list[int]) -> list[FacilityKind]:
    """KIND's options (indices into FACILITY_KINDS), each once, in their order; the first (streetlight) if none."""
    return [FACILITY_KINDS[i] for i in sorted(set(indices or [0])) if 0 <= i < len(FACILITY_KINDS)]
