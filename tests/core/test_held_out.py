"""core.held_out: what the sheet says about how a model did on incidents it never saw."""

from __future__ import annotations

import json

from cpted_safety_map.plugin.core.held_out import (
    AS_WELL_OR_BETTER,
    BEATS,
    NOT_CHECKED,
    SIMULATED_WORLDS,
    held_out_check,
    printed,
    stored,
)
from cpted_safety_map.plugin.core.model import DEFAULT_MODEL


def rows(model: float, prior: float, kernel: float) -> dict:
    return {"method": "spatial", "rows": [
        {"name": "Poisson regression", "kind": "model", "chosen": True, "pai": [20.0, model, 4.0]},
        {"name": "Gradient boosting (Poisson loss)", "kind": "model", "chosen": False, "pai": [30.0, 99.0, 5.0]},
        {"name": "Prior incidents within 50 m", "kind": "baseline", "chosen": False, "pai": [22.5, prior, 4.1]},
        {"name": "Kernel density, 100 m", "kind": "baseline", "chosen": False, "pai": [21.7, kernel, None]}]}


def test_a_model_that_loses_to_the_prior_count_says_a_simple_ranking_did_as_well_or_better():
    """Mesa's numbers (issue 18): the model 6.48, the prior count 7.14, kernel density 6.98 at 5 %."""
    sentence = held_out_check(rows(6.48, 7.14, 6.98))
    assert sentence == (AS_WELL_OR_BETTER, {"method": "spatial blocks", "model": 6.48, "best": 7.14,
                                            "baseline": "Prior incidents within 50 m"})
    assert printed(stored(sentence)) == ("Held-out check (spatial blocks): PAI at 5% of road length 6.48; a simple "
                                         "ranking (prior incidents within 50 m) did as well or better: 7.14.")


def test_within_two_percent_is_as_well_and_beyond_is_beating():
    assert held_out_check(rows(7.20, 7.14, 6.0))[0] == AS_WELL_OR_BETTER  # +0.8 %
    beats = held_out_check(rows(9.17, 7.14, 7.50))
    assert beats[0] == BEATS and beats[1]["best"] == 7.50 and beats[1]["baseline"] == "Kernel density, 100 m"
    assert printed(stored(beats)).endswith("9.17; the best simple ranking (kernel density, 100 m) 7.50.")


def test_the_bundled_models_simulated_worlds_are_named_simulated():
    validation = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))["validation"]
    template, values = held_out_check(validation)
    assert template == SIMULATED_WORLDS and values["n"] == len(validation["seeds"])
    assert values["model"] == sum(validation["pai_top5_model"]) / values["n"]
    assert values["best"] == sum(validation["pai_top5_prior_count"]) / values["n"]


def test_a_model_file_without_a_check_says_it_is_not_known():
    for validation in (None, {}, {"rows": []}, {"rows": "x"}, {"method": "spatial", "rows": [{"chosen": True}]},
                       {"pai_top5_model": [1.0], "pai_top5_prior_count": [float("nan")]}):
        assert held_out_check(validation) == (NOT_CHECKED, {}), validation


def test_only_our_own_templates_are_ever_printed_from_a_layers_metadata():
    """A graded layer's metadata is data: a crafted template must not be formatted (format strings can reach
    attributes), nor garbage printed."""
    assert printed(json.dumps({"template": "{values.__class__}", "values": {}})) == ""
    assert printed("not json") == "" and printed(json.dumps({"template": BEATS})) == ""
    assert printed(json.dumps({"template": BEATS, "values": {"model": 1.0}})) == ""  # missing values
