"""Writing a graded layer: provenance stored with the data, and the five-class style applied on load."""

from __future__ import annotations

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface, QgsVectorLayer

from ..cartography.renderer import apply_grade_style
from ..i18n import tr
from ..log import warn

SIMULATED_MARKERS = ("simulated", "simulation", "synthetic", "모의", "가상")


def is_simulated(name: str) -> bool:
    lowered = name.lower()
    return any(marker in lowered for marker in SIMULATED_MARKERS)


def band_notes(shares, cut: str = "shares") -> dict[int, str]:
    """Legend notes from the real share of road length in each grade on this map; the model's stored thresholds
    (`cut` "model") say "here", as the shares are then this map's outcome, not its definition."""
    notes = {}
    for grade, share in enumerate(shares, start=1):
        percent = f"{100 * share:.1f}"
        if cut == "model":
            notes[grade] = tr("{p}% of road length here").format(p=percent)
        elif grade == 1:
            notes[grade] = tr("lowest risk, {p}% of road length").format(p=percent)
        elif grade == len(shares):
            notes[grade] = tr("highest risk, {p}% of road length").format(p=percent)
        else:
            notes[grade] = tr("{p}% of road length").format(p=percent)
    return notes


def input_record(inputs: dict[str, str], details: dict[str, str] | None = None,
                 prior: dict[str, str] | None = None) -> dict[str, str]:
    """Which layers went into a result, carried along from the metadata of an earlier CPTED output.

    `inputs` maps each role to its layer name; `details` adds counts and dates to a role's line.
    """
    details, prior = details or {}, prior or {}
    lines = [line for line in prior.get("cpted_inputs", "").split("; ") if line]
    lines += [f"{role}: {name}{f' ({details[role]})' if details.get(role) else ''}" for role, name in inputs.items()]
    simulated = [n for n in prior.get("cpted_simulated_inputs", "").split(", ") if n]
    simulated += [name for name in inputs.values() if is_simulated(name) and name not in simulated]
    return {"cpted_inputs": "; ".join(lines), "cpted_simulated_inputs": ", ".join(simulated)}


def provenance(model, inputs: dict[str, str], details: dict[str, str] | None = None,
               prior: dict[str, str] | None = None, not_given: list[str] | None = None,
               crs: str = "", plan=None, period=None) -> dict[str, str]:
    """Metadata stored with the graded layer and printed on the map: model, inputs, what is simulated, the
    model's factors no layer gave (`not_given`: counted as an average street everywhere), the CRS the
    lengths and distances were measured in (`crs`, named by its EPSG code), how grades were cut (`plan`, with the
    real shares of road length) and the period the incidents cover (`period`, a core.period.Period)."""
    record = input_record(inputs, details, prior)
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
        "cpted_model_simulated": "yes" if model.simulated else "no",
        "cpted_grade_shares": ",".join(f"{s:.6g}" for s in (plan.shares if plan is not None else [])),
        "cpted_grading": plan.cut if plan is not None else "",
        "cpted_model_period": model.period,
        "cpted_period": period.label() if period is not None else prior.get("cpted_period", "") if prior else "",
        "cpted_period_years": f"{period.years:.3f}" if period is not None else
        (prior.get("cpted_period_years", "") if prior else ""),
        "description": description,
        **record,
    }


def save_default_style(written, notes: dict[int, str], feedback=None) -> None:
    """Store the grade style with the output so it opens styled anywhere: inside a GeoPackage (as the written
    layer's default style, beside other layers' styles), as the <name>.qml QGIS reads beside any other file.

    Only for layers we have just written, whose old styles are gone: QGIS 3.22 hangs in saveStyleToDatabase when
    the GeoPackage already holds a style of the same name for the layer (seen here, headless).
    """
    from ..outputs import settle

    layer = QgsVectorLayer(written.uri, written.layer, "ogr")
    if not layer.isValid():
        return
    apply_grade_style(layer, notes)
    if written.path.suffix.lower() == ".gpkg":
        error = layer.saveStyleToDatabase("cpted_grades", tr("CPTED safety grades"), True, "")
    else:
        message, saved = layer.saveNamedStyle(str(written.path.with_suffix(".qml")))
        error = "" if saved else message
    if error and feedback is not None:  # the data are written; only opening it styled elsewhere is lost
        warn(feedback, tr("The grade style could not be stored with {file} ({error}): the layer is written, "
                          "but opens unstyled outside this run.").format(file=written.path.name, error=error))
    del layer  # closed before the file is settled
    settle(written)


class StyleGradesOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Styles the output layer when Processing adds it to the project."""

    instances: list[StyleGradesOnLoad] = []  # Processing keeps only a raw pointer: keep them alive

    def __init__(self, notes: dict[int, str], sheet: dict | None = None) -> None:
        super().__init__()
        self.notes = notes
        self.sheet = sheet

    def postProcessLayer(self, layer, context, feedback) -> None:
        if not isinstance(layer, QgsVectorLayer):
            return
        apply_grade_style(layer, self.notes)
        project = context.project()
        # Taken now: a layer held by this processor (areas) after QGIS exits would crash Python on its way out.
        sheet, self.sheet = self.sheet, None
        if sheet is None or project is None:
            return
        from .export_map import add_layout_to_project

        try:  # the layer is loaded and styled whatever happens to its layout
            layout = add_layout_to_project(project, layer, **sheet)
            if feedback is not None:
                feedback.pushInfo(tr("Layout “{name}” added to the project, with the layer in a group of that name: "
                                     "adjust it in the layout designer (Project › Layouts).").format(
                    name=layout.name()))
        except Exception as error:  # noqa: BLE001 (a layout is a convenience: never fail the loaded result)
            if feedback is not None:
                feedback.reportError(tr("The layout could not be added to the project: {error}").format(error=error),
                                     False)


def style_when_loaded(context: QgsProcessingContext, destination: str, notes: dict[int, str],
                      sheet: dict | None = None) -> None:
    """Style the output when Processing loads it into the project; with `sheet` (add_layout_to_project's keyword
    arguments) also add its layout and group."""
    if context.willLoadLayerOnCompletion(destination):
        processor = StyleGradesOnLoad(notes, sheet)
        StyleGradesOnLoad.instances.append(processor)
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)
