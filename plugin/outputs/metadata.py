"""What a written layer says about itself: the record of model, inputs, period and what is simulated, stored in a
GeoPackage or beside any other file as <name>.cpted.json, and read back."""

from __future__ import annotations

import json
from pathlib import Path

from ..core.definitions import is_simulated
from ..core.held_out import stored
from ..core.said import dumps, loads
from ..i18n import tr
from .destinations import GEOPACKAGE, METADATA_SUFFIX


def metadata_sidecar(path: Path) -> Path:
    return path.with_name(path.stem + METADATA_SUFFIX)


def read_metadata(layer_source: str) -> dict[str, str]:
    """The metadata `write_frame` stored with a layer (in a GeoPackage, or beside another file); else empty."""
    import pyogrio  # optional (dependencies.py): the sheet's modules load without it

    path, _, options = layer_source.partition("|")
    layer = options.split("layername=", 1)[1].split("|")[0] if "layername=" in options else None
    if not path.lower().endswith(GEOPACKAGE):
        try:
            record = json.loads(metadata_sidecar(Path(path)).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in record.items()} if isinstance(record, dict) else {}
    if not Path(path).exists():
        return {}
    try:
        if layer is None:
            layer = next(name for name, _ in pyogrio.list_layers(path) if name != "layer_styles")
        return pyogrio.read_info(path, layer=layer).get("layer_metadata") or {}
    except Exception:  # an unreadable file simply has no CPTED metadata
        return {}


def input_record(inputs: dict[str, str], details: dict[str, str] | None = None,
                 prior: dict[str, str] | None = None, said: dict[str, tuple] | None = None) -> dict[str, str]:
    """Which layers went into a result, carried along from the metadata of an earlier CPTED output.

    `inputs` maps each line's label to its layer name; `details` adds counts and dates to a line. `said` gives the
    same lines as Saids (core/said.py: (label, details) by the same labels), stored in cpted_inputs_said so a sheet
    prints them in its reader's language; the prior's lines come along (a prior without Saids: as written).
    """
    details, prior, said = details or {}, prior or {}, said or {}
    lines = [line for line in prior.get("cpted_inputs", "").split("; ") if line]
    lines += [f"{role}: {name}{f' ({details[role]})' if details.get(role) else ''}" for role, name in inputs.items()]
    lines = list(dict.fromkeys(lines))  # one layer attached as several columns (crimes at 50 and 150 m) is one line
    stored = loads(prior.get("cpted_inputs_said"))
    if not isinstance(stored, list):
        stored = [[line, "", ""] for line in prior.get("cpted_inputs", "").split("; ") if line]
    for role, name in inputs.items():
        label, more = said.get(role, (role, details.get(role, "")))
        if [label, name, more] not in stored:
            stored.append([label, name, more])
    simulated = [n for n in prior.get("cpted_simulated_inputs", "").split(", ") if n]
    simulated += [name for name in inputs.values() if is_simulated(name) and name not in simulated]
    return {"cpted_inputs": "; ".join(lines), "cpted_inputs_said": dumps(stored),
            "cpted_simulated_inputs": ", ".join(simulated)}


def provenance(model, inputs: dict[str, str], details: dict[str, str] | None = None,
               prior: dict[str, str] | None = None, not_given: list[str] | None = None,
               crs: str = "", plan=None, period=None, chosen: dict[str, str] | None = None,
               said: dict[str, tuple] | None = None) -> dict[str, str]:
    """Metadata stored with the graded layer and printed on the map: model, inputs, what is simulated, the
    model's factors no layer gave (`not_given`: counted as an average street everywhere), the CRS the
    lengths and distances were measured in (`crs`, named by its EPSG code), how grades were cut (`plan`, with the
    real shares of road length), the period the incidents cover (`period`, a core.period.Period) and which incidents
    count (`chosen`: factor_layers.selection_record's cpted_crime_types and cpted_hours; else the prior's)."""
    record = input_record(inputs, details, prior, said)
    if crs:
        record["cpted_crs"] = crs
    if not_given:
        record["cpted_factors_not_given"] = ", ".join(not_given)
        sources = [f.source for f in model.features if f.column in not_given]
        record["cpted_sources_not_given"] = ", ".join(dict.fromkeys(sources))  # named in words on the sheet
    simulated = [tr("inputs {names}").format(names=record["cpted_simulated_inputs"])] \
        if record["cpted_simulated_inputs"] else []
    if model.simulated:
        simulated.append(tr("the model"))
    description = tr("CPTED safety grades 1 (safest) to 5 (least safe) by {model}.").format(model=model.label)
    if simulated:
        description += " " + tr("SIMULATED: {what}. Not for decisions.").format(what=", ".join(simulated))
    return {
        "cpted_model": model.label,
        "cpted_model_provenance": model.provenance,
        "cpted_model_held_out": stored(model.held_out),  # the sheet says how it did on incidents it never saw
        "cpted_model_simulated": "yes" if model.simulated else "no",
        "cpted_grade_shares": ",".join(f"{s:.6g}" for s in (plan.shares if plan is not None else [])),
        "cpted_grading": plan.cut if plan is not None else "",
        "cpted_model_period": model.period,
        "cpted_period": period.label() if period is not None else prior.get("cpted_period", "") if prior else "",
        "cpted_period_years": f"{period.years:.3f}" if period is not None else
        (prior.get("cpted_period_years", "") if prior else ""),
        **{key: (chosen or {}).get(key, prior.get(key, "") if prior else "")
           for key in ("cpted_crime_types", "cpted_hours")},
        "description": description,
        **record,
    }


def derived_record(prior: dict[str, str], names: list[str], **said: str) -> dict[str, str]:
    """The record of a layer made from a graded one (planned sites, ranked buildings): what it says (`said`), the
    graded layer's period and simulated model, and every simulated input: the graded layer's and those of `names`
    (the layers used) that say so by their name."""
    record = dict(said)
    for key in ("cpted_model_simulated", "cpted_period"):
        if prior.get(key):
            record[key] = prior[key]
    simulated = simulated_inputs(prior, names)
    if simulated:
        record["cpted_simulated_inputs"] = simulated
    return record


def simulated_inputs(prior: dict[str, str], names: list[str]) -> str:
    """The simulated inputs behind a layer made from a graded one: `names` that say so, then the graded layer's."""
    from ..core.definitions import is_simulated

    recorded = [name for name in prior.get("cpted_simulated_inputs", "").split(", ") if name]
    return ", ".join(dict.fromkeys([*(name for name in names if is_simulated(name)), *recorded]))
