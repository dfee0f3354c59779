"""street_lengths.py: road length per grade for each street by name, adding up to the whole."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from cpted_safety_map.plugin.core.street_lengths import lengths_by_street


def test_streets_by_name_most_grade_5_first_and_the_rows_add_up():
    names = ["국회대로", "여의대방로", " 국회대로 ", None, "", "여의대방로", "도림로"]
    grades = np.array([5, 5, 3, 5, 1, 5, np.nan])
    lengths = np.array([10.0, 10.0, 8.0, 10.0, 10.0, 10.0, 6.0])
    streets = lengths_by_street(names, grades, lengths, np.array([0, 1, 5, 6]), np.array([1, 0, 0, 1]))
    # 여의대방로 has 20 m of grade 5, 국회대로 10 m: it comes first; 도림로 has no graded road
    assert streets.names == ["여의대방로", "국회대로", "도림로"]
    assert streets.metres[0].tolist() == [0, 0, 0, 0, 20, 0]
    assert streets.metres[1].tolist() == [0, 0, 8, 0, 10, 0]  # " 국회대로 " is the same street
    assert streets.metres[2].tolist() == [0, 0, 0, 0, 0, 6]
    assert streets.metres[3].tolist() == [10, 0, 0, 0, 10, 0]  # no name: None and ""
    assert streets.metres[4].tolist() == [10, 0, 8, 0, 40, 6]  # all
    assert streets.areas == [[0], [1], [1]]


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", None, " "]), st.sampled_from([1, 2, 3, 4, 5, np.nan]),
                          st.floats(min_value=0.1, max_value=10)), min_size=1, max_size=50))
def test_the_rows_add_up_to_the_whole(rows):
    names, grades, lengths = zip(*rows, strict=True)
    streets = lengths_by_street(list(names), np.array(grades, dtype=float), np.array(lengths))
    assert np.allclose(streets.metres[:-1].sum(axis=0), streets.metres[-1])
    assert np.isclose(streets.metres[-1].sum(), sum(lengths))
