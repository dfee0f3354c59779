"""said.py: words stored to be printed later, translated by whoever prints them; a stored Said is data."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cpted_safety_map.plugin.core.said import dumps, joined, loads, phrase, render

KOREAN = {"{n:,} in all": "모두 {n:,}개", "{period}, {years:.1f} years": "{period}, {years:.1f}년",
          "crime incidents": "범죄 발생"}


def test_a_stored_line_is_printed_in_the_readers_language():
    said = joined([joined(["1,784", phrase("{n:,} in all", n=2858), phrase("{period}, {years:.1f} years",
                                                                           period="2024 – 2025", years=2.0)], ", "),
                   "OpenStreetMap"], " · ")
    again = loads(dumps(said))
    assert render(again) == "1,784, 2,858 in all, 2024 – 2025, 2.0 years · OpenStreetMap"
    korean = lambda text: KOREAN.get(text, text)  # noqa: E731 (the translator a sheet would pass)
    assert render(again, korean) == "1,784, 모두 2,858개, 2024 – 2025, 2.0년 · OpenStreetMap"
    assert render(phrase("crime incidents"), korean) == "범죄 발생"


def test_the_datas_own_words_are_printed_as_written_never_filled():
    assert render("{0.__class__} =cmd|' /C calc'!A0") == "{0.__class__} =cmd|' /C calc'!A0"
    assert render(phrase("{name}", name="{n:,}")) == "{n:,}"
    # a stored template from a crafted file asking for a field a gigabyte wide prints nothing, at once
    assert render(["{p0:>999999999}", {"p0": "x"}]) == "" and render(phrase("{n:.1f}", n=2.25)) == "2.2"


def test_a_translation_that_does_not_fit_gives_the_english_and_a_broken_record_nothing():
    assert render(phrase("{n} roads", n=3), lambda text: "{m}개 도로") == "3 roads"
    assert render(["{missing}", {}]) == "" and render([1, 2, 3]) == "" and loads("not json") is None


@given(st.recursive(st.text(max_size=8) | st.integers() | st.floats(allow_nan=False),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner,
                                                                                   max_size=3), max_leaves=8))
def test_any_stored_value_prints_as_text_or_nothing(value):
    assert isinstance(render(loads(dumps(value))), str)
