"""Every case of bad_inputs.py through the real algorithm: the message, inputs unchanged, no partial file left."""

from __future__ import annotations

import re

import pytest

from .bad_inputs import CASES, OUT, Case, matching, run_case


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input(plugin, tmp_path, case: Case):
    outcome = run_case(case, tmp_path / case.id)

    if case.refused:
        assert outcome.error is not None, f"not refused; said: {outcome.messages}"
        assert re.search(case.refused, outcome.error), outcome.error
        assert "Traceback" not in outcome.error
        assert outcome.written == [], outcome.written
    else:
        assert outcome.error is None, outcome.error
        assert outcome.written, "nothing was written"
    if case.says:
        assert matching(case.says, outcome.messages), outcome.messages
    if case.check:
        case.check(outcome.result, tmp_path / case.id)
    assert outcome.changed_inputs == [], f"inputs changed: {outcome.changed_inputs}"
    assert outcome.leftovers == ([f"{OUT}/.s.gpkg.partial"] if case.id == "users-partial-folder" else []), \
        outcome.leftovers
    assert not (tmp_path / case.id / "OWNED").exists()  # no model code ever ran
