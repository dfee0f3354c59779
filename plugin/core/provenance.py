"""What a model says it was built on: one line, stored in English in the model file and printed in the reader's
language (the bundled model's, and a trained model's, recognised and translated; any other printed as stored)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .definitions import QT_TR_NOOP

# The bundled model's line (models/build_model.py writes it into the model file).
BUNDLED_PROVENANCE = QT_TR_NOOP("Model {model}: Poisson regression on incidents a year, fit on SIMULATED incidents "
                                "(effects of lights and CCTV taken from published meta-analyses), not on real crime "
                                "data")
# A trained model's line (cpted:trainmodel writes it).
TRAINED_PROVENANCE = QT_TR_NOOP("Model {name}: Poisson regression on incidents a year, trained on {layer}{period}")
SIMULATED_INPUTS = QT_TR_NOOP("(SIMULATED inputs: {names})")
MODEL_UNKNOWN = QT_TR_NOOP("model unknown")
_TRAINED = re.compile(r"Model (?P<name>.+?): Poisson regression on incidents a year, trained on (?P<layer>.+?)"
                      r"(?: \((?P<period>\d{4}(?:-\d\d){0,2}(?: – \d{4}(?:-\d\d){0,2})?)\))?"
                      r"(?: \(SIMULATED inputs: (?P<names>.*)\))?")


def trained_provenance(name: str, layer: str, period: str, simulated: list[str],
                       translate: Callable[[str], str] = str) -> str:
    """One line on what a trained model was built on; `translate` tr for the officer's language, str for the file.

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
    translate
        tr for the officer's language; str (the default) for the English line the model file keeps.

    Returns
    -------
    str
        "Model local: Poisson regression on incidents a year, trained on crimes (2023-01-01 – 2024-12-31)".
    """
    text = translate(TRAINED_PROVENANCE).format(name=name, layer=layer, period=" (" + period + ")" if period else "")
    if simulated:
        text += " " + translate(SIMULATED_INPUTS).format(names=", ".join(simulated))
    return text


def model_provenance(metadata: dict[str, str], translate: Callable[[str], str] = str) -> str:
    """The model's line for a printed sheet, from a graded layer's metadata, in the reader's language when it is one
    of ours (bundled or trained)."""
    text = metadata.get("cpted_model_provenance") or metadata.get("cpted_model") or translate(MODEL_UNKNOWN)
    label = metadata.get("cpted_model", "")
    if text == BUNDLED_PROVENANCE.format(model=label):
        return translate(BUNDLED_PROVENANCE).format(model=label)
    trained = _TRAINED.fullmatch(text)
    if trained:  # models trained by 0.2.0 stored this line in the language QGIS spoke then: printed as stored
        names = [n for n in (trained["names"] or "").split(", ") if n]
        return trained_provenance(trained["name"], trained["layer"], trained["period"] or "", names, translate)
    return text
