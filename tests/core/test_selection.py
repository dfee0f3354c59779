"""core.selection: crime types and hours of the day, as the police's files write them."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpted_safety_map.plugin.core.selection import (
    HoursError,
    detect_type_field,
    hour_mask,
    hour_of_day,
    hours_label,
    hours_shown,
    parse_hours,
    parse_types,
    type_counts,
    type_mask,
)


def test_the_type_field_is_found_by_the_police_s_names_then_by_a_part():
    assert detect_type_field(["발생일시", "죄종", "죄명"]) == "죄종"
    assert detect_type_field(["id", "Crime_Type"]) == "Crime_Type"
    assert detect_type_field(["id", "주요죄종"]) == "주요죄종"
    assert detect_type_field(["id", "date"]) is None


def test_types_are_kept_as_written_compared_without_case_or_spaces():
    assert parse_types(" 성폭력 ,강제추행，성폭력;  ") == ["성폭력", "강제추행"]
    values = np.array(["성폭력", " 성폭력 ", "폭력", None, np.nan, "Theft", "theft "], dtype=object)
    assert type_mask(values, ["성폭력", "THEFT"]).tolist() == [True, True, False, False, False, True, True]
    counts = type_counts(values)
    assert counts[0] == ("성폭력", 2) and sorted(counts[1:]) == [("Theft", 1), ("theft", 1), ("폭력", 1)]


def test_the_hour_is_read_from_text_as_written_and_missing_where_there_is_no_time():
    values = ["2024-03-01 22:30", "2024.03.01 05시 10분", "2024-03-01T00:15:00", "202403012359", "2024-03-01",
              "22:05", None, "2024-03-01 25:00", "11"]
    assert hour_of_day(values).tolist() == pytest.approx(
        [22, 5, 0, 23, np.nan, 22, np.nan, np.nan, np.nan], nan_ok=True)


def test_date_times_give_their_hour_but_dates_stored_as_midnight_give_none():
    stamps = pd.Series(pd.to_datetime(["2024-03-01 22:30", "2024-03-02 04:00", None]))
    assert hour_of_day(stamps).tolist() == pytest.approx([22, 4, np.nan], nan_ok=True)
    midnights = pd.Series(pd.to_datetime(["2024-03-01", "2024-03-02"]))
    assert np.isnan(hour_of_day(midnights)).all()


def test_night_hours_wrap_past_midnight_and_print_zero_padded():
    assert parse_hours("22-5") == [22, 23, 0, 1, 2, 3, 4, 5]
    assert hours_label(parse_hours("22-5")) == "22-5" and hours_shown("22-5") == "22–05"
    assert hours_shown("0-1,5") == "00–01, 05"
    assert hour_mask(np.array([21, 22, 3, 6, np.nan]), parse_hours("22-5")).tolist() == [False, True, True, False,
                                                                                        False]
    with pytest.raises(HoursError):
        parse_hours("22-26")


@given(st.integers(0, 23), st.integers(0, 23))
def test_a_range_holds_its_ends_and_each_hour_once(first, last):
    hours = parse_hours(f"{first}-{last}")
    assert hours[0] == first and hours[-1] == last and len(hours) == len(set(hours))
    assert parse_hours(hours_label(hours)) == hours
