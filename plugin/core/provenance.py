"""What a model says it was built on: one technical line, stored in English in the model file and in a graded layer's
metadata ("Model local-poisson: Poisson regression on …"), and the plain line a printed sheet gives a resident in
the reader's language ("Model trained on local incidents: …"): the bundled model's and a trained model's are
recognised and said plainly; any other model's line is printed as stored."""

from __future__ import annotations

import re
from collections.abc import Callable

from .definitions import QT_TR_NOOP

# The bundled model's line in its file (models/build_model.py writes it), "{model}" its name and version.
BUNDLED_PROVENANCE = ("Model {model}: Poisson regression on incidents a year, fit on SIMULATED incidents (effects of "
                      "lights and CCTV taken from published meta-analyses), not on real crime data")
# A trained model's line in its file (cpted:trainmodel writes it); its family stays in the file and the report.
TRAINED_PROVENANCE = "Model {name}: Poisson regression on incidents a year, trained on {layer}{period}"
SIMULATED_INPUTS = QT_TR_NOOP("(SIMULATED inputs: {names})")
# What the sheet says instead: which model, in words a resident reads (no model family, no file name).
BUNDLED_ON_SHEET = QT_TR_NOOP("The plugin's bundled model (version {version}), fit on SIMULATED incidents (effects of "
                              "lights and CCTV taken from published meta-analyses), not on real crime data")
TRAINED_ON_SHEET = QT_TR_NOOP("Model trained on local incidents: {layer}{period}")
MODEL_UNKNOWN = QT_TR_NOOP("model unknown")
_TRAINED = re.compile(r"Model (?P<name>.+?): Poisson regression on incidents a year, trained on (?P<layer>.+?)"
                      r"(?: \((?P<period>\d{4}(?:-\d\d){0,2}(?: – \d{4}(?:-\d\d){0,2})?)\))?"
                      r"(?: \(SIMULATED inputs: (?P<names>.*)\))?")


def _with_simulated(text: str, simulated: list[str], translate: Callable[[str], str]) -> str:
    return text + " " + translate(SIMULATED_INPUTS).format(names=", ".join(simulated)) if simulated else text


def trained_provenance(name: str, layer: str, period: str, simulated: list[str]) -> str:
    """A trained model's line for its file and the graded layers' metadata, in English.

    Parameters
    ----------
    name
        The model's name.
    layer
        The incidents' layer it was trained on.
    period
        The incidents' period ("" when unknown).
    simulated
        The names of the simulated layers among its inputs.

    Returns
    -------
    str
        "Model local: Poisson regression on incidents a year, trained on crimes (2023-01-01 – 2024-12-31)".
    """
    text = TRAINED_PROVENANCE.format(name=name, layer=layer, period=" (" + period + ")" if period else "")
    return _with_simulated(text, simulated, str)


def model_provenance(metadata: dict[str, str], translate: Callable[[str], str] = str) -> str:
    """The model's line for a printed sheet, from a graded layer's metadata: the bundled or a trained model in plain
    words in the reader's language; another model's stored line as it is."""
    text = metadata.get("cpted_model_provenance") or metadata.get("cpted_model") or translate(MODEL_UNKNOWN)
    label = metadata.get("cpted_model", "")
    if label and text == BUNDLED_PROVENANCE.format(model=label):
        return translate(BUNDLED_ON_SHEET).format(version=label.rpartition(" ")[2])  # label: "<name> <version>"
    trained = _TRAINED.fullmatch(text)
    if trained:  # models trained by 0.2.0 stored this line in the language QGIS spoke then: printed as stored
        names = [n for n in (trained["names"] or "").split(", ") if n]
        period = " (" + trained["period"] + ")" if trained["period"] else ""
        return _with_simulated(translate(TRAINED_ON_SHEET).format(layer=trained["layer"], period=period), names,
                               translate)
    return text
