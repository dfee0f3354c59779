"""Every case of bad_inputs.py through the real algorithm: the message, inputs unchanged, no partial file left."""

from __future__ import annotations

import re

import pytest

from .bad_inputs import CASES, Case, matching, run_case


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input(plugin, tmp_path, case: Case):
    outcome = run_case(case, tmp_path / case.id)

    if case.refused:
        assert outcome.error is not None, f"not refused; said: {outcome.messages}"
        assert re.search(case.refused, outcome.error), outcome.error
        assert "Traceback" not in outcome.error
        assert [name for name in outcome.written if not name.endswith(" (changed)")] == [], outcome.written
    else:
        assert outcome.error is None, outcome.error
        assert outcome.written, "nothing was written"
    if case.says:
        assert matching(case.says, outcome.messages), outcome.messages
    if case.check:
        case.check(outcome.result, tmp_path / case.id)
    assert outcome.changed_inputs == [], f"inputs changed: {outcome.changed_inputs}"
    assert [name for name in outcome.leftovers if not (case.hidden and re.search(case.hidden, name))] == [], \
        outcome.leftovers
    if case.hidden:
        assert matching(case.hidden, outcome.leftovers), outcome.leftovers
    assert not (tmp_path / case.id / "OWNED").exists()  # no model code ever ran
